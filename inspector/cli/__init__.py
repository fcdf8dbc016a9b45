"""The command line: one module per command, with the options, exit codes and output they share."""
