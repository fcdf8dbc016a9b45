"""Why a deletion or an undo did not happen: DeletionError, BrowserRunning, and store or backup errors as those."""
from __future__ import annotations

from inspector.domain import wording
from inspector.domain.errors import CodedError


class DeletionError(CodedError):
    """Nothing was changed (unless `partial` says which stores were); text(say) says why.

    `partial`: the Report (deletion) or UndoReport (undo) of what did happen, when some stores changed.
    """

    def __init__(self, code: str, message=None, partial=None, *, why=None, params=None, parts=()):
        super().__init__(code, message, why=why, params=params, parts=parts)
        self.partial = partial


class BrowserRunning(DeletionError):
    """Refused because a profile is open: `blockers` say which and why (wording.refused words them)."""

    def __init__(self, blockers: list):
        self.blockers = list(blockers)
        super().__init__("running", wording.refused(self.blockers))

    def text(self, say=None) -> str:
        return wording.refused(self.blockers, say or wording.english)


def coded_error(code: str, **params) -> DeletionError:
    """A refusal of codes.SAFETY: its code and parameters, worded by the catalogue."""
    return DeletionError(code, why=code, params=params)


def failure(code: str, why: str, partial=None, **params) -> DeletionError:
    """A DeletionError `code` whose sentence is problem_words.PROBLEMS[why] with `params`."""
    return DeletionError(code, partial=partial, why=why, params=params)


def as_deletion_error(exc: Exception) -> DeletionError:
    """Any failure of a deletion or an undo as the one error its callers catch, keeping code and words."""
    if isinstance(exc, DeletionError):
        return exc
    if isinstance(exc, CodedError):
        # A store's StoreWriteError keeps its code; a BackupError "unwritable" is a "backup" failure.
        # (Matched by their base, so that this module imports neither store_sql nor backup.)
        return DeletionError("backup" if exc.code == "unwritable" else exc.code, exc.message,
                             why=exc.why, params=exc.params, parts=exc.parts)
    return DeletionError("failed", str(exc))
