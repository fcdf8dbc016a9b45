"""One description per cookie (provider, purpose, category, lifetime) and the source it comes from."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from inspector.domain.catalog.catalog import CATEGORIES, Catalog, default_catalog
from inspector.domain.catalog.ocd import OcdCatalog, default_ocd
from inspector.domain.categories import primary_of_policy_category

# Where a description comes from, in order of authority. A guess (catalog, ocd) never
# changes a cookie's status: only the site's own policy declares.
POLICY, CATALOG, OCD = "policy", "catalog", "ocd"
SOURCES = (POLICY, CATALOG, OCD)


@dataclass(frozen=True, slots=True)
class Description:
    source: str                      # POLICY | CATALOG | OCD
    provider: str
    category: str                    # the banner category (codes.CATEGORIES: necessary ... marketing)
    purpose: str
    function: Optional[str] = None   # the policy's "function" column; guesses have none
    lifetime: Optional[str] = None   # declared, or typical for the guesses
    link: Optional[str] = None       # the policy page, the vendor documentation, the controller's privacy page
    entry: str = ""                  # which entry said so: a rule name or pattern, or an OCD entry id
    source_label: Optional[str] = None  # the source's own word for the category (OCD's "Functional")
    needs_consent: Optional[bool] = None
    uncertain: bool = False          # the category is a cautious reading (OCD's Functional)
    declared_category: Optional[str] = None  # the policy's own category id ("statistical"), for a declaration
    # The purpose in English whatever `purpose`'s language: rules that read the words (is this a
    # sign-in cookie?) must answer alike in every language of the window.
    purpose_en: Optional[str] = None

    @property
    def is_guess(self) -> bool:
        return self.source != POLICY


class Describer:
    """Describes cookies from the policy, else our catalog, else the Open Cookie Database.

    A scan holds far fewer distinct (host, name) pairs than cookies, and the same policy
    rule serves many rows, so answers are cached: the 200,000-cookie export asks once
    per pair, not once per row.
    """

    def __init__(self, catalog: Catalog | None = None, ocd: OcdCatalog | None = None, lang: str = "en"):
        self._catalog = catalog if catalog is not None else default_catalog()
        self._ocd = ocd if ocd is not None else default_ocd()
        self.lang = lang
        self._guesses: dict[tuple[str, str], Optional[Description]] = {}
        # Equal descriptions are one object: a catalog entry answers for thousands of (host, name)
        # pairs, and the window indexes its search texts and sort keys per distinct description.
        self._interned: dict[Description, Description] = {}
        self._declared: dict[tuple[int, str], Description] = {}
        self._by_entry: dict[int, Description] = {}  # id(catalog or OCD entry) -> its Description
        self._entries: list = []

    @property
    def attribution(self) -> str:
        return self._ocd.attribution

    def describe(self, cookie) -> Optional[Description]:
        """`cookie` is an InspectedCookie; None when no source knows it."""
        match = cookie.match
        rule = match.rule
        if rule is not None:
            key = (id(rule), match.site.id)
            found = self._declared.get(key)
            if found is None:
                found = self._declared[key] = _from_rule(rule, match.site, self.lang)
            return found
        return self.guess(cookie.record.host, cookie.record.name)

    def guess(self, host: str, name: str) -> Optional[Description]:
        """What the catalogs say of a cookie name on a host, whatever the policy declares."""
        key = (host, name)
        try:
            return self._guesses[key]
        except KeyError:
            pass
        known = self._catalog.lookup(host, name)
        entry = self._ocd.lookup(host, name) if known is None else None
        source = known if known is not None else entry
        # A catalog entry says the same of every (host, name) it answers for: one Description per
        # entry, made once, with no hashing of a dozen fields per distinct pair. A Describer has one
        # language, so the entry alone keys it: its purpose is said in self.lang (else English).
        found = self._by_entry.get(id(source)) if source is not None else None
        if found is None and source is not None:
            if known is not None:
                found = Description(CATALOG, known.provider.name, known.category, known.purpose_in(self.lang),
                                    lifetime=known.lifetime_text or None, link=known.source or None,
                                    entry=known.name, needs_consent=CATEGORIES[known.category],
                                    purpose_en=known.purpose)
            else:
                found = Description(
                    OCD, entry.platform, entry.category, entry.purpose_in(self.lang), lifetime=entry.retention or None,
                    link=entry.link, entry=entry.entry_id, source_label=entry.ocd_category,
                    needs_consent=entry.needs_consent, uncertain=entry.uncertain, purpose_en=entry.purpose)
            found = self._by_entry[id(source)] = self._interned.setdefault(found, found)
            self._entries.append(source)  # kept alive, so its id() is never reused
        self._guesses[key] = found
        return found


def _from_rule(rule, site, lang: str) -> Description:
    return Description(POLICY, rule.provider.name, primary_of_policy_category(rule.category), rule.purpose.get(lang),
                       function=rule.function.get(lang), lifetime=rule.lifetime_text,
                       link=site.source_url, entry=rule.name, source_label=rule.category.label.get(lang),
                       needs_consent=rule.category.needs_consent, declared_category=rule.category.id,
                       purpose_en=rule.purpose.get("en"))
