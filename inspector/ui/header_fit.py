"""What a header section needs to show its title whole, asked of the style that paints it (any style, font, scale)."""
from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QHeaderView, QStyle, QStyleOptionHeader

_PROBE = 1000  # any section width: the label's room is the section's less what the style keeps for itself


def title_width(header: QHeaderView, section: int, arrow: bool) -> int:
    """The narrowest width at which `section` paints its title (text and icon) unelided; with `arrow`,
    clear of the sort arrow too. The style keeps its margins, and the arrow's room only in the sorted
    section; Fusion draws the arrow over the end of a title its label rectangle still holds, so the
    title must end where the arrow starts."""
    model = header.model()
    orientation = header.orientation()
    text = (model.headerData(section, orientation) if model is not None else None) or ""
    icon = model.headerData(section, orientation, Qt.ItemDataRole.DecorationRole) if model is not None else None
    option = QStyleOptionHeader()
    option.initFrom(header)
    option.orientation = orientation
    if orientation == Qt.Orientation.Horizontal:  # as QHeaderView's own option: the style lays out by it
        option.state |= QStyle.StateFlag.State_Horizontal
    option.section = section
    option.text = text
    option.sortIndicator = (QStyleOptionHeader.SortIndicator.SortDown if arrow
                            else QStyleOptionHeader.SortIndicator.None_)
    option.rect = QRect(0, 0, _PROBE, max(header.height(), header.sizeHint().height()))
    style = header.style()
    label = style.subElementRect(QStyle.SubElement.SE_HeaderLabel, option, header)
    end = label.left() + label.width()  # where the title must end
    if arrow:
        margin = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, option, header)
        end = min(end, style.subElementRect(QStyle.SubElement.SE_HeaderArrow, option, header).left() - margin)
    needed = header.fontMetrics().horizontalAdvance(text) if text else 0
    if isinstance(icon, QIcon) and not icon.isNull():  # the label draws it left of the text, 2 px apart
        needed += style.pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, option, header) + 2
    return label.left() + needed + _PROBE - end
