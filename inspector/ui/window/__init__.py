"""The main window and its parts: actions, filter bar, status bar, banners, stores view, exports, settings."""
