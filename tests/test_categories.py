"""One category vocabulary: every policy's, catalog's and OCD category maps onto the four banner categories, each one colour."""
from __future__ import annotations

import pytest

from inspector.domain import codes as C
from inspector.domain.catalog.catalog import CATEGORIES as CATALOG_CATEGORIES, default_catalog
from inspector.domain.catalog.ocd import OCD_CATEGORIES, default_ocd
from inspector.domain.categories import primary_of, primary_of_policy_category
from inspector.domain.policy.loader import load_policy
from inspector.domain.policy.model import default_policy_path


@pytest.fixture(scope="module")
def bundled():
    return load_policy(default_policy_path())


def test_every_category_of_the_bundled_policy_maps_onto_the_banner_set(bundled):
    mapped = {cid: primary_of_policy_category(c) for cid, c in bundled.categories.items()}
    assert set(mapped.values()) <= set(C.CATEGORIES)
    # The seed's own taxonomy, as the issue reads it.
    assert mapped["statistical"] == C.STATISTICS
    assert mapped["third-party"] == C.MARKETING
    assert mapped["first-party"] == C.MARKETING  # it needs consent: it may track, the page says
    assert {mapped[c] for c in C.CATEGORIES} == set(C.CATEGORIES)  # the banner ids map onto themselves


def test_every_catalog_and_ocd_category_maps_onto_the_banner_set():
    assert set(CATALOG_CATEGORIES) == set(C.CATEGORIES)
    assert {ours for ours, _ in OCD_CATEGORIES.values()} <= set(C.CATEGORIES)
    assert {k.category for k in default_catalog().entries} <= set(C.CATEGORIES)
    assert {e.category for e in default_ocd().entries} <= set(C.CATEGORIES)
    assert {primary_of(label) for label in OCD_CATEGORIES} <= set(C.CATEGORIES)


@pytest.mark.parametrize("cid, needs_consent, stated, expected", [
    ("statistical", None, None, C.STATISTICS),
    ("Third-party", None, None, C.MARKETING),
    ("third-party", True, C.STATISTICS, C.STATISTICS),  # a policy that states otherwise is believed
    ("first-party", False, None, C.NECESSARY),  # its declared purpose: no consent needed
    ("internal", True, None, C.MARKETING),
    ("analytics", True, None, C.STATISTICS),
    ("functional", True, None, C.PREFERENCES),
    ("something-new", True, None, C.MARKETING),  # unlisted: cautious
    ("something-new", False, None, C.NECESSARY),
    ("something-new", None, None, None),
    (None, None, None, None),
])
def test_primary_of(cid, needs_consent, stated, expected):
    assert primary_of(cid, needs_consent, stated) == expected


def _luminance(hex_colour: str) -> float:
    def channel(v):
        v /= 255
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
    r, g, b = (int(hex_colour[i:i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def _contrast(a: str, b: str) -> float:
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


@pytest.mark.parametrize("dark, background", [(False, "#ffffff"), (True, "#242424")])
def test_each_banner_category_has_one_distinct_colour_with_contrast(dark, background):
    colours = [C.category_colour(c, dark) for c in C.CATEGORIES]
    assert len(set(colours)) == 4
    for colour in colours:
        assert _contrast(colour, background) >= 3.0, (colour, background)  # WCAG 1.4.11, graphics
    # Near-duplicates of the issue are one colour now, since they are one category.
    assert C.category_colour(primary_of("statistical"), dark) == C.category_colour(C.STATISTICS, dark)
    assert C.category_colour(primary_of("third-party"), dark) == C.category_colour(C.MARKETING, dark)


def test_a_declared_description_carries_the_banner_category_and_the_policy_label(bundled, tmp_path):
    from inspector.domain.descriptions import _from_rule
    site = bundled.sites[0]
    rule = next(r for r in site.rules if r.name == "sessionid")
    about = _from_rule(rule, site, "fr")
    assert about.category == C.NECESSARY and about.declared_category == "necessary"
    assert about.source_label == "Nécessaires"
