"""A menu that sorts a view by any of its columns: sorting without a mouse on the header."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QMenu


def sort_menu(view, title: str, columns) -> QMenu:
    """Sorting from the keyboard: one choice per column, and the direction."""
    header = view.header() if hasattr(view, "header") else view.horizontalHeader()
    model = view.model()
    menu = QMenu(title, view)
    group = QActionGroup(menu)
    current, order = header.sortIndicatorSection(), header.sortIndicatorOrder()
    for column in columns:
        name = (model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.AccessibleTextRole)
                or model.headerData(column, Qt.Orientation.Horizontal))
        action = menu.addAction(name)
        action.setCheckable(True)
        action.setChecked(column == current)
        group.addAction(action)
        action.triggered.connect(lambda _on=False, c=column: view.sortByColumn(c, header.sortIndicatorOrder()))
    menu.addSeparator()
    descending = menu.addAction(QCoreApplication.translate("SortMenu", "&Descending"))
    descending.setCheckable(True)
    descending.setChecked(order == Qt.SortOrder.DescendingOrder)
    descending.toggled.connect(lambda on: view.sortByColumn(
        header.sortIndicatorSection(), Qt.SortOrder.DescendingOrder if on else Qt.SortOrder.AscendingOrder))
    return menu
