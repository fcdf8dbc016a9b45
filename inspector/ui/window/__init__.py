"""The main window and its parts: actions and menus, context menus, filter bar, notices, stores view, exports, settings.

Exports (export_actions.py) write what the table shows: the rows the current filters (and
the chosen sites) keep. Reports never hold a value (inspector/domain/exports). The Netscape
cookies.txt export is the one place where values leave the app, so it asks first, in
words, with Cancel as the default; its file is created owner-only.
"""
