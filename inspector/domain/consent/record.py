"""The normalised consent record every decoder returns: one platform's recorded choice on one site, in one store."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, NamedTuple, Optional

from inspector.domain.codes import CATEGORIES

# A category's (or purpose's, or vendor's) state in a recorded choice.
ACCEPTED, REFUSED, NOT_ASKED = "accepted", "refused", "not-asked"
STATES = (ACCEPTED, REFUSED, NOT_ASKED)

# Platforms, as the JSON names them.
TCF, DIDOMI, ONETRUST, COOKIEBOT, AXEPTIO, TARTEAUCITRON, OPENDATASOFT = (
    "tcf", "didomi", "onetrust", "cookiebot", "axeptio", "tarteaucitron", "opendatasoft")
PLATFORMS = (TCF, DIDOMI, ONETRUST, COOKIEBOT, AXEPTIO, TARTEAUCITRON, OPENDATASOFT)


class RawConsent(NamedTuple):
    """One consent cookie's value with the store's times for it (µs; None when the store has none)."""

    value: str
    created_us: Optional[int]
    updated_us: Optional[int]


class Purpose(NamedTuple):
    """A platform's own purpose, group or service and its state (`id` in the platform's terms)."""

    id: str
    state: str


@dataclass(frozen=True, slots=True)
class ConsentRecord:
    """A recorded choice, normalised.

    `categories` holds the four categories' states (codes.CATEGORIES order); `purposes` the
    platform's own units; vendors are "platform:id" keys (`tcf:755`, `didomi:google`,
    `axeptio:hotjar`). `decided_at_us` is the instant the choice is compared with: the
    value's own timestamp where the format has one finer than a day, else the store's last
    write of the consent cookie. `error` is an invalid-value code; `violations` are the
    format rules the value breaks (TCF 2.2), each a code. `cookies` are the CookieRecords
    it was read from, so a finding can name and link them.
    """

    platform: str
    cookies: tuple
    decided_at_us: Optional[int] = None
    updated_at_us: Optional[int] = None
    categories: tuple[tuple[str, str], ...] = tuple((c, NOT_ASKED) for c in CATEGORIES)
    purposes: tuple[Purpose, ...] = ()
    vendors_accepted: frozenset = frozenset()
    vendors_refused: frozenset = frozenset()
    readable: bool = True
    error: Optional[str] = None
    violations: tuple[str, ...] = ()
    time_source: str = "value"  # value | store-update | store-creation | none
    region: Optional[str] = None  # a country the value names (TCF publisher, Cookiebot region), upper case
    tcf: Any = None  # tcf.TCString
    addtl_consent: Any = None  # tcf.AdditionalConsent
    details: tuple[tuple[str, Any], ...] = field(default=())  # platform extras, e.g. ("method", "explicit")

    def category(self, category: str) -> str:
        return dict(self.categories).get(category, NOT_ASKED)

    def vendor(self, key: str) -> Optional[str]:
        """accepted / refused for a vendor the record names, None for one it does not."""
        if key in self.vendors_accepted:
            return ACCEPTED
        if key in self.vendors_refused:
            return REFUSED
        return None

    @property
    def decided(self) -> bool:
        return self.readable and self.error is None


def categories_from(states: dict[str, list[str]]) -> tuple[tuple[str, str], ...]:
    """The four categories from the states of the platform units mapped onto each.

    A category is accepted when any unit mapped onto it is accepted: a choice accepting
    some advertising purposes and refusing others did agree to advertising, and a cookie of
    that category is then given the benefit of the doubt. Refused when every answered unit
    is refused; not-asked when none was asked.
    """
    out = []
    for category in CATEGORIES:
        found = states.get(category, [])
        if ACCEPTED in found:
            out.append((category, ACCEPTED))
        elif REFUSED in found:
            out.append((category, REFUSED))
        else:
            out.append((category, NOT_ASKED))
    return tuple(out)


def unreadable(platform: str, cookies: tuple) -> ConsentRecord:
    """A consent cookie whose value could not be read (a keyring not opened): choice not readable."""
    return ConsentRecord(platform, cookies, readable=False, time_source="none")


def invalid(platform: str, cookies: tuple, code: str, decided_at_us=None) -> ConsentRecord:
    return ConsentRecord(platform, cookies, decided_at_us=decided_at_us, updated_at_us=decided_at_us,
                         error=code, time_source="store-update" if decided_at_us else "none")
