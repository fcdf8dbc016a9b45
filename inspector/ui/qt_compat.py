"""Work-arounds for PySide6 defects the window would otherwise crash on, each probed before use."""
from __future__ import annotations

import ctypes
import functools
import sys

from PySide6.QtCore import QAbstractListModel, QModelIndex


_incref = ctypes.pythonapi.Py_IncRef
_incref.argtypes = [ctypes.py_object]
_incref.restype = None


def _drops_none() -> bool:
    """Does returning None from a Python data() override lose a reference to None?

    PySide6 6.12 on CPython < 3.12 does: each None handed back to C++ as an empty
    QVariant is released once too often. A view asks for dozens of empty roles per
    repaint, so None's count runs down until the interpreter aborts ('deallocating
    None'), at exit or, in a long session, while the window is open. From 3.12 None is
    immortal and nothing can run down.
    """
    if sys.version_info >= (3, 12):
        return False

    class Probe(QAbstractListModel):
        def rowCount(self, parent=QModelIndex()):
            return 1

        def data(self, index, role=0):
            return None

    probe = Probe()  # held: an index does not keep its model alive
    index = probe.index(0, 0)
    before = sys.getrefcount(None)
    for _ in range(64):
        index.data()
    dropped = sys.getrefcount(None) < before - 32
    for _ in range(before - sys.getrefcount(None)):
        _incref(None)  # what the probe itself took
    return dropped


DROPS_NONE = _drops_none()


def variant_result(method):
    """For data()/headerData() overrides: give back the reference to None that PySide takes."""
    if not DROPS_NONE:
        return method

    @functools.wraps(method)
    def guarded(*args):
        value = method(*args)
        if value is None:
            _incref(None)
        return value

    return guarded
