"""The one clock behind every time-based verdict: expired, beyond 13 months, before or after a choice."""
from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Protocol


class Clock(Protocol):
    def now_us(self) -> int:
        """Microseconds since 1970-01-01 UTC, the unit every record's times are kept in."""


class SystemClock:
    """The machine's wall clock: what the app and the CLI run on."""

    def now_us(self) -> int:
        return time.time_ns() // 1000


@dataclass(frozen=True)
class FixedClock:
    """A clock stopped at one instant: a test states the moment it means, whatever day it runs."""

    at_us: int

    def now_us(self) -> int:
        return self.at_us


SYSTEM = SystemClock()
