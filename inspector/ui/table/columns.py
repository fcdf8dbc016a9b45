"""The cookie table's columns, in their default order (a module of its own: views need it before any data)."""
from __future__ import annotations

from enum import IntEnum


class Column(IntEnum):
    NAME = 0
    SITE = 1  # the cookie's registrable site (InspectedCookie.site)
    PROVIDER = 2
    PURPOSE = 3
    CATEGORY = 4
    HOST = 5
    PATH = 6
    EXPIRES = 7
    WHERE = 8
    FLAGS = 9
    STATUS = 10
    FINDINGS = 11
