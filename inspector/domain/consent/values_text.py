"""Unwrapping a consent cookie's value: RFC 6265 quotes, percent-encoding, base64 with or without padding."""
from __future__ import annotations

import base64
import binascii
import json
from typing import Optional
from urllib.parse import unquote

MAX_VALUE = 64 * 1024  # a cookie is at most 4 KiB in every browser; more is no consent value


def unwrap(value: str) -> str:
    text = value.strip()
    if len(text) >= 2 and text[0] == text[-1] == '"':
        text = text[1:-1].strip()
    return unquote(text) if "%" in text else text


def b64_json(value: str) -> Optional[dict]:
    """A JSON object in standard or URL-safe base64, padded or not (Didomi writes it unpadded at times)."""
    text = unwrap(value).replace("-", "+").replace("_", "/").rstrip("=")
    if not text or len(text) > MAX_VALUE:
        return None
    try:
        raw = base64.b64decode(text + "=" * (-len(text) % 4), validate=True)
        doc = json.loads(raw.decode("utf-8"))
    except (binascii.Error, ValueError, UnicodeDecodeError, RecursionError):
        return None
    return doc if isinstance(doc, dict) else None


def json_object(value: str) -> Optional[dict]:
    text = unwrap(value)
    if not text.startswith("{") or len(text) > MAX_VALUE:
        return None
    try:
        doc = json.loads(text)
    except (ValueError, RecursionError):
        return None
    return doc if isinstance(doc, dict) else None


def string_list(value) -> list[str]:
    """A JSON list of ids as strings (numbers too, as some versions write TCF ids); others are dropped."""
    if not isinstance(value, list):
        return []
    return [str(v) for v in value if isinstance(v, (str, int)) and not isinstance(v, bool) and str(v)]
