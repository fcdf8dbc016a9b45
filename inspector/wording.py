"""The words of every domain code (inspector/domain/codes.py): one catalogue for the CLI, the reports and the window.

The domain answers in codes and parameters; this module turns them into sentences. Each
function takes `say`, which words one Phrase: `english` (the default) for the CLI and the
reports, or the window's Qt translator (ui/formatting.say), which looks the phrase up in
the loaded .qm file by its context and source text and falls back to this English.

Every phrase is marked where it is written, so `pyside6-lupdate` finds it (see
resources/translations/README.md): QT_TRANSLATE_NOOP(context, text) for a plain phrase,
translate(context, text, None, N) for a phrase counted by %n, which lupdate files as a
plural message so a translation gets the plural forms of its language. Neither marker
translates anything; both only record the phrase.

Placeholders: %n is the count (Qt's plural mechanism); {name} are parameters filled in
after translation with str.format, so a translation may move them but must keep them.
"""
from __future__ import annotations

from typing import Callable, NamedTuple, Optional

from inspector.domain import codes as C


class Phrase(NamedTuple):
    context: str  # the translation context (the .ts <context>)
    text: str  # the English source text
    counted: bool = False  # holds %n: say it with the count


def QT_TRANSLATE_NOOP(context: str, text: str) -> Phrase:
    """Marks a plain phrase for pyside6-lupdate."""
    return Phrase(context, text)


def translate(context: str, text: str, disambiguation: None, n: int) -> Phrase:
    """Marks a phrase counted by %n: lupdate reads a four-argument translate() as a plural message."""
    return Phrase(context, text, True)


N = 0  # the count argument of a translate() mark: any number; the count comes when the phrase is said

Say = Callable[..., str]  # say(phrase, n=-1) -> text


def english(phrase: Phrase, n: int = -1) -> str:
    """The phrase in English: %n becomes the count, "(s)" the English plural."""
    if n < 0:
        return phrase.text
    return phrase.text.replace("%n", str(n)).replace("(s)", "" if n == 1 else "s")


# --- a cookie's policy status ------------------------------------------------------------

STATUS_NAMES = {
    C.DECLARED: QT_TRANSLATE_NOOP("Status", "Declared"),
    C.UNDECLARED: QT_TRANSLATE_NOOP("Status", "Undeclared"),
    C.NO_POLICY: QT_TRANSLATE_NOOP("Status", "No policy"),
}
STATUS_TIPS = {
    C.DECLARED: QT_TRANSLATE_NOOP("Status", "The site's cookie policy declares this cookie"),
    C.UNDECLARED: QT_TRANSLATE_NOOP("Status", "The site has a cookie policy, but it does not declare this cookie"),
    C.NO_POLICY: QT_TRANSLATE_NOOP("Status", "No known cookie policy covers this site"),
}


def status(code: str, say: Say = english) -> str:
    phrase = STATUS_NAMES.get(code)
    return say(phrase) if phrase else code


def status_tip(code: str, say: Say = english) -> str:
    phrase = STATUS_TIPS.get(code)
    return say(phrase) if phrase else ""


# --- severities and sources -----------------------------------------------------------------

SEVERITY_NAMES = {
    C.WARNING: QT_TRANSLATE_NOOP("Severity", "Warning"),
    C.INFO: QT_TRANSLATE_NOOP("Severity", "Information"),
}
# A bare noun, as in "per the catalog".
SOURCE_NAMES = {
    C.POLICY: QT_TRANSLATE_NOOP("Source", "policy"),
    C.CATALOG: QT_TRANSLATE_NOOP("Source", "catalog"),
}
# Whose information a finding rests on, beside it in the window; the catalog is a guess and says so.
SOURCE_LABELS = {
    C.POLICY: QT_TRANSLATE_NOOP("Findings", "per the site's policy"),
    C.CATALOG: QT_TRANSLATE_NOOP("Findings", "per the catalog (a guess from the name, not a declaration)"),
}


def severity(code: str, say: Say = english) -> str:
    return say(SEVERITY_NAMES[code])


def source_name(code: Optional[str], say: Say = english) -> str:
    phrase = SOURCE_NAMES.get(code)
    return say(phrase) if phrase else ""


def source_label(code: Optional[str], say: Say = english) -> str:
    phrase = SOURCE_LABELS.get(code)
    return say(phrase) if phrase else ""


# --- findings ----------------------------------------------------------------------------------

# A few words per finding: the window's column and the title of its explanation.
FINDING_LABELS = {
    C.UNDECLARED_COOKIE: QT_TRANSLATE_NOOP("Findings", "Undeclared"),
    C.CATEGORY_MISMATCH: QT_TRANSLATE_NOOP("Findings", "Category mismatch"),
    C.DECLARED_ABSENT: QT_TRANSLATE_NOOP("Findings", "Declared but absent"),
    C.UNKNOWN: QT_TRANSLATE_NOOP("Findings", "Unknown"),
}
# A lifetime finding is labelled by the check it failed.
CHECK_LABELS = {
    C.CHECK_DECLARED: QT_TRANSLATE_NOOP("Findings", "Over declared lifetime"),
    C.CHECK_13_MONTHS: QT_TRANSLATE_NOOP("Findings", "Beyond 13 months"),
}
# What the report's totals count, in lower case after the number.
KIND_NAMES = {
    C.UNDECLARED_COOKIE: QT_TRANSLATE_NOOP("Report", "undeclared"),
    C.LIFETIME: QT_TRANSLATE_NOOP("Report", "lifetime"),
    C.CATEGORY_MISMATCH: QT_TRANSLATE_NOOP("Report", "category mismatch"),
    C.DECLARED_ABSENT: QT_TRANSLATE_NOOP("Report", "declared but absent"),
    C.UNKNOWN: QT_TRANSLATE_NOOP("Report", "unknown"),
}
CHECK_NAMES = {
    C.CHECK_DECLARED: QT_TRANSLATE_NOOP("Report", "over declared lifetime"),
    C.CHECK_13_MONTHS: QT_TRANSLATE_NOOP("Report", "beyond 13 months"),
}

# The explanation of each kind, and for a lifetime of each check: keyed by what picks the
# sentence (a session cookie declared? the lifetime only known as a minimum, "rewritten"?).
MESSAGES = {
    C.UNDECLARED_COOKIE: QT_TRANSLATE_NOOP(
        "Finding", "The {policy} policy covers this site but does not declare this cookie."),
    C.CATEGORY_MISMATCH: QT_TRANSLATE_NOOP(
        "Finding", "The policy files it as {declared_category} (no consent needed), but the catalog lists "
                   "{name} as {category} ({provider}), a category that needs consent."),
    C.LIFETIME: {
        C.CHECK_DECLARED: {
            (True, False): translate("Finding", "Declared as a session cookie, but stored for about %n day(s).",
                                     None, N),
            (True, True): translate("Finding", "Declared as a session cookie, but stored with at least %n day(s) "
                                               "still to run.", None, N),
            (False, False): translate("Finding", "Stored for about %n day(s), more than {tolerance:g}x the "
                                                 "{declared} the policy declares.", None, N),
            (False, True): translate("Finding", "Stored with at least %n day(s) still to run, more than "
                                                "{tolerance:g}x the {declared} the policy declares.", None, N),
        },
        C.CHECK_13_MONTHS: {
            False: translate("Finding", "Stored for about %n day(s): longer than the 13 months CNIL recommends "
                                        "for cookies that need consent ({category}, per the {source}).", None, N),
            True: translate("Finding", "Stored with at least %n day(s) still to run: longer than the 13 months "
                                       "CNIL recommends for cookies that need consent ({category}, per the "
                                       "{source}).", None, N),
        },
    },
    C.DECLARED_ABSENT: QT_TRANSLATE_NOOP("Finding", "Declared by the {policy} policy, but not in {profiles}."),
    C.UNKNOWN: QT_TRANSLATE_NOOP(
        "Finding", "No policy covers this cookie's site, and the catalog does not know this name."),
}
CATALOG_SAYS = QT_TRANSLATE_NOOP("Finding", "Catalog (not a declaration): {provider}, {category}. {purpose}")
AT_BROWSER_CAP = QT_TRANSLATE_NOOP("Finding", "400 days is the browsers' cap: the site asked for at least that.")


def finding_label(finding, say: Say = english) -> str:
    """A few words for one finding (a domain Finding)."""
    if finding.code == C.LIFETIME:
        return say(CHECK_LABELS[finding.check])
    phrase = FINDING_LABELS.get(finding.code)
    return say(phrase) if phrase else finding.code


def kind_name(code: str, say: Say = english) -> str:
    return say(KIND_NAMES[code])


def check_name(code: str, say: Say = english) -> str:
    return say(CHECK_NAMES[code])


def finding(finding, say: Say = english) -> str:
    """The explanation of one finding: one or two short sentences."""
    p = finding.params
    code = finding.code
    if code == C.LIFETIME:
        if finding.check == C.CHECK_DECLARED:
            phrase = MESSAGES[code][C.CHECK_DECLARED][(p["session"], p["rewritten"])]
            return say(phrase, p["stored_days"]).format(tolerance=p["tolerance"], declared=p["declared"])
        phrase = MESSAGES[code][C.CHECK_13_MONTHS][p["rewritten"]]
        text = say(phrase, p["stored_days"]).format(category=p["category"], source=source_name(p["source"], say))
        return text + " " + say(AT_BROWSER_CAP) if p["at_cap"] else text
    if code == C.DECLARED_ABSENT:
        return say(MESSAGES[code]).format(policy=p["policy"], profiles=", ".join(p["profiles"]))
    text = say(MESSAGES[code]).format(**p)
    about = finding.about
    if code == C.UNDECLARED_COOKIE and about is not None:
        text += " " + say(CATALOG_SAYS).format(provider=about.provider, category=about.category,
                                               purpose=about.purpose)
    return text


# --- a site's summary line ---------------------------------------------------------------------

SUMMARY_LINE = QT_TRANSLATE_NOOP("SiteSummary", "{site} — {head}")
SUMMARY_POLICY = translate("SiteSummary", "policy: %n declared", None, N)
SUMMARY_NO_POLICY = QT_TRANSLATE_NOOP("SiteSummary", "no policy")
SUMMARY_SEEN = translate("SiteSummary", "seen: %n", None, N)
TALLY_WORDS = {
    C.TALLY_UNDECLARED: translate("SiteSummary", "%n undeclared", None, N),
    C.TALLY_BEYOND_13_MONTHS: translate("SiteSummary", "%n beyond 13 months", None, N),
    C.TALLY_OVER_DECLARED: translate("SiteSummary", "%n over declared lifetime", None, N),
    C.TALLY_MISMATCH: translate("SiteSummary", "%n category mismatch", None, N),
    C.TALLY_UNKNOWN: translate("SiteSummary", "%n unknown", None, N),
    C.TALLY_ABSENT: translate("SiteSummary", "%n declared but absent", None, N),
}
SEPARATOR = " · "


def site_summary(summary, say: Say = english) -> str:
    """One line for a SiteSummary: "lillemetropole.fr — policy: 4 declared · seen: 16 · 10 undeclared"."""
    head = say(SUMMARY_POLICY, summary.declared) if summary.has_policy else say(SUMMARY_NO_POLICY)
    parts = [say(SUMMARY_LINE).format(site=summary.site, head=head), say(SUMMARY_SEEN, summary.seen)]
    parts += [say(TALLY_WORDS[code], count) for code, count in summary.tallies() if count]
    return SEPARATOR.join(parts)
