// CarnetExchange: filled in by its issue.
import CSV
