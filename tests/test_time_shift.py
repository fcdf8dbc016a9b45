"""The time-shift helper the real-browser tests rely on: every stamp moves, every age stays."""
from __future__ import annotations

import pytest

from inspector.domain.scan import read_store
from inspector.domain.stores.discovery import stores_from_path
from time_shift import SESSION_FILES, make_fresh, read_mozlz4

DAY_US = 86_400 * 1_000_000


def _records(family, path):
    return {r.key.values: r for store in stores_from_path(family, path) for r in read_store(store)}


@pytest.mark.parametrize("family", ["chromium", "firefox"])
def test_a_shifted_store_keeps_every_cookie_and_its_age(real_stores, family):
    path = real_stores.chromium_user_data() if family == "chromium" else real_stores.firefox_profile()
    before = _records(family, path)
    delta = 400 * DAY_US + 12_345
    assert make_fresh(path, family, real_stores.made_at_us, real_stores.made_at_us + delta) > 0
    after = _records(family, path)
    assert after.keys() == before.keys()  # same cookies, same keys: nothing but times changed
    for key, old in before.items():
        new = after[key]
        assert (new.name, new.host, new.path, new.session) == (old.name, old.host, old.path, old.session)
        if old.created_us is not None:
            assert new.created_us == old.created_us + delta
        if old.expires_us is None:
            assert new.expires_us is None
        else:
            # Firefox keeps expiry in ms: the lifetime survives to the millisecond.
            assert abs((new.expires_us - (new.created_us or 0)) - (old.expires_us - (old.created_us or 0))) < 1000
    newest = [max(r.created_us for r in rs.values() if r.created_us is not None) for rs in (before, after)]
    assert newest[1] == newest[0] + delta


def test_the_firefox_session_store_moves_with_the_cookies(real_stores):
    profile = real_stores.firefox_profile()
    before = {name: read_mozlz4(profile / name) for name in SESSION_FILES if (profile / name).is_file()}
    make_fresh(profile, "firefox", real_stores.made_at_us, real_stores.made_at_us + DAY_US)
    assert before, "the fixture profile has a session store"
    for name, doc in before.items():
        after = read_mozlz4(profile / name)
        assert after["session"]["lastUpdate"] == doc["session"]["lastUpdate"] + DAY_US // 1000
        assert after["cookies"] == doc["cookies"]  # the session cookies themselves are untouched
