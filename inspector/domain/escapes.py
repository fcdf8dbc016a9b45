"""Text a website chose, made visible: every character that cannot be printed becomes an escape."""
from __future__ import annotations


def escape(text) -> str:
    """`text` with control characters (C0, DEL, C1), format characters (the bidi embeddings,
    overrides and isolates among them) and lone surrogates shown as `\\x1b`, `\\u202e`, … the
    way `ls` shows odd names: none of them can move a terminal's cursor, rewrite its title or
    clipboard, end a line of a file and start a forged one, or reorder what the user reads.
    Python's isprintable() is False for exactly those characters (and for separators but space)."""
    text = "" if text is None else str(text)
    if text.isprintable():
        return text
    return "".join(ch if ch.isprintable() else f"\\x{ord(ch):02x}" if ord(ch) < 0x100
                   else f"\\u{ord(ch):04x}" if ord(ch) < 0x10000 else f"\\U{ord(ch):08x}" for ch in text)
