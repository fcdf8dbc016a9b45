"""Relaunch a real Chromium or Firefox ESR on a profile and record which cookies it sends to a loopback server.

    python browser_harness.py --browser chromium|firefox --profile DIR --work DIR --out RESULT.json

Run it inside a private network namespace whose only interface is loopback
(`unshare -n sh -c 'ip link set lo up && exec python browser_harness.py ...'`): the
server binds 127.0.0.1:80/443, every scenario host resolves to 127.0.0.1 (Chromium's
--host-resolver-rules, Firefox's network.dns.localDomains), and nothing can leave the
namespace. The server never sets a cookie; it logs, per request, the name and a short
hash of each cookie received (never a value). The browser is closed the clean way, so
it writes its cookie store back: Chromium by DevTools `Browser.close` over
--remote-debugging-pipe, Firefox by `window.close()` of its last window.
"""
from __future__ import annotations

import argparse
import hashlib
import http.server
import json
import os
import shutil
import signal
import socketserver
import ssl
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse

HOSTS = ["opendata.lillemetropole.fr", "www.lillemetropole.fr", "ad.doubleclick.net", "www.youtube.com",
         "example.org", "localhost"]
SERVED_HOSTS = {*HOSTS, "127.0.0.1"}
CHROMIUM_BIN = "/usr/lib/chromium/chromium"
FIREFOX_BIN = "/usr/lib/firefox-esr/firefox-esr"
CHROMIUM_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--password-store=basic",
    "--host-resolver-rules=MAP * 127.0.0.1", "--ignore-certificate-errors", "--no-default-browser-check",
    "--disable-breakpad", "--disable-domain-reliability", "--metrics-recording-only", "--disable-extensions",
    "--disable-features=HttpsUpgrades,HttpsFirstBalancedModeAutoEnable,MediaRouter,OptimizationHints",
]
FIREFOX_PREFS = {
    "browser.shell.checkDefaultBrowser": False, "browser.startup.homepage_override.mstone": "ignore",
    "startup.homepage_welcome_url": "", "startup.homepage_welcome_url.additional": "",
    "startup.homepage_override_url": "", "browser.aboutwelcome.enabled": False,
    "trailhead.firstrun.didSeeAboutWelcome": True, "browser.newtabpage.enabled": False,
    "browser.tabs.warnOnClose": False, "browser.warnOnQuit": False, "browser.sessionstore.resume_from_crash": False,
    # restore the previous session, and with it the session cookies kept in sessionstore.jsonlz4
    "browser.startup.page": 3, "browser.sessionstore.restore_on_demand": False,
    "datareporting.policy.dataSubmissionEnabled": False, "datareporting.healthreport.uploadEnabled": False,
    "toolkit.telemetry.enabled": False, "toolkit.telemetry.unified": False, "toolkit.telemetry.server": "",
    "toolkit.telemetry.reportingpolicy.firstRun": False, "app.shield.optoutstudies.enabled": False,
    "app.normandy.enabled": False, "app.normandy.api_url": "", "breakpad.reportURL": "",
    "app.update.enabled": False, "app.update.auto": False, "app.update.url": "",
    "extensions.update.enabled": False, "extensions.getAddons.cache.enabled": False,
    "extensions.systemAddon.update.enabled": False, "extensions.blocklist.enabled": False,
    "services.settings.server": "http://127.0.0.1:9/v1", "browser.search.update": False,
    "network.prefetch-next": False, "network.dns.disablePrefetch": True, "network.predictor.enabled": False,
    "network.http.speculative-parallel-limit": 0, "browser.urlbar.speculativeConnect.enabled": False,
    "network.captive-portal-service.enabled": False, "network.connectivity-service.enabled": False,
    "network.trr.mode": 5, "dom.push.enabled": False, "browser.safebrowsing.malware.enabled": False,
    "browser.safebrowsing.phishing.enabled": False, "browser.safebrowsing.downloads.enabled": False,
    "browser.safebrowsing.provider.mozilla.updateURL": "", "browser.safebrowsing.provider.google4.updateURL": "",
    "identity.fxaccounts.enabled": False, "media.gmp-manager.url": "", "browser.region.network.url": "",
    "browser.region.update.enabled": False, "geo.enabled": False, "network.proxy.type": 0,
    "dom.security.https_first": False, "dom.security.https_first_schemeless": False,
    "dom.security.https_only_mode": False, "dom.allow_scripts_to_close_windows": True,
}


def visits(http_port: int, https_port: int) -> list[str]:
    def url(scheme, host, path):
        port = https_port if scheme == "https" else http_port
        default = 443 if scheme == "https" else 80
        return f"{scheme}://{host}{'' if port == default else f':{port}'}{path}"

    return [url("https", "opendata.lillemetropole.fr", "/"),
            url("https", "opendata.lillemetropole.fr", "/api/explore/v2.1/catalog"),
            url("http", "www.lillemetropole.fr", "/"),
            url("https", "example.org", "/"),
            url("http", "example.org", "/shop/cart"),
            url("http", "localhost", "/"),
            url("http", "127.0.0.1", "/")], url


class Recorder:
    def __init__(self, token: str):
        self.token = token
        self.requests: list[dict] = []
        self.lock = threading.Lock()
        self.done = threading.Event()
        self.may_close = threading.Event()


def make_handler(rec: Recorder, chain: list[str], embeds: dict, done_url: str):
    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args):
            pass

        def do_GET(self):
            scheme = "https" if isinstance(self.connection, ssl.SSLSocket) else "http"
            host = (self.headers.get("Host") or "").split(":")[0].lower()
            parts = urllib.parse.urlsplit(self.path)
            query = dict(urllib.parse.parse_qsl(parts.query))
            cookies = []
            # http.server reads header bytes as latin-1: encoding back gives the raw bytes sent.
            for piece in (self.headers.get("Cookie") or "").split(";"):
                name, sep, value = piece.strip().partition("=")
                if sep:
                    cookies.append([name, hashlib.sha256(value.encode("latin-1")).hexdigest()[:16]])
            # Through the containment proxy, a browser's own background traffic arrives here too.
            if parts.path not in ("/__shouldclose", "/favicon.ico") and host in SERVED_HOSTS:
                with rec.lock:
                    rec.requests.append({"scheme": scheme, "host": host, "path": parts.path,
                                         "dest": self.headers.get("Sec-Fetch-Dest"), "cookies": cookies})
            if parts.path == "/__shouldclose":
                return self.send(b"close" if rec.may_close.is_set() else b"wait", "text/plain")
            if parts.path == "/__done":
                if query.get("run") == rec.token:
                    rec.done.set()
                # Any restored copy of a closing page closes itself too once we allow it.
                return self.send(CLOSE_PAGE.encode(), "text/html")
            if parts.path == "/favicon.ico":
                return self.send(b"", "image/x-icon", 404)
            if query.get("embed"):
                return self.send(b"<!doctype html><p>embedded</p>", "text/html")
            if parts.path.startswith("/pixel"):
                return self.send(GIF, "image/gif")
            here = f"{scheme}://{self.headers.get('Host')}{parts.path}"
            nxt = next((chain[i + 1] for i, u in enumerate(chain[:-1]) if u == here), None)
            if query.get("run") != rec.token or nxt is None:
                nxt = None
            body = page(embeds.get(here, ""), (nxt or done_url) + f"?run={rec.token}" if nxt or
                        query.get("run") == rec.token else None)
            return self.send(body.encode(), "text/html")

        def send(self, body: bytes, ctype: str, code: int = 200):
            self.send_response(code)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Cache-Control", "no-store")
            self.end_headers()
            self.wfile.write(body)

    return Handler


GIF = (b"GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\xff\xff\xff!\xf9\x04\x01\x00\x00\x00\x00,\x00\x00\x00"
       b"\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;")
CLOSE_PAGE = ("<!doctype html><title>done</title><script>function poll(){fetch('/__shouldclose')"
              ".then(function(r){return r.text()}).then(function(t){if(t==='close'){window.close();}"
              "else{setTimeout(poll,300);}}).catch(function(){setTimeout(poll,300);});}poll();</script>")


def page(embeds: str, next_url) -> str:
    go = ""
    if next_url:
        go = ("<script>window.addEventListener('load',function(){setTimeout(function(){location.href=%s;},400);});"
              "</script>" % json.dumps(next_url))
    return f"<!doctype html><html><head><meta charset='utf-8'></head><body><p>loopback test page</p>{embeds}{go}</body></html>"


class TServer(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True
    allow_reuse_address = True


def make_certs(folder: str) -> tuple[str, str, str]:
    def run(*cmd):
        subprocess.run(cmd, check=True, capture_output=True)

    ca_key, ca, key, csr, leaf, ext = (os.path.join(folder, n) for n in
                                       ("ca.key", "ca.pem", "leaf.key", "leaf.csr", "leaf.pem", "ext.cnf"))
    run("openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
        "-keyout", ca_key, "-out", ca, "-days", "2", "-subj", "/CN=Consent Inspector Loopback Test CA",
        "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign")
    run("openssl", "req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-keyout", key,
        "-out", csr, "-subj", "/CN=consent-inspector-loopback")
    with open(ext, "w") as fh:
        fh.write("subjectAltName=%s\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n"
                 % ",".join([f"DNS:{h}" for h in HOSTS] + ["IP:127.0.0.1"]))
    run("openssl", "x509", "-req", "-in", csr, "-CA", ca, "-CAkey", ca_key, "-CAcreateserial", "-out", leaf,
        "-days", "2", "-extfile", ext)
    return leaf, key, ca


def start_servers(rec, chain, embeds, done_url, http_port, https_port, cert, key):
    servers = []
    handler = make_handler(rec, chain, embeds, done_url)
    plain = TServer(("127.0.0.1", http_port), handler)
    secure = TServer(("127.0.0.1", https_port), handler)
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(cert, key)
    secure.socket = ctx.wrap_socket(secure.socket, server_side=True)
    for s in (plain, secure):
        threading.Thread(target=s.serve_forever, daemon=True).start()
        servers.append(s)
    return servers


def browser_env(home: str) -> dict:
    env = {"HOME": home, "PATH": "/usr/sbin:/usr/bin:/sbin:/bin", "LANG": "C.UTF-8", "TZ": "UTC",
           "XDG_CONFIG_HOME": os.path.join(home, ".config"), "XDG_CACHE_HOME": os.path.join(home, ".cache"),
           "XDG_RUNTIME_DIR": os.path.join(home, ".run"), "MOZ_CRASHREPORTER_DISABLE": "1",
           "MOZ_DISABLE_AUTO_SAFE_MODE": "1"}
    os.makedirs(env["XDG_RUNTIME_DIR"], mode=0o700, exist_ok=True)
    return env


def wait_gone(proc: subprocess.Popen, timeout: float) -> bool:
    try:
        proc.wait(timeout=timeout)
        return True
    except subprocess.TimeoutExpired:
        return False


def stop(proc: subprocess.Popen) -> str:
    """Give the browser a minute to quit cleanly (so it writes its cookies back), then
    end it; returns what it took, for the run's log."""
    if wait_gone(proc, 60):
        return ""
    proc.terminate()
    if not wait_gone(proc, 30):
        proc.kill()
        proc.wait()
    return "+SIGTERM"


def reap(proc: subprocess.Popen, grace: float = 20) -> None:
    """Wait for the helpers of the browser we started (its own process group), then end leftovers."""
    end = time.time() + grace
    while time.time() < end:
        try:
            os.killpg(proc.pid, 0)
        except ProcessLookupError:
            return
        time.sleep(0.2)
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass


def run_chromium(user_data: str, start: str, rec: Recorder, work: str, log) -> str:
    home = os.path.join(work, "home-chromium")
    os.makedirs(home, exist_ok=True)
    cmd_r, cmd_w = os.pipe()
    ans_r, ans_w = os.pipe()

    def child_fds():
        os.dup2(cmd_r, 3)
        os.dup2(ans_w, 4)

    cmd = [CHROMIUM_BIN, "--remote-debugging-pipe", *CHROMIUM_FLAGS, f"--user-data-dir={user_data}",
           "--profile-directory=Default", start]
    proc = subprocess.Popen(cmd, env=browser_env(home), stdout=log, stderr=log, start_new_session=True,
                            preexec_fn=child_fds, close_fds=False)
    os.close(cmd_r)
    os.close(ans_w)
    drain = threading.Thread(target=lambda: [None for _ in iter(lambda: os.read(ans_r, 65536), b"")], daemon=True)
    drain.start()
    how = "Browser.close"
    try:
        if not rec.done.wait(90):
            how = "timeout"
        time.sleep(1.0)
        os.write(cmd_w, json.dumps({"id": 1, "method": "Browser.close"}).encode() + b"\0")
        how += stop(proc)
    finally:
        reap(proc)
        os.close(cmd_w)
    return how


def run_firefox(profile: str, start: str, ca: str, rec: Recorder, work: str, log, proxy_port: int = 0) -> str:
    """With `proxy_port` (no private network namespace), every host but the scenario's goes to our
    own server as its HTTP proxy: tabs restored from the profile's session at other ports (such as
    http://127.0.0.1/__done, port 80) still reach the server and get the page that closes them,
    so Firefox quits by itself in both modes, and nothing leaves loopback."""
    home = os.path.join(work, "home-firefox")
    os.makedirs(home, exist_ok=True)
    if not os.path.exists(os.path.join(profile, "cert9.db")):
        subprocess.run(["certutil", "-N", "-d", f"sql:{profile}", "--empty-password"], check=True, capture_output=True)
    subprocess.run(["certutil", "-A", "-d", f"sql:{profile}", "-n", "Consent Inspector Loopback Test CA",
                    "-t", "C,,", "-i", ca], check=True, capture_output=True)
    prefs = dict(FIREFOX_PREFS)
    prefs["network.dns.localDomains"] = ",".join(h for h in HOSTS if h != "localhost")
    if proxy_port:
        # CONNECT (https elsewhere) gets 501 from our server: it fails at once, and stays local.
        prefs.update({"network.proxy.type": 1, "network.proxy.http": "127.0.0.1", "network.proxy.http_port": proxy_port,
                      "network.proxy.ssl": "127.0.0.1", "network.proxy.ssl_port": proxy_port,
                      "network.proxy.allow_hijacking_localhost": True,
                      "network.proxy.no_proxies_on": ",".join(HOSTS)})
    with open(os.path.join(profile, "user.js"), "w") as fh:
        for k, v in prefs.items():
            fh.write(f"user_pref({json.dumps(k)}, {json.dumps(v)});\n")
    proc = subprocess.Popen([FIREFOX_BIN, "--headless", "--no-remote", "--profile", profile, start],
                            env=browser_env(home), stdout=log, stderr=log, start_new_session=True)
    how = "window.close()"
    try:
        if not rec.done.wait(120):
            how = "timeout"
        time.sleep(1.0)
        rec.may_close.set()
        how += stop(proc)
    finally:
        reap(proc)
    return how


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--browser", choices=("chromium", "firefox"), required=True)
    ap.add_argument("--profile", required=True, help="Chromium user-data dir or Firefox profile dir")
    ap.add_argument("--work", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--http-port", type=int, default=80)
    ap.add_argument("--https-port", type=int, default=443)
    ap.add_argument("--contain", action="store_true",
                    help="no private network namespace: send Firefox's other traffic to our own server as its proxy")
    a = ap.parse_args()
    os.makedirs(a.work, exist_ok=True)
    chain, url = visits(a.http_port, a.https_port)
    done_url = url("http", "127.0.0.1", "/__done")
    token = os.urandom(6).hex()
    embeds = {chain[0]: (f"<img src='{url('https', 'ad.doubleclick.net', '/pixel')}'>"
                         f"<iframe src='{url('https', 'www.youtube.com', '/embed/x')}?embed=1'></iframe>")}
    rec = Recorder(token)
    certs = tempfile.mkdtemp(dir=a.work, prefix="certs-")
    cert, key, ca = make_certs(certs)
    servers = start_servers(rec, chain, embeds, done_url, a.http_port, a.https_port, cert, key)
    start = chain[0] + f"?run={token}"
    t0 = time.time()
    with open(os.path.join(a.work, f"{a.browser}.log"), "ab") as log:
        try:
            if a.browser == "chromium":
                how = run_chromium(a.profile, start, rec, a.work, log)
            else:
                how = run_firefox(a.profile, start, ca, rec, a.work, log, a.http_port if a.contain else 0)
        finally:
            for s in servers:
                s.shutdown()
                s.server_close()
    with rec.lock:
        result = {"browser": a.browser, "stopped_by": how, "chain_done": rec.done.is_set(),
                  "seconds": round(time.time() - t0, 1), "requests": list(rec.requests)}
    with open(a.out, "w") as fh:
        json.dump(result, fh, indent=1)
    shutil.rmtree(certs, ignore_errors=True)
    return 0 if rec.done.is_set() else 1


if __name__ == "__main__":
    sys.exit(main())
