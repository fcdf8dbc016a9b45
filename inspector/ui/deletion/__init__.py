"""Deleting from the window: the actions, the flow with its confirmation and refusal dialogs, and history.

The rules are the domain's (inspector/domain/deletion: which cookies a command covers is
choice.py's, planning, deleting and undoing are plan.py's and undo.py's). DeletionActions
(actions.py) holds what the user can reach, and whether it is enabled right now; the
window places its actions into its menus and toolbar (ui/window/window_actions.py) and
asks for its context menus' entries (ui/window/context_menus.py). DeletionFlow (flow.py)
only sequences the domain's steps, words their answers and moves the rows: plan →
(refusal | confirmation) → execute on a worker → rows leave; undo; history. Dialogs open
with open(), never exec(), so the window keeps painting and tests can press their buttons.
"""
