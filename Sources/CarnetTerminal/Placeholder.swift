// CarnetTerminal: filled in by its issue.
