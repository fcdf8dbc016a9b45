"""Findings: where the cookies a browser holds differ from what the policy or the catalog says, and per-site summaries.

API for the window, exports and the CLI (all Qt-free; the domain gives codes and parameters,
inspector/domain/wording.py words them):

    from inspector.domain.findings import engine as F

    per_cookie = F.scan_findings(result)            # list, aligned with result.cookies
    per_cookie[i]                                   # tuple[Finding, ...], empty when nothing is wrong
    F.cookie_findings(cookie, now_us)               # the same for one InspectedCookie
    F.describe(cookie)                              # About | None: provider/category/purpose + "policy"|"catalog"
    F.site_summaries(result, per_cookie)            # {site: SiteSummary}: counts; wording.site_summary(s) is
                                                    # "lillemetropole.fr — policy: 4 declared · seen: 16 · ..."
    F.site_summaries(result, per_cookie, indexes)   # the same over a subset (e.g. the rows a filter keeps)

Finding kinds (`Finding.code`, from domain/codes.py), with `SEVERITY[code]` ("warning" | "info") for icons:

- `undeclared`: a policy covers the cookie's site but does not declare the cookie.
- `lifetime`: `check == "declared"`: the stored lifetime is more than 1.5x the declared one
  (CookieBlock's tolerance), or a persistent cookie was declared as a session cookie;
  `check == "13-months"`: a cookie in a category that needs consent lives longer than
  13 months (CNIL's recommended maximum).
- `category-mismatch`: the policy files the cookie under a category needing no consent,
  while the catalog's category needs consent.
- `unknown`: no policy covers the cookie and the catalog does not know the name.
- `declared-absent`: a declared cookie is missing from a browser profile that holds the
  site's other cookies. Informational; it is site-level, so it appears in SiteSummary
  (`absent`) and never in the per-cookie tuples.

`Finding.source` says whose information the finding rests on: "policy" (the site's
published policy) or "catalog" (resources/known_cookies.yaml: a guess from the name,
never a declaration); None for `unknown`. When the catalog supplied provider, category
or purpose, `Finding.about` carries them.

The site's own policy always wins: a declared cookie takes its category from the policy,
and the catalog only adds the category-mismatch check.

Findings are shared, read-only objects: equal findings are one object, and cookies with
equal findings share one tuple, so an export words each distinct finding once
(exports/rows.FindingRows). The module-level functions use one process-wide FindingsEngine whose
caches are not locked: call them from one thread at a time, or give a worker thread its
own `FindingsEngine()` (the `engine=` argument of each function).
"""
