"""The cookie table model: one row per inspected cookie, with typed roles. Values never enter it."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication, QPalette

from inspector.domain.codes import POLICY, UNDECLARED
from inspector.ui.table import findings_column
from inspector.ui import formatting as fmt
from inspector.ui.table.columns import Column
from inspector.ui.icons import icon
from inspector.ui.qt_compat import variant_result
from inspector.ui.roles import CATEGORY_ROLE, COOKIE_ROLE, FINDINGS_ROLE, RECORD_ROLE, SORT_ROLE, STATUS_ROLE
from inspector.ui.plain_text import plain_tip

if TYPE_CHECKING:
    from inspector.ui.table.cookie_table import CookieTable

R = Qt.ItemDataRole
_HANDLED = {R.DisplayRole, R.ToolTipRole, R.DecorationRole, R.ForegroundRole, R.FontRole, R.BackgroundRole,
            RECORD_ROLE, COOKIE_ROLE, SORT_ROLE, CATEGORY_ROLE, STATUS_ROLE, FINDINGS_ROLE}
_ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


def _blend(base: QColor, tint: QColor, amount: float) -> QColor:
    return QColor.fromRgbF(*(b + (t - b) * amount for b, t in zip(base.getRgbF()[:3], tint.getRgbF()[:3])))


class CookieModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._table: CookieTable | None = None  # None until the first load
        self._shrinking: int | None = None  # the row count while remove_cookies() is under way
        self._now_us = 0
        self.kept_rows = None  # table -> the rows the keep list keeps (ui/cleanup sets it): their pin
        self.consent_of = None  # CookieRecord -> its consent findings (ui/consent sets it once analysed)
        self._bold = QFont()
        self._bold.setBold(True)
        self._italic = QFont()
        self._italic.setItalic(True)
        self.refresh_palette()

    # --- data in ----------------------------------------------------------------------

    @property
    def table(self) -> CookieTable | None:
        return self._table

    @property
    def now_us(self) -> int:
        """The instant relative expiries are counted from (the scan's, then the clock's)."""
        return self._now_us

    def set_table(self, table: CookieTable) -> None:
        self.beginResetModel()
        self._table = table
        self._now_us = table.now_us
        self.endResetModel()

    def _findings(self, table: CookieTable, row: int) -> tuple:
        """The policy's findings, then the consent ones once the site's banner choice is analysed (consent_of)."""
        found = table.findings_of(row)
        consent = self.consent_of(table.cookies[row].record) if self.consent_of is not None else ()
        return tuple(found) + tuple(consent) if consent else found

    def findings_changed(self) -> None:
        """The worker has found the findings: repaint that column (rows and order are unchanged)."""
        if self.rowCount():
            self.dataChanged.emit(self.index(0, Column.FINDINGS), self.index(self.rowCount() - 1, Column.FINDINGS))

    def remove_cookies(self, rows: list[int], table: CookieTable) -> None:
        """Swap in `table`, which is this table minus `rows` (deleted cookies), by removing those rows.

        Not a reset: views keep their scroll position and the other rows their selection.
        Ranges go bottom-up so each one's numbers are still true when it is announced; in
        between, data() answers nothing (the old table's rows no longer line up).
        """
        old = self._table
        ranges = row_runs(sorted(set(rows)))
        if old is None or len(old.cookies) - sum(b - a + 1 for a, b in ranges) != len(table.cookies):
            raise ValueError("the new table is not this table minus those rows")
        self._shrinking = len(old.cookies)
        try:
            for first, last in reversed(ranges):
                self.beginRemoveRows(QModelIndex(), first, last)
                self._shrinking -= last - first + 1
                self.endRemoveRows()
        finally:
            self._shrinking = None
            self._table = table
            self._now_us = max(self._now_us, table.now_us)

    def set_now(self, now_us: int) -> None:
        """Move 'now' forward so relative expiries stay true while the window stays open."""
        self._now_us = now_us
        if self.rowCount():
            top, bottom = self.index(0, Column.EXPIRES), self.index(self.rowCount() - 1, Column.EXPIRES)
            self.dataChanged.emit(top, bottom, [R.DisplayRole, R.ToolTipRole, R.ForegroundRole])

    def refresh_palette(self) -> None:
        """Recompute the colours that derive from the palette (light or dark theme)."""
        palette = QGuiApplication.palette()
        base = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Base)
        dark = base.lightnessF() < 0.5
        amber = QColor("#f29900")
        # On a light palette, a wash light enough to keep text readable, strong enough to find
        # by eye. On a dark one any amber wash reads as a muddy brown block, so the row keeps
        # the palette's own background and the Status cell alone speaks (icon, bold, amber text).
        self._undeclared_bg = None if dark else QBrush(_blend(base, amber, 0.13))
        self._warning_fg = QBrush(QColor("#fdd663") if dark else QColor("#b06000"))
        self._muted_fg = QBrush(palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, len(Column) - 1))

    # --- QAbstractItemModel ---------------------------------------------------------

    def rowCount(self, parent=QModelIndex()) -> int:
        if parent.isValid() or self._table is None:
            return 0
        return len(self._table.cookies) if self._shrinking is None else self._shrinking

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(Column)

    def flags(self, index) -> Qt.ItemFlag:
        return _ROW_FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    @variant_result
    def headerData(self, section, orientation, role=R.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        if role == R.DisplayRole:
            return self.column_title(Column(section))
        if role == R.ToolTipRole:
            return self._column_tip(Column(section))
        return None

    def column_title(self, column: Column) -> str:
        return {
            Column.NAME: self.tr("Name"), Column.SITE: self.tr("Site"), Column.PROVIDER: self.tr("Provider"), Column.PURPOSE: self.tr("Purpose"),
            Column.CATEGORY: self.tr("Category"), Column.HOST: self.tr("Host"), Column.PATH: self.tr("Path"),
            Column.EXPIRES: self.tr("Expires"), Column.WHERE: self.tr("Browser · Profile"),
            Column.FLAGS: self.tr("Flags"), Column.STATUS: self.tr("Status"), Column.FINDINGS: self.tr("Findings"),
        }[column]

    def _column_tip(self, column: Column) -> str | None:
        return {
            Column.SITE: self.tr("The registrable site the cookie belongs to, as the site list groups it"),
            Column.PROVIDER: self.tr("Who sets the cookie, according to the site's cookie policy"),
            Column.PURPOSE: self.tr("What the cookie is for, according to the site's cookie policy"),
            Column.HOST: self.tr("A leading dot marks a domain cookie, which subdomains receive too"),
            Column.EXPIRES: self.tr("When the browser deletes the cookie; hover a cell for the exact UTC time"),
            Column.WHERE: self.tr("The browser, profile and container that hold the cookie"),
            Column.FLAGS: self.tr("The Secure, HttpOnly and SameSite attributes"),
            Column.STATUS: self.tr("Whether the site's cookie policy declares the cookie"),
            Column.FINDINGS: findings_column.header_tip(),
        }.get(column)

    @variant_result
    def data(self, index, role=R.DisplayRole):
        if not index.isValid():
            return None
        return self.value(index.row(), index.column(), role)

    def keep_list_changed(self) -> None:
        """The pins follow the keep list."""
        if self._table is not None and self._table.cookies:
            self.dataChanged.emit(self.index(0, Column.NAME), self.index(len(self._table.cookies) - 1, Column.NAME),
                                  [R.DecorationRole])

    def value(self, row: int, column: int, role):
        """data() by row and column: the proxy asks this way, without building an index."""
        if role not in _HANDLED:
            return None
        table = self._table
        if table is None or row >= len(table.cookies) or self._shrinking is not None:
            return None
        if role == R.DisplayRole:
            return self._display(table, row, column)
        if role == RECORD_ROLE:
            return table.cookies[row].record
        if role == COOKIE_ROLE:
            return table.cookies[row]
        if role == SORT_ROLE:
            return table.sort_key(Column(column), row)
        if role == FINDINGS_ROLE:
            return self._findings(table, row)
        match = table.cookies[row].match
        if role == STATUS_ROLE:
            return match.status
        if role == CATEGORY_ROLE:
            about = table.description(row)
            return about.category if about is not None else None
        undeclared = match.status == UNDECLARED
        if role == R.BackgroundRole:
            return self._undeclared_bg if undeclared else None
        if role == R.ToolTipRole:
            tip = self._tooltip(table, row, column)
            # The findings tip is rich text that escapes what it quotes; every other one is plain.
            return tip if column == Column.FINDINGS else plain_tip(tip)
        if column == Column.NAME and role == R.DecorationRole:
            kept = self.kept_rows
            return icon("pin") if kept is not None and row in kept(table) else None
        if column == Column.FINDINGS and role == R.DecorationRole:
            return findings_column.cell_icon(self._findings(table, row))
        if column == Column.STATUS:
            if role == R.DecorationRole:
                return icon("warning") if undeclared else None
            if role == R.FontRole:
                return self._bold if undeclared else None
            if role == R.ForegroundRole:
                return self._warning_fg if undeclared else None
        if column == Column.EXPIRES and role == R.ForegroundRole:
            return self._muted_fg if table.is_expired(row, self._now_us) else None
        if column in (Column.PROVIDER, Column.PURPOSE):
            about = table.description(row)
            guess = about is None or about.source != POLICY
            if role == R.ForegroundRole:
                return self._muted_fg if guess else None
            if role == R.FontRole:
                return self._italic if guess and about is not None else None
        return None

    def _display(self, table: CookieTable, row: int, column: int):
        c = table.cookies[row]
        r = c.record
        if column == Column.NAME:
            return r.name
        if column == Column.SITE:
            return c.site
        if column == Column.PROVIDER:
            about = table.description(row)
            return fmt.described(about, about.provider if about is not None else None)
        if column == Column.PURPOSE:
            about = table.description(row)
            return fmt.described(about, about.purpose if about is not None else None)
        if column == Column.CATEGORY:
            return fmt.category(table.description(row))
        if column == Column.HOST:
            return r.host
        if column == Column.PATH:
            return r.path
        if column == Column.EXPIRES:
            return fmt.relative_expiry(r.expires_us, self._now_us, r.is_expired(self._now_us))
        if column == Column.WHERE:
            return fmt.where(r.browser, r.profile, r.container)
        if column == Column.FLAGS:
            return fmt.flags(r.secure, r.http_only, r.same_site)
        if column == Column.STATUS:
            return fmt.status(c.match.status)
        if column == Column.FINDINGS:
            return findings_column.text(self._findings(table, row))
        return None

    def _tooltip(self, table: CookieTable, row: int, column: int):
        """The cell's full text first (a cut cell shows all of it on hover), then what explains it."""
        c = table.cookies[row]
        r = c.record
        if column == Column.EXPIRES:
            return fmt.expiry_tooltip(r.expires_us, r.is_expired(self._now_us))
        if column == Column.FLAGS:
            return fmt.flags_tooltip(r.secure, r.http_only, r.same_site)
        if column == Column.FINDINGS:
            found = self._findings(table, row)
            return findings_column.tooltip(found, findings_column.text(found))
        text = self._display(table, row, column)
        if column == Column.STATUS:
            return fmt.full_then(text, fmt.status_tooltip(c.match.status))
        if column in (Column.PROVIDER, Column.PURPOSE, Column.CATEGORY):
            about = table.description(row)
            tip = fmt.about_tooltip(about)
            if column == Column.CATEGORY and about is not None and about.source == POLICY:
                tip = c.match.rule.category.description.get(table.lang) + "\n\n" + tip
            return fmt.full_then(text, tip)
        if column == Column.WHERE:
            return text + "\n" + r.store
        if column == Column.HOST and r.partition:
            return self.tr("{host}\nPartitioned under {partition}").format(host=r.host, partition=r.partition)
        if column in (Column.NAME, Column.SITE, Column.HOST, Column.PATH):
            return text or None
        return None

    # --- identity -------------------------------------------------------------------

    def row_of_key(self, key) -> int | None:
        return self._table.row_of_key(key) if self._table is not None else None


def row_runs(rows: list[int]) -> list[tuple[int, int]]:
    """Ascending rows as (first, last) runs of consecutive rows."""
    out: list[tuple[int, int]] = []
    for row in rows:
        if out and row == out[-1][1] + 1:
            out[-1] = (out[-1][0], row)
        else:
            out.append((row, row))
    return out
