"""The command line's own words: its messages, prompts, table headers and summaries, marked for lupdate."""
from __future__ import annotations

from inspector.domain.codes import CATALOG as C_CATALOG, OCD as C_OCD, POLICY as C_POLICY
from inspector.domain.codes import (CATEGORIES, CHECK_13_MONTHS, CHECK_DECLARED, CATEGORY_MISMATCH, CORRUPT,
                                    DECLARED, DONE, INCOMPLETE, INTERRUPTED, LIFETIME, NEEDS_CONSENT, NO_POLICY,
                                    UNDECLARED, UNDONE, UNKNOWN)
from inspector.domain.wording import N, QT_TRANSLATE_NOOP, category_name, translate

# Each command says its phrases with `words` (common.words_of(args): the catalogue's `say` in
# the user's language); {placeholders} are filled in after translation. Machine outputs
# (JSON, CSV, cookies.txt) never go through here: they stay English codes for scripts.
# Where a cell shows a code (a status, a history state), its English phrase is the code
# itself, so that an English table reads exactly as it always has.

# --- table headers and cells ("CLI table") ----------------------------------------------------

SITE = QT_TRANSLATE_NOOP("CLI table", "SITE")
NAME = QT_TRANSLATE_NOOP("CLI table", "NAME")
HOST = QT_TRANSLATE_NOOP("CLI table", "HOST")
HOSTS = QT_TRANSLATE_NOOP("CLI table", "HOSTS")
PATH = QT_TRANSLATE_NOOP("CLI table", "PATH")
EXPIRES = QT_TRANSLATE_NOOP("CLI table", "EXPIRES")
STATUS = QT_TRANSLATE_NOOP("CLI table", "STATUS")
CATEGORY = QT_TRANSLATE_NOOP("CLI table", "CATEGORY")
PROVIDER = QT_TRANSLATE_NOOP("CLI table", "PROVIDER")
FINDINGS = QT_TRANSLATE_NOOP("CLI table", "FINDINGS")
BROWSER_PROFILE = QT_TRANSLATE_NOOP("CLI table", "BROWSER · PROFILE")
SOURCE = QT_TRANSLATE_NOOP("CLI table", "SOURCE")
WHERE = QT_TRANSLATE_NOOP("CLI table", "WHERE")
PARTITION = QT_TRANSLATE_NOOP("CLI table", "PARTITION")
KEEPS = QT_TRANSLATE_NOOP("CLI table", "KEEPS")
WHY = QT_TRANSLATE_NOOP("CLI table", "WHY")
LINE = QT_TRANSLATE_NOOP("CLI table", "LINE")
IMPORTED = QT_TRANSLATE_NOOP("CLI table", "IMPORTED")
DECLARED_COUNT = QT_TRANSLATE_NOOP("CLI table", "DECLARED")
COVERED = QT_TRANSLATE_NOOP("CLI table", "COVERED")
UNDO_ID = QT_TRANSLATE_NOOP("CLI table", "UNDO ID")
TIME = QT_TRANSLATE_NOOP("CLI table", "TIME")
COOKIES = QT_TRANSLATE_NOOP("CLI table", "COOKIES")

COUNT_IN = QT_TRANSLATE_NOOP("CLI table", "{browser} · {profile}: {count}")
SESSION = QT_TRANSLATE_NOOP("CLI table", "session")
EXPIRED_ON = QT_TRANSLATE_NOOP("CLI table", "expired {date}")
NONE_KNOWS = QT_TRANSLATE_NOOP("CLI table", "none knows it")
IN_SESSION_STORE = QT_TRANSLATE_NOOP("CLI table", "session store")
IN_DATABASE = QT_TRANSLATE_NOOP("CLI table", "database")
SOURCE_CELLS = {  # whose description a deleted cookie's row gives
    C_POLICY: QT_TRANSLATE_NOOP("CLI table", "policy"),
    C_CATALOG: QT_TRANSLATE_NOOP("CLI table", "catalog"),
    C_OCD: QT_TRANSLATE_NOOP("CLI table", "Open Cookie Database"),
}
STATUS_CELLS = {
    DECLARED: QT_TRANSLATE_NOOP("CLI table", "declared"),
    UNDECLARED: QT_TRANSLATE_NOOP("CLI table", "undeclared"),
    NO_POLICY: QT_TRANSLATE_NOOP("CLI table", "no-policy"),
}
# A few words per finding, for a narrow column; "undeclared" is the status column's already.
SHORT_FINDINGS = {
    (LIFETIME, CHECK_DECLARED): QT_TRANSLATE_NOOP("CLI table", "> declared"),
    (LIFETIME, CHECK_13_MONTHS): QT_TRANSLATE_NOOP("CLI table", "> 13 months"),
    (CATEGORY_MISMATCH, None): QT_TRANSLATE_NOOP("CLI table", "category?"),
    (NEEDS_CONSENT, None): QT_TRANSLATE_NOOP("CLI table", "needs consent"),
    (UNKNOWN, None): QT_TRANSLATE_NOOP("CLI table", "unknown"),
}
HISTORY_CELLS = {
    DONE: QT_TRANSLATE_NOOP("CLI table", "done"),
    UNDONE: QT_TRANSLATE_NOOP("CLI table", "undone"),
    INTERRUPTED: QT_TRANSLATE_NOOP("CLI table", "interrupted"),
    INCOMPLETE: QT_TRANSLATE_NOOP("CLI table", "incomplete"),
    CORRUPT: QT_TRANSLATE_NOOP("CLI table", "corrupt"),
}
KEEP_REASONS = {
    "user": QT_TRANSLATE_NOOP("CLI table", "user"),
    "sign-in": QT_TRANSLATE_NOOP("CLI table", "sign-in"),
}
POLICY_SOURCES = {  # policy.model.ORIGIN_KINDS
    "bundled": QT_TRANSLATE_NOOP("CLI table", "bundled"),
    "url": QT_TRANSLATE_NOOP("CLI table", "url"),
    "file": QT_TRANSLATE_NOOP("CLI table", "file"),
    "text": QT_TRANSLATE_NOOP("CLI table", "text"),
}


def cell(table: dict, code, words) -> str:
    """A code's cell: its phrase said, else the code as it is (a policy's own id, a code added later)."""
    phrase = table.get(code)
    return words(phrase) if phrase is not None else (code or "")


def category_cell(code, words) -> str:
    """A banner category in lower case ("statistics", "statistiques"); a policy's own id as it is."""
    return category_name(code, words).lower() if code in CATEGORIES else (code or "")


# --- the summary lines ("CLI") ----------------------------------------------------------------

# English says these counts in the plural whatever the number, as the summary always has;
# a translation gives both forms.
SUMMARY_COOKIES = translate("CLI", "%n cookies", None, N)
SUMMARY_EXPLAINED = translate("CLI", "%n explained", None, N)
SUMMARY_SHARE = QT_TRANSLATE_NOOP("CLI", "({percent} %)")
SUMMARY_SITES = translate("CLI", "%n sites", None, N)
SUMMARY_UNDECLARED = translate("CLI", "%n undeclared", None, N)
SUMMARY_STORES = translate("CLI", "%n stores", None, N)
SUMMARY_FAILED = translate("CLI", "%n failed", None, N)
SUMMARY_AGAINST = translate("CLI", "%n cookies against the choice", None, N)
SEPARATOR = " · "

# --- what every command shares ----------------------------------------------------------------

POLICY_LEFT_OUT = QT_TRANSLATE_NOOP("CLI", "policy error (left out): {error}")
POLICY_ERROR = QT_TRANSLATE_NOOP("CLI", "policy error: {error}")
NO_STORES = QT_TRANSLATE_NOOP("CLI", "no browser cookie stores found (try --demo, or --store {store})")
IS_FOLDER = QT_TRANSLATE_NOOP("CLI", "{path} is a folder; give a file name")
NO_FOLDER = QT_TRANSLATE_NOOP("CLI", "cannot write {path}: the folder {folder} does not exist")
INTERRUPTED_RUN = QT_TRANSLATE_NOOP("CLI", "interrupted")
UNKNOWN_COLUMNS = QT_TRANSLATE_NOOP("CLI", "--columns: unknown column {names} (known: {known})")
CANNOT_WRITE = QT_TRANSLATE_NOOP("CLI", "cannot write {path}: {error}")
NOTE = QT_TRANSLATE_NOOP("CLI", "note: {note}")

# --- deleting, confirming, undoing ------------------------------------------------------------

SITE_EMPTY = QT_TRANSLATE_NOOP("CLI", "--site must not be empty")
NO_SUCH_CATEGORY = QT_TRANSLATE_NOOP("CLI", "--category {category}: the policy has no such category "
                                            "(known: {known})")
KEPT_BY_LIST = translate("CLI", "%n cookie(s) kept by the keep list (see `consent-inspector keep list`)", None, N)
NOTHING_DELETED = QT_TRANSLATE_NOOP("CLI", "nothing was deleted")
NOTHING_DELETED_BECAUSE = QT_TRANSLATE_NOOP("CLI", "nothing was deleted: {why}")
NOT_READ = translate("CLI", "%n store(s) could not be read: {names}", None, N)
NO_MATCH = QT_TRANSLATE_NOOP("CLI", "no cookie matched --site {site}; nothing was deleted")
NO_MATCH_FILTERED = QT_TRANSLATE_NOOP("CLI", "no cookie matched --site {site} and the other filters; "
                                             "nothing was deleted")
NOT_COMPLETE = QT_TRANSLATE_NOOP("CLI", "a real run would not be complete: {why}")
REFUSED = QT_TRANSLATE_NOOP("CLI", "refused: {reason}")
INTERRUPTED_QUESTION = QT_TRANSLATE_NOOP("CLI", "interrupted at the question: nothing was deleted")
INTERRUPTED_DELETING = QT_TRANSLATE_NOOP("CLI", "interrupted during the deletion: each store is either unchanged "
                                                "or fully done, and `consent-inspector undo --list` shows a "
                                                "deletion that was recorded")
SITE_NOT_DELETED = QT_TRANSLATE_NOOP("CLI", "{why}; their cookies of --site {site} were not deleted")
KEEP_LIST_ERROR = QT_TRANSLATE_NOOP("CLI", "keep list error: {error}")
FIX_KEEP_LIST = QT_TRANSLATE_NOOP("CLI", "nothing was deleted: fix the keep list first (it says what to keep)")
NO_TERMINAL = QT_TRANSLATE_NOOP("CLI", "refusing to delete without confirmation: standard input is not a "
                                       "terminal (pass --yes to confirm, or --dry-run to only look)")
CONFIRM_DELETE = translate("CLI", "Delete these %n cookies? A backup is kept for undo. [y/N]", None, N)
# The answers that mean yes, separated by "/": a translation adds its own to the English ones.
YES_ANSWERS = QT_TRANSLATE_NOOP("CLI", "y/yes")
DRY_RUN = QT_TRANSLATE_NOOP("CLI", "(dry run: nothing was deleted)")
DELETED = translate("CLI", "Deleted %n cookie(s). Undo with: consent-inspector undo {undo_id}", None, N)
UNDO_LIST_OR_ID = QT_TRANSLATE_NOOP("CLI", "undo: give either --list or an ID")
RESTORED = QT_TRANSLATE_NOOP("CLI", "{browser} · {profile}: restored {count}")
RESTORED_PRESENT = QT_TRANSLATE_NOOP("CLI", "{browser} · {profile}: restored {count}, {present} already there")
KEPT_NEWER = QT_TRANSLATE_NOOP("CLI", "kept the newer {name} on {host} ({browser} · {profile}): the browser set "
                                      "it again after the deletion")
UNDONE_COUNT = translate("CLI", "Undone {undo_id}: %n cookie(s) restored.", None, N)
NO_DELETIONS = QT_TRANSLATE_NOOP("CLI", "No deletions yet.")

# --- clean ------------------------------------------------------------------------------------

SAVE_AS_NEEDS_RULES = QT_TRANSLATE_NOOP("CLI", "--save-as needs --rules FILE, the file to save the rule in")
SAVE_AS_EMPTY = QT_TRANSLATE_NOOP("CLI", "--save-as: give the choices to save (--category, --status, --finding, "
                                         "--third-party, --expired, --unused-days)")
RULES_ERROR = QT_TRANSLATE_NOOP("CLI", "rules error: {error}")
RULE_SAVED = QT_TRANSLATE_NOOP("CLI", "saved the rule '{name}' in {path}")
CHOOSE_WHAT = QT_TRANSLATE_NOOP("CLI", "choose what to clean: --category, --status, --finding, --third-party, "
                                       "--expired, --unused-days, or --rules FILE")
CLOSE_PROFILES = QT_TRANSLATE_NOOP("CLI", "nothing was deleted: close those profiles and run the clean-up again")
NOTHING_TO_CLEAN = QT_TRANSLATE_NOOP("CLI", "no cookie to clean; nothing was deleted")
NOTHING_TO_CLEAN_KEPT = translate("CLI", "no cookie to clean (%n kept by the keep list); nothing was deleted",
                                  None, N)
LIST_HEAD = QT_TRANSLATE_NOOP("CLI", "{title}:")
KEPT_LINE = QT_TRANSLATE_NOOP("CLI", "{name} on {host}: {why}")
AND_MORE = translate("CLI", "and %n more", None, N)
SKIPPED = QT_TRANSLATE_NOOP("CLI", "skipped: {why}")
SIGNED_OUT_OF = QT_TRANSLATE_NOOP("CLI", "{signed_out}: {sites}")

# --- keep ---------------------------------------------------------------------------------------

NOT_REGISTRABLE = QT_TRANSLATE_NOOP("CLI", "--site {given}: not a site's registrable domain; did you mean "
                                           "--site {site} --host {host}?")
HOST_NOT_ON_SITE = QT_TRANSLATE_NOOP("CLI", "--host {host} is not on the site {site}")
PATTERN_EMPTY = QT_TRANSLATE_NOOP("CLI", "--pattern must not be empty")
FIX_KEEP_FILE = QT_TRANSLATE_NOOP("CLI", "fix the file (or remove it); until then no clean-up or bulk deletion "
                                         "runs")
ALREADY_KEPT = QT_TRANSLATE_NOOP("CLI", "Already kept: {entry}.")
KEEPING = QT_TRANSLATE_NOOP("CLI", "Keeping {entry} ({path}).")
NO_LONGER_KEEPING = QT_TRANSLATE_NOOP("CLI", "No longer keeping {entry} ({path}).")
NO_SUCH_ENTRY = QT_TRANSLATE_NOOP("CLI", "the keep list has no such entry: {entry}")
CANNOT_WRITE_KEEP = QT_TRANSLATE_NOOP("CLI", "cannot write the keep list {path}: {error}")
KEEP_EMPTY = QT_TRANSLATE_NOOP("CLI", "The keep list is empty ({path}).")
KEEP_ENTRIES = translate("CLI", "%n entry in {path}", None, N)

# --- backups ------------------------------------------------------------------------------------

KEEP_DAYS_RANGE = QT_TRANSLATE_NOOP("CLI", "--keep-days must be between {least} and {most}")
NO_BACKUP_DELETED = QT_TRANSLATE_NOOP("CLI", "no backup was deleted")
BACKUPS_KEPT = translate("CLI", "Backups are kept %n day(s); {undoable}.", None, N)
UNDOABLE = translate("CLI", "%n deletion(s) can be undone", None, N)
NO_TERMINAL_BACKUPS = QT_TRANSLATE_NOOP("CLI", "refusing to delete the backups without confirmation: standard "
                                               "input is not a terminal (pass --yes to confirm)")
CONFIRM_BACKUPS = QT_TRANSLATE_NOOP("CLI", "Delete every backup? The deletions they belong to can no longer be "
                                           "undone. [y/N]")

# --- consent ------------------------------------------------------------------------------------

NOT_READABLE = QT_TRANSLATE_NOOP("CLI", "choice not readable (run with --read-keyring)")
INVALID_VALUE = QT_TRANSLATE_NOOP("CLI", "invalid value ({error})")
CHOSEN = QT_TRANSLATE_NOOP("CLI", "{category} {state}")
WITH_VENDORS = QT_TRANSLATE_NOOP("CLI", "{choices}; vendors {accepted} accepted, {refused} refused")
NO_TIME = QT_TRANSLATE_NOOP("CLI", "no time")

# --- import-policy, report, export-cookies ------------------------------------------------------

FILE_NOT_FOUND = QT_TRANSLATE_NOOP("CLI", "import-policy: {path}: file not found")
IMPORT_PROBLEM = QT_TRANSLATE_NOOP("CLI", "import-policy: {error}")
IMPORT_HOSTS = QT_TRANSLATE_NOOP("CLI", "import-policy: --hosts: {error}")
IMPORT_INVALID = QT_TRANSLATE_NOOP("CLI", "import-policy produced an invalid policy ({error}); please report it")
REVIEW = QT_TRANSLATE_NOOP("CLI", "review: {note}")
NAMES_DECLARATION = QT_TRANSLATE_NOOP("CLI", "the page names its {platform} declaration: import it with "
                                             "`consent-inspector import-policy {url} --site {host}`")
IMPORTED_COUNT = translate("CLI", "imported %n cookies for {host}; {reviews} to review", None, N)
IMPORTED_TO = translate("CLI", "imported %n cookies for {host} to {path}; {reviews} to review", None, N)
SAVED_TO = translate("CLI", "saved %n cookies for {host} to {path}; {reviews} to review", None, N)
POLICY_EXISTS = QT_TRANSLATE_NOOP("CLI", "import-policy: {path} exists: give --force to replace it")
CANNOT_SAVE = QT_TRANSLATE_NOOP("CLI", "import-policy: cannot save into the policy library: {error}")
REPORT_FORMAT = QT_TRANSLATE_NOOP("CLI", "report: give --format ({formats}) or an -o file ending in one of them")
VALUES_CONFIRM = QT_TRANSLATE_NOOP("CLI", "export-cookies writes cookie VALUES (including live sign-in sessions) "
                                          "to {path}; add --yes-include-values to confirm")
SKIPPED_COOKIE = QT_TRANSLATE_NOOP("CLI", "skipped {label}: {reason}")
WROTE = translate("CLI", "wrote %n cookies to {path}", None, N)
WROTE_SKIPPED = translate("CLI", "wrote %n cookies to {path}; skipped {skipped}", None, N)
SKIP_REASONS = {
    "expired": translate("CLI", "%n expired", None, N),
    "unavailable": translate("CLI", "%n value unavailable", None, N),
    "unsafe": translate("CLI", "%n that cookies.txt cannot carry safely", None, N),
}

# English is the source language and has no .ts to hold a plural "(s)" cannot make.
_ENGLISH_PLURALS = {KEEP_ENTRIES: "%n entries in {path}"}


def counted(words, phrase, n: int) -> str:
    """`words(phrase, n)`, with the English plurals "(s)" cannot spell."""
    plural = _ENGLISH_PLURALS.get(phrase)
    if plural is not None and n != 1 and getattr(words, "lang", "en") == "en":
        return plural.replace("%n", str(n))
    return words(phrase, n)


def answered_yes(answer: str, words) -> bool:
    """Whether the line typed at a [y/N] question means yes, in the user's language or in English."""
    accepted = {a.strip().lower() for a in (words(YES_ANSWERS) + "/" + YES_ANSWERS.text).split("/")}
    return answer.strip().lower() in accepted - {""}
