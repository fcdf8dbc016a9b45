"""Safe deletion: plan, preview, backup, one transaction per store, and an exact undo."""
