"""The "Your choice" panel: a site's recorded consent, the verdict, vendors, and the cookies against it."""
from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (QFrame, QHBoxLayout, QLabel, QListWidget, QPushButton, QScrollArea, QToolButton,
                               QVBoxLayout)

from inspector.domain import wording
from inspector.ui import formatting as fmt
from inspector.ui.consent import choice_words as words


class ChoicePanel(QFrame):
    """Shows one SiteConsent; `cookie_activated` carries the CookieKey of a linked cookie row."""

    cookie_activated = Signal(object)  # CookieKey
    read_requested = Signal()
    delete_against_requested = Signal(list)  # the CookieKeys of the cookies against the choice

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("choicePanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._keys: list = []
        self.title = QLabel(self.tr("<b>Your choice</b>"))
        self.verdict = QLabel(wordWrap=True)
        self.verdict.setObjectName("consentVerdict")
        self.records = QLabel(wordWrap=True, textFormat=Qt.TextFormat.RichText)
        self.vendors = QLabel()
        self.vendor_toggle = QToolButton(text=self.tr("Show vendors"), checkable=True)
        self.vendor_list = QListWidget()
        self.vendor_list.setMaximumHeight(110)
        self.vendor_list.hide()
        self.against = QLabel(wordWrap=True, textFormat=Qt.TextFormat.RichText)
        self.against.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                             | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.read_button = QPushButton(self.tr("Read consent choices…"))
        self.read_button.setToolTip(self.tr("Read the consent values the system keyring protects (it may ask once)"))
        self.read_button.hide()
        self.delete_button = QPushButton(self.tr("Delete the Cookies Against Your Choice…"))
        self.delete_button.setToolTip(self.tr("Delete, after confirming, every cookie listed here "
                                              "(your keep list still keeps its own)"))
        self.delete_button.clicked.connect(lambda: self.delete_against_requested.emit(list(self._keys)))

        vendors_row = QHBoxLayout()
        vendors_row.setContentsMargins(0, 0, 0, 0)
        vendors_row.addWidget(self.vendors)
        vendors_row.addWidget(self.vendor_toggle)
        vendors_row.addStretch(1)
        vendors_row.addWidget(self.read_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(3)
        for w in (self.title, self.verdict, self.records):
            layout.addWidget(w)
        layout.addLayout(vendors_row)
        layout.addWidget(self.vendor_list)
        # A site may hold dozens of cookies against the choice: they scroll, the table keeps its room.
        self.against_area = QScrollArea(widgetResizable=True, frameShape=QFrame.Shape.NoFrame)
        self.against_area.setWidget(self.against)
        self.against_area.setMaximumHeight(120)
        layout.addWidget(self.against_area)
        delete_row = QHBoxLayout()
        delete_row.setContentsMargins(0, 0, 0, 0)
        delete_row.addStretch(1)
        delete_row.addWidget(self.delete_button)
        layout.addLayout(delete_row)

        self.vendor_toggle.toggled.connect(self.vendor_list.setVisible)
        self.vendor_toggle.toggled.connect(
            lambda on: self.vendor_toggle.setText(self.tr("Hide vendors") if on else self.tr("Show vendors")))
        self.against.linkActivated.connect(self._link)
        self.read_button.clicked.connect(self.read_requested)

    def show_site(self, site_consent) -> None:
        """Fill the panel for a SiteConsent (None hides it)."""
        if site_consent is None or (not site_consent.records and not site_consent.findings):
            self.hide()
            return
        self.verdict.setText(words.verdict(site_consent))
        self.records.setText("<br>".join(words.record_line(r) for r in site_consent.records) or
                             html.escape(fmt.say(wording.VERDICT_NONE).format(site=site_consent.site)))
        self.read_button.setVisible(any(not r.readable for r in site_consent.records))
        self._fill_vendors(site_consent)
        self._fill_against(site_consent)
        self.show()

    def _fill_vendors(self, site_consent) -> None:
        accepted = sorted({v for r in site_consent.records for v in r.vendors_accepted})
        refused = sorted({v for r in site_consent.records for v in r.vendors_refused} - set(accepted))
        has = bool(accepted or refused)
        self.vendors.setVisible(has)
        self.vendor_toggle.setVisible(has)
        self.vendor_list.clear()
        if not has:
            self.vendor_toggle.setChecked(False)
            return
        self.vendors.setText(self.tr("Vendors: {accepted} accepted, {refused} refused").format(
            accepted=len(accepted), refused=len(refused)))
        refused_word = fmt.say(wording.CONSENT_STATES["refused"])
        accepted_word = fmt.say(wording.CONSENT_STATES["accepted"])
        self.vendor_list.addItems([f"✗ {words.vendor_name(v)} — {refused_word}" for v in refused]
                                  + [f"✓ {words.vendor_name(v)} — {accepted_word}" for v in accepted])

    def _fill_against(self, site_consent) -> None:
        against = site_consent.against
        self._keys = [f.cookie.key for f in against]
        self.against_area.setVisible(bool(against))
        self.delete_button.setVisible(bool(against))
        if not against:
            return
        lines = [f'<a href="cookie:{i}">{html.escape(f.cookie.name)}</a> '
                 f'<span style="color:gray">({html.escape(fmt.where(f.cookie.browser, f.cookie.profile, f.cookie.container))})</span>'
                 f' — {html.escape(wording.consent_finding_text(f, fmt.say).split(": ", 1)[-1])}'
                 for i, f in enumerate(against)]
        title = self.tr("Against your choice")  # outside the f-string: lupdate reads no call inside one
        self.against.setText(f"<b>{html.escape(title)}</b><br>" + "<br>".join(lines))

    @Slot(str)
    def _link(self, link: str) -> None:
        if link.startswith("cookie:"):
            index = int(link.split(":", 1)[1])
            if 0 <= index < len(self._keys):
                self.cookie_activated.emit(self._keys[index])
