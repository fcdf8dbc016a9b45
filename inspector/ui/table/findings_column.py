"""How consent findings read on screen: short labels, the column's icon and tooltip, source words (translatable)."""
from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from inspector.domain import wording
from inspector.domain.codes import CONSENT_SEVERITY, INFO, UNDECLARED_COOKIE, WARNING, worst
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


def text(found: tuple) -> str:
    """The cell: each finding's label once, worst first (the order the domain gives). "Undeclared"
    is left to the Status column beside it, which already says so; the tooltip keeps it."""
    return " · ".join(dict.fromkeys(label(f) for f in found if f.code != UNDECLARED_COOKIE))


def severity(found: tuple) -> str | None:
    """'warning' if any finding warns, 'info' if all inform, None when there are none."""
    return worst(_severity_of(f) for f in found)


def cell_icon(found: tuple):
    level = severity(found)
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
