"""The words of every domain code (inspector/domain/codes.py): one catalogue for the CLI, the reports and the window."""
from __future__ import annotations

from typing import Callable, NamedTuple, Optional

from inspector.domain import codes as C
from inspector.domain.categories import primary_of

# The domain answers in codes and parameters; this module turns them into sentences. Each
# function takes `say`, which words one Phrase: `english` (the default) for the CLI and the
# reports, or the window's Qt translator (ui/formatting.say), which looks the phrase up in
# the loaded .qm file by its context and source text and falls back to this English.
#
# Every phrase is marked where it is written, so `pyside6-lupdate` finds it (see
# resources/translations/README.md): QT_TRANSLATE_NOOP(context, text) for a plain phrase,
# translate(context, text, None, N) for a phrase counted by %n, which lupdate files as a
# plural message so a translation gets the plural forms of its language (lupdate does not
# read QT_TRANSLATE_N_NOOP or QT_TRANSLATE_NOOP3 in Python). Neither marker translates
# anything; both only record the phrase.
#
# Placeholders: %n is the count (Qt's plural mechanism); {name} are parameters filled in
# after translation with str.format, so a translation may move them but must keep them.


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


english.lang = "en"  # which language a policy's own texts take in the sentences `say` words


def word(table: dict, code: Optional[str], say: Say = english, missing: str = "") -> str:
    """The phrase `table` gives `code`, said; `missing` for a code it does not know."""
    phrase = table.get(code)
    return say(phrase) if phrase is not None else missing


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
    return word(STATUS_NAMES, code, say, code)


def status_tip(code: str, say: Say = english) -> str:
    return word(STATUS_TIPS, code, say)


# --- severities and sources -----------------------------------------------------------------

SEVERITY_NAMES = {
    C.WARNING: QT_TRANSLATE_NOOP("Severity", "Warning"),
    C.INFO: QT_TRANSLATE_NOOP("Severity", "Information"),
}
# A bare noun, as in "per the catalog".
SOURCE_NAMES = {
    C.POLICY: QT_TRANSLATE_NOOP("Source", "policy"),
    C.CATALOG: QT_TRANSLATE_NOOP("Source", "catalog"),
    C.OCD: QT_TRANSLATE_NOOP("Source", "Open Cookie Database"),
}
# Whose information a finding rests on, beside it in the window; the catalog is a guess and says so.
SOURCE_LABELS = {
    C.POLICY: QT_TRANSLATE_NOOP("Findings", "per the site's policy"),
    C.CATALOG: QT_TRANSLATE_NOOP("Findings", "per the catalog (a guess from the name, not a declaration)"),
    C.OCD: QT_TRANSLATE_NOOP("Findings", "per the Open Cookie Database (a guess from the name, not a declaration)"),
}
# The consent-banner categories, as the catalogs file cookies.
CATEGORY_NAMES = {
    C.NECESSARY: QT_TRANSLATE_NOOP("Category", "Necessary"),
    C.PREFERENCES: QT_TRANSLATE_NOOP("Category", "Preferences"),
    C.STATISTICS: QT_TRANSLATE_NOOP("Category", "Statistics"),
    C.MARKETING: QT_TRANSLATE_NOOP("Category", "Marketing"),
}


def severity(code: str, say: Say = english) -> str:
    return word(SEVERITY_NAMES, code, say, code)


# Whose description a cookie's comment in cookies.txt quotes: "# _ga: Google Analytics, statistics (per the catalog)".
COMMENT_SOURCES = {
    C.POLICY: QT_TRANSLATE_NOOP("Export", "per the site's policy"),
    C.CATALOG: QT_TRANSLATE_NOOP("Export", "per the catalog, a guess from the name"),
    C.OCD: QT_TRANSLATE_NOOP("Export", "per the Open Cookie Database, a guess from the name"),
}
COMMENT_KNOWN = QT_TRANSLATE_NOOP("Export", "{name}: {provider}, {category} ({source})")
COMMENT_UNKNOWN = QT_TRANSLATE_NOOP("Export", "{name}: no source describes it")


def cookie_comment(name: str, about, say: Say = english) -> str:
    """The words of a cookie's comment line in cookies.txt; `about` is a Description or None."""
    if about is None:
        return say(COMMENT_UNKNOWN).format(name=name)
    return say(COMMENT_KNOWN).format(name=name, provider=about.provider, category=about.category,
                                     source=word(COMMENT_SOURCES, about.source, say))


# The HTML report's badge beside each description: a guess says it is one.
REPORT_BADGES = {
    C.POLICY: QT_TRANSLATE_NOOP("Report", "policy"),
    C.CATALOG: QT_TRANSLATE_NOOP("Report", "catalog (a guess from the name)"),
    C.OCD: QT_TRANSLATE_NOOP("Report", "Open Cookie Database (a guess from the name)"),
}


def report_badge(code: Optional[str], say: Say = english) -> str:
    return word(REPORT_BADGES, code, say)


def source_name(code: Optional[str], say: Say = english) -> str:
    return word(SOURCE_NAMES, code, say)


def source_label(code: Optional[str], say: Say = english) -> str:
    return word(SOURCE_LABELS, code, say)


def category_name(code: Optional[str], say: Say = english) -> str:
    """A catalog category's name; a policy's own categories carry their own labels."""
    return word(CATEGORY_NAMES, code, say, code or "")


# --- findings ----------------------------------------------------------------------------------

# A few words per finding: the window's column and the title of its explanation.
FINDING_LABELS = {
    C.UNDECLARED_COOKIE: QT_TRANSLATE_NOOP("Findings", "Undeclared"),
    C.CATEGORY_MISMATCH: QT_TRANSLATE_NOOP("Findings", "Category mismatch"),
    C.DECLARED_ABSENT: QT_TRANSLATE_NOOP("Findings", "Declared but absent"),
    C.UNKNOWN: QT_TRANSLATE_NOOP("Findings", "Unknown"),
    C.NEEDS_CONSENT: QT_TRANSLATE_NOOP("Findings", "Needs consent"),
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
    C.NEEDS_CONSENT: QT_TRANSLATE_NOOP("Report", "needs consent"),
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
        "Finding", "No policy covers this cookie's site, and neither catalog knows this name."),
    C.NEEDS_CONSENT: QT_TRANSLATE_NOOP(
        "Finding", "Needs consent ({category}, per the {source}): no policy covers this site to say otherwise."),
}
CATALOG_SAYS = {
    C.CATALOG: QT_TRANSLATE_NOOP("Finding", "Catalog (not a declaration): {provider}, {category}. {purpose}"),
    C.OCD: QT_TRANSLATE_NOOP("Finding", "Open Cookie Database (not a declaration): {provider}, {category}. "
                                        "{purpose}"),
}
AT_BROWSER_CAP = QT_TRANSLATE_NOOP("Finding", "400 days is the browsers' cap: the site asked for at least that.")


def finding_label(finding, say: Say = english) -> str:
    """A few words for one finding (a domain Finding)."""
    if finding.code == C.LIFETIME:
        return word(CHECK_LABELS, finding.check, say, finding.code)
    return word(FINDING_LABELS, finding.code, say, finding.code)


def kind_name(code: str, say: Say = english) -> str:
    return word(KIND_NAMES, code, say, code)


def check_name(code: str, say: Say = english) -> str:
    return word(CHECK_NAMES, code, say, code)


def _category_word(code, say: Say) -> str:
    """A category parameter worded: its banner category in the reader's language (a policy's id maps onto one)."""
    primary = primary_of(code)
    return category_name(primary, say) if primary else (code or "")


def _localised(params, say: Say) -> dict:
    """Parameters as a sentence shows them: a policy's Text in the reader's language, categories worded."""
    lang = getattr(say, "lang", "en")
    out = {key: (value.get(lang) if hasattr(value, "translations") else value) for key, value in params.items()}
    if "category" in out:
        out["category"] = _category_word(out["category"], say)
    return out


def finding(finding, say: Say = english) -> str:
    """The explanation of one finding: one or two short sentences."""
    p = _localised(finding.params, say)
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
    if code == C.NEEDS_CONSENT:
        return say(MESSAGES[code]).format(category=p["category"], source=source_name(p["source"], say))
    text = say(MESSAGES[code]).format(**p)
    about = finding.about
    if code == C.UNDECLARED_COOKIE and about is not None:
        text += " " + say(CATALOG_SAYS[about.source]).format(provider=about.provider,
                                                             category=_category_word(about.category, say),
                                                             purpose=about.purpose)
    return text


# --- a site's summary line ---------------------------------------------------------------------

SUMMARY_LINE = QT_TRANSLATE_NOOP("SiteSummary", "{site} — {head}")
SUMMARY_POLICY = translate("SiteSummary", "policy: %n declared", None, N)
SUMMARY_NO_POLICY = QT_TRANSLATE_NOOP("SiteSummary", "no policy")
SUMMARY_SEEN = translate("SiteSummary", "seen: %n", None, N)
# When profiles share cookies the list has more rows than distinct cookies: say both, or the
# header's "seen: 9" over 18 rows reads as a miscount.
SUMMARY_SEEN_ROWS = translate("SiteSummary", "seen: %n distinct ({rows} in all profiles)", None, N)
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
    rows = getattr(summary, "rows", 0)
    seen = (say(SUMMARY_SEEN_ROWS, summary.seen).format(rows=rows) if rows > summary.seen
            else say(SUMMARY_SEEN, summary.seen))
    parts = [say(SUMMARY_LINE).format(site=summary.site, head=head), seen]
    parts += [say(TALLY_WORDS[code], count) for code, count in summary.tallies() if count]
    return SEPARATOR.join(parts)


# --- open browser profiles and refusals ---------------------------------------------------------

# The evidence that a profile is open, inside the sentence that asks to close it.
EVIDENCE_WORDS = {
    C.PROCESS_ARGUMENT: QT_TRANSLATE_NOOP("Locks", "process {pid} (started with {flag} {value})"),
    C.PROCESS_CWD: QT_TRANSLATE_NOOP("Locks", "process {pid} (working directory {path})"),
    C.PROCESS_FILE: QT_TRANSLATE_NOOP("Locks", "process {pid} (has {path} open)"),
    C.REMOTE_LOCK: QT_TRANSLATE_NOOP("Locks", "locked by process {pid} on host '{host}'"),
    C.LOCK_OF_PROCESS: QT_TRANSLATE_NOOP("Locks", "{file} of process {pid}"),
    C.LOCK_EXISTS: QT_TRANSLATE_NOOP("Locks", "{path} exists"),
    C.LOCKFILE_HELD: QT_TRANSLATE_NOOP("Locks", "its lockfile is held open"),
    C.PARENTLOCK_HELD: QT_TRANSLATE_NOOP("Locks", "{path} is locked"),
}
RUNNING = QT_TRANSLATE_NOOP("Locks", "{browser} is running with profile '{profile}' ({evidence}): close {browser} "
                                     "(every window of that profile), then try again")
REFUSED = QT_TRANSLATE_NOOP("Locks", "refused, nothing was changed: {reasons}")
# Why a chosen cookie is kept, at the end of its KEPT note.
REFUSAL_WORDS = {
    C.UNSUPPORTED_SOURCE: QT_TRANSLATE_NOOP("Deletion", "deleting from this kind of store is not supported yet"),
    C.UNSUPPORTED_FAMILY: QT_TRANSLATE_NOOP("Deletion", "deleting from {family} stores is not supported"),
}
NOTE_WORDS = {
    C.STALE_LOCK: QT_TRANSLATE_NOOP("Locks", "stale lock {path} of {browser} profile '{profile}': process {pid} no "
                                             "longer runs, so it is ignored"),
    C.KEPT: QT_TRANSLATE_NOOP("Deletion", "{browser} · {profile}: {name} on {host} is kept: {reason}"),
    C.HISTORY_NOT_UPDATED: QT_TRANSLATE_NOOP("Deletion", "the deletion is done but its history entry could not be "
                                                         "updated ({error})"),
    C.UNDO_NOT_MARKED: QT_TRANSLATE_NOOP("Deletion", "the backup {path} could not be marked as undone ({error}); "
                                                     "undoing it again changes nothing"),
}


def lock_reason(status, say: Say = english) -> str:
    """Why a profile counts as open and what to do (a running LockStatus), or why its stale lock is ignored."""
    if status.running:
        store = status.store
        evidence = say(EVIDENCE_WORDS[status.evidence]).format(**status.params)
        return say(RUNNING).format(browser=store.browser, profile=store.profile, evidence=evidence)
    return note(status.note, say) if status.stale else ""


def refused(blockers, say: Say = english) -> str:
    """The refusal of a deletion or an undo while these profiles are open."""
    return say(REFUSED).format(reasons="; ".join(lock_reason(b, say) for b in blockers))


def note(n, say: Say = english) -> str:
    """A codes.NOTES note beside a deletion, an undo or a plan."""
    params = n.params
    if n.code == C.KEPT:
        reason = say(REFUSAL_WORDS[params["reason"]]).format(**params)
        return say(NOTE_WORDS[C.KEPT]).format(**{**params, "reason": reason})
    return say(NOTE_WORDS[n.code]).format(**params)


# --- the preview of a deletion plan -------------------------------------------------------------

PLAN_LINE_WORDS = {
    C.LINE_TOTAL: translate("Deletion", "Delete %n cookie(s):", None, N),
    C.LINE_STORE: QT_TRANSLATE_NOOP("Deletion", "{browser} · {profile}: {parts}"),
}
FROM_DATABASE = translate("Deletion", "%n from {path}", None, N)
FROM_SESSION = translate("Deletion", "%n from the session store of {folder}", None, N)
# In the window, which says what a session store is.
FROM_SESSION_EXPLAINED = translate("Deletion", "%n from the session store of {folder} (cookies of the open session "
                                               "that Firefox would restore)", None, N)
BOTH = QT_TRANSLATE_NOOP("Deletion", "{first} and {second}")


def store_parts(line, say: Say = english, explained: bool = False) -> list[str]:
    """What a LINE_STORE line deletes, one text per file: the database, then the session store."""
    p = line.params
    parts = []
    if p["database"]:
        parts.append(say(FROM_DATABASE, p["database"]).format(path=p["path"]))
    if p["session"]:
        parts.append(say(FROM_SESSION_EXPLAINED if explained else FROM_SESSION, p["session"]).format(
            folder=p["folder"]))
    return parts


def plan_line(line, say: Say = english) -> str:
    """One line of Plan.lines(): "Delete 3 cookies:", or "chrome · Default: 3 from …/Cookies"."""
    p = line.params
    if line.code == C.LINE_TOTAL:
        return say(PLAN_LINE_WORDS[C.LINE_TOTAL], p["count"])
    parts = store_parts(line, say)
    joined = say(BOTH).format(first=parts[0], second=parts[1]) if len(parts) == 2 else "".join(parts)
    return say(PLAN_LINE_WORDS[C.LINE_STORE]).format(browser=p["browser"], profile=p["profile"], parts=joined)


# --- past deletions ---------------------------------------------------------------------------

HISTORY_WORDS = {
    C.DONE: QT_TRANSLATE_NOOP("History", "Deleted · can be restored"),
    C.UNDONE: QT_TRANSLATE_NOOP("History", "Restored"),
    C.INTERRUPTED: QT_TRANSLATE_NOOP("History", "Interrupted · can be restored"),
    C.INCOMPLETE: QT_TRANSLATE_NOOP("History", "Nothing deleted (backup incomplete)"),
    C.CORRUPT: QT_TRANSLATE_NOOP("History", "Backup unreadable"),
}
RESTORED_AT = QT_TRANSLATE_NOOP("History", "Restored {when}")


def history_status(status: str, say: Say = english, undone_at: Optional[str] = None) -> str:
    """A past deletion's status (codes.HISTORY_STATUSES); `undone_at`: when it was restored, as shown."""
    if status == C.UNDONE and undone_at:
        return say(RESTORED_AT).format(when=undone_at)
    return word(HISTORY_WORDS, status, say, status)
