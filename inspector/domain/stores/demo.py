"""Built-in demo stores: real Chromium and Firefox schemas, written fresh so demo mode uses the real readers."""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import time

import platformdirs
from Cryptodome.Cipher import AES
from Cryptodome.Protocol.KDF import PBKDF2
from Cryptodome.Util.Padding import pad

from inspector.domain.stores.discovery import stores_from_path
from inspector.domain.stores.firefox_attrs import origin_attributes_suffix
from inspector.domain.stores.firefox_session import write_mozlz4

DAY = 86_400
_CHROMIUM_EPOCH_DELTA_S = 11_644_473_600

# (host, name, path, lifetime seconds or None for session, secure, http_only, samesite, partition, value)
# The lillemetropole cookies are the ones its policy declares; the rest are the
# undeclared trackers and ordinary cookies a real profile would show beside them.
_COOKIES = [
    ("opendata.lillemetropole.fr", "sessionid", "/", None, True, True, "lax", None, "demo-session-1f3a"),
    ("opendata.lillemetropole.fr", "django_language", "/", 365 * DAY, False, False, "lax", None, "fr"),
    ("opendata.lillemetropole.fr", "csrftoken", "/", 364 * DAY, True, False, "lax", None, "demo-csrf-8c2d"),
    ("opendata.lillemetropole.fr", "cookies_preferences", "/", 182 * DAY, False, False, "lax", None,
     '{"necessary":true,"statistics":false,"marketing":false}'),
    ("opendata.lillemetropole.fr", "_pk_id.1.abcd", "/", 393 * DAY, False, False, "lax", None, "5e1f0c2b7a9d3e41"),
    ("opendata.lillemetropole.fr", "_pk_ses.1.abcd", "/", 1800, False, False, "lax", None, "1"),
    (".lillemetropole.fr", "_ga", "/", 400 * DAY, False, False, "lax", None, "GA1.1.1234567890.1764400000"),
    (".lillemetropole.fr", "_gid", "/", DAY, False, False, "lax", None, "GA1.2.987654321.1764400000"),
    ("www.lillemetropole.fr", "has_js", "/", None, False, False, "unspecified", None, "1"),
    (".doubleclick.net", "IDE", "/", 395 * DAY, True, True, "none", "lillemetropole.fr", "demo-ide"),
    (".youtube.com", "VISITOR_INFO1_LIVE", "/", 180 * DAY, True, True, "none", "lillemetropole.fr", "demo-visitor"),
    ("example.org", "prefs", "/", 30 * DAY, False, False, "unspecified", None, "theme%3Ddark"),
    ("example.org", "flash_msg", "/", -60, False, False, "unspecified", None, "Saved"),
    ("example.org", "cart_id", "/shop", 7 * DAY, False, False, "unspecified", None, "a8009fonowfo"),
    (".github.com", "_octo", "/", 365 * DAY, True, False, "lax", None, "GH1.1.demo"),
    ("github.com", "logged_in", "/", 365 * DAY, True, True, "lax", None, "no"),
]

_CHROMIUM_SCHEMA = [
    "CREATE TABLE cookies(creation_utc INTEGER NOT NULL,host_key TEXT NOT NULL,top_frame_site_key TEXT NOT NULL,"
    "name TEXT NOT NULL,value TEXT NOT NULL,encrypted_value BLOB NOT NULL,path TEXT NOT NULL,expires_utc INTEGER "
    "NOT NULL,is_secure INTEGER NOT NULL,is_httponly INTEGER NOT NULL,last_access_utc INTEGER NOT NULL,has_expires "
    "INTEGER NOT NULL,is_persistent INTEGER NOT NULL,priority INTEGER NOT NULL,samesite INTEGER NOT NULL,"
    "source_scheme INTEGER NOT NULL,source_port INTEGER NOT NULL,last_update_utc INTEGER NOT NULL,source_type "
    "INTEGER NOT NULL,has_cross_site_ancestor INTEGER NOT NULL)",
    "CREATE UNIQUE INDEX cookies_unique_index ON cookies(host_key, top_frame_site_key, has_cross_site_ancestor, "
    "name, path, source_scheme, source_port)",
    "CREATE TABLE meta(key LONGVARCHAR NOT NULL UNIQUE PRIMARY KEY, value LONGVARCHAR)",
]
_FIREFOX_SCHEMA = (
    "CREATE TABLE moz_cookies (id INTEGER PRIMARY KEY, originAttributes TEXT NOT NULL DEFAULT '', name TEXT, "
    "value TEXT, host TEXT, path TEXT, expiry INTEGER, lastAccessed INTEGER, creationTime INTEGER, isSecure "
    "INTEGER, isHttpOnly INTEGER, inBrowserElement INTEGER DEFAULT 0, sameSite INTEGER DEFAULT 0, schemeMap "
    "INTEGER DEFAULT 0, isPartitionedAttributeSet INTEGER DEFAULT 0, updateTime INTEGER, CONSTRAINT moz_uniqueid "
    "UNIQUE (name, host, path, originAttributes))"
)
_CHROMIUM_SAMESITE = {"unspecified": -1, "none": 0, "lax": 1, "strict": 2}
_FIREFOX_SAMESITE = {"unspecified": 256, "none": 0, "lax": 1, "strict": 2}


def _encrypt_v10(host: str, value: str) -> bytes:
    """Chromium's Linux 'basic' encryption (meta version 24: SHA-256 of the host first)."""
    key = PBKDF2(b"peanuts", b"saltysalt", 16, 1)
    plain = hashlib.sha256(host.encode()).digest() + value.encode()
    return b"v10" + AES.new(key, AES.MODE_CBC, b" " * 16).encrypt(pad(plain, 16))


def write_chromium(user_data: str, now: float | None = None) -> str:
    now = now or time.time()
    profile = os.path.join(user_data, "Default")
    os.makedirs(profile, exist_ok=True)
    local_state = {"profile": {"info_cache": {"Default": {"name": "Demo"}}}}
    with open(os.path.join(user_data, "Local State"), "w", encoding="utf-8") as fh:
        json.dump(local_state, fh)
    path = os.path.join(profile, "Cookies")
    con = sqlite3.connect(path)
    with con:
        for sql in _CHROMIUM_SCHEMA:
            con.execute(sql)
        con.executemany("INSERT INTO meta VALUES (?, ?)", [("version", "24"), ("last_compatible_version", "24")])
        for i, (host, name, cpath, life, secure, http_only, same_site, part, value) in enumerate(_COOKIES):
            created = int((now - 3600 + i + _CHROMIUM_EPOCH_DELTA_S) * 1_000_000)
            expires = 0 if life is None else int((now + life + _CHROMIUM_EPOCH_DELTA_S) * 1_000_000)
            con.execute(
                "INSERT INTO cookies VALUES (?,?,?,?,'',?,?,?,?,?,?,?,?,1,?,2,443,?,1,1)",
                (created, host, f"https://{part}" if part else "", name, _encrypt_v10(host, value), cpath,
                 expires, int(secure), int(http_only), created, int(life is not None), int(life is not None),
                 _CHROMIUM_SAMESITE[same_site], created),
            )
    con.close()
    return path


def write_firefox(root: str, now: float | None = None) -> str:
    now = now or time.time()
    profile = os.path.join(root, "demo.default")
    os.makedirs(profile, exist_ok=True)
    with open(os.path.join(root, "profiles.ini"), "w", encoding="utf-8") as fh:
        fh.write("[Profile0]\nName=Demo\nIsRelative=1\nPath=demo.default\nDefault=1\n\n"
                 "[General]\nStartWithLastProfile=1\nVersion=2\n")
    with open(os.path.join(profile, "containers.json"), "w", encoding="utf-8") as fh:
        json.dump({"version": 5, "identities": [
            {"userContextId": 1, "public": True, "l10nID": "userContextPersonal.label"},
            {"userContextId": 2, "public": True, "name": "Work"},
        ]}, fh)
    path = os.path.join(profile, "cookies.sqlite")
    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute(_FIREFOX_SCHEMA)
    con.execute("PRAGMA user_version = 17")
    session = []
    with con:
        for i, (host, name, cpath, life, secure, http_only, same_site, part, value) in enumerate(_COOKIES):
            attrs = {"partitionKey": f"(https,{part})"} if part else {}
            if host.endswith("github.com"):
                attrs["userContextId"] = 2  # the Work container
            if life is None:
                session.append(_session_cookie(host, name, cpath, secure, http_only, same_site, attrs, value))
                continue
            created = int((now - 3600 + i) * 1_000_000)
            con.execute(
                "INSERT INTO moz_cookies (originAttributes, name, value, host, path, expiry, lastAccessed, "
                "creationTime, isSecure, isHttpOnly, sameSite, schemeMap, isPartitionedAttributeSet, updateTime) "
                "VALUES (?,?,?,?,?,?,?,?,?,?,?,2,?,?)",
                (origin_attributes_suffix(attrs), name, value, host, cpath, int((now + life) * 1000), created,
                 created, int(secure), int(http_only), _FIREFOX_SAMESITE[same_site], int(bool(part)), created),
            )
    con.close()
    write_mozlz4(os.path.join(profile, "sessionstore.jsonlz4"), {"version": ["sessionrestore", 1], "windows": [],
                                                                 "cookies": session})
    return path


def _session_cookie(host, name, path, secure, http_only, same_site, attrs, value) -> dict:
    cookie = {"host": host, "value": value, "path": path, "name": name,
              "originAttributes": {"firstPartyDomain": "", "geckoViewSessionContextId": "",
                                   "partitionKey": attrs.get("partitionKey", ""), "privateBrowsingId": 0,
                                   "userContextId": attrs.get("userContextId", 0)},
              "sameSite": _FIREFOX_SAMESITE[same_site], "schemeMap": 2}
    if secure:
        cookie["secure"] = True
    if http_only:
        cookie["httponly"] = True
    return cookie


def demo_dir() -> str:
    return os.path.join(platformdirs.user_cache_dir("consent-inspector", appauthor=False), "demo")


def demo_stores(directory: str | None = None) -> list:
    """Fresh demo stores (rewritten each time, so expiries stay relative to now) as StoreRefs."""
    directory = directory or demo_dir()
    shutil.rmtree(directory, ignore_errors=True)
    os.makedirs(directory, mode=0o700, exist_ok=True)
    write_chromium(os.path.join(directory, "chrome"))
    write_firefox(os.path.join(directory, "firefox"))
    return stores_from_path("chrome", os.path.join(directory, "chrome")) + stores_from_path(
        "firefox", os.path.join(directory, "firefox")
    )
