"""The window's Qt layer: models, views and dialogs that word the domain's codes and hold no domain rule."""
