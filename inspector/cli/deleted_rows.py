"""How the deletion commands describe each cookie they delete or keep: rows for JSON, the terminal table."""
from __future__ import annotations

from typing import TextIO

from inspector.cli.table import TableColumn, fit, terminal_width, write_table
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
    TableColumn("name", "NAME", 10, 28, 0),
    TableColumn("host", "HOST", 16, 30, 1, cut_left=True),
    TableColumn("provider", "PROVIDER", 10, 24, 2),
    TableColumn("category", "CATEGORY", 11, 13, 3),
    TableColumn("source", "SOURCE", 7, 22, 4),
    TableColumn("where", "BROWSER · PROFILE", 14, 30, 5),
    TableColumn("store", "WHERE", 8, 13, 6),
    TableColumn("path", "PATH", 6, 12, 7),
    TableColumn("partition", "PARTITION", 9, 24, 8),
)


def write_cookie_table(out: TextIO, rows: list[dict]) -> None:
    # cli.table escapes every cell: names and hosts are the website's, and may hold escape sequences.
    write_table(out, fit(_COLUMNS, terminal_width(out)), (_cells(r) for r in rows))


def _cells(row: dict) -> dict:
    about = row["about"] or {}
    return {
        "name": row["name"], "host": row["host"], "path": row["path"],
        "provider": about.get("provider") or "—", "category": about.get("category") or "",
        "source": wording.source_name(about.get("source")) if about else "none knows it",
        "where": f"{row['browser']} · {row['profile']}",
        "store": "session store" if row["source"] == "session" else "database",
        "partition": " / ".join(x for x in (row["partition"], row["container"]) if x) or "-",
    }
