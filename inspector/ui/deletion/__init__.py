"""Deleting from the window: the actions, the flow with its confirmation and refusal dialogs, and history."""
