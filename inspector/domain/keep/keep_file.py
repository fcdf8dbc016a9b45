"""The keep list's file: readable YAML in the user's config dir, errors at file:line:column, written atomically."""
from __future__ import annotations

import json
import os
from typing import Optional

import platformdirs
from yaml.nodes import Node, ScalarNode

from inspector.domain.keep.entries import BY_USER, REASONS, KeepEntry, KeepList
from inspector.domain.policy.loader import PolicyReader, compose, read_text
from inspector.domain.policy.model import PolicyError
from inspector.domain.sites import normalize_host, site_of
from inspector.files import DOCUMENT_MODE, write_atomic

ENV_CONFIG_DIR = "CONSENT_INSPECTOR_CONFIG_DIR"
FILE_NAME = "keep.yaml"
VERSION = 1
_NULL = "tag:yaml.org,2002:null"
_FIELDS = ("host", "name", "pattern", "path", "partition", "container", "store", "reason")
_HEADER = """\
# Consent Inspector keep list: cookies that no clean-up or bulk deletion removes.
# Each entry names a site (its registrable domain), and optionally narrows it:
#   host: one host of the site        name: one cookie name      pattern: a name glob (wp_*)
#   path / partition / container / store: together with host and name, one exact cookie
# `consent-inspector keep add|remove|list` edits it; so does the window's Keep toggle.
"""


class KeepListError(PolicyError):
    """Why the keep list cannot be used, and where: `path:line:column: message`. While the file is
    broken nothing is deleted: a clean-up cannot tell what the user wanted kept."""


def config_dir() -> str:
    override = os.environ.get(ENV_CONFIG_DIR)
    if override:
        return os.path.abspath(os.path.expanduser(override))
    return platformdirs.user_config_dir("consent-inspector", appauthor=False)


def keep_list_path() -> str:
    return os.path.join(config_dir(), FILE_NAME)


def load_keep_list(path: Optional[str] = None) -> KeepList:
    """The keep list in `path` (default: the user's); an empty one when the file does not exist."""
    path = path or keep_list_path()
    if not os.path.exists(path):
        return KeepList((), path)
    try:
        text = read_text(path)
        return parse_keep_list(text, path)
    except KeepListError:
        raise
    except PolicyError as exc:  # unreadable, not UTF-8, invalid YAML: the reader's words, our type
        raise KeepListError.of(exc) from None


def parse_keep_list(text: str, path: str = "<keep list>") -> KeepList:
    r = PolicyReader(path, KeepListError)
    root = compose(path, text)
    if root is None:
        return KeepList((), path)
    top = r.fields(root, (("keep-list",),), optional=("version", "keep"))
    if "version" in top and r.integer(top["version"], "version") != VERSION:
        r.fail(top["version"], "version-read", "version", supported=VERSION)
    entries = []
    listed = top.get("keep")
    if listed is not None and not (isinstance(listed, ScalarNode) and listed.tag == _NULL):  # `keep:` alone
        for i, node in enumerate(r.sequence(listed, "keep"), 1):
            entries.append(_entry(r, node, (("keep-entry", i),)))
    return KeepList(entries, path)


def _entry(r: PolicyReader, node: Node, what: tuple) -> KeepEntry:
    f = r.fields(node, what, required=("site",), optional=_FIELDS)
    site = normalize_host(r.string(f["site"], what + ("site",)))
    if site_of(site) != site:
        r.fail(f["site"], "keep-not-a-site", what, site=site, suggested=site_of(site))
    values: dict = {}
    for key in _FIELDS:
        if key in f:
            # partition and container may be empty: "" is the unpartitioned, default-container cookie.
            values[key] = (f[key].value if key in ("partition", "container") and f[key].value == ""
                           else r.string(f[key], what + (key,)))
    if "name" in values and "pattern" in values:
        r.fail(f["pattern"], "name-and-pattern", what)
    if "host" in values and site_of(normalize_host(values["host"])) != site:
        r.fail(f["host"], "keep-host-elsewhere", what, host=values["host"], site=site)
    exact = [k for k in ("path", "partition", "container", "store") if k in values]
    if exact and not ("host" in values and "name" in values):
        r.fail(f[exact[0]], "keep-exact-alone", what, key=exact[0])
    reason = values.pop("reason", BY_USER)
    if reason not in REASONS:
        r.fail(f["reason"], "not-one-of", what + ("reason",), value=reason, known=tuple(REASONS))
    return KeepEntry(site=site, reason=reason, line=node.start_mark.line + 1, **values)


def dump_keep_list(keep: KeepList) -> str:
    """The file's text: one entry a line, each value quoted (JSON strings are YAML)."""
    lines = [_HEADER, f"version: {VERSION}", "keep:" if keep.entries else "keep: []"]
    for e in keep.entries:
        fields = ", ".join(f"{k}: {json.dumps(v, ensure_ascii=False)}" for k, v in e.to_dict().items())
        lines.append(f"  - {{{fields}}}")
    return "\n".join(lines) + "\n"


def save_keep_list(keep: KeepList, path: Optional[str] = None) -> str:
    """Write `keep` atomically to `path` (default: its own path, else the user's); returns the path."""
    path = path or keep.path or keep_list_path()
    os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
    write_atomic(path, dump_keep_list(keep), DOCUMENT_MODE, keep_mode=True)
    return path
