"""Firefox origin attributes (containers, partitions, first-party isolation) and container names."""
from __future__ import annotations

import json
import os
from urllib.parse import quote, unquote

from inspector.domain.bounded_read import read_regular
from inspector.domain.errors import CodedError

# Firefox writes the suffix in this order and omits default values; the session store
# holds the same attributes as a JSON object, so both forms must map to one string to
# address the same cookie.
_SUFFIX_ORDER = ("userContextId", "privateBrowsingId", "firstPartyDomain", "geckoViewSessionContextId", "partitionKey")
_INT_ATTRS = {"userContextId", "privateBrowsingId"}

# Built-in containers name themselves through l10n ids in containers.json.
_BUILTIN_CONTAINERS = {
    "userContextPersonal.label": "Personal",
    "userContextWork.label": "Work",
    "userContextBanking.label": "Banking",
    "userContextShopping.label": "Shopping",
}


def parse_origin_attributes(suffix: str) -> dict:
    """`^userContextId=2&partitionKey=%28https%2Cexample.com%29` -> {'userContextId': 2, ...}."""
    attrs: dict = {}
    if not suffix:
        return attrs
    for part in suffix.lstrip("^").split("&"):
        if not part:
            continue
        name, _, value = part.partition("=")
        value = unquote(value)
        if name in _INT_ATTRS:
            try:
                attrs[name] = int(value)
            except ValueError:
                continue
        else:
            attrs[name] = value
    return attrs


def origin_attributes_suffix(attrs: dict) -> str:
    """The suffix string Firefox stores in moz_cookies.originAttributes for these attributes."""
    parts = []
    for name in _SUFFIX_ORDER:
        value = attrs.get(name)
        if value in (None, "", 0):
            continue
        parts.append(f"{name}={quote(str(value), safe='')}")
    return "^" + "&".join(parts) if parts else ""


def partition_label(attrs: dict) -> str | None:
    """One readable partition string: the top-level site a cookie is keyed to, if any.

    `partitionKey` looks like `(https,example.com)` or `(https,example.com,8443,f)`; we show
    it as the scheme://site that Chromium uses for its top_frame_site_key, so both browsers
    read alike. First-party isolation (`firstPartyDomain`) is a partition too.
    """
    pieces = []
    fpd = attrs.get("firstPartyDomain")
    if fpd:
        pieces.append(f"first-party {fpd}")
    key = attrs.get("partitionKey")
    if key and not isinstance(key, str):
        key = str(key)  # a damaged session store; shown, never matched
    if key:
        inner = key.strip("()").split(",")
        if len(inner) >= 2:
            site = f"{inner[0]}://{inner[1]}"
            if len(inner) >= 3 and inner[2].isdigit():
                site += f":{inner[2]}"
            pieces.append(site)
        else:
            pieces.append(key)
    return "; ".join(pieces) or None


# Firefox's containers.json is a few KB; a bigger one is not Firefox's.
MAX_CONTAINERS_FILE = 4 * 2**20


def container_names(profile_dir: str, warnings: list | None = None) -> dict[int, str]:
    """userContextId -> name from the profile's containers.json; {} when there is none.
    A file that exists but cannot be used is added to `warnings`, naming it."""
    path = os.path.join(profile_dir, "containers.json")
    try:
        data = json.loads(read_regular(path, MAX_CONTAINERS_FILE).decode("utf-8"))
    except FileNotFoundError:
        return {}
    except OSError as exc:
        return _warn(warnings, "containers.unreadable", path=path, detail=str(exc.strerror or exc))
    except (ValueError, RecursionError) as exc:  # FileRefused, bad UTF-8, bad JSON, deep nesting
        if isinstance(exc, RecursionError):
            return _warn(warnings, "containers.too-deep", path=path)
        return _warn(warnings, "containers.bad", path=path, detail=exc if isinstance(exc, CodedError) else str(exc))
    names = {}
    for identity in data.get("identities", []) if isinstance(data, dict) else []:
        if not isinstance(identity, dict) or not identity.get("public", True):
            continue
        try:
            context = int(identity.get("userContextId"))
        except (TypeError, ValueError):
            continue
        name = identity.get("name")
        label = identity.get("l10nID") or identity.get("l10nId", "")
        name = (name if isinstance(name, str) else "") or _BUILTIN_CONTAINERS.get(label if isinstance(label, str) else "")
        names[context] = name or f"Container {context}"
    return names


def _warn(warnings: list | None, why: str, **params) -> dict:
    if warnings is not None:
        warnings.append(CodedError("session", why=why, params=params))
    return {}
