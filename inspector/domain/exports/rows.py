"""The flat, value-free row of one inspected cookie that the CLI, exports and tests share."""
from __future__ import annotations

from inspector.domain import wording
from inspector.domain.descriptions import Describer
from inspector.domain.findings.engine import default_engine
from inspector.domain.records import StoreReport, us_to_iso

COLUMNS = (
    "browser", "profile", "container", "store", "site", "host", "name", "path",
    "expires", "created", "secure", "http_only", "same_site", "partition",
    "session", "expired", "status", "provider", "function", "purpose", "category", "source", "policy_site",
    "findings",
)


def finding_row(finding, say=wording.english) -> dict:
    """The JSON form of one finding: code, message (in `say`'s language), source, and check/provider/category/purpose when known."""
    row = {"code": finding.code, "message": wording.finding(finding, say), "source": finding.source}
    if finding.check is not None:
        row["check"] = finding.check
    about = finding.about
    if about is not None:
        # The purpose in the message's language, as the message quotes it.
        row.update(provider=about.provider, category=about.category,
                   purpose=about.purpose_in(getattr(say, "lang", "en")))
    return row


class FindingRows:
    """JSON rows of findings, worded once per distinct Finding and shared per distinct tuple of them.

    The engine hands equal findings out as one object, and equal tuples of them as one
    tuple: an export of 200,000 cookies words a few hundred findings and allocates no rows
    per cookie. Ids key the caches, so the objects are kept alive here. Rows are read-only.
    """

    def __init__(self, say=wording.english):
        self._say = say
        self.by_tuple: dict[int, tuple] = {}  # id(tuple of findings) -> its rows
        self._by_finding: dict[int, dict] = {}  # id(Finding) -> its row
        self._alive: list = []

    def __call__(self, found: tuple) -> tuple:
        rows = self.by_tuple.get(id(found))
        if rows is None:
            rows = self.by_tuple[id(found)] = tuple(map(self.row, found))
            self._alive.append(found)
        return rows

    def row(self, finding) -> dict:
        row = self._by_finding.get(id(finding))
        if row is None:
            row = self._by_finding[id(finding)] = finding_row(finding, self._say)
            self._alive.append(finding)
        return row


def cookie_rows(cookies, now_us: int, lang: str = "en", findings=None, describer: Describer | None = None,
                say=wording.english):
    """Yield cookie_row() for each inspected cookie.

    `findings` is aligned with `cookies` (findings.findings_for); computed here when None.
    provider, function, purpose and category come from the most authoritative source that
    knows the cookie, named in `source` (policy | catalog | ocd | None); `status` still
    says only what the policy declares.
    """
    iso = us_to_iso
    engine = default_engine()
    if findings is None:
        cookies = cookies if isinstance(cookies, (list, tuple)) else list(cookies)
        findings = engine.many(cookies, now_us)
    describe = (describer or Describer(engine.catalog, lang=lang)).describe
    finding_rows = FindingRows(say)
    rows_of = finding_rows.by_tuple.get
    for cookie, found in zip(cookies, findings):
        rows = rows_of(id(found))
        if rows is None:
            rows = finding_rows(found)
        record, site, match = cookie
        about = describe(cookie) or _UNKNOWN
        policy_site = match.site
        (browser, profile, container, store, host, name, path, expires, created, _access,
         secure, http_only, same_site, partition, session) = record[:15]
        yield {
            "browser": browser,
            "profile": profile,
            "container": container,
            "store": store,
            "site": site,
            "host": host,
            "name": name,
            "path": path,
            "expires": iso(expires),
            "created": iso(created),
            "secure": bool(secure),
            "http_only": bool(http_only),
            "same_site": same_site,
            "partition": partition,
            "session": bool(session),
            "expired": expires is not None and expires <= now_us,
            "status": match.status,
            "provider": about.provider,
            "function": about.function,
            "purpose": about.purpose,
            "category": about.category,
            "source": about.source,
            "policy_site": policy_site.id if policy_site is not None else None,
            "findings": rows,
        }


class _Unknown:
    """What no source knows: every field empty, and no source."""

    provider = function = purpose = category = source = None


_UNKNOWN = _Unknown()


def cookie_row(c, now_us: int, lang: str = "en") -> dict:
    """The flat row of one inspected cookie: what `scan --format json` prints for it."""
    return next(cookie_rows((c,), now_us, lang))


def store_row(report: StoreReport) -> dict:
    s = report.store
    return {
        "browser": s.browser,
        "profile": s.profile,
        "path": s.path,
        "count": report.count,
        "error": report.error.message if report.error else None,
    }


def error_row(report: StoreReport) -> dict:
    s = report.store
    return {"browser": s.browser, "profile": s.profile, "path": s.path,
            "code": report.error.code, "message": report.error.message}
