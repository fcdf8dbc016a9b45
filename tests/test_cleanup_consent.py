"""A clean-up can target the cookies present against the user's recorded consent choice (issues 12 and 13)."""
from __future__ import annotations

import io
import json
from contextlib import redirect_stdout

from inspector.cli.main import main
from inspector.domain.clock import FixedClock

STORE_BROWSER = {"chromium/user-data/Default/Cookies": "chromium", "firefox/jqusjzli.default-esr": "firefox"}


def _run(stores, *args) -> tuple[int, dict]:
    out = io.StringIO()
    with redirect_stdout(out):
        code = main([*args, "--store", f"chromium:{stores.chromium_db()}", "--store",
                     f"firefox:{stores.firefox_root()}", "--format", "json"], clock=FixedClock(stores.made_at_us))
    return code, json.loads(out.getvalue())


def test_clean_against_my_choice_chooses_exactly_the_cookies_the_truth_says_are_against_it(consent_stores):
    truth = consent_stores.read_json("consent_truth.json")
    against = {(STORE_BROWSER[store], stored["host"], cookie["name"])
               for site in truth["sites"] for cookie in site["cookies"]
               for store, stored in cookie["stores"].items()
               if stored.get("present") and "against-choice" in stored["findings"]}
    assert len(against) > 20
    code, doc = _run(consent_stores, "clean", "--finding", "against-choice", "--dry-run")
    assert code == 0
    chosen = {(c["browser"], c["host"], c["name"]) for c in doc["deleted"]}
    kept = {(k["cookie"]["browser"], k["cookie"]["host"], k["cookie"]["name"]) for k in doc["kept"]}
    assert chosen | kept == against
    # Combined with a category, only the refused statistics cookies are left: the options combine.
    code, doc = _run(consent_stores, "clean", "--finding", "against-choice", "--category", "statistics",
                     "--dry-run")
    assert code == 0
    names = {c["name"] for c in doc["deleted"]}
    assert "_ga" in names and not names & {"_fbp", "IDE", "cto_bundle"}
