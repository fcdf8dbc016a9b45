"""Writing and removing the files of the user's policy folder: validated first, never replaced unasked."""
from __future__ import annotations

import os
import re
from pathlib import Path

from inspector.domain.policy.loader import parse_policy
from inspector.files import write_atomic


class PolicyExists(Exception):
    """A policy file of that name is in the folder already (pass `force` to replace it)."""

    def __init__(self, path):
        super().__init__(str(path))
        self.path = str(path)


def file_name_for(site_id: str) -> str:
    return (re.sub(r"[^a-z0-9_.-]+", "-", site_id.lower()).strip("-.") or "policy") + ".yaml"


def save_policy(text: str, folder, site_id: str, force: bool = False) -> Path:
    """Write policy YAML into the folder as `<site id>.yaml`; PolicyError if it does not load,
    PolicyExists if the file is there and `force` is not given."""
    folder = Path(folder)
    target = folder / file_name_for(site_id)
    parse_policy(text, target)  # a file the library would refuse never goes in
    if target.exists() and not force:
        raise PolicyExists(target)
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    write_atomic(target, text)
    return target


def remove_policy(path, folder) -> None:
    """Delete one policy file of the folder (never a file elsewhere: a --policy or the bundled one)."""
    path, folder = Path(path).resolve(), Path(folder).resolve()
    if path.parent != folder:
        raise ValueError(f"{path} is not in the policy folder {folder}")
    os.remove(path)


__all__ = ["save_policy", "remove_policy", "PolicyExists", "file_name_for"]
