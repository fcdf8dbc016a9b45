"""The catalogue (inspector/domain/wording.py) words every code of domain/codes.py, and the domain itself speaks no English."""
from __future__ import annotations

import dataclasses
import re

import pytest

from findings_support import NOW_US, crafted_policy, crafted_result, record
from inspector.domain import wording as W
from inspector.domain import codes as C
from inspector.domain.findings import engine as F
from inspector.domain.scan import inspect

# Which tables of the catalogue must word every code of each table of codes.
WORDED_BY = {
    "status": (W.STATUS_NAMES, W.STATUS_TIPS),
    "kind": (W.KIND_NAMES, W.MESSAGES),
    "check": (W.CHECK_LABELS, W.CHECK_NAMES, W.MESSAGES[C.LIFETIME]),
    "severity": (W.SEVERITY_NAMES,),
    "consent-kind": (W.CONSENT_FINDING_NAMES,),
    "source": (W.SOURCE_NAMES, W.SOURCE_LABELS),
    "tally": (W.TALLY_WORDS,),
    "evidence": (W.EVIDENCE_WORDS,),
    "refusal": (W.REFUSAL_WORDS,),
    "plan-line": (W.PLAN_LINE_WORDS,),
    "note": (W.NOTE_WORDS,),
    "history": (W.HISTORY_WORDS,),
    "category": (W.CATEGORY_NAMES,),
    "fetch": (W.FETCH_WORDS,),
    "library": (W.LIBRARY_WORDS,),
    "review": (W.REVIEW_WORDS,),
}
WORDED_BY.update({
    "keep-kind": (W.KEEP_KIND_WORDS,), "criterion": (W.CRITERION_WORDS,), "skip": (W.SKIP_WORDS,),
    "action": (W.ACTION_WORDS,),
})
WORDED_BY["safety"] = (W.SAFETY_WORDS,)
# Strings in codes.py that are not codes: the palette.
NOT_CODES = {"NO_CATEGORY_COLOUR", "NO_CATEGORY_COLOUR_DARK"}


def _phrases(table):
    for value in table.values():
        if isinstance(value, dict):
            yield from _phrases(value)
        else:
            yield value


@pytest.fixture(scope="module")
def policy(tmp_path_factory):
    return crafted_policy(tmp_path_factory.mktemp("policy"))


def test_every_table_of_codes_is_worded():
    assert set(WORDED_BY) == set(C.TABLES)


def test_every_code_constant_belongs_to_a_table():
    constants = {name: value for name, value in vars(C).items()
                 if name.isupper() and isinstance(value, str) and name not in NOT_CODES}
    in_tables = {code for table in C.TABLES.values() for code in table}
    assert {name for name, value in constants.items() if value not in in_tables} == set()


@pytest.mark.parametrize("table", sorted(WORDED_BY))
def test_the_catalogue_words_every_code_of_each_table(table):
    for words in WORDED_BY[table]:
        assert set(words) == set(C.TABLES[table]), f"{table}: codes without words, or words without a code"
        for phrase in _phrases(words):
            assert isinstance(phrase, W.Phrase) and phrase.text.strip()
    for label_code in set(C.KINDS) - {C.LIFETIME}:
        assert label_code in W.FINDING_LABELS  # a lifetime finding is labelled by its check


def _all_phrases() -> list:
    """Every phrase of the catalogue, from its tables and its single phrases."""
    return [p for name, value in vars(W).items() if name.isupper() and isinstance(value, (dict, W.Phrase))
            for p in (_phrases(value) if isinstance(value, dict) else [value])]


def test_counted_phrases_hold_their_count_and_plain_ones_do_not():
    phrases = _all_phrases()
    assert phrases
    for phrase in phrases:
        assert ("%n" in phrase.text) == phrase.counted, phrase.text
    assert W.english(W.translate("X", "%n day(s)", None, W.N), 1) == "1 day"
    assert W.english(W.translate("X", "%n day(s)", None, W.N), 400) == "400 days"


def _every_kind_of_finding(policy) -> list:
    records = [record("shop.example", "cart", 11), record("shop.example", "sid", 1), record("shop.example", "_ga", 400),
               record("shop.example", "_pk_id.1.a", 400), record("shop.example", "_fbp", 400),
               record("shop.example", "ods_odd", 30), record("other.org", "zz", 30), record("other.org", "_ga", 899, 500),
               record("shop.example", "cart", 7, profile="B")]
    result = crafted_result(policy, records)
    found = [f for per in F.scan_findings(result, F.FindingsEngine()) for f in per]
    found += [a.finding for s in F.site_summaries(result).values() for a in s.absent]
    return found


def test_every_finding_is_worded_and_holds_no_sentence(policy):
    found = _every_kind_of_finding(policy)
    assert {f.code for f in found} == set(C.KINDS)
    assert {f.check for f in found if f.code == C.LIFETIME} == set(C.CHECKS)
    for f in found:
        names = {field.name for field in dataclasses.fields(f)}
        assert names == {"code", "check", "params", "source", "about"}
        assert not hasattr(f, "message") and not hasattr(f, "row")
        # Parameters are names, numbers and flags from the data, never the domain's own sentences.
        for value in f.params.values():
            assert not (isinstance(value, str) and re.search(r"\w+ \w+ \w+ \w+", value)), (f.code, value)
        text = W.finding(f)
        assert text.endswith(".") and "{" not in text and "%n" not in text
        assert W.finding_label(f)


def test_lifetime_findings_carry_their_numbers_as_parameters(policy):
    (cookie,) = inspect([record("other.org", "_ga", 400)], policy)
    needs, beyond = F.cookie_findings(cookie, NOW_US, F.FindingsEngine())
    assert (needs.code, dict(needs.params)) == (C.NEEDS_CONSENT, {"category": "statistics", "source": C.CATALOG})
    assert (beyond.code, beyond.check) == (C.LIFETIME, C.CHECK_13_MONTHS)
    assert dict(beyond.params) == {"stored_days": 400, "rewritten": False, "category": "statistics",
                                   "source": C.CATALOG, "at_cap": True}
    assert W.finding(beyond) == ("Stored for about 400 days: longer than the 13 months CNIL recommends for cookies "
                                 "that need consent (Statistics, per the catalog). 400 days is the browsers' cap: "
                                 "the site asked for at least that.")
    (cookie,) = inspect([record("shop.example", "sid", 1)], policy)
    (over,) = F.cookie_findings(cookie, NOW_US, F.FindingsEngine())
    assert W.finding(over) == "Declared as a session cookie, but stored for about 1 day."


def test_a_translator_words_the_same_phrases():
    seen = []

    def shout(phrase, n=-1):
        seen.append(phrase)
        return W.english(phrase, n).upper()

    unknown = F.Finding(C.UNKNOWN)
    assert W.finding(unknown, shout) == W.finding(unknown).upper()
    assert seen == [W.MESSAGES[C.UNKNOWN]] and seen[0].context == "Finding"


def test_a_site_summary_is_counts_worded_by_the_catalogue(policy):
    result = crafted_result(policy, [record("shop.example", "ods_odd", 1), record("shop.example", "_fbp", 400)])
    summary = F.site_summaries(result)["shop.example"]
    assert not hasattr(summary, "text")
    assert [code for code, _n in summary.tallies()] == list(C.TALLIES)
    assert dict(summary.tallies())[C.TALLY_UNDECLARED] == 2 and summary.severity == C.WARNING
    assert W.site_summary(summary) == ("shop.example — policy: 5 declared · seen: 2 · 2 undeclared · "
                                       "1 beyond 13 months · 5 declared but absent")


def test_plan_lines_notes_and_lock_states_are_codes_with_parameters(policy):
    from inspector.domain.deletion import locks
    from inspector.domain.deletion.plan import plan_deletion

    result = crafted_result(policy, [record("shop.example", "cart", 7), record("shop.example", "sid", None)])
    plan = plan_deletion(result.cookies)
    lines = plan.lines()
    assert [line.code for line in lines] == [C.LINE_TOTAL, C.LINE_STORE]
    assert dict(lines[1].params) == {"browser": "chromium", "profile": "Default", "database": 2,
                                     "path": "/crafted/Cookies", "session": 0, "folder": "/crafted"}
    assert [W.plan_line(line) for line in lines] == ["Delete 2 cookies:",
                                                     "chromium · Default: 2 from /crafted/Cookies"]
    plan.unsupported.append((result.cookies[0].record, C.Note(C.UNSUPPORTED_FAMILY, {"family": "safari"})))
    (kept,) = plan.notes()
    assert kept.code == C.KEPT and kept.params["reason"] == C.UNSUPPORTED_FAMILY
    assert W.note(kept) == "chromium · Default: cart on shop.example is kept: deleting from safari stores is not supported"
    fields = {f.name for f in dataclasses.fields(locks.LockStatus)}
    assert "reason" not in fields and {"evidence", "params"} <= fields
    store = plan.stores[0]
    stale = locks.LockStatus(store, False, params={"path": "/crafted/SingletonLock"}, stale=True, pid=7)
    assert stale.note == C.Note(C.STALE_LOCK, {"browser": "chromium", "profile": "Default",
                                               "path": "/crafted/SingletonLock", "pid": 7})
    running = locks.LockStatus(store, True, C.LOCK_OF_PROCESS, {"file": "SingletonLock", "pid": 7}, pid=7)
    assert W.lock_reason(running) == ("chromium is running with profile 'Default' (SingletonLock of process 7): "
                                      "close chromium (every window of that profile), then try again")


def test_statuses_and_past_deletions_are_worded():
    assert [W.status(s) for s in C.STATUSES] == ["Declared", "Undeclared", "No policy"]
    assert W.history_status(C.UNDONE, undone_at="2026-11-29 08:00:00") == "Restored 2026-11-29 08:00:00"
    assert W.history_status(C.UNDONE) == "Restored" and W.history_status("from-the-future") == "from-the-future"


def _messages(ts_path) -> set:
    import xml.etree.ElementTree as ET

    root = ET.parse(ts_path).getroot()
    return {(c.findtext("name") or "", m.findtext("source")) for c in root.iter("context") for m in c.iter("message")}


def test_the_translation_template_holds_every_phrase_of_the_source(tmp_path):
    import os
    import shutil
    import subprocess
    import sys
    from pathlib import Path

    lupdate = shutil.which("pyside6-lupdate", path=os.pathsep.join([os.path.dirname(sys.executable),
                                                                     os.environ.get("PATH", "")]))
    if lupdate is None:
        pytest.skip("pyside6-lupdate is neither beside the interpreter nor on PATH")
    root = Path(__file__).resolve().parents[1]
    committed = root / "resources" / "translations" / "consent_inspector.ts"
    fresh = tmp_path / "fresh.ts"
    subprocess.run([lupdate, "-extensions", "py", str(root / "inspector"), "-ts", str(fresh), "-locations", "none",
                    "-no-obsolete"], check=True, capture_output=True, timeout=120)
    expected = _messages(fresh)
    assert ("Finding", W.MESSAGES[C.UNKNOWN].text) in expected  # the catalogue's marks are found
    assert expected == _messages(committed), "run the pyside6-lupdate command of resources/translations/README.md"


def test_counted_phrases_are_plural_messages_in_the_template():
    import xml.etree.ElementTree as ET
    from pathlib import Path

    ts = Path(__file__).resolve().parents[1] / "resources" / "translations" / "consent_inspector.ts"
    numerus = {(c.findtext("name"), m.findtext("source")) for c in ET.parse(ts).getroot().iter("context")
               for m in c.iter("message") if m.get("numerus") == "yes"}
    for phrase in _all_phrases():
        assert ((phrase.context, phrase.text) in numerus) == phrase.counted, phrase.text
