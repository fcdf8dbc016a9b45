"""Lay a table out for the terminal: the columns that fit its width, cut where they may, escaped."""
from __future__ import annotations

import os
import shutil
import unicodedata
from dataclasses import dataclass, replace
from typing import Mapping, Sequence, TextIO

from inspector.domain.escapes import escape
from inspector.domain.wording import Phrase, english

GAP = 2
FALLBACK_WIDTH = 80  # piped, with no $COLUMNS: what most readers of a log or a pager have


@dataclass(frozen=True)
class TableColumn:
    key: str
    header: Phrase    # said in the user's language when the table is written (cli/words.py)
    least: int        # narrower than this, the column is dropped instead
    ideal: int        # wider than this, the rest goes to other columns
    keep: int         # the order columns are dropped in when the width runs out: highest first
    cut_left: bool = False  # hosts and sites keep their registrable end: "…lillemetropole.fr"


def widened(column: TableColumn, cells_in, words) -> TableColumn:
    """`column`, wider by as much as the longest of its cells in the language of `words` is longer than
    the longest in English: `cells_in(say)` gives them. A translated word ("non déclaré", "≈ statistiques")
    is cut exactly where its English would be, and an English table is laid out as it always was."""
    def longest(say) -> int:
        return max(map(display_width, cells_in(say)), default=0)

    extra = longest(words) - longest(english)
    if extra <= 0:
        return column
    return replace(column, least=column.least + extra, ideal=column.ideal + extra)


def terminal_width(out: TextIO, env: Mapping[str, str] = os.environ) -> int:
    """The terminal's width when `out` is one; else $COLUMNS, else 80 (a pipe has no width)."""
    try:
        if out.isatty():
            return shutil.get_terminal_size((FALLBACK_WIDTH, 24)).columns
    except (AttributeError, ValueError, OSError):
        pass
    try:
        columns = int(env.get("COLUMNS", ""))
    except ValueError:
        columns = 0
    return columns if columns > 0 else FALLBACK_WIDTH


def fit(columns: Sequence[TableColumn], width: int | None) -> list[tuple[TableColumn, int]]:
    """The columns that fit `width` (None: every column at its ideal width), in their given order.

    Columns are dropped, lowest `keep` first, until the rest fit at their least width;
    the room left then widens them towards their ideal width, most kept first.
    """
    if width is None:
        return [(c, c.ideal) for c in columns]
    shown = list(columns)
    while len(shown) > 1 and sum(c.least for c in shown) + GAP * (len(shown) - 1) > width:
        shown.remove(max(shown, key=lambda c: c.keep))
    widths = {c.key: c.least for c in shown}
    room = width - sum(widths.values()) - GAP * (len(shown) - 1)
    wants = sum(c.ideal - c.least for c in shown)
    if room > 0 and wants > 0:
        # Each column grows in proportion to how much it wants; what rounding leaves over
        # goes to the most kept columns first.
        share = min(room, wants)
        for c in shown:
            widths[c.key] += (c.ideal - c.least) * share // wants
        left = share - sum(widths[c.key] - c.least for c in shown)
        for c in sorted(shown, key=lambda c: c.keep):
            extra = min(left, c.ideal - widths[c.key])
            widths[c.key] += extra
            left -= extra
    return [(c, widths[c.key]) for c in shown]


def display_width(text: str) -> int:
    """Columns `text` takes in a terminal: wide East Asian characters and emoji take two."""
    return sum(0 if unicodedata.combining(ch) else 2 if unicodedata.east_asian_width(ch) in "WF" else 1
               for ch in text)


def cut(text: str, width: int, left: bool = False) -> str:
    """`text` in at most `width` columns, with "…" where it was cut (at the left for hosts)."""
    if display_width(text) <= width:
        return text
    if width <= 1:
        return "…"[:width]
    chars = list(text)
    kept: list[str] = []
    used = 1  # the ellipsis
    for ch in reversed(chars) if left else chars:
        w = display_width(ch)
        if used + w > width:
            break
        kept.append(ch)
        used += w
    body = "".join(reversed(kept)) if left else "".join(kept)
    return "…" + body if left else body + "…"


def pad(text: str, width: int) -> str:
    return text + " " * max(width - display_width(text), 0)


def write_table(out: TextIO, layout: list[tuple[TableColumn, int]], rows, wide: bool = False,
                words=english) -> None:
    """The header, said by `words`, then one line per row (a mapping of column key -> text), every cell escaped.

    `wide`: nothing is cut, and each column is as wide as its widest cell.
    """
    headers = [words(c.header) for c, _w in layout]
    if wide:
        rows = list(rows)
        layout = [(c, max([display_width(h)] + [display_width(escape(r.get(c.key))) for r in rows]))
                  for (c, _w), h in zip(layout, headers)]

    def line(cells) -> str:
        parts = []
        for (column, width), cell in zip(layout, cells):
            text = escape(cell)
            parts.append(pad(text if wide else cut(text, width, column.cut_left), width))
        return (" " * GAP).join(parts).rstrip()

    out.write(line(headers) + "\n")
    for row in rows:
        out.write(line(row.get(c.key) for c, _w in layout) + "\n")
