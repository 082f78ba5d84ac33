"""The reader: a Textual app that compares two sources side by side, with a facts panel."""
