"""The details pane's consent sections: each finding with its explanation, and what the catalog guesses."""
from __future__ import annotations

from html import escape

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QSizePolicy

from inspector.domain import wording
from inspector.ui import formatting as fmt
from inspector.ui.formatting import say
from inspector.ui.table import findings_column as fc
from inspector.ui.icons import icon

_ICON_PX = 16


class _WrappingLabel(QLabel):
    """Word-wrapped text sized by the width it actually has.

    QLabel's own sizeHint guesses a wrapping width, and a form inside a scroll area
    allots rows by that guess, which left tall blank gaps under each finding. Reporting
    the height needed at the current width (and asking again when the width changes)
    makes each row exactly as tall as its text.
    """

    def minimumSizeHint(self) -> QSize:
        return QSize(120, self.fontMetrics().height())

    def sizeHint(self) -> QSize:
        width = self.width() if self.width() > 120 else 480
        return QSize(width, self.heightForWidth(width))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.updateGeometry()


def _wrapping_label(text: str = "", rich: bool = False) -> QLabel:
    label = _WrappingLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
    label.setOpenExternalLinks(True)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    return label


class FindingsBox(QGroupBox):
    """One row per finding: its icon, its label, and the domain's explanation with whose word it rests on."""

    def __init__(self, parent=None):
        super().__init__(self.tr("Findings"), parent)
        self.setAccessibleName(self.tr("Consent findings"))
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        # A form, like the facts beside it: it sizes wrapped text by its width (a box layout would not).
        self._layout = QFormLayout(self)
        self._layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._layout.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self._layout.setVerticalSpacing(4)
        self.rows: list[QLabel] = []  # the explanation labels, for tests and screen readers

    def show_findings(self, found: tuple) -> None:
        while self._layout.rowCount():
            self._layout.removeRow(0)  # deletes the row's widgets
        self.rows = []
        if not found:
            self._layout.addRow(_wrapping_label(self.tr("None: nothing here differs from the site's policy.")))
            return
        for finding in found:
            self._layout.addRow(*self._row(finding))

    def _row(self, finding) -> tuple[QLabel, QLabel]:
        pix = QLabel()
        pix.setPixmap(icon(fc.SEVERITY_ICONS[finding.severity]).pixmap(_ICON_PX, _ICON_PX))
        pix.setAccessibleName(wording.severity(finding.severity, say))
        source = fc.source_label(finding.source)
        text = f"<b>{escape(fc.label(finding))}</b> — {escape(fc.explanation(finding))}"
        if source:
            text += f" <i>({escape(source)})</i>"
        label = _wrapping_label(text, rich=True)
        self.rows.append(label)
        return pix, label

    @property
    def text(self) -> str:
        """The explanations as plain text (what a screen reader reads)."""
        return "\n".join(label.text() for label in self.rows)


class CatalogBox(QGroupBox):
    """What Consent Inspector's known-cookie catalog says of a cookie no policy declares: a guess, labelled so."""

    def __init__(self, parent=None):
        super().__init__(self.tr("What the catalog says (not a declaration)"), parent)
        self.setAccessibleName(self.tr("Catalog information"))
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.setVerticalSpacing(4)
        self.note = _wrapping_label(self.tr(
            "No policy declares this cookie. This is what Consent Inspector's catalog of widely seen cookies "
            "says of its name: a guess, never a declaration by the site."))
        form.addRow(self.note)
        self.fields: dict[str, QLabel] = {}
        for key, caption in (("provider", self.tr("Provider:")), ("category", self.tr("Category:")),
                             ("purpose", self.tr("Purpose:")), ("lifetime", self.tr("Typical lifetime:")),
                             ("source", self.tr("Catalog source:"))):
            self.fields[key] = _wrapping_label(rich=key == "source")
            form.addRow(caption, self.fields[key])
        self._form = form
        self.hide()

    def show_about(self, about) -> None:
        """Shown only for catalog information (domain About with source 'catalog'); hidden otherwise."""
        if about is None or about.source != "catalog":
            self.hide()
            return
        for key in ("provider", "category", "purpose", "lifetime"):
            value = getattr(about, key)
            if key == "category":
                value = wording.category_name(value, say)  # the banner category, in the reader's language
            elif key == "lifetime":
                value = fmt.lifetime(value)  # "13 months" as the catalog writes it, in the reader's words
            self.fields[key].setText(value or "")
            self._form.setRowVisible(self.fields[key], bool(value))
        url = escape(about.url or "")
        self.fields["source"].setText(f'<a href="{url}">{url}</a>' if url else "")
        self._form.setRowVisible(self.fields["source"], bool(url))
        self.show()

    @property
    def text(self) -> str:
        return "\n".join([self.title(), self.note.text()] + [f.text() for f in self.fields.values() if f.text()])
