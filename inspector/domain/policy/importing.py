"""One import from a source the user chose (a URL, a saved file, pasted text), with where it came from and when."""
from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

from inspector.domain.policy.fetch import decode, fetch
from inspector.domain.policy.importer import ImportResult, default_hosts, import_document
from inspector.domain.policy.model import ORIGIN_FILE, ORIGIN_TEXT, ORIGIN_URL, PolicyOrigin

_KINDS = {".html": "html", ".htm": "html", ".xhtml": "html", ".json": "json", ".js": "js"}


def host_of_url(url: str) -> str:
    return (urlsplit(url).hostname or "").lower()


def from_url(url: str, host: str | None, now_us: int, cancelled=None, progress=None) -> ImportResult:
    """Fetch `url` (FetchError if it fails) and import it; the hosts default to the URL's host and
    its registrable domain."""
    fetched = fetch(url, cancelled=cancelled, progress=progress)
    if fetched.kind == "json" and "DomainData" not in fetched.text:
        # OneTrust's index (<id>/<id>.json) names the rule set whose JSON holds the cookie list.
        from inspector.domain.policy.declarations import onetrust_ruleset_url

        following = onetrust_ruleset_url(fetched.text)
        if following:
            fetched = fetch(following, cancelled=cancelled, progress=progress)
    host = host or host_of_url(fetched.url)
    result = import_document(fetched.text, host, fetched.url, fetched.kind)
    if fetched.kind == "html":
        from inspector.domain.policy.declarations import embedded_declarations

        result.declarations = embedded_declarations(fetched.text, fetched.url)
    result.hosts = default_hosts(host)
    result.origin = PolicyOrigin(ORIGIN_URL, fetched.url, now_us)
    return result


def from_file(path, host: str, now_us: int) -> ImportResult:
    path = Path(path)
    result = import_document(decode(path.read_bytes()), host, None, _KINDS.get(path.suffix.lower()))
    result.hosts = default_hosts(host)
    result.origin = PolicyOrigin(ORIGIN_FILE, str(path.resolve()), now_us)
    return result


def from_text(text: str, host: str, now_us: int, source_url: str | None = None) -> ImportResult:
    result = import_document(text, host, source_url, None)
    result.hosts = default_hosts(host)
    result.origin = PolicyOrigin(ORIGIN_TEXT, None, now_us)
    return result


__all__ = ["from_url", "from_file", "from_text", "host_of_url"]
