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
NOTES = (STALE_LOCK, KEPT, HISTORY_NOT_UPDATED, UNDO_NOT_MARKED)

# --- a past deletion's status (backup.Entry.status) -----------------------------------

DONE = "done"
UNDONE = "undone"
INTERRUPTED = "interrupted"  # stopped after its backup: may have deleted some rows
INCOMPLETE = "incomplete"  # stopped before its backup was complete: deleted nothing
CORRUPT = "corrupt"  # its backup cannot be read
HISTORY_STATUSES = (DONE, UNDONE, INTERRUPTED, INCOMPLETE, CORRUPT)

# Every table of codes, by name: what the catalogue words, table by table.
TABLES = {
    "status": STATUSES, "kind": KINDS, "check": CHECKS, "severity": SEVERITIES, "source": SOURCES,
    "tally": TALLIES, "evidence": EVIDENCE, "refusal": REFUSALS, "plan-line": PLAN_LINES, "note": NOTES,
    "history": HISTORY_STATUSES, "category": CATEGORIES,
}


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
