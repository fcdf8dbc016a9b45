"""The one lookup of bundled files (policy.yaml, resources/): inside the installed wheel, else the source checkout."""
from __future__ import annotations

import importlib.resources
from functools import lru_cache
from pathlib import Path
from typing import Callable, TypeVar

T = TypeVar("T")

_CHECKOUT = Path(__file__).resolve().parents[1]  # the repository, in a source checkout or editable install


@lru_cache(maxsize=None)
def _bundled(name: str) -> Path:
    # The wheel force-includes policy.yaml and resources/ under inspector/_data (pyproject.toml).
    # Only a real path will do: callers open files by path and name them in errors.
    bundled = importlib.resources.files("inspector") / "_data" / name
    if isinstance(bundled, Path) and bundled.exists():
        return bundled
    return _CHECKOUT / name


def resource_dir() -> Path:
    """The resources/ folder: icons, translations, catalog data."""
    return _bundled("resources")


def resource_path(*parts: str) -> Path:
    """A file under resources/, e.g. resource_path("catalog", "open-cookie-database.json")."""
    return resource_dir().joinpath(*parts)


def bundled_policy_path() -> Path:
    """The published policy that ships with the app (policy.yaml)."""
    return _bundled("policy.yaml")


def load_once(path: Path, load: Callable[[str], T]) -> T:
    """`load(path)`, parsed once per process and loaded again only when the file changes."""
    try:
        mtime = path.stat().st_mtime_ns
    except OSError:
        mtime = 0  # `load` reports the missing file in its own words
    return _loaded(load, str(path), mtime)


@lru_cache(maxsize=8)
def _loaded(load, path: str, mtime_ns: int):
    return load(path)
