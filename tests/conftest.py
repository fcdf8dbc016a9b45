"""Shared test set-up: offscreen Qt, a throwaway home, and the one door to ../shared (real stores, seeds)."""
from __future__ import annotations

import atexit
import json
import os
import shutil
import tempfile
from datetime import datetime
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Nothing a test starts (the app, a browser, pip, Qt's dconf) may write into the home of
# whoever runs the suite: the whole run gets a throwaway one, set before anything imports
# platformdirs or starts a process. REAL_HOME is checked for changes at the end.
REAL_HOME = Path(os.path.expanduser("~"))
TEST_HOME = Path(tempfile.mkdtemp(prefix="consent-inspector-test-home-"))
atexit.register(shutil.rmtree, TEST_HOME, True)
for _var, _sub in (("HOME", ""), ("XDG_CONFIG_HOME", ".config"), ("XDG_CACHE_HOME", ".cache"),
                   ("XDG_DATA_HOME", ".local/share"), ("XDG_STATE_HOME", ".local/state")):
    (TEST_HOME / _sub).mkdir(parents=True, exist_ok=True)
    os.environ[_var] = str(TEST_HOME / _sub)
os.environ.pop("XDG_RUNTIME_DIR", None)  # a real session's runtime dir is the user's too
# The suite's English texts are the source language: on a French desktop (LANG=fr_FR.UTF-8) the
# app would rightly speak French. Tests of the locale choice set these themselves.
for _var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
    os.environ.pop(_var, None)
os.environ["LANG"] = "C.UTF-8"

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SHARED_FIXTURES = SHARED / "fixtures"
SHARED_CONSENT_FIXTURES = SHARED / "fixtures-consent"


def iso_to_us(text: str) -> int:
    """'2026-11-29T07:49:05Z' as µs since 1970 (the unit the domain's clock speaks)."""
    return int(datetime.fromisoformat(text.replace("Z", "+00:00")).timestamp() * 1_000_000)


class RealStores:
    """Copies of the stores real Chromium and Firefox wrote, plus their ground truth.

    ../shared is read-only in CI, and merely opening a WAL store read-write checkpoints
    it and deletes its -wal, so every test gets fresh copies in its own tmp dir.
    """

    def __init__(self, source: Path, tmp: Path):
        self.source = source
        self.tmp = tmp
        self._truth = None

    def copy(self, relative: str) -> Path:
        src = self.source / relative
        dst = self.tmp / self.source.name / relative
        if not dst.exists():
            dst.parent.mkdir(parents=True, exist_ok=True)
            if src.is_dir():
                shutil.copytree(src, dst)
            else:
                shutil.copy2(src, dst)
            _make_writable(dst)
        return dst

    def chromium_user_data(self) -> Path:
        return self.copy("chromium/user-data")

    def chromium_db(self) -> Path:
        return self.chromium_user_data() / "Default" / "Cookies"

    def firefox_root(self) -> Path:
        return self.copy("firefox")

    def firefox_profile(self, suffix: str = "default-esr", running: bool = False) -> Path:
        root = self.copy("firefox-running" if running else "firefox")
        return next(root.glob(f"*.{suffix}"))

    def tool(self, name: str) -> Path:
        """A script of the fixtures' tools/ (read-only: run it, never write there)."""
        return self.source / "tools" / name

    def read_json(self, name: str) -> dict:
        return json.loads((self.source / name).read_text(encoding="utf-8"))

    @property
    def truth(self) -> dict:
        if self._truth is None:
            self._truth = self.read_json("ground_truth.json")
        return self._truth

    @property
    def made_at_us(self) -> int:
        """When the browsers wrote these stores (their newest cookie): the instant their ages count from."""
        return max(iso_to_us(row[field]) for store in self.truth["stores"] for row in store["cookies"]
                   for field in ("creation_utc_iso", "creationTime_iso") if row.get(field))

    def expired_at(self, store_id_prefix: str, now_us: int) -> list[dict]:
        """The truth's rows of one store that have expired at `now_us` (session cookies never do)."""
        rows = []
        for row in self.truth_store(store_id_prefix)["cookies"]:
            expiry = row.get("expires_utc_iso") if row.get("has_expires", 1) else None
            expiry = expiry or row.get("expiry_iso")
            if expiry and iso_to_us(expiry) <= now_us:
                rows.append(row)
        return rows

    def truth_store(self, store_id_prefix: str) -> dict:
        for store in self.truth["stores"]:
            if store["id"].startswith(store_id_prefix):
                return store
        raise KeyError(store_id_prefix)


def _make_writable(path: Path) -> None:
    # The copies inherit read-only bits from ../shared; tests that delete need to write.
    for p in [path, *path.rglob("*")] if path.is_dir() else [path]:
        p.chmod(p.stat().st_mode | 0o200 | (0o100 if p.is_dir() else 0))


def _shared_stores(source: Path, tmp: Path) -> RealStores:
    if not (source / "ground_truth.json").is_file():
        pytest.skip(f"real browser stores not available: {source} is missing "
                    f"(they ship in ../shared/{source.name} beside the repository)")
    return RealStores(source, tmp)


@pytest.fixture
def real_stores(tmp_path) -> RealStores:
    """../shared/fixtures: the shared scenario (lillemetropole.fr, example.org, localhost)."""
    return _shared_stores(SHARED_FIXTURES, tmp_path)


@pytest.fixture
def consent_stores(tmp_path) -> RealStores:
    """../shared/fixtures-consent: seven sites with consent platforms; `read_json('consent_truth.json')`."""
    return _shared_stores(SHARED_CONSENT_FIXTURES, tmp_path)


def copy_shared(relative: str, dst: Path) -> Path:
    """A writable copy of a file or folder of ../shared at `dst`; skips with a reason when absent."""
    src = SHARED / relative
    if not src.exists():
        pytest.skip(f"{src} is not available (it ships in ../shared beside the repository)")
    dst.parent.mkdir(parents=True, exist_ok=True)
    shutil.copytree(src, dst) if src.is_dir() else shutil.copy2(src, dst)
    _make_writable(dst)
    return dst


def shared_file(relative: str) -> Path:
    """A read-only file of ../shared (a seed page, a catalog source); skips with a reason when absent."""
    path = SHARED / relative
    if not path.is_file():
        pytest.skip(f"{path} is not available (it ships in ../shared beside the repository)")
    return path


def _home_state(root: Path) -> dict:
    """Every entry under `root` with its type, size and mtime: what a write anywhere would change."""
    state, stack = {}, [str(root)]
    while stack:
        try:
            entries = os.scandir(stack.pop())
        except OSError:
            continue
        with entries:
            for entry in entries:
                try:
                    st = entry.stat(follow_symlinks=False)
                except OSError:
                    continue
                state[entry.path] = (st.st_mode, st.st_size, st.st_mtime_ns)
                if entry.is_dir(follow_symlinks=False):
                    stack.append(entry.path)
    return state


@pytest.fixture(scope="session", autouse=True)
def real_home_untouched():
    """Fails the run if anything under the real home was created, changed or removed."""
    before = _home_state(REAL_HOME)
    yield
    after = _home_state(REAL_HOME)
    changed = sorted(p for p in before.keys() | after.keys() if before.get(p) != after.get(p))
    assert not changed, f"the suite changed the real home {REAL_HOME}: " + ", ".join(changed[:20])


@pytest.fixture(scope="session")
def bundled_policy():
    from inspector.domain.policy.loader import load_policy
    from inspector.domain.policy.model import default_policy_path

    return load_policy(default_policy_path())


@pytest.fixture
def in_french(qapp):
    """The window's words in French for one test (as --lang fr would install them), English after."""
    from inspector.ui import language
    language.install(qapp, "fr")
    yield
    language.install(qapp, "en")


@pytest.fixture
def data_folder(tmp_path, monkeypatch):
    """Backups, labels and settings in the test's own folder (backup.ENV_DATA_DIR), never the user's."""
    path = tmp_path / "data"
    monkeypatch.setenv("CONSENT_INSPECTOR_DATA_DIR", str(path))
    return path
