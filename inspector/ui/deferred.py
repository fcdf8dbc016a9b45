"""The first-paint boundary: what the window asks of the domain after it has painted, imported then."""
from __future__ import annotations


def domain():
    """inspector.domain.api: the store readers, YAML, the catalogs and the public suffix list come
    with it, and the window paints before anything calls this (see also workspace/session.py)."""
    from inspector.domain import api  # the boundary's import, inside a function on purpose

    return api


def cleanup():
    """inspector.domain.cleanup.api: the keep list, clean-ups and the history's parts, after the first paint."""
    from inspector.domain.cleanup import api  # the same boundary as domain()

    return api
