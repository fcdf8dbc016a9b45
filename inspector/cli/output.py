"""Render scan results for the terminal: a readable table, JSON or CSV. Never cookie values."""
from __future__ import annotations

import csv
import json
from typing import TextIO

import orjson

from inspector.cli import words as W
from inspector.domain.codes import CATEGORIES, UNDECLARED
from inspector.cli.table import TableColumn, fit, terminal_width, widened
from inspector.cli.table import write_table as write_rows
from inspector.domain.exports.csv_cells import safe_row
from inspector.domain.descriptions import Describer
from inspector.domain.exports import consent_rows
from inspector.domain.findings.engine import default_engine
from inspector.domain.exports.rows import COLUMNS, cookie_rows, error_row, store_row
from inspector.domain.scan import gc_paused
from inspector.domain.wording import english

_BATCH = 2000  # rows encoded at a time: a big scan never holds all its rows, encoded or not, at once


def write_json(result, cookies, out: TextIO) -> None:
    """`{"stores": [...], "cookies": [...], "sites": [{"site", "consent"}], "errors": [...]}`, written as the rows
    are built; `sites` holds each site's consent choices and findings (domain/exports/consent_rows.py).

    The same bytes as encoding the whole document at once, but memory stays flat: 200,000
    cookies are a few batches of rows in flight, not 200,000 dicts and one 100 MB string.
    """
    now = result.now_us
    cookies = cookies if isinstance(cookies, (list, tuple)) else list(cookies)
    # One Describer for the rows and the consent analysis: each cookie is described once.
    describer = Describer(default_engine().catalog)
    consent = consent_rows.analysis_for(result, cookies, describer)
    out.write('{"stores":' + compact_json([store_row(r) for r in result.reports]) + ',"cookies":[')
    batch: list = []
    first = True
    # Dicts without cycles: see gc_paused for why the collector is kept away.
    with gc_paused():
        for row in consent_rows.with_consent(cookies, cookie_rows(cookies, now, describer=describer), consent):
            batch.append(row)
            if len(batch) == _BATCH:
                first = _write_batch(out, batch, first)
                batch = []
        _write_batch(out, batch, first)
    out.write('],"sites":' + compact_json(consent_rows.site_rows(consent)))
    out.write(',"errors":' + compact_json([error_row(r) for r in result.reports if r.error]) + "}\n")


def _write_batch(out: TextIO, batch: list, first: bool) -> bool:
    if batch:
        out.write(("" if first else ",") + compact_json(batch)[1:-1])
        return False
    return first


def compact_json(doc) -> str:
    """`json.dumps(doc, ensure_ascii=False, separators=(",", ":"))`, several times faster.

    A scan of 200,000 cookies spends about a second in the standard encoder; orjson writes
    the same compact UTF-8 JSON in a fraction of that. The standard encoder stays as the
    fallback for what orjson refuses (integers beyond 64 bits, lone surrogates).
    """
    try:
        return orjson.dumps(doc).decode("utf-8")
    except TypeError:  # orjson.JSONEncodeError
        # ASCII escapes: a lone surrogate (a Latin-1 folder name, a page's broken string)
        # cannot be written as UTF-8, and `\\udce9` reads back as the same string.
        return json.dumps(doc, ensure_ascii=True, separators=(",", ":"))


def write_csv(result, cookies, out: TextIO) -> None:
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n", quoting=csv.QUOTE_ALL)  # OWASP
    writer.writeheader()
    now = result.now_us
    writer.writerows(_csv_cells(cookie_rows(cookies, now)))


def _csv_cells(rows):
    for row in rows:
        # A cell holds text: the finding codes, space-separated (the JSON has the explanations).
        row["findings"] = " ".join(dict.fromkeys(f["code"] for f in row["findings"]))
        yield safe_row(row)


# The table's columns, most kept first (`keep`): at 80 columns a terminal shows site, name,
# category, provider and status; wider ones add the others in this order.
TABLE_COLUMNS = (
    TableColumn("site", W.SITE, 12, 24, 0, cut_left=True),
    TableColumn("name", W.NAME, 10, 28, 1),
    TableColumn("category", W.CATEGORY, 13, 13, 2),  # "≈ preferences" is never cut
    TableColumn("provider", W.PROVIDER, 10, 24, 3),
    TableColumn("status", W.STATUS, 10, 10, 4),
    TableColumn("findings", W.FINDINGS, 22, 30, 5),
    TableColumn("host", W.HOST, 20, 30, 6, cut_left=True),
    TableColumn("expires", W.EXPIRES, 10, 20, 7),
    TableColumn("where", W.BROWSER_PROFILE, 14, 30, 8),
    TableColumn("path", W.PATH, 6, 12, 9),
)
COLUMN_KEYS = tuple(c.key for c in TABLE_COLUMNS)
GUESS = "≈"  # a catalog's answer, not the policy's declaration


def unknown_columns(keys) -> list[str]:
    """The names of `--columns` that name no column."""
    return [k for k in keys if k not in COLUMN_KEYS]


def table_columns(keys) -> list[TableColumn]:
    """The named columns (`--columns`), in the order given; an unknown name is a ValueError."""
    by_key = {c.key: c for c in TABLE_COLUMNS}
    unknown = unknown_columns(keys)
    if unknown:
        raise ValueError(f"unknown column {', '.join(unknown)} (known: {', '.join(COLUMN_KEYS)})")
    return [by_key[k] for k in keys]


def write_table(result, cookies, out: TextIO, columns=None, width: int | None = -1, words=english) -> None:
    """`width`: -1 for the terminal's (or $COLUMNS, else 80), None for no limit (--wide); `words` says the
    headers, the cells that word a code and the summary (cli/words.py)."""
    chosen = [_room_for_words(c, words) for c in (table_columns(columns) if columns else TABLE_COLUMNS)]
    layout = fit(chosen, terminal_width(out) if width == -1 else width)
    ordered = sorted(cookies, key=lambda c: (c.site, c.record.host, c.record.name))
    explained = 0

    def cells(row: dict) -> dict:
        nonlocal explained  # counted from the rows as they pass: each cookie is described once
        explained += row["source"] is not None
        return _table_cells(row, words)

    write_rows(out, layout, map(cells, cookie_rows(ordered, result.now_us)), wide=width is None, words=words)
    out.write(summary_line(result, cookies, explained, words) + "\n")


def _room_for_words(column: TableColumn, words) -> TableColumn:
    if column.key == "status":
        return widened(column, lambda say: [say(p) for p in W.STATUS_CELLS.values()], words)
    if column.key == "category":
        return widened(column, lambda say: [f"{GUESS} {W.category_cell(c, say)}" for c in CATEGORIES], words)
    return column


def _table_cells(row: dict, words) -> dict:
    guess = row["source"] not in (None, "policy")
    cells = dict(row)
    cells["where"] = f"{row['browser']} · {row['profile']}" + (f" · {row['container']}" if row["container"] else "")
    cells["expires"] = (words(W.SESSION) if row["session"] else
                        words(W.EXPIRED_ON).format(date=row["expires"]) if row["expired"] else row["expires"])
    cells["status"] = W.cell(W.STATUS_CELLS, row["status"], words)
    category = W.category_cell(row["category"], words)
    cells["provider"] = f"{GUESS} {row['provider']}" if guess and row["provider"] else row["provider"] or "—"
    cells["category"] = f"{GUESS} {category}" if guess and category else category
    # Short findings; "undeclared" is the status column's already.
    cells["findings"] = ", ".join(dict.fromkeys(
        _short(f, words) for f in row["findings"] if f["code"] != "undeclared"))
    return cells


def _short(finding: dict, words) -> str:
    phrase = W.SHORT_FINDINGS.get((finding["code"], finding.get("check")))
    return words(phrase) if phrase is not None else finding["code"]


def summary_line(result, cookies, explained: int, words=english) -> str:
    """'79 cookies · 47 explained (59 %) · 6 sites · …'; `explained`: how many some source describes."""
    sites = len({c.site for c in cookies})
    undeclared = sum(1 for c in cookies if c.match.status == UNDECLARED)
    ok = sum(1 for r in result.reports if r.error is None)
    failed = len(result.reports) - ok
    said = words(W.SUMMARY_EXPLAINED, explained)
    if cookies:
        said += " " + words(W.SUMMARY_SHARE).format(percent=explained * 100 // len(cookies))
    parts = [words(W.SUMMARY_COOKIES, len(cookies)), said, words(W.SUMMARY_SITES, sites),
             words(W.SUMMARY_UNDECLARED, undeclared), words(W.SUMMARY_STORES, ok)]
    if failed:
        parts.append(words(W.SUMMARY_FAILED, failed))
    return W.SEPARATOR.join(parts)
