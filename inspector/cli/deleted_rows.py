"""How the deletion commands describe each cookie they delete or keep: rows for JSON, the terminal table."""
from __future__ import annotations

from typing import TextIO

from inspector.cli import words as W
from inspector.cli.table import TableColumn, fit, terminal_width, widened, write_table
from inspector.domain.codes import CATEGORIES
from inspector.domain import wording
from inspector.domain.deletion.plan import describe
from inspector.domain.descriptions import Describer


class Descriptions:
    """The description of each cookie being deleted, as `scan` and the reports give it.

    The plan and the deletion report hand back records; the scanned cookies they came from
    know the policy's rule, so they are found by key (a record read back from the backup is
    another object). A record not among them still gets the catalogs' guess.
    """

    def __init__(self, cookies):
        self._describer = Describer()
        self._by_key = {c.record.key: c for c in cookies}

    def __call__(self, record):
        cookie = self._by_key.get(record.key)
        if cookie is not None:
            return self._describer.describe(cookie)
        return self._describer.guess(record.host, record.name)


def cookie_row(record, about) -> dict:
    row = describe(record)
    found = about(record)
    # Nested: the row's own "source" already says where the cookie is stored (database, session).
    row["about"] = None if found is None else {"provider": found.provider, "category": found.category,
                                               "purpose": found.purpose, "source": found.source}
    return row


# Most kept first (`keep`): at 80 columns the name, host, provider and category show.
_COLUMNS = (
    TableColumn("name", W.NAME, 10, 28, 0),
    TableColumn("host", W.HOST, 16, 30, 1, cut_left=True),
    TableColumn("provider", W.PROVIDER, 10, 24, 2),
    TableColumn("category", W.CATEGORY, 11, 13, 3),
    TableColumn("source", W.SOURCE, 7, 22, 4),
    TableColumn("where", W.BROWSER_PROFILE, 14, 30, 5),
    TableColumn("store", W.WHERE, 8, 13, 6),
    TableColumn("path", W.PATH, 6, 12, 7),
    TableColumn("partition", W.PARTITION, 9, 24, 8),
)


def write_cookie_table(out: TextIO, rows: list[dict], words=wording.english) -> None:
    # cli.table escapes every cell: names and hosts are the website's, and may hold escape sequences.
    columns = [_room_for_words(c, words) for c in _COLUMNS]
    write_table(out, fit(columns, terminal_width(out)), (_cells(r, words) for r in rows), words=words)


def _room_for_words(column: TableColumn, words) -> TableColumn:
    if column.key == "category":
        return widened(column, lambda say: [W.category_cell(c, say) for c in CATEGORIES], words)
    if column.key == "store":
        return widened(column, lambda say: [say(W.IN_SESSION_STORE), say(W.IN_DATABASE)], words)
    if column.key == "source":
        return widened(column, lambda say: [say(p) for p in (*W.SOURCE_CELLS.values(), W.NONE_KNOWS)], words)
    return column


def _cells(row: dict, words) -> dict:
    about = row["about"] or {}
    return {
        "name": row["name"], "host": row["host"], "path": row["path"],
        "provider": about.get("provider") or "—", "category": W.category_cell(about.get("category"), words),
        "source": W.cell(W.SOURCE_CELLS, about.get("source"), words) if about else words(W.NONE_KNOWS),
        "where": f"{row['browser']} · {row['profile']}",
        "store": words(W.IN_SESSION_STORE if row["source"] == "session" else W.IN_DATABASE),
        "partition": " / ".join(x for x in (row["partition"], row["container"]) if x) or "-",
    }
