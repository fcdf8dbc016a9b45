"""What the window has loaded (one source of truth), loading it on a worker, and watching its files."""
