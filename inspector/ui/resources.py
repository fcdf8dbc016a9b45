"""Where the bundled resources (icons, translations) live: inside the wheel or the source checkout."""
from __future__ import annotations

import importlib.resources
from functools import lru_cache
from pathlib import Path


@lru_cache(maxsize=1)
def resource_dir() -> Path:
    # The wheel force-includes resources/ as inspector/_data/resources; a source
    # checkout (or an editable install) has it at the top of the repository.
    try:
        bundled = importlib.resources.files("inspector") / "_data" / "resources"
    except ModuleNotFoundError:
        bundled = None
    if isinstance(bundled, Path) and bundled.is_dir():
        return bundled
    return Path(__file__).resolve().parents[2] / "resources"
