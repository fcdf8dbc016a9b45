"""Sites by the public suffix list, RFC 6265 receiving, and Safari's binarycookies through browser-cookie3."""
from __future__ import annotations

import struct

import pytest

from inspector.domain.policy.model import EMPTY_POLICY
from inspector.domain.records import StoreRef
from inspector.domain.scan import read_store, scan
from inspector.domain.sites import receives, site_of


@pytest.mark.parametrize("host,site", [
    (".lillemetropole.fr", "lillemetropole.fr"),
    ("opendata.lillemetropole.fr", "lillemetropole.fr"),
    (".www.lillemetropole.fr", "lillemetropole.fr"),
    ("a.b.example.co.uk", "example.co.uk"),
    ("user.github.io", "user.github.io"),  # a private suffix: each user is a site
    ("sub.service.gouv.fr", "service.gouv.fr"),
    ("localhost", "localhost"),
    ("127.0.0.1", "127.0.0.1"),
    ("[::1]", "::1"),
    ("EXAMPLE.ORG", "example.org"),
])
def test_site_is_the_registrable_domain(host, site):
    assert site_of(host) == site


@pytest.mark.parametrize("request_host,cookie_host,sent", [
    ("opendata.lillemetropole.fr", ".lillemetropole.fr", True),
    ("lillemetropole.fr", ".lillemetropole.fr", True),
    ("opendata.lillemetropole.fr", "www.lillemetropole.fr", False),
    ("opendata.lillemetropole.fr", ".www.lillemetropole.fr", False),
    ("www.lillemetropole.fr", ".www.lillemetropole.fr", True),
    ("evillillemetropole.fr", ".lillemetropole.fr", False),
    ("example.org", "example.org", True),
    ("shop.example.org", "example.org", False),  # host-only
    ("Example.ORG", "example.org", True),
])
def test_which_host_receives_a_cookie(request_host, cookie_host, sent):
    assert receives(request_host, cookie_host) is sent


_MAC_EPOCH = 978307200


def _binarycookies(cookies) -> bytes:
    """A minimal Safari Cookies.binarycookies with one page (format as Safari writes it)."""
    bodies = []
    for host, name, path, value, expires, flags in cookies:
        strings = b""
        offsets = []
        for s in (host, name, path, value):
            offsets.append(56 + len(strings))
            strings += s.encode() + b"\0"
        body = struct.pack("<IIII", 56 + len(strings), 0, flags, 0)
        body += struct.pack("<IIIII", *offsets, 0) + b"\0" * 4
        body += struct.pack("<dd", expires - _MAC_EPOCH, expires - 86400 - _MAC_EPOCH) + strings
        bodies.append(body)
    header = b"\x00\x00\x01\x00" + struct.pack("<I", len(bodies))
    start = len(header) + 4 * len(bodies) + 4
    offsets, at = [], start
    for b in bodies:
        offsets.append(at)
        at += len(b)
    page = header + b"".join(struct.pack("<I", o) for o in offsets) + b"\0" * 4 + b"".join(bodies)
    return b"cook" + struct.pack(">I", 1) + struct.pack(">I", len(page)) + page + b"\0" * 8


def test_safari_cookies_are_read_with_flags_and_expiry_but_no_value(tmp_path):
    path = tmp_path / "Cookies.binarycookies"
    path.write_bytes(_binarycookies([
        (".lillemetropole.fr", "_ga", "/", "GA1.1.secret", 1830000000, 0),
        ("opendata.lillemetropole.fr", "sessionid", "/", "s3cr3t", 1830000000, 1 | 4),
    ]))
    records = read_store(StoreRef("safari", "safari", "Default", str(path)))
    by_name = {r.name: r for r in records}
    assert set(by_name) == {"_ga", "sessionid"}
    assert by_name["sessionid"].secure and by_name["sessionid"].http_only
    assert not by_name["_ga"].secure
    assert by_name["_ga"].expires_us == 1830000000 * 1_000_000
    assert "secret" not in repr(records) and "s3cr3t" not in repr(records)


def test_a_broken_safari_file_is_a_store_error(tmp_path):
    path = tmp_path / "Cookies.binarycookies"
    path.write_bytes(b"nope" * 10)
    [report] = scan([StoreRef("safari", "safari", "Default", str(path))], EMPTY_POLICY).reports
    assert report.error.code == "corrupt" and "Safari" in report.error.message



def test_site_of_agrees_with_the_public_suffix_list_around_every_rule():
    """Our normalisation around the library keeps its answer, deep private suffixes included."""
    import random

    from inspector.domain import sites

    psl = sites._list()
    rules = sorted(r.lstrip("!").replace("*.", "") for r in psl._publicsuffix)
    hosts = []
    for rule in rules:
        hosts += [rule, "a." + rule, "b.a." + rule, "www.x." + rule, "q." + rule.split(".", 1)[-1]]
    random.Random(7).shuffle(hosts)
    sites.site_of.cache_clear()
    wrong = [h for h in hosts if site_of(h) != (psl.privatesuffix(h) or h)]
    assert wrong == []
