"""Fetching a policy page: http(s) only, at most 5 redirects, 5 MB, a timeout, no cookies or referrer, proxies; every failure coded."""
from __future__ import annotations

import socket

import pytest

from inspector.domain import codes as C
from inspector.domain.policy.fetch import USER_AGENT, FetchError, fetch

from loopback_server import LoopbackServer, slow

PAGE = (200, {"Content-Type": "text/html; charset=utf-8"}, "<h1>Cookies</h1><p>Durée</p>".encode())


@pytest.fixture
def server(monkeypatch):
    for var in ("http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("no_proxy", "127.0.0.1,localhost")
    with LoopbackServer() as srv:
        srv.routes["/final"] = PAGE
        yield srv


def _code(url, **kwargs):
    with pytest.raises(FetchError) as caught:
        fetch(url, **kwargs)
    return caught.value


def test_a_page_is_fetched_as_text_with_a_plain_request(server):
    got = fetch(server.url + "/final")
    assert (got.kind, got.text, got.url) == ("html", "<h1>Cookies</h1><p>Durée</p>", server.url + "/final")
    _line, headers = server.requests[-1]
    assert headers["User-Agent"] == USER_AGENT
    assert not {"Cookie", "Referer"} & set(headers)


def test_five_redirects_are_followed_without_cookies_or_referrer_and_six_are_refused(server):
    got = fetch(server.url + "/redirect/5")
    assert got.url == server.url + "/final" and got.requested == server.url + "/redirect/5"
    for _line, headers in server.requests:  # each hop set a cookie: none was sent back
        assert "Cookie" not in headers and "Referer" not in headers
    error = _code(server.url + "/redirect/6")
    assert error.code == C.FETCH_REDIRECTS and "too many redirects" in str(error)


def test_a_redirect_to_another_scheme_is_refused(server):
    server.routes["/to-file"] = (302, {"Location": "file:///etc/passwd"}, b"")
    assert _code(server.url + "/to-file").code == C.FETCH_REDIRECTS


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://127.0.0.1/x", "javascript:alert(1)", "127.0.0.1/x"])
def test_only_http_and_https(url):
    assert _code(url).code == C.FETCH_SCHEME


def test_http_status_is_an_error_with_its_number(server):
    error = _code(server.url + "/missing")
    assert (error.code, error.params["status"]) == (C.FETCH_STATUS, 404)
    assert str(error) == f"{server.url}/missing: the server answered HTTP 404"


def test_too_large_by_header_and_by_body(server):
    server.routes["/big"] = (200, {"Content-Type": "text/html"}, b"x" * (5 * 1024 * 1024 + 1))
    assert _code(server.url + "/big").code == C.FETCH_TOO_LARGE

    def endless(wfile):  # no Content-Length to trust: the read stops at the limit
        for _ in range(200):
            wfile.write(b"y" * 65536)
    server.routes["/stream"] = (200, {"Content-Type": "text/html", "Connection": "close",
                                      "Transfer-Encoding": "identity", "Content-Length": ""}, endless)
    assert _code(server.url + "/stream", max_bytes=1024 * 1024).code == C.FETCH_TOO_LARGE


def test_wrong_content_type(server):
    server.routes["/image"] = (200, {"Content-Type": "image/png"}, b"\x89PNG")
    error = _code(server.url + "/image")
    assert (error.code, error.params["content_type"]) == (C.FETCH_CONTENT_TYPE, "image/png")


def test_json_and_javascript_declarations_are_accepted(server):
    server.routes["/d.json"] = (200, {"Content-Type": "application/json"}, b'{"DomainData": {}}')
    server.routes["/cc.js"] = (200, {"Content-Type": "text/javascript"}, b"var CookieConsentDialog = {};")
    assert fetch(server.url + "/d.json").kind == "json" and fetch(server.url + "/cc.js").kind == "js"


def test_timeout(server):
    server.routes["/slow"] = slow(2)
    error = _code(server.url + "/slow", timeout=0.3)
    assert error.code == C.FETCH_TIMEOUT and error.params["seconds"] == 0.3


def test_tls_failure_is_named(server):
    # https to a server that speaks plain HTTP: the handshake fails.
    assert _code(server.url.replace("http:", "https:") + "/final").code == C.FETCH_TLS


def test_connection_refused(server):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    assert _code(f"http://127.0.0.1:{port}/").code == C.FETCH_CONNECT


def test_a_name_that_does_not_resolve(monkeypatch):
    # The resolver is the system's; the answer "no such name" is what is tested, so nothing leaves loopback.
    def no_such_name(*args, **kwargs):
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
    monkeypatch.setattr(socket, "getaddrinfo", no_such_name)
    error = _code("http://policy.invalid/cookies")
    assert (error.code, error.params["host"]) == (C.FETCH_DNS, "policy.invalid")


def test_the_system_proxy_is_used(server, monkeypatch):
    monkeypatch.setenv("http_proxy", server.url)
    monkeypatch.setenv("no_proxy", "")
    got = fetch("http://policy.example/final")  # never resolved: the proxy is asked for it
    assert got.text.startswith("<h1>") and server.requests[-1][0].startswith("GET http://policy.example/final ")


def test_cancel_between_chunks(server):
    server.routes["/final"] = (200, {"Content-Type": "text/html"}, b"z" * 300_000)
    assert _code(server.url + "/final", cancelled=lambda: True).code == C.FETCH_CANCELLED
