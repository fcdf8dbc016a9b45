"""The details of the selected cookie: every fact, what the policy says of it, and its hidden value."""
from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (QFormLayout, QFrame, QGroupBox, QHBoxLayout, QLabel, QScrollArea, QSizePolicy,
                               QStackedWidget, QToolButton, QVBoxLayout, QWidget)

from inspector.domain.codes import CATALOG, DECLARED, NO_POLICY, OCD, POLICY, UNDECLARED
from inspector.ui import formatting as fmt
from inspector.domain.categories import primary_of_policy_category
from inspector.ui.category_colors import category_color
from inspector.ui.details.findings_box import CatalogBox, FindingsBox
from inspector.ui.details.value_reveal import ValueReveal

_STATUS_TINT = {DECLARED: "#1e8e3e", UNDECLARED: "#e37400", NO_POLICY: "#80868b"}


def _fact() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
    label.setOpenExternalLinks(True)
    label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    label.setMinimumWidth(120)
    return label


_ANY_HEIGHT = 16777215  # QWIDGETSIZE_MAX: no limit

class _Facts(QGroupBox):
    """A titled form whose rows are named, filled in and hidden by key."""

    def __init__(self, title: str, rows: list[tuple[str, str]]):
        super().__init__(title)
        self.form = QFormLayout(self)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.form.setVerticalSpacing(4)
        self.fields: dict[str, QLabel] = {}
        for key, caption in rows:
            self.fields[key] = _fact()
            self.form.addRow(caption, self.fields[key])

    def set(self, key: str, text: str | None, rich: bool = False) -> None:
        label = self.fields[key]
        label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
        label.setText(text or "")
        self.form.setRowVisible(label, bool(text))


class DetailsPane(QStackedWidget):
    """A placeholder, or the facts of one cookie in a scroll area (only the facts ever need to scroll)."""

    collapse_requested = Signal()

    def __init__(self, runner, parent=None):
        super().__init__(parent)
        self.setAccessibleName(self.tr("Cookie details"))
        self._cookie = None

        self.placeholder = QLabel(self.tr("Select a cookie to see what it is for."))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        palette = self.placeholder.palette()
        palette.setColor(QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.PlaceholderText))
        self.placeholder.setPalette(palette)

        # The title and subtitle hold the website's cookie name and host: text, never rich text.
        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_chip = QLabel()
        self.status_chip.setTextFormat(Qt.TextFormat.PlainText)
        self.subtitle = QLabel()
        self.subtitle.setTextFormat(Qt.TextFormat.PlainText)
        self.subtitle.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle.setPalette(palette)

        self.cookie_facts = _Facts(self.tr("Cookie"), [
            ("site", self.tr("Site:")), ("host", self.tr("Host:")), ("path", self.tr("Path:")),
            ("expires", self.tr("Expires:")), ("created", self.tr("Created:")),
            ("last_access", self.tr("Last used:")), ("flags", self.tr("Attributes:")),
            ("partition", self.tr("Partition:")), ("where", self.tr("Browser:")), ("store", self.tr("Store:")),
        ])
        self.value = ValueReveal(runner)
        self.policy_facts = _Facts(self.tr("What the policy says"), [
            ("status", self.tr("Status:")), ("policy", self.tr("Policy:")), ("provider", self.tr("Provider:")),
            ("function", self.tr("Function:")), ("purpose", self.tr("Purpose:")),
            ("category", self.tr("Category:")), ("consent", self.tr("Consent:")),
            ("lifetime", self.tr("Declared lifetime:")), ("section", self.tr("Section:")),
            ("source", self.tr("Source:")),
        ])

        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addWidget(self.status_chip)
        header.addStretch(1)
        # Collapses the whole pane (View → Details Pane does the same; the choice is saved).
        self.collapse_button = QToolButton()
        self.collapse_button.setText(self.tr("Hide details"))
        self.collapse_button.setToolTip(self.tr("Hide the details pane (Ctrl+D shows it again)"))
        self.collapse_button.setAccessibleName(self.tr("Hide details"))
        self.collapse_button.setAutoRaise(True)
        self.collapse_button.clicked.connect(self.collapse_requested)
        header.addWidget(self.collapse_button)
        # Whose word explains the cookie, first: the policy, a catalog, or nobody.
        self.explanation = QLabel()
        self.explanation.setObjectName("explanation")
        self.explanation.setWordWrap(True)
        self.explanation.setTextFormat(Qt.TextFormat.RichText)
        self.explanation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.findings = FindingsBox()
        self.catalog = CatalogBox()
        details = QWidget()
        layout = QVBoxLayout(details)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addLayout(header)
        layout.addWidget(self.subtitle)
        # The explanation and its source come first, then the findings, then the technical facts.
        layout.addWidget(self.explanation)
        # The catalog shows only when no policy rule declares the cookie: then it is the explanation,
        # and the policy's part only says that it is silent.
        layout.addWidget(self.catalog)
        layout.addWidget(self.policy_facts)
        layout.addWidget(self.findings)
        layout.addWidget(self.value)  # stays hidden until revealed
        layout.addWidget(self.cookie_facts)
        layout.addStretch(1)
        self.sections = [self.explanation, self.catalog, self.policy_facts, self.findings, self.value,
                         self.cookie_facts]  # top to bottom, for tests

        scroll = self._scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(details)
        self.addWidget(self.placeholder)
        self.addWidget(scroll)

    @property
    def cookie(self):
        return self._cookie

    def show_nothing(self, selected: int = 0) -> None:
        self._cookie = None
        self.value.set_record(None)
        if selected > 1:
            text = fmt.plural(self.tr("%n cookie(s) selected.", "", selected), selected)
        else:
            text = self.tr("Select a cookie to see what it is for.")
        self.placeholder.setText(text)
        self.setCurrentIndex(0)
        # One line of text needs one line of room: the table below gets the rest.
        self.setMaximumHeight(self.placeholder.sizeHint().height() + 2 * self.placeholder.fontMetrics().height())

    def show_cookie(self, cookie, now_us: int, lang: str, local_state: str | None = None) -> None:
        """Fill the pane for one InspectedCookie; another cookie than before hides its value again."""
        self._cookie = cookie
        self.setMaximumHeight(_ANY_HEIGHT)
        self._scroll.verticalScrollBar().setValue(0)  # a new cookie is read from its name down
        r = cookie.record
        self.title.setText(r.name)
        self._set_status_chip(cookie.match.status)
        self.subtitle.setText(self.tr("{host}{path} · {where}").format(
            host=r.host, path=r.path, where=fmt.where(r.browser, r.profile, r.container)))
        self._fill_cookie(cookie, now_us)
        self._fill_policy(cookie, lang)
        self.value.set_record(r, local_state)
        self.setCurrentIndex(1)

    def show_consent(self, found: tuple, about, description=None) -> None:
        """The cookie's findings, and the catalog's guess when no policy rule declares it (domain About);
        `description` (the table's Description, or None) names whose word explains the cookie."""
        self.findings.show_findings(found)
        self.catalog.show_about(about)
        self.show_explanation(description)

    def show_explanation(self, description) -> None:
        """One line right under the name: the source, then provider, purpose and category."""
        if description is None:
            self.explanation.setText(self.tr("<b>Source: none</b> — no policy, catalog or the Open Cookie "
                                             "Database explains this cookie."))
            return
        source = {POLICY: self.tr("the site's policy"),
                  CATALOG: self.tr("Consent Inspector's catalog (a guess, not a declaration)"),
                  OCD: self.tr("the Open Cookie Database (a guess, not a declaration)")}.get(
                      description.source, description.source)
        parts = [escape(p) for p in (description.provider, description.purpose) if p]
        label = fmt.category(description)
        if label:
            parts.append(self.tr("category: {category}").format(category=escape(label)))
        text = self.tr("<b>Source: {source}</b>").format(source=escape(source))
        if parts:
            text += " — " + " · ".join(parts)
        self.explanation.setText(text)

    def _set_status_chip(self, status: str) -> None:
        tint = _STATUS_TINT.get(status, "#80868b")
        self.status_chip.setText(fmt.status(status))
        self.status_chip.setToolTip(fmt.status_tooltip(status))
        self.status_chip.setStyleSheet(
            f"QLabel {{ color: white; background: {tint}; border-radius: 8px; padding: 1px 8px; font-weight: 600; }}")

    def _fill_cookie(self, cookie, now_us: int) -> None:
        r = cookie.record
        f = self.cookie_facts
        f.set("site", cookie.site)
        scope = (self.tr("this host only") if r.host_only
                 else self.tr("a domain cookie: its subdomains receive it too"))
        f.set("host", f"{r.host} — {scope}")
        f.set("path", r.path)
        expired = r.is_expired(now_us)
        relative = fmt.relative_expiry(r.expires_us, now_us, expired)
        f.set("expires", relative if r.expires_us is None
              else f"{relative} — {fmt.exact_time(r.expires_us)}")
        f.set("created", fmt.exact_time(r.created_us))
        f.set("last_access", fmt.exact_time(r.last_access_us))
        f.set("flags", fmt.flags_tooltip(r.secure, r.http_only, r.same_site))
        f.set("partition", r.partition or self.tr("Not partitioned"))
        f.set("where", fmt.where(r.browser, r.profile, r.container))
        f.set("store", r.store)

    def _fill_policy(self, cookie, lang: str) -> None:
        f = self.policy_facts
        match = cookie.match
        rule = match.rule
        site = match.site
        f.set("status", fmt.status_tooltip(match.status))
        f.set("policy", site.name if site is not None else self.tr("No known cookie policy covers {site}.")
              .format(site=cookie.site))
        provider = None
        if rule is not None:
            provider = escape(rule.provider.name)
            if rule.provider.url:
                provider = f'<a href="{escape(rule.provider.url)}">{provider}</a>'
        f.set("provider", provider, rich=True)
        f.set("function", rule.function.get(lang) if rule else None)
        f.set("purpose", rule.purpose.get(lang) if rule else None)
        category = None
        if rule is not None:
            c = rule.category
            primary = primary_of_policy_category(c)
            color = category_color(primary).name()
            # The banner category first, then the policy's own word for it when that differs.
            own = c.label.get(lang)
            shown = fmt.category_word(primary)
            head = shown if own.casefold() == shown.casefold() else self.tr(
                "{category} (the policy says “{label}”)").format(category=shown, label=own)
            category = (f'<span style="color:{color}">●</span> <b>{escape(head)}</b>'
                        f"<br>{escape(c.description.get(lang))}")
        f.set("category", category, rich=True)
        f.set("consent", (self.tr("Needed before the site may set it") if rule.category.needs_consent
                          else self.tr("Not needed, according to the policy")) if rule else None)
        f.set("lifetime", fmt.lifetime(rule.lifetime_text) if rule else None)
        f.set("section", rule.section.get(lang) if rule and rule.section else None)
        source = None
        if site is not None and site.source_url:
            url = escape(site.source_url)
            source = self.tr('<a href="{url}">{label}</a>').format(url=url, label=url)
        f.set("source", source, rich=True)
