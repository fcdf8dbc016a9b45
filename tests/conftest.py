"""Shared test set-up: offscreen Qt, and the one door to the real browser stores in ../shared/fixtures."""
from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
SHARED_FIXTURES = ROOT.parent / "shared" / "fixtures"


class RealStores:
    """Copies of the stores real Chromium 156 and Firefox 153 wrote, plus their ground truth.

    ../shared is read-only in CI, and merely opening a WAL store read-write checkpoints
    it and deletes its -wal, so every test gets fresh copies in its own tmp dir.
    """

    def __init__(self, source: Path, tmp: Path):
        self.source = source
        self.tmp = tmp
        self._truth = None

    def copy(self, relative: str) -> Path:
        src = self.source / relative
        dst = self.tmp / "fixtures" / relative
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
        """A script of ../shared/fixtures/tools (read-only: run it, never write there)."""
        return self.source / "tools" / name

    @property
    def truth(self) -> dict:
        if self._truth is None:
            self._truth = json.loads((self.source / "ground_truth.json").read_text(encoding="utf-8"))
        return self._truth

    def truth_store(self, store_id_prefix: str) -> dict:
        for store in self.truth["stores"]:
            if store["id"].startswith(store_id_prefix):
                return store
        raise KeyError(store_id_prefix)


def _make_writable(path: Path) -> None:
    # The copies inherit read-only bits from ../shared; tests that delete need to write.
    for p in [path, *path.rglob("*")] if path.is_dir() else [path]:
        p.chmod(p.stat().st_mode | 0o200 | (0o100 if p.is_dir() else 0))


@pytest.fixture
def real_stores(tmp_path) -> RealStores:
    if not (SHARED_FIXTURES / "ground_truth.json").is_file():
        pytest.skip(f"real browser stores not available: {SHARED_FIXTURES} is missing "
                    "(they ship in ../shared/fixtures beside the repository)")
    return RealStores(SHARED_FIXTURES, tmp_path)


@pytest.fixture(scope="session")
def bundled_policy():
    from inspector.domain.policy import default_policy_path, load_policy

    return load_policy(default_policy_path())
