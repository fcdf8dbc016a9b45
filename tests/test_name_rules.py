"""Which rule speaks for a cookie name: the one precedence the policy and the catalog share."""
from __future__ import annotations

from typing import NamedTuple

from inspector.domain.name_rules import NameRules, literal_chars, name_matches


class Rule(NamedTuple):
    name: str
    is_pattern: bool
    tag: str = ""


def test_an_exact_name_beats_any_pattern_and_the_more_literal_pattern_wins():
    rules = NameRules([Rule("_pk_*", True, "short"), Rule("_pk_id.*", True, "long"), Rule("_pk_id.1", False, "exact"),
                       Rule("*_id*", True, "anywhere")])
    assert rules.best("_pk_id.1").tag == "exact"
    assert rules.best("_pk_id.2").tag == "long"
    assert rules.best("_pk_ses").tag == "short"
    assert rules.best("user_id").tag == "anywhere"  # a leading wildcard is not skipped by the prefix index
    assert [r.tag for r in rules.matching("_pk_id.1")] == ["exact", "long", "short", "anywhere"]
    assert rules.best("other") is None and rules.matching("other") == []


def test_equally_specific_patterns_keep_their_order_and_exact_duplicates_theirs():
    rules = NameRules([Rule("a?c*", True, "first"), Rule("ab?*", True, "second"), Rule("x", False, "1"),
                       Rule("x", False, "2")])
    assert [r.tag for r in rules.matching("abcc")] == ["first", "second"]
    assert [r.tag for r in rules.matching("x")] == ["1", "2"]


def test_globs_are_case_sensitive_and_whole_name():
    assert name_matches("_ga_*", True, "_ga_XYZ")
    assert not name_matches("_ga_*", True, "_GA_XYZ")
    assert not name_matches("_ga?", True, "_ga12")
    assert name_matches("_ga", False, "_ga") and not name_matches("_ga", False, "_ga_1")
    assert literal_chars("_pk_id.*") == 7 and literal_chars("*?") == 0
