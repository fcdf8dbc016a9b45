"""The cookie table: its model, filter proxy, view, columns and delegates."""
