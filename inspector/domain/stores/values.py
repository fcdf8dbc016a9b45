"""Read one cookie's value on demand, decrypting it with browser-cookie3. Scans never do this."""
from __future__ import annotations

import os
import sqlite3
import sys

from inspector.domain.errors import CodedError
from inspector.domain.records import CookieRecord
from inspector.domain.stores import chromium
from inspector.domain.stores import firefox_session
from inspector.domain.stores import safari
from inspector.domain.stores.sqlite_source import StoredText, StoreReadError, exact_text, key_param, key_params, open_store


class ValueUnavailable(CodedError):
    """The value of this one cookie cannot be shown; other cookies are unaffected."""


def unavailable(why: str, **params) -> ValueUnavailable:
    return ValueUnavailable("unavailable", why=why, params=params)


# Keyring entries Chromium-family browsers keep their Linux cookie password under.
_OS_CRYPT_NAMES = {
    "chrome": "chrome", "chrome-beta": "chrome", "chrome-dev": "chrome", "chromium": "chromium",
    "edge": "chromium", "brave": "brave", "opera": "chromium", "opera-gx": "chromium", "vivaldi": "chrome",
}
_MAC_KEYCHAIN = {
    "chrome": ("Chrome Safe Storage", "Chrome"), "chrome-beta": ("Chrome Safe Storage", "Chrome"),
    "chrome-dev": ("Chrome Safe Storage", "Chrome"), "chromium": ("Chromium Safe Storage", "Chromium"),
    "edge": ("Microsoft Edge Safe Storage", "Microsoft Edge"), "brave": ("Brave Safe Storage", "Brave"),
    "opera": ("Opera Safe Storage", "Opera"), "opera-gx": ("Opera Safe Storage", "Opera"),
    "vivaldi": ("Vivaldi Safe Storage", "Vivaldi"),
}


def read_value(record: CookieRecord, local_state: str | None = None) -> str:
    """The cookie's value as the browser would send it. Raises ValueUnavailable with a reason."""
    try:
        if record.key.source == "session":
            return _firefox_session_value(record)
        if record.key.source == "binarycookies":
            return safari.read_value(record.store, record.key.values)
        raw = _row_value(record)
        if record.key.columns and "host_key" in record.key.columns:
            return _decrypt_chromium(record, *raw, local_state=local_state)
        return raw[0]
    except ValueUnavailable:
        raise
    except LookupError as exc:  # the row went away since the scan
        raise unavailable("value.gone") from exc
    except (StoreReadError, OSError, sqlite3.Error) as exc:
        raise unavailable("value.unreadable", error=exc if isinstance(exc, CodedError) else str(exc)) from exc


def _row_value(record: CookieRecord) -> tuple:
    table = "cookies" if "host_key" in record.key.columns else "moz_cookies"
    cols = "value, encrypted_value" if table == "cookies" else "value, NULL"
    where = " AND ".join(f'"{c}" IS {key_param(i)}' for i, c in enumerate(record.key.columns))
    with open_store(record.store) as con:
        meta = chromium.meta_version(con) if table == "cookies" else None
        con.text_factory = exact_text
        row = con.execute(f"SELECT {cols} FROM {table} WHERE {where}", key_params(record.key.values)).fetchone()
    if row is not None and type(row[0]) is StoredText:
        row = (row[0].shown(), *row[1:])
    if row is None:
        raise LookupError("the cookie is no longer in the store")
    return row[0], row[1], meta


def _firefox_session_value(record: CookieRecord) -> str:
    profile_dir = os.path.dirname(record.store)
    for path in firefox_session.session_files(profile_dir):
        state = firefox_session.read_mozlz4(path)
        for c in firefox_session.cookies_in(state):
            if firefox_session.cookie_key_values(c) == tuple(record.key.values):
                return c.get("value", "")
    raise LookupError("the session cookie is no longer in the session store")


def _decrypt_chromium(record, value, encrypted, meta_version, local_state=None) -> str:
    if value or not encrypted:
        return value or ""
    if encrypted[:3] == b"v20":
        raise unavailable("value.app-bound")
    # Here, not at the top: browser-cookie3 brings keyring and D-Bus clients that only a
    # revealed value needs, and a scan never should.
    import browser_cookie3 as bc3

    decryptor = _chromium_decryptor(bc3, record.browser, record.store, local_state)
    try:
        return decryptor._decrypt(value, encrypted, (meta_version or 0) >= 24)
    except (bc3.BrowserCookieError, RuntimeError, ValueError, UnicodeDecodeError) as exc:
        raise unavailable("value.wrong-key") from exc


def _chromium_decryptor(bc3, browser: str, cookie_file: str, local_state: str | None):
    """A browser-cookie3 ChromiumBased object holding the keys, built without its D-Bus trap.

    On Linux browser-cookie3 asks the Secret Service over D-Bus first and raises
    KeyError('DBUS_SESSION_BUS_ADDRESS') on a machine without a session bus. With no bus
    there is no keyring either, so Chromium itself fell back to its built-in password.
    """
    if sys.platform.startswith("linux") or "bsd" in sys.platform:
        password = _linux_password(bc3, _OS_CRYPT_NAMES.get(browser, "chromium"))
        obj = bc3.ChromiumBased.__new__(bc3.ChromiumBased)
        obj.salt, obj.iv, obj.length = b"saltysalt", b" " * 16, 16
        obj.v10_key = bc3.PBKDF2(bc3.CHROMIUM_DEFAULT_PASSWORD, obj.salt, obj.length, 1)
        obj.v11_key = bc3.PBKDF2(password, obj.salt, obj.length, 1)
        obj.v11_empty_key = bc3.PBKDF2(b"", obj.salt, obj.length, 1)
        return obj
    kwargs = {}
    if sys.platform == "darwin":
        service, user = _MAC_KEYCHAIN.get(browser, _MAC_KEYCHAIN["chrome"])
        kwargs = {"osx_key_service": service, "osx_key_user": user}
    try:
        return bc3.ChromiumBased(browser, cookie_file=cookie_file, key_file=local_state, **kwargs)
    except Exception as exc:  # keychain/DPAPI failures arrive as many types
        raise unavailable("value.no-key", detail=str(exc)) from exc


def _linux_password(bc3, os_crypt_name: str) -> bytes:
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        return bc3.CHROMIUM_DEFAULT_PASSWORD
    try:
        return bc3._LinuxPasswordManager(bc3.USE_DBUS_LINUX).get_password(os_crypt_name)
    except Exception:  # a bus without a secret service, a refused prompt...
        return bc3.CHROMIUM_DEFAULT_PASSWORD
