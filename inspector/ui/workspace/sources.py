"""Which stores a run shows: the --store ones, the demo stores, or the discovered ones (demo if none)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from inspector.domain.stores.discovery import discover
from inspector.ui import deferred

if TYPE_CHECKING:  # the domain is imported on the first load, after the window has painted
    from inspector.domain.records import StoreRef

# Why demo data is on screen; the banner words each reason.
DEMO_ASKED = "asked"  # --demo
DEMO_NOTHING_FOUND = "nothing-found"


@dataclass(frozen=True)
class Resolved:
    stores: list[StoreRef]
    demo: str | None = None  # None, DEMO_ASKED or DEMO_NOTHING_FOUND


class StoreSource:
    """Resolves the stores to read; called on a worker, once per load (so refresh rediscovers)."""

    def resolve(self) -> Resolved:
        raise NotImplementedError


class FixedStores(StoreSource):
    def __init__(self, stores: list[StoreRef]):
        self._stores = list(stores)

    def resolve(self) -> Resolved:
        return Resolved(list(self._stores))


class DemoStores(StoreSource):
    """Demo stores written once per run (a refresh re-reads them; it does not rewrite them)."""

    def __init__(self, reason: str = DEMO_ASKED, directory: str | None = None):
        self._reason = reason
        self._directory = directory
        self._stores: list[StoreRef] | None = None

    def resolve(self) -> Resolved:
        if self._stores is None:
            self._stores = deferred.domain().demo_stores(self._directory)
        return Resolved(list(self._stores), self._reason)


class DiscoveredStores(StoreSource):
    def __init__(self, demo_directory: str | None = None):
        self._demo = DemoStores(DEMO_NOTHING_FOUND, demo_directory)

    def resolve(self) -> Resolved:
        stores = discover()
        if stores:
            return Resolved(stores)
        return self._demo.resolve()
