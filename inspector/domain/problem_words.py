"""The words of the domain's errors (CodedError.why): why a store could not be read, changed or restored."""
from __future__ import annotations

from inspector.domain import codes as C
from inspector.domain import wording
from inspector.domain.wording import N, QT_TRANSLATE_NOOP, english, translate

# Each error carries a `why` key and its parameters; the sentence is made here, in the
# language of the `say` it is given (see wording.py for the marks and the placeholders).
# Parameters are plain data, worded here by their name: `size` (bytes, digits grouped as the
# language groups them), `limit` (bytes, said as "1 MB"), `file_kind` (a code of FILE_KINDS,
# bounded_read.kind_of, which the policy reader's errors word too); other errors, worded in
# the same language; and paths, counts and the texts of SQLite or the OS, shown as they are.

FILE_KINDS = {
    "folder": QT_TRANSLATE_NOOP("Problem", "a folder"),
    "fifo": QT_TRANSLATE_NOOP("Problem", "a named pipe"),
    "device": QT_TRANSLATE_NOOP("Problem", "a device"),
    "socket": QT_TRANSLATE_NOOP("Problem", "a socket"),
    "special": QT_TRANSLATE_NOOP("Problem", "a special file"),
}
MEGABYTES = QT_TRANSLATE_NOOP("Problem", "{size} MB")
KILOBYTES = QT_TRANSLATE_NOOP("Problem", "{size} KB")

PROBLEMS: dict = {
    # --- reading a file the app did not write (bounded_read) ---
    "file.not-regular": QT_TRANSLATE_NOOP("Problem", "not a regular file ({file_kind})"),
    "file.too-big": QT_TRANSLATE_NOOP("Problem", "the file is {size} bytes, more than the {limit} this app reads"),
    "file.grew": QT_TRANSLATE_NOOP("Problem", "the file is more than the {limit} this app reads"),

    # --- a store named on the command line (--store KIND:PATH) ---
    "path.unknown-kind": QT_TRANSLATE_NOOP("Problem", "unknown browser kind {kind} for {path}: use one of {kinds}"),
    "path.missing": QT_TRANSLATE_NOOP("Problem", "{path}: no such file or directory"),
    "path.denied": QT_TRANSLATE_NOOP("Problem", "{path}: permission denied: this user cannot open the folder"),
    "path.empty": QT_TRANSLATE_NOOP("Problem", "{path}: no {browser} cookie store found there"),

    # --- reading a cookie store (stores/) ---
    "read.locked": QT_TRANSLATE_NOOP("Problem", "the database is locked by a running browser"),
    "read.corrupt": QT_TRANSLATE_NOOP("Problem", "the file is corrupt or not an SQLite database ({detail})"),
    "read.cannot-open": QT_TRANSLATE_NOOP("Problem", "cannot open the database ({detail})"),
    "read.dangling-link": QT_TRANSLATE_NOOP("Problem", "a symbolic link to a missing file ({target})"),
    "read.missing": QT_TRANSLATE_NOOP("Problem", "the file does not exist"),
    "read.link-loop": QT_TRANSLATE_NOOP("Problem", "a symbolic link loop: it never reaches a file"),
    "read.cannot-reach": QT_TRANSLATE_NOOP("Problem", "permission denied: this user cannot reach the file"),
    "read.unreachable": QT_TRANSLATE_NOOP("Problem", "cannot reach the file ({detail})"),
    "read.folder": QT_TRANSLATE_NOOP("Problem", "this is a folder, not a cookie database"),
    "read.special": QT_TRANSLATE_NOOP("Problem", "this is {file_kind}, not a cookie database file"),
    "read.denied": QT_TRANSLATE_NOOP("Problem", "permission denied: this user cannot read the file"),
    "read.empty": QT_TRANSLATE_NOOP("Problem", "the file is empty"),
    "read.cannot-copy": QT_TRANSLATE_NOOP("Problem", "cannot copy the locked database ({detail})"),
    "read.torn": QT_TRANSLATE_NOOP("Problem", "the browser changed the database while it was being read; "
                                              "refresh to read it again"),
    "read.not-firefox": QT_TRANSLATE_NOOP("Problem", "not a Firefox cookie database (it has no 'moz_cookies' table)"),
    "read.firefox-schema": QT_TRANSLATE_NOOP("Problem", "unknown cookie schema {version} (this app reads {low} to "
                                                        "{high}); expiry units may differ, so it is not guessed"),
    "read.firefox-columns": QT_TRANSLATE_NOOP("Problem", "unknown cookie schema: moz_cookies lacks {columns}"),
    "read.firefox-rows": QT_TRANSLATE_NOOP("Problem", "cannot read moz_cookies ({detail})"),
    "read.not-chromium": QT_TRANSLATE_NOOP("Problem", "not a Chromium cookie database (it has no 'cookies' table)"),
    "read.chromium-old": QT_TRANSLATE_NOOP("Problem", "unknown cookie schema: meta version {version} is older "
                                                      "than this app reads ({low})"),
    "read.chromium-columns": QT_TRANSLATE_NOOP("Problem", "unknown cookie schema: the cookies table lacks {columns}"),
    "read.chromium-rows": QT_TRANSLATE_NOOP("Problem", "cannot read the cookies table ({detail})"),
    "read.safari": QT_TRANSLATE_NOOP("Problem", "not a readable Safari binarycookies file ({detail})"),
    "read.unknown-family": QT_TRANSLATE_NOOP("Problem", "unknown store family '{family}'"),
    "read.os-denied": QT_TRANSLATE_NOOP("Problem", "permission denied ({detail})"),
    "read.os-error": QT_TRANSLATE_NOOP("Problem", "cannot read the store ({detail})"),
    # parts of a Firefox profile left out while the rest is read (warnings)
    "session.refused": QT_TRANSLATE_NOOP("Problem", "{path}: {error}"),
    "session.not-mozlz4": QT_TRANSLATE_NOOP("Problem", "{path}: not a mozLz4 file"),
    "session.too-big": QT_TRANSLATE_NOOP("Problem", "{path}: the session store says it holds {size} bytes, more "
                                                    "than the {limit} this app reads"),
    "session.corrupt": QT_TRANSLATE_NOOP("Problem", "{path}: corrupt session store ({detail})"),
    "session.too-deep": QT_TRANSLATE_NOOP("Problem", "{path}: corrupt session store (nested too deeply)"),
    "session.unreadable": QT_TRANSLATE_NOOP("Problem", "{path}: cannot read the session store ({detail})"),
    "session.odd-cookies": translate("Problem", "{path}: skipped %n session cookie(s) of a shape Firefox does "
                                                "not write", None, N),
    "containers.unreadable": QT_TRANSLATE_NOOP("Problem", "{path}: cannot read the container names ({detail})"),
    "containers.bad": QT_TRANSLATE_NOOP("Problem", "{path}: container names not read ({detail}); containers are "
                                                   "shown by number"),
    "containers.too-deep": QT_TRANSLATE_NOOP("Problem", "{path}: container names not read (nested too deeply); "
                                                        "containers are shown by number"),

    # --- one cookie's value (stores/values) ---
    "value.unreadable": QT_TRANSLATE_NOOP("Problem", "cannot read the value: {error}"),
    "value.gone": QT_TRANSLATE_NOOP("Problem", "cannot read the value: the cookie is no longer in the store"),
    "value.damaged": QT_TRANSLATE_NOOP("Problem", "cannot read the value: the encrypted value is damaged"),
    "value.builtin-key": QT_TRANSLATE_NOOP("Problem", "cannot read the value: it does not decrypt with Chromium's "
                                                      "built-in key"),
    "value.app-bound": QT_TRANSLATE_NOOP("Problem", "this value uses Chrome's app-bound encryption (v20), which "
                                                    "only the browser itself can decrypt"),
    "value.wrong-key": QT_TRANSLATE_NOOP("Problem", "cannot decrypt the value: the keyring did not give the right "
                                                    "key (is it locked?)"),
    "value.no-key": QT_TRANSLATE_NOOP("Problem", "cannot get the browser's cookie key from the system keyring "
                                                 "({detail})"),

    # --- writing a cookie store (deletion/store_sql) ---
    "write.locked": QT_TRANSLATE_NOOP("Problem", "{path}: the database is locked by another program (is the "
                                                 "browser still running?) ({detail})"),
    "write.read-only": QT_TRANSLATE_NOOP("Problem", "{path}: the store is read-only, nothing can be deleted "
                                                    "there ({detail})"),
    "write.corrupt": QT_TRANSLATE_NOOP("Problem", "{path}: the database is corrupt ({detail})"),
    "write.other": QT_TRANSLATE_NOOP("Problem", "{path}: {detail}"),
    "write.missing": QT_TRANSLATE_NOOP("Problem", "{path}: the store no longer exists"),
    "write.read-only-fs": QT_TRANSLATE_NOOP("Problem", "{path}: the store is on a read-only file system"),
    "write.read-only-user": QT_TRANSLATE_NOOP("Problem", "{path}: the store is read-only for this user"),
    "write.read-only-folder": QT_TRANSLATE_NOOP("Problem", "{path}: the store's folder is read-only, so SQLite "
                                                           "cannot write its journal there"),
    "write.family": QT_TRANSLATE_NOOP("Problem", "{path}: deleting from {family} stores is not supported"),
    "write.no-table": QT_TRANSLATE_NOOP("Problem", "{path}: not a {family} cookie database (no '{table}' table)"),
    "write.no-key": QT_TRANSLATE_NOOP("Problem", "{path}: the '{table}' table has no unique key, so no cookie can "
                                                 "be addressed exactly"),
    "write.no-meta": QT_TRANSLATE_NOOP("Problem", "{path}: the Chromium store has no readable meta version; "
                                                  "refusing to write an unknown schema"),
    "write.chromium-schema": QT_TRANSLATE_NOOP("Problem", "{path}: unknown Chromium cookie schema (meta version "
                                                          "{version}; this app writes {low} to {high}); nothing "
                                                          "was changed"),
    "write.firefox-schema": QT_TRANSLATE_NOOP("Problem", "{path}: unknown Firefox cookie schema {version} (this "
                                                         "app writes {low} to {high}); nothing was changed"),
    "write.store-unchanged": QT_TRANSLATE_NOOP("Problem", "{error}; that store is unchanged"),

    # --- deleting (deletion/plan) ---
    "plan.nothing": QT_TRANSLATE_NOOP("Problem", "nothing to delete"),
    "plan.mixed-layouts": QT_TRANSLATE_NOOP("Problem", "{path}: the cookies come from scans of different store "
                                                       "layouts; scan again and re-plan"),
    "plan.session-gone": translate("Problem", "{store}: %n planned session cookie(s) are no longer in the "
                                              "session store; nothing was changed: scan again and re-plan", None, N),
    "plan.key-changed": QT_TRANSLATE_NOOP("Problem", "{path}: the store's unique key changed since the plan "
                                                     "({columns}); scan again and re-plan"),
    "plan.rows-gone": translate("Problem", "{path}: %n of the {planned} planned cookies are no longer in the "
                                           "store (the browser changed it since the plan); nothing was changed: "
                                           "scan again and re-plan", None, N),
    "plan.count-mismatch": QT_TRANSLATE_NOOP("Problem", "{path}: {deleted} rows would be deleted instead of the "
                                                        "{planned} planned; rolled back, nothing was changed"),
    "plan.session-unwritten": QT_TRANSLATE_NOOP("Problem", "{store}: the session cookies could not be removed "
                                                           "from the session store ({detail}); its database rows "
                                                           "were deleted"),
    "plan.others-lost": QT_TRANSLATE_NOOP("Problem", "{errors} (undo ID {undo_id} restores what the other stores "
                                                     "lost)"),

    # --- undoing (deletion/undo, partial_undo) ---
    "undo.nothing-left": QT_TRANSLATE_NOOP("Problem", "there is no deletion left to undo"),
    "undo.already-undone": QT_TRANSLATE_NOOP("Problem", "deletion {undo_id} was already undone ({undone_at})"),
    "undo.never-started": QT_TRANSLATE_NOOP("Problem", "deletion {undo_id} never started deleting (its backup is "
                                                       "incomplete): nothing to undo"),
    "undo.not-in-deletion": QT_TRANSLATE_NOOP("Problem", "none of these cookies is in that deletion"),
    "undo.no-session-store": QT_TRANSLATE_NOOP("Problem", "{store}: the profile has no readable session store any "
                                                          "more, so its session cookies cannot be put back; "
                                                          "nothing was changed"),
    "undo.layout-changed": QT_TRANSLATE_NOOP("Problem", "{path}: the browser changed the store's layout since the "
                                                        "backup, so its rows cannot be restored exactly; nothing "
                                                        "was changed"),
    "undo.count-mismatch": QT_TRANSLATE_NOOP("Problem", "{path}: {inserted} rows were restored instead of "
                                                        "{expected}; rolled back, nothing was changed"),
    "undo.session-unwritten": QT_TRANSLATE_NOOP("Problem", "{store}: the session cookies could not be written "
                                                           "back ({detail})"),

    # --- the backups (deletion/backup, profile_lock) ---
    "backup.folder": QT_TRANSLATE_NOOP("Problem", "cannot create the backup folder {path}: {detail}; nothing was "
                                                  "deleted"),
    "backup.lock-folder": QT_TRANSLATE_NOOP("Problem", "cannot create the folder {path}: {detail}; nothing was "
                                                       "changed"),
    "backup.lock-file": QT_TRANSLATE_NOOP("Problem", "cannot create the lock file of {profile}: {detail}; nothing "
                                                     "was changed"),
    "backup.folder-unwritable": QT_TRANSLATE_NOOP("Problem", "the backup folder {path} is not writable; nothing "
                                                             "was deleted"),
    "backup.unwritable": QT_TRANSLATE_NOOP("Problem", "cannot write the backup {path}: {detail}; nothing was "
                                                      "deleted"),
    "backup.not-an-id": QT_TRANSLATE_NOOP("Problem", "'{undo_id}' is not an undo ID (see `consent-inspector undo "
                                                     "--list`)"),
    "backup.no-such": QT_TRANSLATE_NOOP("Problem", "no backup with undo ID {undo_id} in {folder} (see "
                                                   "`consent-inspector undo --list`); nothing was changed"),
    "backup.manifest-corrupt": QT_TRANSLATE_NOOP("Problem", "the backup manifest {path} is corrupt ({detail}); "
                                                            "nothing was changed"),
    "backup.rows-missing": QT_TRANSLATE_NOOP("Problem", "the saved cookies of {undo_id} ({path}) are missing; "
                                                        "nothing was changed"),
    "backup.rows-unreadable": QT_TRANSLATE_NOOP("Problem", "cannot read the backup {path} ({detail}); nothing was "
                                                           "changed"),
    "backup.checksum": QT_TRANSLATE_NOOP("Problem", "the backup {path} is corrupt: it does not match its "
                                                    "checksum; nothing was changed"),
    "backup.rows-corrupt": QT_TRANSLATE_NOOP("Problem", "the backup {path} is corrupt ({detail}); nothing was "
                                                        "changed"),
    "backup.saved-missing": QT_TRANSLATE_NOOP("Problem", "its saved cookies are missing"),
    "backup.interrupted-early": QT_TRANSLATE_NOOP("Problem", "interrupted before anything was deleted"),
}


def _number(n: int, lang: str) -> str:
    # Thousands grouped as each language writes them: 1,048,576 and 1 048 576 (narrow no-break space).
    return f"{n:,}".replace(",", "\u202f") if lang == "fr" else f"{n:,}"


def _param(key: str, value, say, lang: str):
    if key == "size":  # a byte count; ids, versions and counts are not grouped
        return _number(value, lang)
    if key == "limit":  # a size limit: 1 MB, 512 KB
        return say(MEGABYTES if value >= 2**20 else KILOBYTES).format(
            size=value // 2**20 if value >= 2**20 else value // 1024)
    if key == "file_kind":
        return say(FILE_KINDS[value])
    if isinstance(value, BaseException):
        return error_text(value, say)
    return value


def error_text(exc: BaseException, say=None) -> str:
    """Any error's sentence in the language of `say`: one with words of its own (a CodedError, a
    PolicyError, a StoreError) worded by its text(say), any other as str()."""
    text = getattr(exc, "text", None)
    return text(say) if callable(text) else str(exc)


def say_error(err, say=None) -> str:
    """The sentence of a CodedError in the language of `say`."""
    say = say or english
    lang = getattr(say, "lang", "en")
    params = {k: _param(k, v, say, lang) for k, v in err.params.items()}
    if err.parts:
        params["errors"] = "; ".join(error_text(p, say) for p in err.parts)
        if not err.why:
            return params["errors"]
    if err.why is None:
        return getattr(err, "message", "")
    if err.why in C.SAFETY:
        return wording.safety(err.why, params, say)
    phrase = PROBLEMS[err.why]
    if phrase.counted:
        return say(phrase, err.params["n"]).format(**params)
    return say(phrase).format(**params)
