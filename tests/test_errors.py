"""Every domain error with a code is a CodedError: one shape for callers that show `message` and branch on `code`."""
from __future__ import annotations

import pytest

from inspector.domain.deletion.backup import BackupError
from inspector.domain.deletion.errors import BrowserRunning, DeletionError
from inspector.domain.deletion.store_sql import StoreWriteError
from inspector.domain.errors import CodedError
from inspector.domain.stores.sqlite_source import StoreReadError


@pytest.mark.parametrize("cls", [StoreReadError, StoreWriteError, BackupError, DeletionError])
def test_each_coded_error_has_its_code_and_says_its_message(cls):
    err = cls("locked", "the database is locked by a running browser")
    assert isinstance(err, CodedError)
    assert (err.code, err.message, str(err)) == ("locked", "the database is locked by a running browser",
                                                 "the database is locked by a running browser")
    assert err.args == ("the database is locked by a running browser",)


def test_a_deletion_error_keeps_what_was_partly_done():
    assert DeletionError("failed", "no").partial is None
    assert DeletionError("failed", "no", partial="report").partial == "report"
    running = BrowserRunning([])
    assert isinstance(running, CodedError) and running.code == "running" and running.blockers == []
