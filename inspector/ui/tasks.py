"""Slow work off the GUI thread: a QRunnable whose signals live on a QObject, and injectable runners."""
from __future__ import annotations

import logging
from typing import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)


class TaskSignals(QObject):
    succeeded = Signal(object)  # the function's return value
    failed = Signal(object)  # the exception it raised
    progressed = Signal(int, int, str)  # done, total, what is being worked on
    finished = Signal()  # after succeeded or failed, always


class Task(QRunnable):
    """Runs `fn(*args, **kwargs)`. With `progress=True`, fn also gets a `progress(done, total, text)` callable.

    Pattern from git-cola's qtutils.Task/RunTask. The signals object is created on the GUI
    thread, so results reach GUI-thread slots through queued connections. Tests pass an
    InlineRunner and get the same signals, synchronously, without threads.
    """

    def __init__(self, fn: Callable, *args, progress: bool = False, **kwargs):
        super().__init__()
        # The runner owns the Python object until `finished`; C++ must not delete it first.
        self.setAutoDelete(False)
        self.signals = TaskSignals()
        self._fn = fn
        self._args = args
        self._kwargs = dict(kwargs)
        if progress:
            self._kwargs["progress"] = self._report

    def _report(self, done: int, total: int, text: str = "") -> None:
        self.signals.progressed.emit(done, total, text)

    def run(self) -> None:
        try:
            result = self._fn(*self._args, **self._kwargs)
        except Exception as exc:  # every failure must reach the window, not die in a thread
            # The type only: messages can quote data (a value, a path) that logs must not keep.
            log.debug("task %s failed: %s", getattr(self._fn, "__name__", self._fn), type(exc).__name__)
            self.signals.failed.emit(exc)
        else:
            self.signals.succeeded.emit(result)
        self.signals.finished.emit()


class ThreadPoolRunner(QObject):
    """Starts tasks on a QThreadPool and keeps each referenced until it has finished."""

    def __init__(self, pool: QThreadPool | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self._pool = pool or QThreadPool.globalInstance()
        self._running: dict[TaskSignals, Task] = {}

    def start(self, task: Task) -> Task:
        self._running[task.signals] = task
        # A slot of this GUI-thread object, so the release is queued behind the task's
        # result: dropping the task earlier could delete its signals before delivery.
        task.signals.finished.connect(self._forget)
        self._pool.start(task)
        return task

    @Slot()
    def _forget(self) -> None:
        self._running.pop(self.sender(), None)

    def wait(self, msecs: int = -1) -> bool:
        """Block until every started task is done (used at exit and by benchmarks)."""
        return self._pool.waitForDone(msecs)


class InlineRunner:
    """Runs each task at once on the calling thread: deterministic tests, no event loop needed."""

    def start(self, task: Task) -> Task:
        task.run()
        return task

    def wait(self, msecs: int = -1) -> bool:
        return True
