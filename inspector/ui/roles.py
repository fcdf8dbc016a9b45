"""The item-data roles our models answer beyond Qt's own, shared by models, proxies and views."""
from __future__ import annotations

from PySide6.QtCore import Qt

_USER = Qt.ItemDataRole.UserRole.value

# The row's domain object itself (CookieRecord for cookies, site name for sites, StoreReport for stores).
RECORD_ROLE = Qt.ItemDataRole(_USER + 1)
# A raw, comparable value for the column: µs for times, int for counts, casefolded text.
SORT_ROLE = Qt.ItemDataRole(_USER + 2)
# The whole InspectedCookie (record + site + policy match) behind a cookie row.
COOKIE_ROLE = Qt.ItemDataRole(_USER + 3)
# The policy category id of a cookie row, or None; delegates colour the chip from it.
CATEGORY_ROLE = Qt.ItemDataRole(_USER + 4)
# The policy status code of a cookie row: declared | undeclared | no-policy.
STATUS_ROLE = Qt.ItemDataRole(_USER + 5)
# A cookie row's consent findings: a tuple of domain Finding, empty when nothing differs.
FINDINGS_ROLE = Qt.ItemDataRole(_USER + 6)
