"""The values of consent cookies, and only theirs: read lazily once per store, decrypted only as the user allows.

Firefox values are plain; Chromium's "v10" values on Linux use the browser's built-in
password and decrypt without any prompt. Anything needing a keyring, the macOS keychain or
Windows DPAPI (Chromium "v11", every non-Linux Chromium value) is left unread unless the
caller passes `keyring=True`, which only a user's "Read consent choices" may do: such a
cookie's record is then "choice not readable", never "no choice".
"""
from __future__ import annotations

import sqlite3
import sys
from typing import Iterable, Optional

from inspector.domain.consent.record import RawConsent
from inspector.domain.consent.registry import is_consent_cookie
from inspector.domain.stores import chromium
from inspector.domain.stores.sqlite_source import StoreReadError, open_store
from inspector.domain.stores.values import ValueUnavailable, read_value, unavailable


class NeedsKeyring(Exception):
    """The value is encrypted with a key only the system keyring gives: not read without the user's word."""


# (store path, key values, last update) -> RawConsent | the reason it is unreadable. A value is
# read once per process, and again only when the store says the cookie was written again.
_CACHE: dict[tuple, object] = {}
_CACHE_LIMIT = 200_000  # entries are small; a cleared cache would decrypt every value again


def read_consent_values(records: Iterable, keyring: bool = False) -> dict:
    """CookieRecord -> RawConsent, or NeedsKeyring / ValueUnavailable for one that cannot be read now.

    Only records named like a consent cookie are read; any other is refused (ValueError), so
    no caller can turn this into a way of reading other cookies' values.
    """
    out: dict = {}
    by_store: dict[str, list] = {}
    for record in records:
        if not is_consent_cookie(record.name):
            raise ValueError("only consent cookies' values are read")
        by_store.setdefault(record.store, []).append(record)
    for store, members in by_store.items():
        out.update(_read_store(store, members, keyring))
    return out


def _read_store(store: str, records: list, keyring: bool) -> dict:
    out: dict = {}
    db = [r for r in records if r.key.source == "db"]
    for record in records:
        if record.key.source != "db":  # Firefox session store, Safari: plain values, no update time
            out[record] = _cached(record, None, lambda r=record: _plain(r), keyring)
    if not db:
        return out
    try:
        with open_store(store) as con:
            chromium_db = "host_key" in db[0].key.columns
            meta = chromium.meta_version(con) if chromium_db else None
            rows = _rows_by_key(con, db[0].key.columns, chromium_db)
            for record in db:
                if rows is None:  # an older schema without the update column: one row at a time
                    out[record] = _read_row(con, record, chromium_db, meta, keyring)
                else:
                    out[record] = _from_row(record, rows.get(tuple(record.key.values)), chromium_db, meta, keyring)
    except (StoreReadError, sqlite3.Error, OSError) as exc:
        for record in db:
            out.setdefault(record, unavailable("value.unreadable", error=exc))
    return out


def _read_row(con, record, chromium_db: bool, meta, keyring: bool):
    where = " AND ".join(f'"{c}" = ?' for c in record.key.columns)
    if chromium_db:
        sql = f"SELECT value, encrypted_value, last_update_utc FROM cookies WHERE {where}"
    else:
        sql = f"SELECT value, NULL, updateTime FROM moz_cookies WHERE {where}"
    try:
        row = con.execute(sql, record.key.values).fetchone()
    except sqlite3.OperationalError:  # an older schema without the update column
        row = con.execute(sql.replace("last_update_utc", "NULL").replace("updateTime", "NULL"),
                          record.key.values).fetchone()
    return _from_row(record, row, chromium_db, meta, keyring)


def _rows_by_key(con, columns: tuple, chromium_db: bool):
    """Every consent cookie's row of the store in one query, by its key values (None: this schema cannot)."""
    from inspector.domain.consent.registry import CONSENT_NAMES

    table, extra = ("cookies", "value, encrypted_value, last_update_utc") if chromium_db else (
        "moz_cookies", "value, NULL, updateTime")
    names = sorted(CONSENT_NAMES)
    cols = ", ".join(f'"{c}"' for c in columns)
    try:
        found = con.execute(f"SELECT {cols}, {extra} FROM {table} WHERE name IN ({','.join('?' * len(names))})",
                            names).fetchall()
    except sqlite3.OperationalError:
        return None
    n = len(columns)
    return {row[:n]: row[n:] for row in found}


def _from_row(record, row, chromium_db: bool, meta, keyring: bool):
    if row is None:
        return unavailable("value.gone")
    value, encrypted, updated = row
    updated_us = _chromium_us(updated) if chromium_db else updated or None
    return _cached(record, updated_us, lambda: _value(record, value, encrypted, meta, keyring), keyring)


def _cached(record, updated_us: Optional[int], read, keyring: bool):
    key = (record.store, record.key.values, updated_us)
    found = _CACHE.get(key)
    if found is None or (keyring and isinstance(found, NeedsKeyring)):
        try:
            value = read()
            found = RawConsent(value, record.created_us, updated_us or record.created_us)
        except (NeedsKeyring, ValueUnavailable) as exc:
            found = exc
        if len(_CACHE) >= _CACHE_LIMIT:
            _CACHE.clear()
        _CACHE[key] = found
    return found


def _value(record, value, encrypted, meta, keyring: bool) -> str:
    if value or not encrypted:
        return value or ""
    if isinstance(encrypted, (bytes, bytearray)) and encrypted[:3] == b"v10" and sys.platform.startswith("linux"):
        return _decrypt_v10(bytes(encrypted), (meta or 0) >= 24)
    if not keyring:
        raise NeedsKeyring()
    return _keyring_decrypt(record, value, bytes(encrypted), (meta or 0) >= 24)


# One key per browser and store for the whole "Read consent choices": the keyring is asked once.
_DECRYPTORS: dict = {}


def _keyring_decrypt(record, value, encrypted: bytes, has_digest: bool) -> str:
    import browser_cookie3 as bc3  # only here: its keyring and D-Bus clients serve this one request

    from inspector.domain.stores import values

    key = (record.browser, record.store)
    decryptor = _DECRYPTORS.get(key)
    if decryptor is None:
        decryptor = _DECRYPTORS[key] = values._chromium_decryptor(bc3, record.browser, record.store, None)
    try:
        return decryptor._decrypt(value, encrypted, has_digest)
    except (bc3.BrowserCookieError, RuntimeError, ValueError, UnicodeDecodeError) as exc:
        raise unavailable("value.wrong-key") from exc


def _plain(record) -> str:
    return read_value(record)


_V10_KEY: list = []


def _decrypt_v10(encrypted: bytes, has_digest: bool) -> str:
    """Chromium's Linux fallback encryption: AES-128-CBC under a key from the fixed password "peanuts"."""
    from Cryptodome.Cipher import AES  # pycryptodomex, browser-cookie3's own dependency
    from Cryptodome.Protocol.KDF import PBKDF2

    if not _V10_KEY:
        key = PBKDF2(b"peanuts", b"saltysalt", 16, 1)
        _V10_KEY.extend((key, AES.new(key, AES.MODE_ECB)))
    body = encrypted[3:]
    if not body or len(body) % 16:
        raise unavailable("value.damaged")
    # CBC by hand over one reused ECB cipher (P_i = D(C_i) xor C_i-1): a cipher object per value
    # costs more than the decryption itself when a scan holds thousands of consent cookies.
    blocks = _V10_KEY[1].decrypt(body)
    chained = b" " * 16 + body[:-16]
    plain = (int.from_bytes(blocks, "big") ^ int.from_bytes(chained, "big")).to_bytes(len(body), "big")
    pad = plain[-1]
    if not 1 <= pad <= 16:
        raise unavailable("value.builtin-key")
    plain = plain[:-pad]
    if has_digest:  # since Chromium's meta version 24, a SHA-256 of the host comes first
        plain = plain[32:]
    try:
        return plain.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise unavailable("value.builtin-key") from exc


def _chromium_us(value) -> Optional[int]:
    # Chromium counts µs from 1601-01-01.
    return value - 11_644_473_600_000_000 if value else None
