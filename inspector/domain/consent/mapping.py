"""The one table that maps each platform's purposes, groups and services onto the four categories (README too)."""
from __future__ import annotations

import re
from typing import Optional

from inspector.domain.codes import MARKETING, NECESSARY, PREFERENCES, STATISTICS

# None: the unit is no category of its own (TCF purpose 1 is the storage gate every vendor
# needs; special features are data uses, not cookie purposes). Keep README.md's
# "Consent choices" table in step with this one (tests/test_consent_decoders.py checks it).
CATEGORY_OF: dict[str, dict[str, Optional[str]]] = {
    "tcf": {
        "1": None,            # store and/or access information on a device: the gate, see verdicts.py
        "2": MARKETING, "3": MARKETING, "4": MARKETING,   # select ads, build and use ad profiles
        "5": MARKETING, "6": MARKETING,                   # build and use content profiles (profiling)
        "7": MARKETING,       # measure ads: feeds the ad business
        "8": STATISTICS, "9": STATISTICS, "10": STATISTICS,  # content measurement, audiences, products
        "11": PREFERENCES,    # limited data to select content, as a site setting would
    },
    "onetrust": {
        "C0001": NECESSARY,   # Strictly Necessary
        "C0002": STATISTICS,  # Performance
        "C0003": PREFERENCES,  # Functional
        "C0004": MARKETING,   # Targeting
        "C0005": MARKETING,   # Social Media
    },
    "cookiebot": {"necessary": NECESSARY, "preferences": PREFERENCES, "statistics": STATISTICS,
                  "marketing": MARKETING},
    "opendatasoft": {"necessary": NECESSARY, "statistics": STATISTICS, "marketing": MARKETING},
    # Didomi's standard purpose ids (its TCF purposes under their Didomi names).
    "didomi": {
        "cookies": None, "select_basic_ads": MARKETING, "create_ads_profile": MARKETING,
        "select_personalized_ads": MARKETING, "measure_ad_performance": MARKETING,
        "create_content_profile": MARKETING, "select_personalized_content": MARKETING,
        "measure_content_performance": STATISTICS, "market_research": STATISTICS,
        "improve_products": STATISTICS, "use_limited_data_to_select_content": PREFERENCES,
        "geolocation_data": None, "device_characteristics": None,
    },
}

# Didomi custom purposes are ids made from the name the site gave them ("Mesure d'audience" ->
# `mesureaud-FbRCJVa4`): the name's first word(s) tell the category.
_DIDOMI_CUSTOM = (
    (re.compile(r"^(mesure|audience|analyti|statisti|stat|perform|measure)"), STATISTICS),
    (re.compile(r"^(publicit|pub|advert|ads|marketing|cibl|target|social|reseaux)"), MARKETING),
    (re.compile(r"^(fonction|functional|prefer|personnal|confort|comfort|video)"), PREFERENCES),
    (re.compile(r"^(necess|essenti|strict|technique|technical)"), NECESSARY),
)


def category_of(platform: str, unit: str) -> Optional[str]:
    """The category a platform's purpose/group/service stands for, or None."""
    table = CATEGORY_OF.get(platform, {})
    if unit in table:
        return table[unit]
    if platform == "didomi":
        low = unit.lower()
        for pattern, category in _DIDOMI_CUSTOM:
            if pattern.match(low):
                return category
    return None
