// CarnetUI: filled in by its issue.
