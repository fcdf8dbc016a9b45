"""Painting cells that need more than plain text: the category chip, hosts cut at the left, paths in the middle."""
from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from inspector.ui.category_colors import category_color
from inspector.ui.roles import CATEGORY_ROLE

_PAD_X = 7
_MARGIN = 4
CHIP_PADDING = 2 * (_PAD_X + _MARGIN)  # what a chip's cell needs beyond its text's width


class CategoryChipDelegate(QStyledItemDelegate):
    """A rounded chip tinted with the category's colour; the text stays the item's own (screen readers)."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        if not text:
            return
        color = category_color(index.data(CATEGORY_ROLE))
        metrics = opt.fontMetrics
        height = metrics.height() + 4
        room = opt.rect.width() - 2 * _MARGIN - 2 * _PAD_X
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, max(room, 0))
        width = metrics.horizontalAdvance(shown) + 2 * _PAD_X
        chip = QRectF(opt.rect.left() + _MARGIN, opt.rect.top() + (opt.rect.height() - height) / 2, width, height)

        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fill = QColor(color)
        fill.setAlphaF(0.18)
        edge = QColor(color)
        edge.setAlphaF(0.75)
        painter.setPen(edge)
        painter.setBrush(fill)
        painter.drawRoundedRect(chip.adjusted(0.5, 0.5, -0.5, -0.5), height / 2, height / 2)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.setPen(opt.palette.color(role))
        painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, shown)
        painter.restore()

    def sizeHint(self, option, index) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width() + CHIP_PADDING, max(size.height(), option.fontMetrics.height() + 8))


class MiddleElideDelegate(QStyledItemDelegate):
    """Paths keep both ends when cut: the folder they start from and the file."""

    def initStyleOption(self, option: QStyleOptionViewItem, index) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideMiddle



class LeftElideDelegate(QStyledItemDelegate):
    """Hosts and sites lose their left end when cut: '…lillemetropole.fr' still names the site."""

    def initStyleOption(self, option: QStyleOptionViewItem, index) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideLeft
