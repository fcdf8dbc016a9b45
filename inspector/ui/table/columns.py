"""The cookie table's columns, in their default order (a module of its own: views need it before any data)."""
from __future__ import annotations

from enum import IntEnum


class Column(IntEnum):
    NAME = 0
    PROVIDER = 1
    PURPOSE = 2
    CATEGORY = 3
    HOST = 4
    PATH = 5
    EXPIRES = 6
    WHERE = 7
    FLAGS = 8
    STATUS = 9
    FINDINGS = 10
