"""Discovery finds each browser's cookie stores in fake homes laid out like real ones."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import copy_shared

from inspector.domain.stores.discovery import KINDS, discover, stores_from_path


def copy_fixture(relative: str, dst: Path) -> Path:
    """A writable copy of part of ../shared/fixtures at `dst` (skips when ../shared is absent)."""
    return copy_shared(f"fixtures/{relative}", dst)


def placeholder(path: Path) -> Path:
    """A stand-in cookie DB: discovery only checks that the file exists."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"SQLite format 3\x00")
    return path


def chromium_user_data(root: Path, names: dict[str, str] | None = None, db: str = "Cookies") -> Path:
    """A user-data dir whose Local State names each profile dir; every profile gets a DB."""
    names = {"Default": "Person 1"} if names is None else names
    root.mkdir(parents=True, exist_ok=True)
    info_cache = {d: {"name": n, "is_using_default_name": False} for d, n in names.items()}
    (root / "Local State").write_text(json.dumps({"profile": {"info_cache": info_cache}}), encoding="utf-8")
    for dirname in names:
        placeholder(root / dirname / db)
    return root


def firefox_root(root: Path, profiles: dict[str, str], extra: str = "") -> Path:
    """profiles.ini like Firefox writes it (Name -> relative Path) plus a cookies.sqlite each."""
    root.mkdir(parents=True, exist_ok=True)
    sections = [f"[Profile{i}]\nName={name}\nIsRelative=1\nPath={rel}\n"
                for i, (name, rel) in enumerate(profiles.items())]
    general = "[General]\nStartWithLastProfile=1\nVersion=2\n"
    (root / "profiles.ini").write_text("\n".join([*sections, extra, general]), encoding="utf-8")
    for rel in profiles.values():
        placeholder(root.joinpath(*rel.split("/")) / "cookies.sqlite")
    return root


def seen(stores, base: Path) -> list[tuple[str, str, str]]:
    """What a user notices: browser, profile name, and where the DB is (relative to base)."""
    return [(s.browser, s.profile, Path(s.path).relative_to(base).as_posix()) for s in stores]


def linux(home: Path, **extra: str) -> dict[str, str]:
    return {"HOME": str(home), **{k: str(v) for k, v in extra.items()}}


# --- Firefox on Linux ----------------------------------------------------------------

@pytest.mark.fixtures
def test_firefox_153_xdg_dir_lists_both_real_profiles(tmp_path):
    home = tmp_path / "home"
    root = copy_fixture("firefox", home / ".config/mozilla/firefox")

    stores = discover(linux(home), platform="linux")

    esr, fpi = next(root.glob("*.default-esr")), next(root.glob("*.fpi"))
    assert seen(stores, home) == [
        ("firefox", "default-esr", f".config/mozilla/firefox/{esr.name}/cookies.sqlite"),
        ("firefox", "fpi", f".config/mozilla/firefox/{fpi.name}/cookies.sqlite"),
    ]
    assert [s.family for s in stores] == ["firefox", "firefox"]
    # Firefox's lock and .parentlock live in the profile dir itself.
    assert [(s.profile_dir, s.lock_dir, s.profile_id) for s in stores] == [
        (str(esr), str(esr), esr.name), (str(fpi), str(fpi), fpi.name)]


@pytest.mark.fixtures
def test_legacy_dot_mozilla_dir(tmp_path):
    home = tmp_path / "home"
    copy_fixture("firefox", home / ".mozilla/firefox")

    stores = discover(linux(home), platform="linux")

    assert [(s.browser, s.profile) for s in stores] == [("firefox", "default-esr"), ("firefox", "fpi")]
    assert all(s.path.startswith(str(home / ".mozilla/firefox")) for s in stores)


@pytest.mark.fixtures
def test_xdg_config_home_moves_firefox_and_chromium(tmp_path):
    home, config = tmp_path / "home", tmp_path / "elsewhere"
    copy_fixture("firefox", config / "mozilla/firefox")
    copy_fixture("chromium/user-data", config / "chromium")
    # With XDG_CONFIG_HOME set, browsers no longer look in ~/.config.
    firefox_root(home / ".config/mozilla/firefox", {"stale": "abcdefgh.stale"})

    stores = discover(linux(home, XDG_CONFIG_HOME=config), platform="linux")

    assert [(s.browser, s.profile) for s in stores] == [
        ("chromium", "Your Chromium"), ("firefox", "default-esr"), ("firefox", "fpi")]
    assert all(s.path.startswith(str(config)) for s in stores)


def test_relative_xdg_config_home_is_ignored(tmp_path):
    home = tmp_path / "home"
    firefox_root(home / ".config/mozilla/firefox", {"default-release": "abcdefgh.default-release"})

    stores = discover(linux(home, XDG_CONFIG_HOME="relative/config"), platform="linux")

    assert [(s.browser, s.profile) for s in stores] == [("firefox", "default-release")]


LINUX_ROOTS = [
    # (root under $HOME, family, browser)
    (".config/google-chrome", "chromium", "chrome"),
    (".var/app/com.google.Chrome/config/google-chrome", "chromium", "chrome"),
    (".config/google-chrome-beta", "chromium", "chrome-beta"),
    (".config/google-chrome-unstable", "chromium", "chrome-dev"),
    (".config/chromium", "chromium", "chromium"),
    ("snap/chromium/common/chromium", "chromium", "chromium"),
    (".var/app/org.chromium.Chromium/config/chromium", "chromium", "chromium"),
    (".config/microsoft-edge", "chromium", "edge"),
    (".config/microsoft-edge-beta", "chromium", "edge"),
    (".config/microsoft-edge-dev", "chromium", "edge"),
    (".var/app/com.microsoft.Edge/config/microsoft-edge", "chromium", "edge"),
    (".config/BraveSoftware/Brave-Browser", "chromium", "brave"),
    (".var/app/com.brave.Browser/config/BraveSoftware/Brave-Browser", "chromium", "brave"),
    (".config/opera", "chromium", "opera"),
    (".config/vivaldi", "chromium", "vivaldi"),
    (".var/app/com.vivaldi.Vivaldi/config/vivaldi", "chromium", "vivaldi"),
    (".mozilla/firefox", "firefox", "firefox"),
    (".config/mozilla/firefox", "firefox", "firefox"),
    ("snap/firefox/common/.mozilla/firefox", "firefox", "firefox"),
    (".var/app/org.mozilla.firefox/.mozilla/firefox", "firefox", "firefox"),
    (".var/app/org.mozilla.firefox/config/mozilla/firefox", "firefox", "firefox"),
    (".librewolf", "firefox", "librewolf"),
    (".config/librewolf/librewolf", "firefox", "librewolf"),
    (".var/app/io.gitlab.librewolf-community/.librewolf", "firefox", "librewolf"),
]


@pytest.mark.parametrize("root, family, browser", LINUX_ROOTS)
def test_each_linux_location_including_snap_and_flatpak(tmp_path, root, family, browser):
    home = tmp_path / "home"
    if family == "chromium":
        chromium_user_data(home / root, {"Default": "Me"})
        expected = [(browser, "Me", f"{root}/Default/Cookies")]
    else:
        firefox_root(home / root, {"default-release": "abcdefgh.default-release"})
        expected = [(browser, "default-release", f"{root}/abcdefgh.default-release/cookies.sqlite")]

    stores = discover(linux(home), platform="linux")

    assert seen(stores, home) == expected
    assert stores[0].family == family


def test_profiles_ini_details(tmp_path):
    home = tmp_path / "home"
    elsewhere = tmp_path / "disk2/work-profile"
    placeholder(elsewhere / "cookies.sqlite")
    install = "[Install4F96D1932A9F858E]\nDefault=abcdefgh.main\nLocked=1\n"
    absolute = f"[Profile7]\nName=Work\nIsRelative=0\nPath={elsewhere}\n"
    no_db = "[Profile9]\nName=Empty\nIsRelative=1\nPath=zzzzzzzz.empty\n"
    root = firefox_root(home / ".mozilla/firefox", {"Main": "abcdefgh.main"}, extra=install + absolute + no_db)
    (root / "zzzzzzzz.empty").mkdir()

    stores = discover(linux(home), platform="linux")

    # [Install...] is not a profile, IsRelative=0 is honoured, a profile without a DB is skipped.
    assert [(s.profile, s.path) for s in stores] == [
        ("Main", str(root / "abcdefgh.main/cookies.sqlite")),
        ("Work", str(elsewhere / "cookies.sqlite")),
    ]


@pytest.mark.parametrize("ini", [None, "[Profile0\nName=broken", "\x00\xff garbage", "[General]\nVersion=2\n"])
def test_missing_or_unusable_profiles_ini_falls_back_to_profile_dirs(tmp_path, ini):
    home = tmp_path / "home"
    root = home / ".mozilla/firefox"
    placeholder(root / "k3j4h5g6.default-release/cookies.sqlite")
    placeholder(root / "p9o8i7u6.dev-edition-default/cookies.sqlite")
    (root / "Crash Reports").mkdir()
    if ini is not None:
        (root / "profiles.ini").write_text(ini, encoding="utf-8", errors="surrogateescape")

    stores = discover(linux(home), platform="linux")

    assert [s.profile for s in stores] == ["default-release", "dev-edition-default"]


# --- Chromium family -----------------------------------------------------------------

@pytest.mark.fixtures
def test_chromium_profiles_take_their_names_from_local_state(tmp_path):
    home = tmp_path / "home"
    user_data = copy_fixture("chromium/user-data", home / ".config/chromium")
    copy_fixture("chromium/user-data/Default", user_data / "Profile 1")
    copy_fixture("chromium/user-data/Default", user_data / "Profile 10")  # on disk, not in Local State
    state = json.loads((user_data / "Local State").read_text(encoding="utf-8"))
    state["profile"]["info_cache"] = {
        "Default": {"name": "Your Chromium"},
        "Profile 1": {"name": "Work"},
        "Profile 2": {"name": "Deleted"},  # listed, but its dir is gone
    }
    (user_data / "Local State").write_text(json.dumps(state), encoding="utf-8")

    stores = discover(linux(home), platform="linux")

    assert seen(stores, user_data) == [
        ("chromium", "Your Chromium", "Default/Cookies"),
        ("chromium", "Work", "Profile 1/Cookies"),
        ("chromium", "Profile 10", "Profile 10/Cookies"),
    ]
    # The SingletonLock lives in the user-data dir, shared by all its profiles.
    assert {s.lock_dir for s in stores} == {str(user_data)}
    assert [s.profile_id for s in stores] == ["Default", "Profile 1", "Profile 10"]
    assert [s.profile_dir for s in stores] == [str(user_data / d) for d in ("Default", "Profile 1", "Profile 10")]


def test_network_cookies_is_preferred_over_a_stale_cookies_file(tmp_path):
    home = tmp_path / "home"
    user_data = chromium_user_data(home / ".config/google-chrome", {"Default": "Me", "Profile 1": "Work"})
    placeholder(user_data / "Default/Network/Cookies")

    stores = discover(linux(home), platform="linux")

    assert seen(stores, user_data) == [("chrome", "Me", "Default/Network/Cookies"),
                                       ("chrome", "Work", "Profile 1/Cookies")]
    assert stores[0].profile_dir == str(user_data / "Default")


@pytest.mark.parametrize("local_state", [
    None, "", "{not json", "[]", '{"profile": []}', '{"profile": {"info_cache": {"Default": "x"}}}',
    '{"profile": {"info_cache": {"../../escape": {"name": "Outside"}}}}', "[" * 100_000,
])
def test_missing_or_corrupt_local_state_falls_back_to_profile_dirs(tmp_path, local_state):
    home = tmp_path / "home"
    user_data = home / ".config/BraveSoftware/Brave-Browser"
    placeholder(user_data / "Default/Network/Cookies")
    placeholder(user_data / "Profile 2/Cookies")
    placeholder(user_data / "System Profile/Cookies")  # Chromium's internal profile: not a user's
    placeholder(home / ".config/escape/Cookies")  # where "../../escape" would lead
    if local_state is not None:
        (user_data / "Local State").write_text(local_state, encoding="utf-8")

    stores = discover(linux(home), platform="linux")

    assert seen(stores, user_data) == [("brave", "Default", "Default/Network/Cookies"),
                                       ("brave", "Profile 2", "Profile 2/Cookies")]


def test_opera_keeps_cookies_in_its_user_data_dir(tmp_path):
    home = tmp_path / "home"
    opera = home / ".config/opera"
    placeholder(opera / "Cookies")
    (opera / "Local State").write_text("{}", encoding="utf-8")

    stores = discover(linux(home), platform="linux")

    assert seen(stores, home) == [("opera", "Default", ".config/opera/Cookies")]
    assert (stores[0].profile_dir, stores[0].lock_dir) == (str(opera), str(opera))


# --- macOS and Windows layouts -------------------------------------------------------

def test_macos_layout_with_safari(tmp_path):
    home = tmp_path / "Users/alice"
    support = home / "Library/Application Support"
    chromium_user_data(support / "Google/Chrome", {"Default": "Alice", "Profile 1": "Work"}, db="Network/Cookies")
    chromium_user_data(support / "Google/Chrome Beta", {"Default": "Beta"}, db="Network/Cookies")
    chromium_user_data(support / "Microsoft Edge", {"Default": "Edgy"}, db="Network/Cookies")
    chromium_user_data(support / "BraveSoftware/Brave-Browser", {"Default": "Lion"}, db="Network/Cookies")
    placeholder(support / "com.operasoftware.Opera/Default/Network/Cookies")
    placeholder(support / "com.operasoftware.OperaGX/Network/Cookies")
    chromium_user_data(support / "Vivaldi", {"Default": "Viv"}, db="Network/Cookies")
    firefox_root(support / "Firefox", {"default-release": "Profiles/abcdefgh.default-release"})
    firefox_root(support / "LibreWolf", {"default-default": "Profiles/qwertyui.default-default"})
    placeholder(home / "Library/Containers/com.apple.Safari/Data/Library/Cookies/Cookies.binarycookies")

    stores = discover({"HOME": str(home)}, platform="darwin")

    assert seen(stores, home) == [
        ("chrome", "Alice", "Library/Application Support/Google/Chrome/Default/Network/Cookies"),
        ("chrome", "Work", "Library/Application Support/Google/Chrome/Profile 1/Network/Cookies"),
        ("chrome-beta", "Beta", "Library/Application Support/Google/Chrome Beta/Default/Network/Cookies"),
        ("edge", "Edgy", "Library/Application Support/Microsoft Edge/Default/Network/Cookies"),
        ("brave", "Lion", "Library/Application Support/BraveSoftware/Brave-Browser/Default/Network/Cookies"),
        ("opera", "Default", "Library/Application Support/com.operasoftware.Opera/Default/Network/Cookies"),
        ("opera-gx", "Default", "Library/Application Support/com.operasoftware.OperaGX/Network/Cookies"),
        ("vivaldi", "Viv", "Library/Application Support/Vivaldi/Default/Network/Cookies"),
        ("firefox", "default-release",
         "Library/Application Support/Firefox/Profiles/abcdefgh.default-release/cookies.sqlite"),
        ("librewolf", "default-default",
         "Library/Application Support/LibreWolf/Profiles/qwertyui.default-default/cookies.sqlite"),
        ("safari", "Default", "Library/Containers/com.apple.Safari/Data/Library/Cookies/Cookies.binarycookies"),
    ]
    assert stores[-1].family == "safari"
    # Opera on macOS: the lock sits in the user-data dir, also for its Default/ profile.
    assert stores[5].lock_dir == str(support / "com.operasoftware.Opera")


def test_macos_safari_before_its_sandbox(tmp_path):
    home = tmp_path / "Users/bob"
    placeholder(home / "Library/Cookies/Cookies.binarycookies")

    stores = discover({"HOME": str(home)}, platform="darwin")

    assert seen(stores, home) == [("safari", "Default", "Library/Cookies/Cookies.binarycookies")]


def test_windows_layout_with_appdata_and_localappdata(tmp_path):
    roaming, local = tmp_path / "AppData/Roaming", tmp_path / "AppData/Local"
    chromium_user_data(local / "Google/Chrome/User Data", {"Default": "Alice", "Profile 3": "Bank"}, "Network/Cookies")
    chromium_user_data(local / "Google/Chrome Dev/User Data", {"Default": "Dev"}, "Network/Cookies")
    chromium_user_data(local / "Chromium/User Data", {"Default": "Tinker"}, "Network/Cookies")
    chromium_user_data(local / "Microsoft/Edge/User Data", {"Default": "Profile 1"}, "Network/Cookies")
    placeholder(roaming / "Opera Software/Opera Stable/Default/Network/Cookies")
    placeholder(roaming / "Opera Software/Opera GX Stable/Network/Cookies")
    chromium_user_data(local / "Vivaldi/User Data", {"Default": "Viv"}, "Network/Cookies")
    firefox_root(roaming / "Mozilla/Firefox", {"default-release": "Profiles/abcdefgh.default-release"})
    firefox_root(roaming / "librewolf", {"default-default": "Profiles/qwertyui.default-default"})
    env = {"USERPROFILE": str(tmp_path / "nobody"), "APPDATA": str(roaming), "LOCALAPPDATA": str(local)}

    stores = discover(env, platform="win32")

    assert seen(stores, tmp_path / "AppData") == [
        ("chrome", "Alice", "Local/Google/Chrome/User Data/Default/Network/Cookies"),
        ("chrome", "Bank", "Local/Google/Chrome/User Data/Profile 3/Network/Cookies"),
        ("chrome-dev", "Dev", "Local/Google/Chrome Dev/User Data/Default/Network/Cookies"),
        ("chromium", "Tinker", "Local/Chromium/User Data/Default/Network/Cookies"),
        ("edge", "Profile 1", "Local/Microsoft/Edge/User Data/Default/Network/Cookies"),
        ("opera", "Default", "Roaming/Opera Software/Opera Stable/Default/Network/Cookies"),
        ("opera-gx", "Default", "Roaming/Opera Software/Opera GX Stable/Network/Cookies"),
        ("vivaldi", "Viv", "Local/Vivaldi/User Data/Default/Network/Cookies"),
        ("firefox", "default-release", "Roaming/Mozilla/Firefox/Profiles/abcdefgh.default-release/cookies.sqlite"),
        ("librewolf", "default-default", "Roaming/librewolf/Profiles/qwertyui.default-default/cookies.sqlite"),
    ]
    assert stores[0].lock_dir == str(local / "Google/Chrome/User Data")
    assert stores[6].lock_dir == stores[6].profile_dir == str(roaming / "Opera Software/Opera GX Stable")


def test_windows_appdata_defaults_to_the_user_profile(tmp_path):
    profile = tmp_path / "Users/carol"
    chromium_user_data(profile / "AppData/Local/BraveSoftware/Brave-Browser/User Data", {"Default": "Carol"})
    firefox_root(profile / "AppData/Roaming/Mozilla/Firefox", {"default-release": "Profiles/abcdefgh.default-release"})

    stores = discover({"USERPROFILE": str(profile)}, platform="win32")

    assert [(s.browser, s.profile) for s in stores] == [("brave", "Carol"), ("firefox", "default-release")]


# --- nothing there, never the real home ----------------------------------------------

@pytest.mark.parametrize("platform", ["linux", "darwin", "win32"])
def test_empty_home_finds_nothing(tmp_path, platform):
    env = {"HOME": str(tmp_path), "USERPROFILE": str(tmp_path), "APPDATA": str(tmp_path / "a"),
           "LOCALAPPDATA": str(tmp_path / "l"), "XDG_CONFIG_HOME": str(tmp_path / ".config")}
    assert discover(env, platform=platform) == []


@pytest.mark.parametrize("platform", ["linux", "darwin", "win32"])
def test_an_env_without_home_never_falls_back_to_the_real_home(platform):
    assert discover({}, platform=platform) == []


def test_default_env_is_os_environ(tmp_path, monkeypatch):
    firefox_root(tmp_path / ".mozilla/firefox", {"default": "abcdefgh.default"})
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)

    assert [(s.browser, s.profile) for s in discover(platform="linux")] == [("firefox", "default")]


# --- the same store reached twice ----------------------------------------------------

@pytest.mark.fixtures
def test_a_symlinked_profile_appears_once(tmp_path):
    home = tmp_path / "home"
    xdg = copy_fixture("firefox", home / ".config/mozilla/firefox")
    (home / ".mozilla").mkdir()
    (home / ".mozilla/firefox").symlink_to(xdg, target_is_directory=True)  # a common compat link
    # The flatpak root lists the same profile once more, by an absolute path.
    esr = next(xdg.glob("*.default-esr"))
    flatpak = home / ".var/app/org.mozilla.firefox/.mozilla/firefox"
    flatpak.mkdir(parents=True)
    (flatpak / "profiles.ini").write_text(f"[Profile0]\nName=again\nIsRelative=0\nPath={esr}\n", encoding="utf-8")

    stores = discover(linux(home), platform="linux")

    assert [s.profile for s in stores] == ["default-esr", "fpi"]


# --- stores_from_path (the CLI's --store KIND:PATH) ----------------------------------

@pytest.mark.fixtures
def test_store_from_a_chromium_db_file(tmp_path):
    user_data = copy_fixture("chromium/user-data", tmp_path / "user-data")

    stores = stores_from_path("chromium", user_data / "Default/Cookies")

    assert [(s.browser, s.profile, s.path, s.lock_dir) for s in stores] == [
        ("chromium", "Your Chromium", str(user_data / "Default/Cookies"), str(user_data))]


@pytest.mark.fixtures
def test_store_from_a_firefox_db_file_and_profile_dir(tmp_path):
    root = copy_fixture("firefox", tmp_path / "firefox")
    fpi = next(root.glob("*.fpi"))

    from_file = stores_from_path("firefox", fpi / "cookies.sqlite")
    from_dir = stores_from_path("firefox", str(fpi))

    assert from_file == from_dir
    assert [(s.browser, s.profile, s.path, s.lock_dir) for s in from_dir] == [
        ("firefox", "fpi", str(fpi / "cookies.sqlite"), str(fpi))]


@pytest.mark.fixtures
def test_store_from_a_chromium_profile_dir(tmp_path):
    user_data = copy_fixture("chromium/user-data", tmp_path / "google-chrome-beta")

    stores = stores_from_path("chrome", user_data / "Default")

    assert [(s.browser, s.profile, s.profile_dir, s.lock_dir) for s in stores] == [
        ("chrome", "Your Chromium", str(user_data / "Default"), str(user_data))]


@pytest.mark.fixtures
def test_stores_from_a_user_data_dir_expand_to_every_profile(tmp_path):
    user_data = copy_fixture("chromium/user-data", tmp_path / "User Data")
    copy_fixture("chromium/user-data/Default", user_data / "Profile 1")

    stores = stores_from_path("edge", user_data)

    assert seen(stores, user_data) == [("edge", "Your Chromium", "Default/Cookies"),
                                       ("edge", "Profile 1", "Profile 1/Cookies")]


@pytest.mark.fixtures
def test_stores_from_a_firefox_root_expand_to_every_profile(tmp_path):
    root = copy_fixture("firefox", tmp_path / "firefox")

    stores = stores_from_path("firefox", root)

    assert [(s.family, s.browser, s.profile) for s in stores] == [
        ("firefox", "firefox", "default-esr"), ("firefox", "firefox", "fpi")]


def test_store_kinds_and_labels(tmp_path):
    gx = placeholder(tmp_path / "Opera GX Stable/Network/Cookies").parent.parent
    safari = placeholder(tmp_path / "Cookies/Cookies.binarycookies")

    assert [(s.browser, s.profile, s.lock_dir) for s in stores_from_path("opera-gx", gx)] == [
        ("opera-gx", "Default", str(gx))]
    assert [(s.family, s.profile, s.path) for s in stores_from_path("Safari", safari.parent)] == [
        ("safari", "Default", str(safari))]
    assert set(KINDS) == {"chrome", "chromium", "edge", "brave", "opera", "vivaldi", "firefox", "librewolf", "safari"}


@pytest.mark.parametrize("kind, make", [
    ("firefox", lambda p: p / "missing"),
    ("chrome", lambda p: p),  # an empty dir
    ("firefox", lambda p: placeholder(p / "Default/Cookies").parent.parent),  # Chromium dir, Firefox kind
    ("netscape", lambda p: placeholder(p / "cookies.sqlite")),
])
def test_bad_store_path_names_the_path(tmp_path, kind, make):
    path = make(tmp_path)

    with pytest.raises(ValueError) as err:
        stores_from_path(kind, path)

    assert str(path) in str(err.value)
