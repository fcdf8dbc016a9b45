"""Why a deletion or an undo did not happen: DeletionError, BrowserRunning, and store or backup errors as those."""
from __future__ import annotations

from inspector.domain import wording
from inspector.domain.errors import CodedError


class DeletionError(CodedError):
    """Nothing was changed (unless `partial` says which stores were), and `message` says why.

    `partial`: the Report (deletion) or UndoReport (undo) of what did happen, when some stores changed.
    """

    def __init__(self, code: str, message: str, partial=None, params=None):
        super().__init__(code, message)
        self.partial = partial
        self.params = dict(params or {})  # for a code of codes.SAFETY: what wording.safety words


class BrowserRunning(DeletionError):
    """Refused because a profile is open: `blockers` say which and why (wording.refused words them)."""

    def __init__(self, blockers: list):
        self.blockers = list(blockers)
        super().__init__("running", wording.refused(self.blockers))


def coded_error(code: str, **params) -> DeletionError:
    """A refusal of codes.SAFETY: its code and parameters, its message worded by the catalogue."""
    return DeletionError(code, wording.safety(code, params), params=params)


def as_deletion_error(exc: Exception) -> DeletionError:
    """Any failure of a deletion or an undo as the one error its callers catch, keeping code and message."""
    if isinstance(exc, DeletionError):
        return exc
    if isinstance(exc, CodedError):
        # A store's StoreWriteError keeps its code; a BackupError "unwritable" is a "backup" failure.
        # (Matched by their base, so that this module imports neither store_sql nor backup.)
        return DeletionError("backup" if exc.code == "unwritable" else exc.code, exc.message,
                             params=getattr(exc, "params", None))
    return DeletionError("failed", str(exc))
