"""The words of the HTML report, marked for the catalogue's translation (see inspector/domain/wording.py)."""
from __future__ import annotations

from inspector.domain.wording import N, QT_TRANSLATE_NOOP, translate

# Context "ReportPage": the page's own words; the findings, summaries and badges come from
# the catalogue's tables (wording.py), so the report and the window say the same thing.
TITLE = QT_TRANSLATE_NOOP("ReportPage", "Consent report — {generated}")
HEADING = QT_TRANSLATE_NOOP("ReportPage", "Consent report")
META = QT_TRANSLATE_NOOP("ReportPage", "Generated {generated} · policy: {policy}{path} · cookie values are never "
                                       "included.")
NO_POLICY_NAME = QT_TRANSLATE_NOOP("ReportPage", "none")
SUMMARY = QT_TRANSLATE_NOOP("ReportPage", "Summary")
CARD_SITES = translate("ReportPage", "%n site(s)", None, N)
CARD_WITH_POLICY = translate("ReportPage", "%n with a policy", None, N)
CARD_DECLARED = translate("ReportPage", "%n declared by policies", None, N)
CARD_SEEN = translate("ReportPage", "%n distinct cookie(s) seen", None, N)
SITES = QT_TRANSLATE_NOOP("ReportPage", "Sites")
BY_CATEGORY = QT_TRANSLATE_NOOP("ReportPage", "Cookies by category")
NO_COOKIES = QT_TRANSLATE_NOOP("ReportPage", "No cookies.")
NO_SOURCE = QT_TRANSLATE_NOOP("ReportPage", "no source")
UNKNOWN_CATEGORY = QT_TRANSLATE_NOOP("ReportPage", "Unknown")
BAR_LABEL = QT_TRANSLATE_NOOP("ReportPage", "{category} ({source})")
FOOTER = QT_TRANSLATE_NOOP(
    "ReportPage", "Categories marked {policy} come from the site's published policy; {catalog} marks the "
                  "known-cookie catalog's guess from the cookie's name, and {ocd} the Open Cookie Database's: "
                  "never a declaration.")
ATTRIBUTION = QT_TRANSLATE_NOOP("ReportPage", "Descriptions marked Open Cookie Database: {attribution}.")
POLICY_LINE = QT_TRANSLATE_NOOP("ReportPage", "Policy: {name}{link}")
DECLARES = QT_TRANSLATE_NOOP("ReportPage", "What the policy declares")
COOKIE = QT_TRANSLATE_NOOP("ReportPage", "Cookie")
PROVIDER = QT_TRANSLATE_NOOP("ReportPage", "Provider")
CATEGORY = QT_TRANSLATE_NOOP("ReportPage", "Category")
PURPOSE = QT_TRANSLATE_NOOP("ReportPage", "Purpose")
LIFETIME = QT_TRANSLATE_NOOP("ReportPage", "Lifetime")
IN_BROWSERS = QT_TRANSLATE_NOOP("ReportPage", "In the browsers")
NOT_SEEN = QT_TRANSLATE_NOOP("ReportPage", "not seen")
ABSENT_FROM = QT_TRANSLATE_NOOP("ReportPage", "absent from {profiles}")
NOT_STATED = QT_TRANSLATE_NOOP("ReportPage", "not stated")
NO_POLICY = QT_TRANSLATE_NOOP("ReportPage", "No policy covers this site.")
HOLD = QT_TRANSLATE_NOOP("ReportPage", "What the browsers hold")
HOST_PATH = QT_TRANSLATE_NOOP("ReportPage", "Host · path")
BROWSER_PROFILE = QT_TRANSLATE_NOOP("ReportPage", "Browser · profile")
EXPIRES = QT_TRANSLATE_NOOP("ReportPage", "Expires")
PROVIDER_PURPOSE = QT_TRANSLATE_NOOP("ReportPage", "Provider · purpose")
FINDINGS = QT_TRANSLATE_NOOP("ReportPage", "Findings")
SESSION = QT_TRANSLATE_NOOP("ReportPage", "session")
EXPIRED = QT_TRANSLATE_NOOP("ReportPage", "expired {when}")
POLICY_SAYS = QT_TRANSLATE_NOOP("ReportPage", "the policy says “{label}”")
STORES = QT_TRANSLATE_NOOP("ReportPage", "Stores read")
BROWSER = QT_TRANSLATE_NOOP("ReportPage", "Browser")
PROFILE = QT_TRANSLATE_NOOP("ReportPage", "Profile")
PATH = QT_TRANSLATE_NOOP("ReportPage", "Path")
COOKIES = QT_TRANSLATE_NOOP("ReportPage", "Cookies")
ERROR = QT_TRANSLATE_NOOP("ReportPage", "Error")
