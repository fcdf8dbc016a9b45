"""The one category vocabulary: every policy's or catalog's category mapped onto the consent-banner four."""
from __future__ import annotations

from typing import Optional

from inspector.domain.codes import CATEGORIES, MARKETING, NECESSARY, PREFERENCES, STATISTICS

# The banner categories (codes.CATEGORIES) are the primary axis the window filters, colours
# and counts by. A policy speaks its own taxonomy (the seed's page: necessary, statistical,
# internal/first-party, third-party); this is the one table that maps it onto the four.
# The policy's own label stays visible beside the primary word (details, tooltips).
PRIMARY_OF = {
    "necessary": NECESSARY, "essential": NECESSARY, "strictly-necessary": NECESSARY, "security": NECESSARY,
    "preferences": PREFERENCES, "functional": PREFERENCES, "functionality": PREFERENCES,
    "personalization": PREFERENCES, "personalisation": PREFERENCES,
    "statistics": STATISTICS, "statistical": STATISTICS, "analytics": STATISTICS, "performance": STATISTICS,
    "audience": STATISTICS, "measurement": STATISTICS,
    "marketing": MARKETING, "advertising": MARKETING, "targeting": MARKETING, "social": MARKETING,
    # A third party's cookie follows the user across sites unless the policy states otherwise.
    "third-party": MARKETING,
}
# Categories named for who sets a cookie, not what it is for: they take their declared purpose,
# which is whether they need consent (a first-party cookie that needs none is a necessary one;
# one that needs consent may track, as the seed's page says, so it reads as marketing).
BY_DECLARED_PURPOSE = frozenset({"first-party", "internal", "internal-first-party"})


def primary_of(category_id: Optional[str], needs_consent: Optional[bool] = None,
               stated: Optional[str] = None) -> Optional[str]:
    """The banner category (codes.CATEGORIES) of a category id; None when there is none.

    `stated` is what a policy says its category maps to, which wins; `needs_consent` is the
    category's declared purpose, for the ids that are about who sets a cookie, and the
    last resort for an id nobody listed (cautiously marketing when consent is needed).
    """
    if stated in CATEGORIES:
        return stated
    if not category_id:
        return None
    key = category_id.lower()
    if key in PRIMARY_OF:
        return PRIMARY_OF[key]
    if needs_consent is None:
        return None
    return MARKETING if needs_consent else NECESSARY


def primary_of_policy_category(category) -> str:
    """A policy Category's banner category (its id and needs_consent)."""
    return primary_of(category.id, category.needs_consent, getattr(category, "primary", None)) or NECESSARY
