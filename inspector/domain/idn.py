"""International domain names both ways: `bücher.example` as browsers store it (`xn--bcher-kva.example`) and back."""
from __future__ import annotations


def to_ascii(text: str) -> str:
    """The punycode (IDNA) form of a host or part of one; `text` itself when it has none."""
    if text.isascii():
        return text
    dot = "." if text.startswith(".") else ""  # a domain cookie's leading dot is no label
    try:
        return dot + text[len(dot):].encode("idna").decode("ascii")
    except UnicodeError:  # an empty or over-long label, a character IDNA refuses
        return text


def to_unicode(text: str) -> str:
    """The readable form of a punycode host (`xn--bcher-kva.example` -> `bücher.example`); else `text`."""
    if "xn--" not in text:
        return text
    dot = "." if text.startswith(".") else ""
    try:
        return dot + text[len(dot):].encode("ascii").decode("idna")
    except UnicodeError:
        return text


def forms(text: str) -> tuple[str, ...]:
    """`text` lower-cased, and its other IDNA form when it has one: what a match may compare."""
    low = text.lower()
    other = to_ascii(low) if not low.isascii() else to_unicode(low)
    return (low,) if other == low else (low, other.lower())
