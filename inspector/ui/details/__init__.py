"""The details pane of the selected cookie: its facts, findings and on-demand value."""
