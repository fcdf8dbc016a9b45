"""Under a dark palette: no muddy row washes, the app's own icons drawn light, category colours with contrast."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from inspector.domain import codes as C
from inspector.domain.codes import UNDECLARED
from inspector.ui import icons
from inspector.ui.category_colors import category_color, dark_palette
from inspector.ui.roles import STATUS_ROLE
from ui_support import make_window


def _dark() -> QPalette:
    """Fusion's dark palette, as a dark desktop theme sets it."""
    p = QPalette()
    for role, colour in ((QPalette.ColorRole.Window, "#2d2d2d"), (QPalette.ColorRole.WindowText, "#eeeeee"),
                         (QPalette.ColorRole.Base, "#242424"), (QPalette.ColorRole.AlternateBase, "#2b2b2b"),
                         (QPalette.ColorRole.Text, "#eeeeee"), (QPalette.ColorRole.Button, "#353535"),
                         (QPalette.ColorRole.ButtonText, "#eeeeee"), (QPalette.ColorRole.Highlight, "#3584e4"),
                         (QPalette.ColorRole.HighlightedText, "#ffffff")):
        p.setColor(role, QColor(colour))
    return p


@pytest.fixture
def dark(qapp):
    before = qapp.palette()
    qapp.setPalette(_dark())
    yield
    qapp.setPalette(before)


def _lightness_and_cover(ic) -> tuple[float, float]:
    """The mean lightness of an icon's drawn pixels, and the share of its square they cover."""
    image = ic.pixmap(24, 24).toImage()
    drawn = [image.pixelColor(x, y) for x in range(image.width()) for y in range(image.height())]
    drawn = [c for c in drawn if c.alpha() > 128]
    assert drawn, "the icon draws nothing"
    return sum(c.lightness() for c in drawn) / len(drawn), len(drawn) / (image.width() * image.height())


def _undeclared_backgrounds(window):
    proxy = window.proxy
    return [proxy.index(r, 0).data(Qt.ItemDataRole.BackgroundRole) for r in range(proxy.rowCount())
            if proxy.index(r, 0).data(STATUS_ROLE) == UNDECLARED]


def test_undeclared_rows_keep_the_dark_palettes_background(qtbot, tmp_path, dark):
    assert dark_palette()
    window = make_window(qtbot, tmp_path)
    backgrounds = _undeclared_backgrounds(window)
    assert backgrounds and all(b is None for b in backgrounds)  # no brown block
    row = next(r for r in range(window.proxy.rowCount()) if window.proxy.index(r, 0).data(STATUS_ROLE) == UNDECLARED)
    from inspector.ui.table.columns import Column
    status = window.proxy.index(row, Column.STATUS)
    assert status.data(Qt.ItemDataRole.ForegroundRole).color().lightness() > 150  # the Status cell still says so


def test_undeclared_rows_are_washed_on_a_light_palette(qtbot, tmp_path):
    assert not dark_palette()
    window = make_window(qtbot, tmp_path)
    backgrounds = _undeclared_backgrounds(window)
    assert backgrounds and all(b is not None and b.color().lightness() > 200 for b in backgrounds)


@pytest.mark.parametrize("purpose", ["stores", "refresh", "open-policy", "search", "delete", "history"])
def test_toolbar_icons_are_the_apps_own_and_drawn_light_on_dark(qapp, purpose):
    light, light_cover = _lightness_and_cover(icons.icon(purpose))
    before = qapp.palette()
    qapp.setPalette(_dark())
    try:
        dark_lightness, dark_cover = _lightness_and_cover(icons.icon(purpose))
    finally:
        qapp.setPalette(before)
    assert light < 128 < dark_lightness  # dark lines on light, light lines on dark
    assert dark_cover < 0.6 and abs(dark_cover - light_cover) < 0.1  # line art, not a blank square


def test_category_colours_switch_to_their_dark_variants(dark):
    base = QApplication.palette().color(QPalette.ColorRole.Base)
    for category in C.CATEGORIES:
        colour = category_color(category)
        assert colour.name() == C.category_colour(category, dark=True)
        assert colour.lightness() - base.lightness() > 90  # stands out on the dark base
