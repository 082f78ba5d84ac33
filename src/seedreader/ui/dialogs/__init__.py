"""Modal dialogs of the reader: help (every key), export (a comparison to a file), warnings (the
files skipped or repaired when the corpus was read), and text_dialog (the framed, scrollable text
that help and warnings are made of)."""
