"""Finds every browser's cookie stores, per OS and per profile, as StoreRefs (no reading)."""
from __future__ import annotations

import configparser
import json
import os
import re
import sys
from typing import Mapping, NamedTuple, Optional

from inspector.domain.bounded_read import read_regular
from inspector.domain.errors import CodedError
from inspector.domain.records import StoreRef

# Files the browsers write beside their stores are read only when they are regular files of
# at most these sizes (a FIFO planted there would otherwise hang discovery); see the README.
MAX_LOCAL_STATE = 16 * 2**20
MAX_PROFILES_INI = 1 * 2**20

KINDS = ("chrome", "chromium", "edge", "brave", "opera", "vivaldi", "firefox", "librewolf", "safari")

# --store KIND:PATH -> (family, browser). The browser names are accepted as kinds too,
# so `opera-gx:PATH` is labelled opera-gx; `chrome:PATH` covers every Chrome channel.
_KIND_INFO = {
    "chrome": ("chromium", "chrome"),
    "chrome-beta": ("chromium", "chrome-beta"),
    "chrome-dev": ("chromium", "chrome-dev"),
    "chromium": ("chromium", "chromium"),
    "edge": ("chromium", "edge"),
    "brave": ("chromium", "brave"),
    "opera": ("chromium", "opera"),
    "opera-gx": ("chromium", "opera-gx"),
    "vivaldi": ("chromium", "vivaldi"),
    "firefox": ("firefox", "firefox"),
    "librewolf": ("firefox", "librewolf"),
    "safari": ("safari", "safari"),
}


class _Location(NamedTuple):
    browser: str
    base: str  # home | config ($XDG_CONFIG_HOME) | appdata | localappdata
    rel: str  # always "/"-separated here; joined with the platform's own rules


_AS = "Library/Application Support/"
# One root per line: a Chromium user-data dir, a Firefox-style dir holding profiles.ini,
# or Safari's cookie file. Order = KINDS order, which is the order discover() returns.
_LOCATIONS: dict[str, tuple[_Location, ...]] = {
    "linux": tuple(_Location(*row) for row in (
        ("chrome", "config", "google-chrome"),
        ("chrome", "home", ".var/app/com.google.Chrome/config/google-chrome"),
        ("chrome-beta", "config", "google-chrome-beta"),
        ("chrome-dev", "config", "google-chrome-unstable"),
        ("chromium", "config", "chromium"),
        ("chromium", "home", "snap/chromium/common/chromium"),
        ("chromium", "home", ".var/app/org.chromium.Chromium/config/chromium"),
        ("edge", "config", "microsoft-edge"),
        ("edge", "config", "microsoft-edge-beta"),
        ("edge", "config", "microsoft-edge-dev"),
        ("edge", "home", ".var/app/com.microsoft.Edge/config/microsoft-edge"),
        ("brave", "config", "BraveSoftware/Brave-Browser"),
        ("brave", "home", ".var/app/com.brave.Browser/config/BraveSoftware/Brave-Browser"),
        ("opera", "config", "opera"),
        ("opera", "home", ".var/app/com.opera.Opera/config/opera"),
        ("vivaldi", "config", "vivaldi"),
        ("vivaldi", "home", ".var/app/com.vivaldi.Vivaldi/config/vivaldi"),
        # Firefox >= 147 creates the XDG dir only when ~/.mozilla is absent; both occur.
        ("firefox", "home", ".mozilla/firefox"),
        ("firefox", "config", "mozilla/firefox"),
        ("firefox", "home", "snap/firefox/common/.mozilla/firefox"),
        ("firefox", "home", ".var/app/org.mozilla.firefox/.mozilla/firefox"),
        ("firefox", "home", ".var/app/org.mozilla.firefox/config/mozilla/firefox"),
        ("librewolf", "home", ".librewolf"),
        ("librewolf", "config", "librewolf/librewolf"),
        ("librewolf", "home", ".var/app/io.gitlab.librewolf-community/.librewolf"),
        ("librewolf", "home", ".var/app/io.gitlab.librewolf-community/config/librewolf/librewolf"),
    )),
    "darwin": tuple(_Location(*row) for row in (
        ("chrome", "home", _AS + "Google/Chrome"),
        ("chrome-beta", "home", _AS + "Google/Chrome Beta"),
        ("chrome-dev", "home", _AS + "Google/Chrome Dev"),
        ("chromium", "home", _AS + "Chromium"),
        ("edge", "home", _AS + "Microsoft Edge"),
        ("edge", "home", _AS + "Microsoft Edge Beta"),
        ("edge", "home", _AS + "Microsoft Edge Dev"),
        ("brave", "home", _AS + "BraveSoftware/Brave-Browser"),
        ("opera", "home", _AS + "com.operasoftware.Opera"),
        ("opera-gx", "home", _AS + "com.operasoftware.OperaGX"),
        ("vivaldi", "home", _AS + "Vivaldi"),
        ("firefox", "home", _AS + "Firefox"),
        # Both spellings: one volume may be case-sensitive; dedupe merges them otherwise.
        ("librewolf", "home", _AS + "LibreWolf"),
        ("librewolf", "home", _AS + "librewolf"),
        # The sandboxed container first; ~/Library/Cookies is where Safari < 13 wrote.
        ("safari", "home", "Library/Containers/com.apple.Safari/Data/Library/Cookies/Cookies.binarycookies"),
        ("safari", "home", "Library/Cookies/Cookies.binarycookies"),
    )),
    "win32": tuple(_Location(*row) for row in (
        ("chrome", "localappdata", "Google/Chrome/User Data"),
        ("chrome-beta", "localappdata", "Google/Chrome Beta/User Data"),
        ("chrome-dev", "localappdata", "Google/Chrome Dev/User Data"),
        ("chromium", "localappdata", "Chromium/User Data"),
        ("edge", "localappdata", "Microsoft/Edge/User Data"),
        ("edge", "localappdata", "Microsoft/Edge Beta/User Data"),
        ("edge", "localappdata", "Microsoft/Edge Dev/User Data"),
        ("brave", "localappdata", "BraveSoftware/Brave-Browser/User Data"),
        ("opera", "appdata", "Opera Software/Opera Stable"),
        ("opera-gx", "appdata", "Opera Software/Opera GX Stable"),
        ("vivaldi", "localappdata", "Vivaldi/User Data"),
        ("firefox", "appdata", "Mozilla/Firefox"),
        ("librewolf", "appdata", "librewolf"),
    )),
}


def discover(env: Optional[Mapping[str, str]] = None, platform: Optional[str] = None) -> list[StoreRef]:
    """Every cookie store of every installed browser and profile, in KINDS then profile order."""
    plat = _platform_key(platform or sys.platform)
    bases = _bases(_environment(env), plat)
    found: list[StoreRef] = []
    for loc in _LOCATIONS[plat]:
        base = bases.get(loc.base)
        if base:
            root = os.path.abspath(os.path.join(base, *loc.rel.split("/")))
            found.extend(_stores_in(_KIND_INFO[loc.browser][0], loc.browser, root))
    return _dedupe(found)


class StorePathError(CodedError, ValueError):
    """PATH of --store KIND:PATH holds no store this app can read; its words say why."""


class UnknownKind(StorePathError):
    """KIND of --store KIND:PATH is no browser this app knows: a usage error, not a store's."""


def stores_from_path(kind: str, path: str | os.PathLike) -> list[StoreRef]:
    """The stores at a user-given PATH: a cookie DB, a profile dir, or a dir of profiles."""
    where = os.path.abspath(os.path.expanduser(os.fspath(path)))
    info = _KIND_INFO.get(str(kind).strip().lower())
    if info is None:
        raise UnknownKind("unknown-kind", why="path.unknown-kind",
                          params={"kind": repr(kind), "path": where, "kinds": ", ".join(KINDS)})
    family, browser = info
    if not os.path.lexists(where):
        raise StorePathError("missing", why="path.missing", params={"path": where})
    if not os.path.isdir(where):
        # A file, or a FIFO, device, dangling link or loop: the reader says precisely what it is.
        stores = [_store_for_file(family, browser, where)]
    elif not os.access(where, os.R_OK | os.X_OK):
        raise StorePathError("permission", why="path.denied", params={"path": where})
    else:
        stores = _stores_in_dir(family, browser, where)
    if not stores:
        raise StorePathError("missing", why="path.empty", params={"path": where, "browser": browser})
    return _dedupe(stores)


# --- environment --------------------------------------------------------------------

def _platform_key(platform: str) -> str:
    if platform.startswith(("win", "cygwin", "msys")):
        return "win32"
    return "darwin" if platform == "darwin" else "linux"  # BSDs follow the Linux/XDG layout


def _environment(env: Optional[Mapping[str, str]]) -> Mapping[str, str]:
    if env is not None:
        return env  # an explicit env is the whole truth: tests must never reach the real home
    real = dict(os.environ)
    real.setdefault("HOME", os.path.expanduser("~"))
    return real


def _bases(env: Mapping[str, str], plat: str) -> dict[str, Optional[str]]:
    if plat == "win32":
        home = env.get("USERPROFILE") or env.get("HOME")
        return {
            "home": home,
            "appdata": env.get("APPDATA") or _join(home, "AppData", "Roaming"),
            "localappdata": env.get("LOCALAPPDATA") or _join(home, "AppData", "Local"),
        }
    home = env.get("HOME") or None
    xdg = env.get("XDG_CONFIG_HOME", "")
    # The XDG spec says to ignore a relative XDG_CONFIG_HOME, as browsers do.
    config = xdg if os.path.isabs(xdg) else _join(home, ".config")
    return {"home": home, "config": config}


def _join(base: Optional[str], *parts: str) -> Optional[str]:
    return os.path.join(base, *parts) if base else None


def _stores_in(family: str, browser: str, root: str) -> list[StoreRef]:
    if family == "safari":  # its table entries name the cookie file itself
        return [_safari_store(root)] if os.path.isfile(root) else []
    if not os.path.isdir(root):
        return []
    return _chromium_user_data(browser, root) if family == "chromium" else _firefox_root(browser, root)


def _dedupe(stores: list[StoreRef]) -> list[StoreRef]:
    """Drops a store already reached by another path (symlinks, case-insensitive volumes)."""
    seen: set = set()
    unique = []
    for store in stores:
        key = _identity(store.path)
        if key not in seen:
            seen.add(key)
            unique.append(store)
    return unique


def _identity(path: str):
    try:
        st = os.stat(path)
        if st.st_ino:
            return (st.st_dev, st.st_ino)
    except OSError:
        pass
    return os.path.normcase(os.path.realpath(path))


def _listdir(path: str) -> list[str]:
    try:
        return os.listdir(path)
    except OSError:
        return []


# --- Chromium family ----------------------------------------------------------------

_PROFILE_N = re.compile(r"Profile (\d+)")


def _chromium_db(profile_dir: str) -> Optional[str]:
    # Chromium >= 96 moved the DB to Network/ on Windows and macOS; Linux builds still
    # write <profile>/Cookies (the fixture's Chromium 156 does). A stale copy can remain.
    # lexists: a Cookies that is a folder, a FIFO or a broken link is still this profile's
    # store, and its reader says what is wrong with it instead of the profile vanishing.
    for rel in (("Network", "Cookies"), ("Cookies",)):
        candidate = os.path.join(profile_dir, *rel)
        if os.path.isfile(candidate):
            return candidate
    for rel in (("Network", "Cookies"), ("Cookies",)):
        candidate = os.path.join(profile_dir, *rel)
        if os.path.lexists(candidate):
            return candidate
    return None


def _local_state_names(user_data: str) -> dict[str, str]:
    """profile dir -> display name from `Local State`; {} when absent or corrupt."""
    try:
        data = read_regular(os.path.join(user_data, "Local State"), MAX_LOCAL_STATE)
        cache = json.loads(data.decode("utf-8"))["profile"]["info_cache"]
    except (OSError, ValueError, KeyError, TypeError, RecursionError):  # FileRefused is a ValueError
        return {}
    if not isinstance(cache, dict):
        return {}
    names = {}
    for dirname, entry in cache.items():
        # A key is a dir *name*; anything path-like could point outside the user-data dir.
        if not isinstance(dirname, str) or dirname in ("", ".", "..") or re.search(r"[\\/]", dirname):
            continue
        name = entry.get("name") if isinstance(entry, dict) else None
        names[dirname] = name if isinstance(name, str) and name.strip() else dirname
    return names


def _chromium_order(dirname: str):
    match = _PROFILE_N.fullmatch(dirname)
    if dirname == "Default":
        return (0, 0, "")
    return (1, int(match.group(1)), "") if match else (2, 0, dirname.casefold())


def _chromium_user_data(browser: str, user_data: str) -> list[StoreRef]:
    names = _local_state_names(user_data)
    # Local State can lag behind or be missing: profile dirs on disk count too.
    on_disk = [d for d in _listdir(user_data) if d == "Default" or _PROFILE_N.fullmatch(d)]
    stores = []
    root_db = _chromium_db(user_data)
    if root_db:  # Opera (GX) keeps its only profile directly in the user-data dir
        stores.append(_chromium_ref(browser, "Default", root_db, user_data, user_data))
    for dirname in sorted(set(names) | set(on_disk), key=_chromium_order):
        profile_dir = os.path.join(user_data, dirname)
        db = _chromium_db(profile_dir)
        if db:
            stores.append(_chromium_ref(browser, names.get(dirname, dirname), db, profile_dir, user_data))
    return stores


def _chromium_ref(browser: str, name: str, db: str, profile_dir: str, user_data: str) -> StoreRef:
    # lock_dir: Chromium's SingletonLock lives in the user-data dir, not the profile.
    return StoreRef("chromium", browser, name, db, profile_dir, user_data, os.path.basename(profile_dir))


def _chromium_profile(browser: str, profile_dir: str, db: str) -> StoreRef:
    parent = os.path.dirname(profile_dir)
    if os.path.isfile(os.path.join(parent, "Local State")):
        user_data = parent
    elif os.path.isfile(os.path.join(profile_dir, "Local State")) or browser.startswith("opera"):
        user_data = profile_dir  # Opera layout: the profile is the user-data dir
    else:
        user_data = parent
    default = "Default" if user_data == profile_dir else os.path.basename(profile_dir)
    name = _local_state_names(user_data).get(os.path.basename(profile_dir), default)
    return _chromium_ref(browser, name, db, profile_dir, user_data)


# --- Firefox family -----------------------------------------------------------------

_PROFILE_SECTION = re.compile(r"Profile\d+", re.IGNORECASE)


def _firefox_root(browser: str, root: str) -> list[StoreRef]:
    profiles = _profiles_from_ini(root)
    if profiles is None:
        profiles = _profiles_by_glob(root)
    stores = []
    for name, profile_dir in profiles:
        db = os.path.join(profile_dir, "cookies.sqlite")
        if os.path.lexists(db):  # a broken one is shown with its reason, like Chromium's
            stores.append(StoreRef("firefox", browser, name, db, profile_dir, profile_dir,
                                   os.path.basename(profile_dir)))
    return stores


def _profiles_from_ini(root: str) -> Optional[list[tuple[str, str]]]:
    """(Name, dir) of each [ProfileN], by N; None when profiles.ini is missing, corrupt or empty."""
    ini = configparser.ConfigParser(interpolation=None, strict=False)
    try:
        data = read_regular(os.path.join(root, "profiles.ini"), MAX_PROFILES_INI)
        ini.read_string(data.decode("utf-8", errors="replace"))
    except (OSError, ValueError, configparser.Error):  # FileRefused is a ValueError
        return None
    sections = [s for s in ini.sections() if _PROFILE_SECTION.fullmatch(s) and ini.get(s, "path", fallback="")]
    if not sections:
        return None
    profiles = []
    for section in sorted(sections, key=lambda s: int(s[7:])):
        rel = ini.get(section, "path")
        # IsRelative=0 holds an absolute path, which join() keeps as is. Relative paths
        # use "/" even on Windows (Profiles/abc.default); normpath turns it into "\\".
        profile_dir = os.path.normpath(os.path.join(root, rel))
        name = ini.get(section, "name", fallback="").strip() or _firefox_fallback_name(profile_dir)
        profiles.append((name, profile_dir))
    return profiles


def _profiles_by_glob(root: str) -> list[tuple[str, str]]:
    # Profiles sit beside profiles.ini on Linux and under Profiles/ on macOS and Windows.
    found = []
    for parent in (root, os.path.join(root, "Profiles")):
        for entry in sorted(_listdir(parent)):
            profile_dir = os.path.join(parent, entry)
            if os.path.isfile(os.path.join(profile_dir, "cookies.sqlite")):
                found.append((_firefox_fallback_name(profile_dir), profile_dir))
    return found


def _firefox_fallback_name(profile_dir: str) -> str:
    # Firefox names profile dirs "<8-char salt>.<name>": show the part a user chose.
    base = os.path.basename(profile_dir)
    salt, dot, name = base.partition(".")
    return name if dot and name and len(salt) == 8 else base


def _firefox_profile(browser: str, profile_dir: str, db: str) -> StoreRef:
    name = _firefox_fallback_name(profile_dir)
    parent = os.path.dirname(profile_dir)
    for root in (parent, os.path.dirname(parent)):  # ../profiles.ini or ../../profiles.ini
        listed = [n for n, d in _profiles_from_ini(root) or [] if _same_dir(d, profile_dir)]
        if listed:
            name = listed[0]
            break
    return StoreRef("firefox", browser, name, db, profile_dir, profile_dir, os.path.basename(profile_dir))


def _same_dir(a: str, b: str) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


# --- Safari -------------------------------------------------------------------------

def _safari_store(path: str) -> StoreRef:
    # Safari leaves no lock file: lock_dir stays empty and callers check the process.
    return StoreRef("safari", "safari", "Default", path, os.path.dirname(path), "", "Default")


def _safari_dir(directory: str) -> list[StoreRef]:
    path = os.path.join(directory, "Cookies.binarycookies")
    return [_safari_store(path)] if os.path.isfile(path) else []


# --- stores_from_path helpers -------------------------------------------------------

def _store_for_file(family: str, browser: str, db: str) -> StoreRef:
    if family == "safari":
        return _safari_store(db)
    profile_dir = os.path.dirname(db)
    if family == "firefox":
        return _firefox_profile(browser, profile_dir, db)
    if os.path.basename(profile_dir) == "Network":  # <profile>/Network/Cookies
        profile_dir = os.path.dirname(profile_dir)
    return _chromium_profile(browser, profile_dir, db)


def _stores_in_dir(family: str, browser: str, directory: str) -> list[StoreRef]:
    # A dir holding a cookie DB is one profile, unless it is a Chromium user-data dir
    # (Local State): then it expands, and Opera's own DB there is one of its profiles.
    if family == "chromium":
        db = _chromium_db(directory)
        if db and not os.path.isfile(os.path.join(directory, "Local State")):
            return [_chromium_profile(browser, directory, db)]
        return _chromium_user_data(browser, directory)
    if family == "firefox":
        db = os.path.join(directory, "cookies.sqlite")
        if os.path.lexists(db):
            return [_firefox_profile(browser, directory, db)]
        return _firefox_root(browser, directory)
    return _safari_dir(directory)
