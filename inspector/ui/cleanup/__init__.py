"""The window's keep list (toggle, pins, Kept filter, its view) and Clean up… (choices, preview, confirmation)."""
