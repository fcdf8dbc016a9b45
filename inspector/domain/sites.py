"""Which site a cookie belongs to (registrable domain) and which hosts receive it (RFC 6265)."""
from __future__ import annotations

import ipaddress
import re
from functools import lru_cache

from publicsuffixlist import PublicSuffixList

_psl = None


def _list() -> PublicSuffixList:
    # Parsing the bundled list takes ~50 ms; do it once, and only when needed.
    global _psl
    if _psl is None:
        _psl = PublicSuffixList()
    return _psl


def normalize_host(host: str) -> str:
    """Lower-case, without the leading dot of a domain cookie, a trailing dot or brackets."""
    return host.strip().lstrip(".").rstrip(".").strip("[]").lower()


_MAYBE_IPV4 = re.compile(r"[0-9.]+")


def is_ip(host: str) -> bool:
    # ipaddress raises for every ordinary host name, and exceptions are slow; a scan
    # asks this for each of thousands of hosts, so only plausible addresses get parsed.
    if ":" not in host and not _MAYBE_IPV4.fullmatch(host):
        return False
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


@lru_cache(maxsize=65536)
def site_of(host: str) -> str:
    """The registrable domain (eTLD+1) of a host.

    IP addresses, `localhost` and hosts that are themselves public suffixes are sites of
    their own: they have no registrable parent to group under.
    """
    bare = normalize_host(host)
    if not bare or is_ip(bare) or "." not in bare:
        return bare
    return _list().privatesuffix(bare) or bare


def domain_match(request_host: str, cookie_domain: str) -> bool:
    """RFC 6265 §5.1.3: does `request_host` domain-match `cookie_domain`?"""
    request_host = normalize_host(request_host)
    cookie_domain = normalize_host(cookie_domain)
    if request_host == cookie_domain:
        return True
    return (
        request_host.endswith("." + cookie_domain)
        and not is_ip(request_host)
    )


def receives(request_host: str, cookie_host: str) -> bool:
    """Would a request to `request_host` carry a cookie stored under `cookie_host`?

    A stored host with a leading dot is a domain cookie, sent to that domain and every
    subdomain; without one it is host-only and goes to that exact host alone.
    """
    if cookie_host.startswith("."):
        return domain_match(request_host, cookie_host)
    return normalize_host(request_host) == normalize_host(cookie_host)
