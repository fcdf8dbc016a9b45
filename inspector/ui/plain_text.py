"""Tooltips that show a website's text as text: Qt renders any tooltip that looks like HTML as rich text."""
from __future__ import annotations

import html

from PySide6.QtGui import Qt  # mightBeRichText lives in QtGui


def plain_tip(text):
    """`text` for setToolTip or ToolTipRole, shown exactly as written.

    A QToolTip has no text format of its own: Qt.mightBeRichText decides, so a cookie named
    `<b style=…>PAYPAL LOGIN EXPIRED</b>` would be rendered. Such a text is escaped into
    rich text that spells it out, lines and spaces kept.
    """
    if not text or not isinstance(text, str) or not Qt.mightBeRichText(text):
        return text
    return "<p style='white-space:pre-wrap'>" + html.escape(text).replace("\n", "<br>") + "</p>"
