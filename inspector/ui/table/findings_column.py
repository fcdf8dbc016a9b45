"""How consent findings read on screen: short labels, the column's icon and tooltip, source words (translatable)."""
from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from inspector.domain import wording
from inspector.domain.codes import CONSENT_SEVERITY, INFO, NEEDS_CONSENT, UNDECLARED_COOKIE, WARNING, worst
from inspector.ui.formatting import say
from inspector.ui.icons import icon

_CTX = "Findings"
# Finding.severity -> icon purpose (icons.py); the worst severity of a cookie picks its icon.
SEVERITY_ICONS = {WARNING: "finding-warning", INFO: "finding-info"}


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


# A cookie's findings are the policy's (findings.engine Finding) and, once the window's worker has
# analysed the site's banner choice, the consent ones (consent.analysis ConsentFinding), which
# carry no severity or label of their own: codes.CONSENT_SEVERITY and the catalogue give them.

def _is_consent(finding) -> bool:
    return finding.code in CONSENT_SEVERITY


def label(finding) -> str:
    """A few words for one finding: what the column shows and what the details pane titles it."""
    if _is_consent(finding):
        return say(wording.CONSENT_FINDING_NAMES[finding.code])
    return wording.finding_label(finding, say)


def _cell_label(finding) -> str:
    # A consent finding's label in a cell's few words ("Against choice"); the tooltip says it in full.
    if _is_consent(finding):
        return say(wording.CONSENT_CELL_NAMES[finding.code])
    return label(finding)


def explanation(finding) -> str:
    """The finding's explanation, one or two sentences."""
    if _is_consent(finding):
        return wording.consent_finding_text(finding, say)
    return wording.finding(finding, say)


def _severity_of(finding) -> str:
    return CONSENT_SEVERITY[finding.code] if _is_consent(finding) else finding.severity


def source_label(source: str | None) -> str:
    """Whose information a finding rests on; the catalog is a guess and says so."""
    return wording.source_label(source, say)


def shown_findings(found: tuple) -> list:
    """The findings the cell names, headline first: what the cookie does against the user's banner
    choice, then the policy's, worst first (the order the domain gives). "Undeclared" is left to the
    Status column beside it, and "Needs consent" to a consent finding, which says more; the tooltip
    keeps them all."""
    consent = [f for f in found if _is_consent(f)]
    rest = [f for f in found if not _is_consent(f) and f.code != UNDECLARED_COOKIE
            and not (consent and f.code == NEEDS_CONSENT)]
    return consent + rest


def text(found: tuple) -> str:
    """The cell: the headline finding's label, and how many more there are ("Against your choice +1"),
    so that the column stays narrow enough to be read whole on a laptop screen."""
    labels = list(dict.fromkeys(_cell_label(f) for f in shown_findings(found)))
    if len(labels) <= 1:
        return labels[0] if labels else ""
    more = len(labels) - 1
    return QCoreApplication.translate("Findings", "{label} +%n", None, more).format(label=labels[0])  # Qt fills %n


def severity(found: tuple) -> str | None:
    """'warning' if any finding warns, 'info' if all inform, None when there are none."""
    return worst(_severity_of(f) for f in found)


def cell_icon(found: tuple):
    # Only beside words: "Undeclared" alone has its icon in the Status column already.
    level = severity(shown_findings(found))
    return icon(SEVERITY_ICONS[level]) if level else None


def tooltip(found: tuple, shown: str = "") -> str | None:
    """The cell's text (`shown`) in full, then every finding with its explanation, one per
    paragraph (rich text, so long lines wrap)."""
    if not found:
        return None
    # The label and its explanation, joined as the language punctuates ("Unknown: …", « Inconnu : … »).
    line = QCoreApplication.translate("FindingsColumn", "<b>{label}</b>: {explanation}")
    items = "".join("<li>" + line.format(label=escape(label(f)), explanation=escape(explanation(f))) + "</li>"
                    for f in found)
    head = f"<p>{escape(shown)}</p>" if shown else ""
    return f"{head}<ul style='margin-left:-20px'>{items}</ul>"


def header_tip() -> str:
    return _tr("Where the cookie differs from its site's published policy, or what no policy covers")
