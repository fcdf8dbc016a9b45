"""The window over the stores real Chromium and Firefox wrote: the CLI's rows, errors, revealing values."""
from __future__ import annotations

import io
import json
import os
import shutil
import sqlite3
from contextlib import redirect_stdout

import pytest

from inspector.cli import main as cli
from inspector.domain.stores.discovery import stores_from_path
from inspector.ui import formatting as fmt
from inspector.ui.table.columns import Column
from inspector.ui.tasks import ThreadPoolRunner
from ui_support import digest, make_window, select_cookie, visible_rows

pytestmark = pytest.mark.fixtures


def _cli_rows(store_args: list[str]) -> list[dict]:
    out = io.StringIO()
    with redirect_stdout(out):
        cli.main(["scan", "--format", "json", *store_args])
    return json.loads(out.getvalue())["cookies"]


def _identity(row: dict) -> tuple:
    return (row["browser"], row["profile"], row["store"], row["host"], row["name"], row["path"],
            row["partition"] or "", row["container"] or "")


def test_window_matches_the_cli_json_row_for_row(qtbot, tmp_path, real_stores, bundled_policy):
    chromium = real_stores.chromium_user_data()
    firefox = real_stores.firefox_root()
    args = ["--store", f"chromium:{chromium}", "--store", f"firefox:{firefox}"]
    expected = _cli_rows(args)
    stores = stores_from_path("chromium", chromium) + stores_from_path("firefox", firefox)
    window = make_window(qtbot, tmp_path, stores=stores)
    shown = visible_rows(window)
    assert len(shown) == len(expected) == 26 + 31 + 22

    by_identity = {}
    for cells in shown:
        r = cells["cookie"].record
        key = (r.browser, r.profile, r.store, r.host, r.name, r.path, r.partition or "", r.container or "")
        assert key not in by_identity, key
        by_identity[key] = cells
    categories = bundled_policy.categories
    for row in expected:
        cells = by_identity[_identity(row)]
        assert cells[Column.NAME] == row["name"]
        assert cells[Column.HOST] == row["host"]
        assert cells[Column.PATH] == row["path"]
        # The policy's words plain; a catalog's marked as the guess they are; nothing known, a dash.
        mark = "" if row["source"] == "policy" else "≈ "
        assert cells[Column.PROVIDER] == (mark + row["provider"] if row["provider"] else "—")
        assert cells[Column.PURPOSE] == (mark + row["purpose"] if row["purpose"] else "—")
        if row["source"] == "policy":
            assert cells[Column.CATEGORY] == categories[row["category"]].label.get("en")
        else:
            assert cells[Column.CATEGORY] == (row["category"] or "").capitalize()
        assert cells[Column.STATUS] == {"declared": "Declared", "undeclared": "Undeclared",
                                        "no-policy": "No policy"}[row["status"]]
        assert cells["cookie"].site == row["site"]
        if row["session"]:
            assert cells[Column.EXPIRES] == "session"
        else:
            assert row["expires"].replace("T", " ").replace("Z", " UTC") in cells["expires_tip"]
            assert (cells[Column.EXPIRES] == "expired") == row["expired"]
        assert cells[Column.WHERE] == fmt.where(row["browser"], row["profile"], row["container"])
        flags = cells[Column.FLAGS].split(" · ") if cells[Column.FLAGS] else []
        assert ("Secure" in flags) == row["secure"] and ("HttpOnly" in flags) == row["http_only"]
        assert (fmt.same_site(row["same_site"]) in flags) == (row["same_site"] in ("none", "lax", "strict"))
    assert window.status.totals.text().startswith(f"{len(expected)} cookies · ")
    # The table warmed on real stores (findings, counts, the search index), and says how much is explained.
    table = window.cookie_model.table
    assert table.warm_done
    explained = sum(1 for row in expected if row["source"])
    window.status.show_table(table, window.proxy.summary(), False)
    share = explained * 100 // len(expected)
    assert f"{len(expected)} cookies · {explained} explained ({share} %) · " in window.status.totals.text()


def test_a_corrupt_store_shows_in_the_banner_beside_a_good_one(qtbot, tmp_path, real_stores):
    good = stores_from_path("chromium", real_stores.chromium_user_data())
    profile = real_stores.firefox_profile()
    db = profile / "cookies.sqlite"
    db.write_bytes(b"this is not an sqlite database" * 100)
    for side in ("cookies.sqlite-wal", "cookies.sqlite-shm"):
        (profile / side).unlink(missing_ok=True)
    bad = stores_from_path("firefox", db)
    window = make_window(qtbot, tmp_path, stores=good + bad)
    assert window.proxy.rowCount() == 26  # the good store is all there
    banner = window.error_banner
    assert banner.isVisibleTo(window)
    assert "1 cookie store could not be read" in banner.text
    assert "Firefox · default-esr" in banner.text and "corrupt" in banner.text
    assert window.status.totals.text().endswith("· 1 store · 1 failed")
    window.show_stores()
    model = window.store_model
    statuses = [model.index(r, 3).data() for r in range(model.rowCount())]
    assert statuses[0] == "Read" and "corrupt" in statuses[1]
    assert model.index(0, 2).data() == "26"
    banner.dismiss()
    window.session.refresh()  # the same error, already dismissed: it does not come back
    assert not banner.isVisibleTo(window)


def _truth_value(real_stores, name: str) -> str:
    truth = real_stores.truth_store("chromium")
    return next(c["decrypted_value"] for c in truth["cookies"] if c["name"] == name)


@pytest.mark.parametrize("name", ["csrftoken", "ods_label_js", "ods_widget_state"])
def test_reveal_decrypts_a_chromium_value_on_a_worker(qtbot, tmp_path, real_stores, name, monkeypatch):
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)  # no keyring prompt in tests
    stores = stores_from_path("chromium", real_stores.chromium_user_data())
    runner = ThreadPoolRunner()
    window = make_window(qtbot, tmp_path, stores=stores, runner=runner, start=False)
    with qtbot.waitSignal(window.session.loaded, timeout=20000):
        window.session.start()
    select_cookie(window, name)
    reveal = window.details.value
    assert not reveal.is_revealed  # hidden until asked for
    with qtbot.waitSignal(reveal.revealed, timeout=20000):
        reveal.reveal_button.click()
    assert digest(reveal.value.toPlainText()) == digest(_truth_value(real_stores, name))
    assert reveal.error_text == ""
    select_cookie(window, "sessionid")  # moving on hides it again
    assert not reveal.is_revealed and reveal.value.toPlainText() == ""


@pytest.mark.parametrize("junk,message", [
    pytest.param(b"v20" + bytes(range(60)), "app-bound encryption (v20)", id="windows-v20"),
    pytest.param(b"v10" + bytes(range(48)), "Cannot decrypt the value", id="wrong-key"),
])
def test_reveal_fails_cleanly_inline(qtbot, tmp_path, real_stores, junk, message, monkeypatch):
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    user_data = real_stores.chromium_user_data()
    con = sqlite3.connect(user_data / "Default" / "Cookies")
    with con:
        con.execute("UPDATE cookies SET encrypted_value = ? WHERE name = 'csrftoken'", (junk,))
    con.close()
    window = make_window(qtbot, tmp_path, stores=stores_from_path("chromium", user_data))
    select_cookie(window, "csrftoken")
    reveal = window.details.value
    with qtbot.waitSignal(reveal.failed, timeout=20000):
        reveal.reveal_button.click()
    assert message in reveal.error_text
    assert reveal.error.isVisibleTo(window.details) and not reveal.is_revealed
    assert reveal.reveal_button.isEnabled() and reveal.reveal_button.text() == "&Try again"
    select_cookie(window, "sessionid")
    assert reveal.error_text == ""  # the error belonged to the other cookie


def test_reveal_reads_firefox_values_including_session_cookies(qtbot, tmp_path, real_stores):
    window = make_window(qtbot, tmp_path, stores=stores_from_path("firefox", real_stores.firefox_profile()))
    truth = {c["name"]: c["value"] for c in real_stores.truth_store("firefox/0")["cookies"]}
    select_cookie(window, "django_language")
    reveal = window.details.value
    with qtbot.waitSignal(reveal.revealed):
        reveal.reveal_button.click()
    assert digest(reveal.value.toPlainText()) == digest(truth["django_language"])
    select_cookie(window, "has_js")  # lives only in the session store
    with qtbot.waitSignal(reveal.revealed):
        reveal.reveal_button.click()
    assert reveal.value.toPlainText() == "1"


def test_reveal_says_so_when_the_store_is_gone(qtbot, tmp_path, real_stores):
    """A store deleted under the open window: reveal explains inline, nothing crashes."""
    user_data = real_stores.chromium_user_data()
    window = make_window(qtbot, tmp_path, stores=stores_from_path("chromium", user_data))
    select_cookie(window, "csrftoken")
    shutil.rmtree(user_data)
    reveal = window.details.value
    with qtbot.waitSignal(reveal.failed):
        reveal.reveal_button.click()
    assert reveal.error_text and not reveal.is_revealed
    assert not os.path.exists(user_data)


@pytest.mark.parametrize("text", [
    "lillemetropole.fr", "opendata.lillemetropole.fr", "www.opendata.lillemetropole.fr", "lille", ".fr",
    "localhost", "127.0.0.1", "youtube.com", "www.youtube.com", "example.org.", ".lillemetropole.fr", "e",
])
def test_the_quick_host_test_keeps_exactly_what_the_domain_site_filter_keeps(real_stores, bundled_policy, text):
    """text_match tests cheap substrings first; the CLI's --site semantics must not change."""
    from inspector.domain.scan import scan, site_filter
    from inspector.ui.table.cookie_table import CookieTable
    from inspector.ui.table.text_match import host_hits

    stores = stores_from_path("chromium", real_stores.chromium_user_data()) + stores_from_path(
        "firefox", real_stores.firefox_root())
    table = CookieTable(scan(stores, bundled_policy))
    needle = text.strip().lower()
    keep = site_filter(needle)
    assert host_hits(table, needle) == [h for h, c in enumerate(table.host_cookies) if keep(c)]
