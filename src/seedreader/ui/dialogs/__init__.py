"""Modal dialogs of the reader (help, export)."""
