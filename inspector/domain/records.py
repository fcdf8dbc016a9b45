"""The immutable facts the whole app passes around: stores, cookies, their keys and errors."""
from __future__ import annotations

import time
from dataclasses import dataclass
from typing import NamedTuple, Optional

# Browsers keep times in different epochs and units; records hold one unit only:
# microseconds since the Unix epoch, so comparisons and sorting never convert.
_DAYS: dict[int, str] = {}
_TIMES: list[str] = []


def us_to_iso(us: Optional[int]) -> Optional[str]:
    """ISO 8601 UTC at second precision ("2028-01-03T07:49:07Z"), or None.

    Exports format two times for each of 200,000 cookies. The date part is cached per
    day and the time of day comes from a table of the 86,400 "HH:MM:SSZ" strings, so a
    call is a divmod, two lookups and one concatenation.
    """
    if us is None:
        return None
    day, second = divmod(us // 1_000_000, 86_400)
    prefix = _DAYS.get(day)
    if prefix is None:
        try:
            prefix = time.strftime("%Y-%m-%dT", time.gmtime(day * 86_400))
        except (OverflowError, OSError, ValueError):
            return "9999-12-31T23:59:59Z" if day > 0 else "1970-01-01T00:00:00Z"
        _DAYS[day] = prefix
    if not _TIMES:
        _TIMES.extend(f"{h:02d}:{m:02d}:{s:02d}Z" for h in range(24) for m in range(60) for s in range(60))
    return prefix + _TIMES[second]


@dataclass(frozen=True, slots=True)
class StoreRef:
    """One cookie store on disk: which browser and profile own it, and where it lives.

    `family` picks the reader (chromium | firefox | safari); `browser` is the product
    (chrome, edge, librewolf...). `lock_dir` is where the browser leaves its
    running-instance lock: the Chromium user-data dir or the Firefox profile dir.
    """

    family: str
    browser: str
    profile: str
    path: str
    profile_dir: str = ""
    lock_dir: str = ""
    profile_id: str = ""

    @property
    def label(self) -> str:
        return f"{self.browser} · {self.profile}"


class CookieKey(NamedTuple):
    """Everything needed to address exactly one row of one store.

    `columns` names the store's own unique key (read from its schema), and `values`
    holds this row's values in that order, so a partitioned or containered copy of a
    cookie never shares a key with its unpartitioned twin. `source` tells which file
    of the store holds the row (`db`, `session` for Firefox's session store, or
    `binarycookies` for Safari).
    """

    store: str
    source: str
    columns: tuple
    values: tuple


class KeySchema(NamedTuple):
    """The part of a CookieKey that every row of one store shares (built once per store)."""

    store: str
    source: str
    columns: tuple


class CookieRecord(NamedTuple):
    """One cookie's metadata, never its value. Times are µs since 1970 UTC.

    Readers build hundreds of thousands of these, so the per-row key is a bare tuple of
    values beside a shared KeySchema; `key` assembles the full CookieKey on demand.
    """

    browser: str
    profile: str
    container: Optional[str]
    store: str
    host: str
    name: str
    path: str
    expires_us: Optional[int]  # None for a session cookie
    created_us: Optional[int]
    last_access_us: Optional[int]
    # Flags are truth values; SQLite stores hand them over as 0/1 ints, unconverted for speed.
    secure: bool
    http_only: bool
    same_site: str  # none | lax | strict | unspecified
    partition: Optional[str]
    session: bool
    key_values: tuple
    key_schema: KeySchema

    @property
    def key(self) -> CookieKey:
        schema = self.key_schema
        return CookieKey(schema.store, schema.source, schema.columns, self.key_values)

    @property
    def host_only(self) -> bool:
        # A leading dot marks a domain cookie in both browser families' stores.
        return not self.host.startswith(".")

    @property
    def domain(self) -> str:
        return self.host.lstrip(".")

    def is_expired(self, now_us: int) -> bool:
        return self.expires_us is not None and self.expires_us <= now_us


# Building records through tuple.__new__ skips NamedTuple's Python-level __new__, which
# costs more than the rest of a row's processing in a 200,000-cookie scan.
new_record = tuple.__new__


@dataclass(frozen=True, slots=True)
class StoreError:
    """Why one store could not be read; shown per store, never hiding the others."""

    store: StoreRef
    message: str  # in English, for logs and JSON
    code: str = "unreadable"  # unreadable | corrupt | locked | schema | permission | not-cookies
    problem: object = None  # the CodedError it comes from, when the domain worded it: reason(say) says it

    def reason(self, say=None) -> str:
        """Why, in the language of `say` (a wording.Say; English when None), without the store's path."""
        from inspector.domain.problem_words import error_text  # records stays free of the wording
        return error_text(self.problem, say) if self.problem is not None else self.message

    def text(self, say=None) -> str:
        return f"{self.store.path}: {self.reason(say)}"

    def __str__(self) -> str:
        return f"{self.store.path}: {self.message}"


class CookieList(list):
    """A reader's cookies, with what it had to leave out of a store it otherwise read (a damaged
    session file or containers.json): each a StoreError that the scan reports as a warning."""

    warnings: tuple = ()


@dataclass(slots=True)
class StoreReport:
    """What a scan found in one store: the count, or the error; `warnings` name what was left out."""

    store: StoreRef
    count: int = 0
    error: Optional[StoreError] = None
    warnings: tuple = ()
