"""Every code the domain answers with, and the one category palette (stdlib only: the window imports it before its first paint)."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, Optional

# The domain answers in these codes and their parameters, never in sentences;
# inspector/domain/wording.py words each of them (English for the CLI and the reports, translated
# in the window). A code added here needs its words there: tests/test_wording.py fails until
# it has them.

# --- a cookie's policy status (policy.Match.status) ----------------------------------

DECLARED = "declared"  # the covering policy declares the cookie
UNDECLARED = "undeclared"  # a policy covers the site, but not this cookie
NO_POLICY = "no-policy"  # no policy covers the site
STATUSES = (DECLARED, UNDECLARED, NO_POLICY)

# --- finding kinds (Finding.code) ----------------------------------------------------

UNDECLARED_COOKIE = "undeclared"
LIFETIME = "lifetime"
CATEGORY_MISMATCH = "category-mismatch"
DECLARED_ABSENT = "declared-absent"
UNKNOWN = "unknown"
NEEDS_CONSENT = "needs-consent"  # no policy covers the site; a catalog files the cookie where consent is needed
KINDS = (UNDECLARED_COOKIE, LIFETIME, CATEGORY_MISMATCH, DECLARED_ABSENT, UNKNOWN, NEEDS_CONSENT)

# The two lifetime checks (Finding.check of a LIFETIME finding).
CHECK_DECLARED = "declared"  # stored longer than the policy declares
CHECK_13_MONTHS = "13-months"  # a consent category kept beyond CNIL's 13 months
CHECKS = (CHECK_DECLARED, CHECK_13_MONTHS)

# --- severities, worst first ---------------------------------------------------------

WARNING = "warning"
INFO = "info"
SEVERITIES = (WARNING, INFO)
SEVERITY = {UNDECLARED_COOKIE: WARNING, LIFETIME: WARNING, CATEGORY_MISMATCH: WARNING,
            DECLARED_ABSENT: INFO, UNKNOWN: INFO, NEEDS_CONSENT: INFO}
_RANK = {WARNING: 2, INFO: 1}


def severity_rank(severity: Optional[str]) -> int:
    """2 for a warning, 1 for information, 0 for nothing: larger is worse."""
    return _RANK.get(severity, 0)


def worst(severities: Iterable[Optional[str]]) -> Optional[str]:
    """The worst of these severities (None among them counts as nothing); None when there is none."""
    found = max(severities, key=severity_rank, default=None)
    return found if severity_rank(found) else None


# --- whose word a finding or a description rests on (Finding.source, About.source) ----

POLICY = "policy"  # the site's published policy
CATALOG = "catalog"  # the known-cookie catalog: a guess from the name, never a declaration
OCD = "ocd"  # the Open Cookie Database: a guess too, ranked below our own catalog
SOURCES = (POLICY, CATALOG, OCD)

# --- the consent-banner categories the catalogs file cookies under ----------------------

NECESSARY = "necessary"
PREFERENCES = "preferences"
STATISTICS = "statistics"
MARKETING = "marketing"
CATEGORIES = (NECESSARY, PREFERENCES, STATISTICS, MARKETING)

# --- what a site summary counts, in the order it shows them (SiteSummary.tallies) ------

TALLY_UNDECLARED = "undeclared"
TALLY_BEYOND_13_MONTHS = "beyond-13-months"
TALLY_OVER_DECLARED = "over-declared-lifetime"
TALLY_MISMATCH = "category-mismatch"
TALLY_UNKNOWN = "unknown"
TALLY_ABSENT = "declared-absent"
TALLIES = (TALLY_UNDECLARED, TALLY_BEYOND_13_MONTHS, TALLY_OVER_DECLARED, TALLY_MISMATCH, TALLY_UNKNOWN,
           TALLY_ABSENT)

# --- why a browser profile counts as open (LockStatus.evidence; its params) -------------

PROCESS_ARGUMENT = "process-argument"  # pid, flag, value: started with --user-data-dir and the like
PROCESS_CWD = "process-cwd"  # pid, path: runs in the profile
PROCESS_FILE = "process-file"  # pid, path: holds a file of the profile open
REMOTE_LOCK = "remote-lock"  # pid, host: locked from another computer (a shared home)
LOCK_OF_PROCESS = "lock-of-process"  # file, pid: the lock file of a process that runs
LOCK_EXISTS = "lock-exists"  # path: a lock file we cannot read a process from
LOCKFILE_HELD = "lockfile-held"  # Chromium's lockfile is held open (Windows)
PARENTLOCK_HELD = "parentlock-held"  # path: Firefox's .parentlock is locked
EVIDENCE = (PROCESS_ARGUMENT, PROCESS_CWD, PROCESS_FILE, REMOTE_LOCK, LOCK_OF_PROCESS, LOCK_EXISTS,
            LOCKFILE_HELD, PARENTLOCK_HELD)

# --- why a chosen cookie is kept rather than deleted (the `reason` of a KEPT note) ------

UNSUPPORTED_SOURCE = "unsupported-source"  # a kind of store file deletion cannot write yet
UNSUPPORTED_FAMILY = "unsupported-family"  # family: a browser family deletion cannot write
REFUSALS = (UNSUPPORTED_SOURCE, UNSUPPORTED_FAMILY)

# --- the lines of a deletion plan's preview (Plan.lines) --------------------------------

LINE_TOTAL = "total"  # count
LINE_STORE = "store"  # browser, profile, database (count), path, session (count), folder
PLAN_LINES = (LINE_TOTAL, LINE_STORE)

# --- remarks beside a deletion or an undo (Plan.notes, Report.notes, UndoReport.notes) ---

STALE_LOCK = "stale-lock"  # browser, profile, path, pid: a lock left by a process that no longer runs
KEPT = "kept"  # browser, profile, name, host, reason (a refusal code), family
HISTORY_NOT_UPDATED = "history-not-updated"  # error: the deletion is done, its history lags
UNDO_NOT_MARKED = "undo-not-marked"  # path, error: the undo is done, its backup still reads as undoable
# An operation a previous run left half-done (it was killed), put right before anything else:
RECOVERED_FINISHED = "recovered-finished"  # undo_id, action (delete | undo): finished from its backup's journal
RECOVERED_ROLLED_BACK = "recovered-rolled-back"  # undo_id: a deletion stopped before it changed anything, cancelled
BACKUPS_REMOVED = "backups-removed"  # count, days: backups older than the retention were deleted
NOTES = (STALE_LOCK, KEPT, HISTORY_NOT_UPDATED, UNDO_NOT_MARKED, RECOVERED_FINISHED, RECOVERED_ROLLED_BACK,
         BACKUPS_REMOVED)

# --- a past deletion's status (backup.Entry.status) -----------------------------------

DONE = "done"
UNDONE = "undone"
INTERRUPTED = "interrupted"  # stopped after its backup: may have deleted some rows
INCOMPLETE = "incomplete"  # stopped before its backup was complete: deleted nothing
CORRUPT = "corrupt"  # its backup cannot be read
HISTORY_STATUSES = (DONE, UNDONE, INTERRUPTED, INCOMPLETE, CORRUPT)

# --- why a deletion or an undo was refused, beyond the store's own errors (DeletionError.code) ---

PROFILE_BUSY = "profile-busy"  # profile: another run of the app is changing this profile
UNSAFE_PATH = "unsafe-path"  # path, why (owner | mode | type), owner, user, mode: another user could have planted it
DISK_FULL = "disk-full"  # path, changed (bool): no space left where the app writes
SAFETY = (PROFILE_BUSY, UNSAFE_PATH, DISK_FULL)

# Every table of codes, by name: what the catalogue words, table by table.
# --- fetching a policy page (domain/policy/fetch.py, FetchError.code) -----------------------

FETCH_SCHEME = "fetch-scheme"  # not an http(s) URL
FETCH_DNS = "fetch-dns"  # the host name does not resolve
FETCH_TLS = "fetch-tls"  # the TLS handshake or the certificate failed
FETCH_CONNECT = "fetch-connect"  # refused, unreachable, reset
FETCH_TIMEOUT = "fetch-timeout"
FETCH_STATUS = "fetch-status"  # an HTTP status other than 2xx
FETCH_REDIRECTS = "fetch-redirects"  # more than the redirects allowed, or to another scheme
FETCH_TOO_LARGE = "fetch-too-large"
FETCH_CONTENT_TYPE = "fetch-content-type"  # not HTML, JSON or JavaScript
FETCH_CANCELLED = "fetch-cancelled"
FETCH_ERRORS = (FETCH_SCHEME, FETCH_DNS, FETCH_TLS, FETCH_CONNECT, FETCH_TIMEOUT, FETCH_STATUS, FETCH_REDIRECTS,
                FETCH_TOO_LARGE, FETCH_CONTENT_TYPE, FETCH_CANCELLED)

# --- what an import leaves to a person (importer.ReviewIssue.code) --------------------------

REVIEW_NO_TABLE = "review-no-table"  # the page holds no table of cookies
REVIEW_NO_NAME_COLUMN = "review-no-name-column"  # a table without a column naming the cookies: skipped
REVIEW_UNMAPPED_HEADING = "review-unmapped-heading"  # a column heading that maps to no field
REVIEW_NO_NAME = "review-no-name"  # a row with no cookie name
REVIEW_PROSE_NAME = "review-prose-name"  # a sentence where a name should be
REVIEW_BAD_NAME = "review-bad-name"  # not a possible cookie name
REVIEW_DUPLICATE = "review-duplicate"  # the same name twice
REVIEW_NO_CATEGORY = "review-no-category"  # the heading names no known category
REVIEW_LIFETIME = "review-lifetime"  # a lifetime that was not understood
# What one entry's row says of how it was read (its tooltip in the review).
REVIEW_PATTERN = "review-pattern"  # a placeholder in the name read as a wildcard
REVIEW_KEPT_HEAD = "review-kept-head"  # "name (remark)": the remark dropped
REVIEW_LIFETIME_LEAD = "review-lifetime-lead"  # "13 mois (renouvelé…)": the leading duration read
REVIEW_NOT_STATED = "review-not-stated"  # the page gives no provider, function or purpose
REVIEW_ISSUES = (REVIEW_NO_TABLE, REVIEW_NO_NAME_COLUMN, REVIEW_UNMAPPED_HEADING, REVIEW_NO_NAME, REVIEW_PROSE_NAME,
                 REVIEW_BAD_NAME, REVIEW_DUPLICATE, REVIEW_NO_CATEGORY, REVIEW_LIFETIME, REVIEW_PATTERN,
                 REVIEW_KEPT_HEAD, REVIEW_LIFETIME_LEAD, REVIEW_NOT_STATED)

# --- the policy library (domain/policy/library.py) ----------------------------------------

POLICY_CONFLICT = "policy-conflict"  # two policies name the same host; the later import is in force
LIBRARY_NOTES = (POLICY_CONFLICT,)

# --- consent findings (domain/consent/analysis.py; worded by wording.consent_finding_text) ----
AGAINST_CHOICE = "against-choice"  # state, basis, unit, platform, provider; `when`: before | after | None
BEFORE_CHOICE = "before-choice"  # platform
NO_CHOICE = "no-choice"  # unanswered (a banner shown, never answered)
STALE_CHOICE = "stale-choice"  # platform, days, limit_months (13 TCF, 6 CNIL)
INVALID_CONSENT = "invalid-consent-string"  # platform, error | violations
CONSENT_KINDS = (AGAINST_CHOICE, BEFORE_CHOICE, NO_CHOICE, STALE_CHOICE, INVALID_CONSENT)
CONSENT_SEVERITY = {AGAINST_CHOICE: WARNING, BEFORE_CHOICE: WARNING, NO_CHOICE: WARNING, STALE_CHOICE: INFO,
                    INVALID_CONSENT: WARNING}


TABLES = {
    "status": STATUSES, "kind": KINDS, "check": CHECKS, "severity": SEVERITIES, "source": SOURCES,
    "tally": TALLIES, "evidence": EVIDENCE, "refusal": REFUSALS, "plan-line": PLAN_LINES, "note": NOTES,
    "history": HISTORY_STATUSES, "category": CATEGORIES,
    "fetch": FETCH_ERRORS, "library": LIBRARY_NOTES, "review": REVIEW_ISSUES, "consent-kind": CONSENT_KINDS,
}
TABLES["safety"] = SAFETY


# --- what a keep-list entry keeps (keep.KeepEntry.kind) -----------------------------------

KEEP_SITE = "site"  # site: every cookie of the site
KEEP_HOST = "host"  # site, host: the cookies of one host
KEEP_NAME = "name"  # site, name: a cookie name anywhere on the site
KEEP_PATTERN = "pattern"  # site, pattern: the names a glob matches on the site
KEEP_COOKIE = "cookie"  # site, host, name, path (...): one exact cookie
KEEP_KINDS = (KEEP_SITE, KEEP_HOST, KEEP_NAME, KEEP_PATTERN, KEEP_COOKIE)

# --- what a clean-up rule chooses (cleanup.rules.Rule); their params -----------------------

BY_CATEGORY = "category"  # categories: effective category ids (the policy's, else a catalog's; "unknown")
BY_STATUS = "status"  # statuses: policy statuses (undeclared)
BY_FINDING = "finding"  # findings: finding codes (beyond-13-months, over-declared-lifetime, ...)
BY_THIRD_PARTY = "third-party"  # set for use inside other sites' pages
BY_EXPIRED = "expired"
BY_UNUSED = "unused"  # days: not sent for that many days
BY_SITE = "site"  # text: sites or hosts containing it
CRITERIA = (BY_CATEGORY, BY_STATUS, BY_FINDING, BY_THIRD_PARTY, BY_EXPIRED, BY_UNUSED, BY_SITE)

# --- why a clean-up left a store alone (cleanup.plan.Skipped.reason) ------------------------

SKIP_OPEN = "open"  # the browser profile is open (the LockStatus says why)
SKIP_UNSUPPORTED = "unsupported"  # family: deletion cannot write this kind of store
SKIP_REASONS = (SKIP_OPEN, SKIP_UNSUPPORTED)

# --- what made a deletion (the history's "rule or action") ---------------------------------

ACTION_SELECTION = "selection"  # the cookies the user selected
ACTION_CLEANUP = "clean-up"  # rules: the names of the rules it ran
ACTION_DELETE_CLI = "delete-command"  # `consent-inspector delete`
ACTIONS = (ACTION_SELECTION, ACTION_CLEANUP, ACTION_DELETE_CLI)

TABLES.update({"keep-kind": KEEP_KINDS, "criterion": CRITERIA, "skip": SKIP_REASONS, "action": ACTIONS})

class Params(dict):
    """The parameters of a code: a read-only dict that hashes, so findings holding one can be shared keys."""

    __slots__ = ()

    def __hash__(self) -> int:
        return hash(frozenset(self.items()))


EMPTY = Params()


@dataclass(frozen=True)
class Note:
    """A code from one of the tables above with the parameters its words need (none of them words)."""

    code: str
    params: Params = field(default=EMPTY)

    def __post_init__(self):
        if not isinstance(self.params, Params):
            object.__setattr__(self, "params", Params(self.params))


# --- the category palette: one colour per banner category, for the window and the report ---

# Every other category id reaches the palette through its banner category
# (domain/categories.py maps it), so "Statistical" and "Statistics" are one purple and
# "Third-party" and "Marketing" one red. Hues read as the consent banners use them: green
# is harmless, red follows you around; the four are far apart in hue and lightness so they
# stay distinct for the colour-blind too. Each has a light-palette variant (dark enough on
# white, WCAG 3:1 for graphics) and a dark-palette one (light enough on near-black).
CATEGORY_COLOURS = {NECESSARY: "#1e8e3e", PREFERENCES: "#1a73e8", STATISTICS: "#8e44ad", MARKETING: "#c5221f"}
CATEGORY_COLOURS_DARK = {NECESSARY: "#81c995", PREFERENCES: "#8ab4f8", STATISTICS: "#d7aefb", MARKETING: "#f28b82"}
NO_CATEGORY_COLOUR = "#80868b"
NO_CATEGORY_COLOUR_DARK = "#9aa0a6"


def category_colour(category: Optional[str], dark: bool = False) -> str:
    """'#rrggbb' for a banner category (codes.CATEGORIES); grey for none or any other id.

    Callers pass the banner category (categories.primary_of), never a policy's own id: the
    palette has one colour per primary category and no other.
    """
    colours = CATEGORY_COLOURS_DARK if dark else CATEGORY_COLOURS
    return colours.get(category or "", NO_CATEGORY_COLOUR_DARK if dark else NO_CATEGORY_COLOUR)


# --- TCF v2 purposes and special features by id (consent/tcf.py; words in wording.py) -----

TCF_PURPOSES = {
    1: "store-access",          # store and/or access information on a device
    2: "basic-ads",             # use limited data to select advertising
    3: "ads-profile",           # create profiles for personalised advertising
    4: "personalised-ads",      # use profiles to select personalised advertising
    5: "content-profile",       # create profiles to personalise content
    6: "personalised-content",  # use profiles to select personalised content
    7: "measure-ads",           # measure advertising performance
    8: "measure-content",       # measure content performance
    9: "audience-research",     # understand audiences through statistics or combined data
    10: "develop-products",     # develop and improve services
    11: "basic-content",        # use limited data to select content
}
TCF_SPECIAL_FEATURES = {
    1: "precise-geolocation",   # use precise geolocation data
    2: "device-scan",           # actively scan device characteristics for identification
}
