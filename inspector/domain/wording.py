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
                                                             purpose=about.purpose_in(getattr(say, "lang", "en")))
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
    C.RECOVERED_FINISHED: {
        "delete": QT_TRANSLATE_NOOP("Deletion", "a previous run was stopped while deleting ({undo_id}); that "
                                                "deletion has now been finished from its backup"),
        "undo": QT_TRANSLATE_NOOP("Deletion", "a previous run was stopped while undoing {undo_id}; that undo has "
                                              "now been finished from its backup"),
    },
    C.RECOVERED_ROLLED_BACK: QT_TRANSLATE_NOOP("Deletion", "a previous run was stopped while deleting "
                                                           "({undo_id}) before anything was deleted; it has been "
                                                           "rolled back and its backup removed"),
    C.BACKUPS_REMOVED: translate("Deletion", "%n backup(s) older than {days} days deleted (their deletions can "
                                             "no longer be undone)", None, N),
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
    if n.code == C.RECOVERED_FINISHED:
        return say(NOTE_WORDS[n.code][params["action"]]).format(**params)
    if n.code == C.BACKUPS_REMOVED:
        return say(NOTE_WORDS[n.code], params["count"]).format(**params)
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


# --- fetching a policy page, and the policy library ---------------------------------------------

FETCH_WORDS = {
    C.FETCH_SCHEME: QT_TRANSLATE_NOOP("Fetch", "{url}: only http and https addresses can be fetched"),
    C.FETCH_DNS: QT_TRANSLATE_NOOP("Fetch", "{url}: the host name {host} was not found"),
    C.FETCH_TLS: QT_TRANSLATE_NOOP("Fetch", "{url}: the secure connection failed ({reason})"),
    C.FETCH_CONNECT: QT_TRANSLATE_NOOP("Fetch", "{url}: the server could not be reached ({reason})"),
    C.FETCH_TIMEOUT: QT_TRANSLATE_NOOP("Fetch", "{url}: no answer within {seconds} seconds"),
    C.FETCH_STATUS: QT_TRANSLATE_NOOP("Fetch", "{url}: the server answered HTTP {status}"),
    C.FETCH_REDIRECTS: QT_TRANSLATE_NOOP("Fetch", "{url}: too many redirects, or a redirect away from http(s) "
                                                  "(at most {limit})"),
    C.FETCH_TOO_LARGE: QT_TRANSLATE_NOOP("Fetch", "{url}: larger than {limit_mb} MB, not read"),
    C.FETCH_CONTENT_TYPE: QT_TRANSLATE_NOOP("Fetch", "{url}: the answer is {content_type}, not an HTML page, "
                                                     "JSON or JavaScript"),
    C.FETCH_CANCELLED: QT_TRANSLATE_NOOP("Fetch", "{url}: cancelled"),
}
REVIEW_WORDS = {
    C.REVIEW_NO_TABLE: QT_TRANSLATE_NOOP("Import", "No table of cookies was found on the page"),
    C.REVIEW_NO_NAME_COLUMN: QT_TRANSLATE_NOOP("Import", "Table {table} (under “{heading}”) names no cookie "
                                                         "column: skipped"),
    C.REVIEW_UNMAPPED_HEADING: QT_TRANSLATE_NOOP("Import", "Table {table}: the column “{heading}” was not "
                                                           "understood and is left out"),
    C.REVIEW_NO_NAME: QT_TRANSLATE_NOOP("Import", "Table {table}: a row without a cookie name was skipped: {row}"),
    C.REVIEW_PROSE_NAME: QT_TRANSLATE_NOOP("Import", "“{text}” reads like a sentence, not a cookie name: skipped"),
    C.REVIEW_BAD_NAME: QT_TRANSLATE_NOOP("Import", "“{text}” cannot be a cookie name: skipped"),
    C.REVIEW_DUPLICATE: QT_TRANSLATE_NOOP("Import", "{name} is listed twice; the first entry is kept"),
    C.REVIEW_NO_CATEGORY: QT_TRANSLATE_NOOP("Import", "{name}: the heading “{heading}” names no known category: "
                                                      "pick one"),
    C.REVIEW_LIFETIME: QT_TRANSLATE_NOOP("Import", "{name}: the lifetime “{text}” was not understood"),
    C.REVIEW_PATTERN: QT_TRANSLATE_NOOP("Import", "“{text}” is read as the pattern {pattern}"),
    C.REVIEW_KEPT_HEAD: QT_TRANSLATE_NOOP("Import", "“{text}”: the name {name} is kept, “{dropped}” is left out"),
    C.REVIEW_LIFETIME_LEAD: QT_TRANSLATE_NOOP("Import", "The lifetime on the page is “{text}”: read as “{lead}”"),
    C.REVIEW_NOT_STATED: {
        "provider": QT_TRANSLATE_NOOP("Import", "The page does not say who sets it"),
        "function": QT_TRANSLATE_NOOP("Import", "The page does not say what it does"),
        "purpose": QT_TRANSLATE_NOOP("Import", "The page gives no purpose"),
    },
}
# A cookie's row tooltip words its own lifetime and category notes without repeating its name.
_ROW_REVIEW_WORDS = {
    C.REVIEW_LIFETIME: QT_TRANSLATE_NOOP("Import", "The lifetime “{text}” was not understood"),
    C.REVIEW_NO_CATEGORY: QT_TRANSLATE_NOOP("Import", "The heading “{heading}” names no known category: pick one"),
}
NO_HEADING_CATEGORY = QT_TRANSLATE_NOOP("Import", "No heading gives its category: pick one")
NOT_STATED_FIELD = QT_TRANSLATE_NOOP("Import", "(not stated)")
# The importer's categories beyond the four of CATEGORY_NAMES (importer.CATEGORIES ids).
IMPORT_CATEGORY_NAMES = {
    "third-party": QT_TRANSLATE_NOOP("Category", "Third-party"),
    "to-review": QT_TRANSLATE_NOOP("Category", "To review"),
}
SOURCE_KIND_NAMES = {  # model.ORIGIN_KINDS: where a policy in the library came from
    "url": QT_TRANSLATE_NOOP("Policies", "Web page"),
    "file": QT_TRANSLATE_NOOP("Policies", "File"),
    "text": QT_TRANSLATE_NOOP("Policies", "Pasted text"),
    "bundled": QT_TRANSLATE_NOOP("Policies", "Bundled"),
}
LIBRARY_WORDS = {
    C.POLICY_CONFLICT: QT_TRANSLATE_NOOP("Policies", "{host} is named by {winner} and {loser}: {winner}, imported "
                                                     "later, is in force"),
}


def review_hint(issue, say: Say = english) -> str:
    """One note of an imported entry (ImportedCookie.hints) in words, for its row in the review."""
    if issue.code == C.REVIEW_NOT_STATED:
        return say(REVIEW_WORDS[C.REVIEW_NOT_STATED][issue.params["field"]])
    if issue.code == C.REVIEW_NO_CATEGORY and not issue.params.get("heading"):
        return say(NO_HEADING_CATEGORY)
    phrase = _ROW_REVIEW_WORDS.get(issue.code) or REVIEW_WORDS[issue.code]
    return say(phrase).format(**issue.params)


def review_issue(issue, say: Say = english) -> str:
    """An importer.ReviewIssue in words."""
    return say(REVIEW_WORDS[issue.code]).format(**issue.params)


def fetch_error(exc, say: Say = english) -> str:
    """A FetchError in words."""
    return say(FETCH_WORDS[exc.code]).format(**exc.params)


# --- the keep list and the clean-up (domain/keep, domain/cleanup) -----------------------------

KEEP_KIND_WORDS = {
    C.KEEP_SITE: QT_TRANSLATE_NOOP("Keep", "every cookie of {site}"),
    C.KEEP_HOST: QT_TRANSLATE_NOOP("Keep", "the cookies of {host}"),
    C.KEEP_NAME: QT_TRANSLATE_NOOP("Keep", "{name} on {site}"),
    C.KEEP_PATTERN: QT_TRANSLATE_NOOP("Keep", "names matching {pattern} on {site}"),
    C.KEEP_COOKIE: QT_TRANSLATE_NOOP("Keep", "this {name} cookie of {host}"),
}
KEPT_BY = QT_TRANSLATE_NOOP("Keep", "kept: {entry}")
KEPT_SIGN_IN = QT_TRANSLATE_NOOP("Keep", "kept (your sign-in): {entry}")
KEPT_COUNT = translate("Keep", "%n cookie(s) kept by your keep list", None, N)
SIGNED_OUT = translate("Keep", "You will be signed out of %n site(s)", None, N)
KEEP_SIGN_INS = QT_TRANSLATE_NOOP("Keep", "Keep my sign-ins on this site")
KEEP_LIST_BROKEN = QT_TRANSLATE_NOOP("Keep", "The keep list cannot be read, so nothing is deleted until it is "
                                             "fixed: {error}")
CRITERION_WORDS = {
    C.BY_CATEGORY: QT_TRANSLATE_NOOP("Clean-up", "category {categories}"),
    C.BY_STATUS: QT_TRANSLATE_NOOP("Clean-up", "status {statuses}"),
    C.BY_FINDING: QT_TRANSLATE_NOOP("Clean-up", "finding {findings}"),
    C.BY_THIRD_PARTY: QT_TRANSLATE_NOOP("Clean-up", "third-party"),
    C.BY_EXPIRED: QT_TRANSLATE_NOOP("Clean-up", "expired"),
    C.BY_UNUSED: translate("Clean-up", "not used for %n day(s)", None, N),
    C.BY_SITE: QT_TRANSLATE_NOOP("Clean-up", "site {text}"),
}
SKIP_WORDS = {
    C.SKIP_OPEN: translate("Clean-up", "{browser} · {profile} is open: %n cookie(s) left for later", None, N),
    C.SKIP_UNSUPPORTED: translate("Clean-up", "{browser} · {profile}: %n cookie(s) in a store that cannot be "
                                              "written ({family})", None, N),
}
ACTION_WORDS = {
    C.ACTION_SELECTION: QT_TRANSLATE_NOOP("History", "Selected cookies"),
    C.ACTION_CLEANUP: QT_TRANSLATE_NOOP("History", "Clean-up: {rules}"),
    C.ACTION_DELETE_CLI: QT_TRANSLATE_NOOP("History", "delete command"),
}


def keep_entry(entry, say: Say = english) -> str:
    """What a keep-list entry keeps, in words."""
    fields = {"site": entry.site, "host": entry.host or entry.site, "name": entry.name or "",
              "pattern": entry.pattern or ""}
    return say(KEEP_KIND_WORDS[entry.kind]).format(**fields)


def kept_because(entry, say: Say = english) -> str:
    return say(KEPT_SIGN_IN if entry.reason == "sign-in" else KEPT_BY).format(entry=keep_entry(entry, say))


def criterion(code: str, params: dict, say: Say = english) -> str:
    """One choice of a clean-up rule: "category marketing, statistics", "not used for 90 days"."""
    if code == C.BY_UNUSED:
        return say(CRITERION_WORDS[code], params["days"])
    joined = {k: ", ".join(v) if isinstance(v, (list, tuple)) else v for k, v in params.items()}
    return say(CRITERION_WORDS[code]).format(**joined)


def skipped(code: str, params: dict, say: Say = english) -> str:
    """Why a clean-up left a store's cookies for later."""
    return say(SKIP_WORDS[code], params["count"]).format(**params)


def action(code: str, params: dict, say: Say = english) -> str:
    """What made a past deletion, as the history names it."""
    return say(ACTION_WORDS.get(code, ACTION_WORDS[C.ACTION_SELECTION])).format(
        rules=", ".join(params.get("rules") or ()) or "—")


def say_keep_broken(error, say: Say = english) -> str:
    """The keep list's file cannot be read: nothing is deleted until it is fixed. `error`: the
    KeepListError (worded here with `say`), or its text already worded."""
    text = error.text(say) if callable(getattr(error, "text", None)) else str(error)
    return say(KEEP_LIST_BROKEN).format(error=text)


# --- refusals that protect the user's data (DeletionError codes of codes.SAFETY) ---------------

SAFETY_WORDS = {
    C.PROFILE_BUSY: QT_TRANSLATE_NOOP("Deletion", "another Consent Inspector is changing the profile {profile}; "
                                                  "nothing was changed: try again when it is done"),
    C.UNSAFE_PATH: {
        "owner": QT_TRANSLATE_NOOP("Deletion", "refused: {path} belongs to user {owner}, not to you ({user}), so "
                                               "it may have been planted; nothing was changed. Move it away, "
                                               "then try again"),
        "mode": QT_TRANSLATE_NOOP("Deletion", "refused: other users can write to {path} (mode {mode}), so what "
                                              "is inside may have been planted; nothing was changed. Check it, "
                                              "then run `chmod go-w {path}`"),
        "type": QT_TRANSLATE_NOOP("Deletion", "refused: {path} is not a regular file, so it may have been "
                                              "planted; nothing was changed"),
    },
    C.DISK_FULL: {
        False: QT_TRANSLATE_NOOP("Deletion", "the disk is full ({path}); nothing was changed. Free some space, "
                                             "then try again"),
        True: QT_TRANSLATE_NOOP("Deletion", "the disk is full ({path}), so the session store could not be "
                                            "rewritten yet; the next run finishes this once there is space"),
    },
}


def safety(code: str, params, say: Say = english) -> str:
    """A refusal of codes.SAFETY with its parameters."""
    words = SAFETY_WORDS[code]
    if code == C.UNSAFE_PATH:
        words = words[params["why"]]
    elif code == C.DISK_FULL:
        words = words[bool(params.get("changed"))]
    return say(words).format(**params)


# --- how long a deletion can be undone (deletion.retention) ---------------------------------

UNDO_LASTS = translate("Deletion", "A backup is kept for %n day(s): until then this deletion can be undone.", None, N)
BACKUPS_DELETED = translate("Deletion", "%n backup(s) deleted: those deletions can no longer be undone.", None, N)


# --- consent choices (domain/consent) ----------------------------------------------------------

# TCF purposes and special features (tcf.PURPOSES / SPECIAL_FEATURES codes), in our own words.
TCF_PURPOSE_NAMES = {
    "store-access": QT_TRANSLATE_NOOP("Consent", "Store or read information on your device"),
    "basic-ads": QT_TRANSLATE_NOOP("Consent", "Pick ads from limited data"),
    "ads-profile": QT_TRANSLATE_NOOP("Consent", "Build a profile of you for targeted ads"),
    "personalised-ads": QT_TRANSLATE_NOOP("Consent", "Pick ads for you from that profile"),
    "content-profile": QT_TRANSLATE_NOOP("Consent", "Build a profile of you to tailor content"),
    "personalised-content": QT_TRANSLATE_NOOP("Consent", "Pick content for you from that profile"),
    "measure-ads": QT_TRANSLATE_NOOP("Consent", "Measure how well ads work"),
    "measure-content": QT_TRANSLATE_NOOP("Consent", "Measure how well content works"),
    "audience-research": QT_TRANSLATE_NOOP("Consent", "Study audiences with statistics or combined data"),
    "develop-products": QT_TRANSLATE_NOOP("Consent", "Build and improve the services"),
    "basic-content": QT_TRANSLATE_NOOP("Consent", "Pick content from limited data"),
}
TCF_FEATURE_NAMES = {
    "precise-geolocation": QT_TRANSLATE_NOOP("Consent", "Use your precise location"),
    "device-scan": QT_TRANSLATE_NOOP("Consent", "Identify your device by scanning its characteristics"),
}
CONSENT_PLATFORMS = {
    "tcf": QT_TRANSLATE_NOOP("Consent", "IAB TCF"),
    "didomi": QT_TRANSLATE_NOOP("Consent", "Didomi"),
    "onetrust": QT_TRANSLATE_NOOP("Consent", "OneTrust"),
    "cookiebot": QT_TRANSLATE_NOOP("Consent", "Cookiebot"),
    "axeptio": QT_TRANSLATE_NOOP("Consent", "Axeptio"),
    "tarteaucitron": QT_TRANSLATE_NOOP("Consent", "tarteaucitron.js"),
    "opendatasoft": QT_TRANSLATE_NOOP("Consent", "Opendatasoft"),
}
CONSENT_STATES = {
    "accepted": QT_TRANSLATE_NOOP("Consent", "accepted"),
    "refused": QT_TRANSLATE_NOOP("Consent", "refused"),
    "not-asked": QT_TRANSLATE_NOOP("Consent", "not asked"),
}
TCF_VIOLATIONS = {
    "li-for-purpose-3-6": QT_TRANSLATE_NOOP("Consent", "claims legitimate interest for profiling (purposes 3–6), "
                                                       "which TCF 2.2 no longer allows"),
    "li-for-purpose-1": QT_TRANSLATE_NOOP("Consent", "claims legitimate interest for storing on the device (purpose 1)"),
    "policy-version-below-4": QT_TRANSLATE_NOOP("Consent", "was asked under TCF policy rules older than 2.2"),
    "not-service-specific": QT_TRANSLATE_NOOP("Consent", "is a global-scope string, retired in 2021"),
    "no-disclosed-vendors": QT_TRANSLATE_NOOP("Consent", "does not say which vendors you were shown (TCF 2.3)"),
    "timestamps-not-day-level": QT_TRANSLATE_NOOP("Consent", "time-stamps your visit finer than the day"),
}
CONSENT_FINDING_NAMES = {
    "against-choice": QT_TRANSLATE_NOOP("Consent", "Against your choice"),
    "before-choice": QT_TRANSLATE_NOOP("Consent", "Set before your choice"),
    "no-choice": QT_TRANSLATE_NOOP("Consent", "No recorded choice"),
    "stale-choice": QT_TRANSLATE_NOOP("Consent", "Old choice"),
    "invalid-consent-string": QT_TRANSLATE_NOOP("Consent", "Invalid consent value"),
}
# The same findings in the few words a table cell has room for beside the policy's findings.
CONSENT_CELL_NAMES = {
    "against-choice": QT_TRANSLATE_NOOP("Consent", "Against choice"),
    "before-choice": QT_TRANSLATE_NOOP("Consent", "Before choice"),
    "no-choice": QT_TRANSLATE_NOOP("Consent", "No choice made"),
    "stale-choice": QT_TRANSLATE_NOOP("Consent", "Old choice"),
    "invalid-consent-string": QT_TRANSLATE_NOOP("Consent", "Invalid consent"),
}
AGAINST_REFUSED = QT_TRANSLATE_NOOP("Consent", "{name}: your {platform} choice refused {what}, yet it is here.")
AGAINST_NOT_ASKED = QT_TRANSLATE_NOOP("Consent", "{name}: your {platform} choice never consented to {what}, "
                                                 "yet it is here.")
VENDOR_NAMED = QT_TRANSLATE_NOOP("Consent", "{provider} (vendor {id})")
AGAINST_PURPOSE_ONE = QT_TRANSLATE_NOOP("Consent", "storing information on your device")
WHEN_AFTER = QT_TRANSLATE_NOOP("Consent", "It was set after your choice.")
WHEN_BEFORE = QT_TRANSLATE_NOOP("Consent", "It was set before your choice and not removed when you refused.")
WHEN_UNKNOWN = QT_TRANSLATE_NOOP("Consent", "When it was set is unknown (the browser keeps no creation time).")
BEFORE_TEXT = QT_TRANSLATE_NOOP("Consent", "{name} needs consent and was set before your choice was recorded.")
NO_CHOICE_TEXT = QT_TRANSLATE_NOOP("Consent", "{name} needs consent, and this site holds no recorded choice.")
NO_ANSWER_TEXT = QT_TRANSLATE_NOOP("Consent", "{name} needs consent, and the site's banner was never answered.")
STALE_TEXT = QT_TRANSLATE_NOOP("Consent", "Your {platform} choice is {days} days old: after {months} months "
                                          "it should be asked again.")
INVALID_TEXT = QT_TRANSLATE_NOOP("Consent", "The {platform} consent value cannot be decoded ({error}).")
BROKEN_RULES_TEXT = QT_TRANSLATE_NOOP("Consent", "The {platform} consent value {rules}.")
NOT_READABLE = QT_TRANSLATE_NOOP("Consent", "Choice not readable: the value is protected by the system keyring.")
VERDICT_REFUSED = QT_TRANSLATE_NOOP("Consent", "You refused {categories} on {site} on {date}.")
VERDICT_ACCEPTED = QT_TRANSLATE_NOOP("Consent", "You accepted {categories} on {site} on {date}.")
VERDICT_AGAINST = translate("Consent", "%n cookie(s) are here anyway", None, N)
VERDICT_AFTER = translate("Consent", "%n of them set after your choice", None, N)
VERDICT_CLEAN = QT_TRANSLATE_NOOP("Consent", "No cookie here goes against it.")
VERDICT_NONE = QT_TRANSLATE_NOOP("Consent", "No choice is recorded on {site}.")
AND = QT_TRANSLATE_NOOP("Consent", "{first} and {second}")


def consent_platform(code: str, say: Say = english) -> str:
    return word(CONSENT_PLATFORMS, code, say, code)


def tcf_purpose(purpose_id: int, say: Say = english) -> str:
    return word(TCF_PURPOSE_NAMES, C.TCF_PURPOSES.get(purpose_id), say, f"TCF purpose {purpose_id}")


def tcf_feature(feature_id: int, say: Say = english) -> str:
    return word(TCF_FEATURE_NAMES, C.TCF_SPECIAL_FEATURES.get(feature_id), say, f"TCF special feature {feature_id}")


def _consent_what(params, say: Say) -> str:
    if params.get("basis") == "purpose-1":
        return say(AGAINST_PURPOSE_ONE)
    unit = params.get("unit", "")
    if params.get("basis") == "category":
        return word(CATEGORY_NAMES, unit, say, unit).lower()
    own = unit.split(":", 1)[1] if ":" in unit else unit
    if params.get("provider"):
        return say(VENDOR_NAMED).format(provider=params["provider"], id=own)
    return own


def consent_finding_text(finding, say: Say = english) -> str:
    """One consent finding (domain/consent/analysis.ConsentFinding) as a sentence."""
    p = finding.params
    name = finding.cookie.name if finding.cookie is not None else ""
    platform = consent_platform(p.get("platform", ""), say)
    if finding.code == "against-choice":
        template = AGAINST_NOT_ASKED if p.get("state") == "not-asked" else AGAINST_REFUSED
        text = say(template).format(name=name, what=_consent_what(p, say), platform=platform)
        when = {"after": WHEN_AFTER, "before": WHEN_BEFORE}.get(finding.when, WHEN_UNKNOWN)
        return f"{text} {say(when)}"
    if finding.code == "before-choice":
        return say(BEFORE_TEXT).format(name=name)
    if finding.code == "no-choice":
        return say(NO_ANSWER_TEXT if p.get("unanswered") else NO_CHOICE_TEXT).format(name=name)
    if finding.code == "stale-choice":
        return say(STALE_TEXT).format(platform=platform, days=p["days"], months=p["limit_months"])
    if p.get("violations"):
        rules = [word(TCF_VIOLATIONS, v, say, v) for v in p["violations"]]
        return say(BROKEN_RULES_TEXT).format(platform=platform, rules="; ".join(rules))
    return say(INVALID_TEXT).format(platform=platform, error=p.get("error", ""))


def consent_verdict(site: str, refused: list, accepted: list, against: int, after: int, date: str,
                    say: Say = english) -> str:
    """'You refused statistics on 20minutes.fr on 29 Nov 2026. 3 cookies are here anyway, 2 of them set after
    your choice.' `refused`/`accepted`: what was refused or accepted, already worded (category names, vendor
    names: see consent_refusals); `date` as the caller shows dates."""
    def names(words):
        return words[0] if len(words) == 1 else say(AND).format(first=", ".join(words[:-1]), second=words[-1])

    if not refused and not accepted:
        return say(VERDICT_NONE).format(site=site)
    first = say(VERDICT_REFUSED if refused else VERDICT_ACCEPTED).format(
        categories=names(refused or accepted), site=site, date=date)
    if not against:
        return f"{first} {say(VERDICT_CLEAN)}"
    rest = say(VERDICT_AGAINST, against)
    if after:
        rest += ", " + say(VERDICT_AFTER, after)
    return f"{first} {rest}."


def consent_refusals(findings, say: Say = english) -> list[str]:
    """What the against-choice findings rest on, worded once each: 'statistics', 'Criteo', ..."""
    out: list[str] = []

    def order(f):  # categories first, in their usual order; then vendors and storage, as they come
        unit = f.params.get("unit")
        return (0, C.CATEGORIES.index(unit)) if f.params.get("basis") == "category" and unit in C.CATEGORIES \
            else (1, 0)

    for f in sorted(findings, key=order):
        text = _consent_what(f.params, say) if f.params.get("basis") != "vendor" or not f.params.get("provider") \
            else f.params["provider"]
        if text not in out:
            out.append(text)
    return out


def category_words(codes, say: Say = english) -> list[str]:
    return [word(CATEGORY_NAMES, c, say, c).lower() for c in codes]
