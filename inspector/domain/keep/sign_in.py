"""Which cookies keep a user signed in: session and authentication cookies, as their names and the catalog or policy tell."""
from __future__ import annotations

import re
from typing import Callable, Iterable, Optional

from inspector.domain.codes import NECESSARY

# The names web frameworks give their session cookie, and the prefixes that mark one (RFC 6265bis
# __Host-/__Secure- cookies are bound to the site and almost always hold a session or its guard).
_NAMES = frozenset(n.lower() for n in (
    "sessionid", "session", "sid", "sess", "phpsessid", "jsessionid", "asp.net_sessionid", "connect.sid",
    "laravel_session", "ci_session", "_session_id", "session_id", "sessid", "user_session", "auth",
    "auth_token", "authtoken", "access_token", "refresh_token", "remember_token", "li_at", "sso",
))
_PATTERNS = re.compile(r"(?i)^(__host-|__secure-|wordpress_logged_in_|wordpress_sec_|remember_|aspsessionid|"
                       r"_shibsession_|ssess[0-9a-f]|sess[0-9a-f]{8}|.*_session$|.*_sess$|.*sessionid$|.*_auth$|"
                       r"auth_)")
# What the policy's function and purpose, or the catalog's purpose, say of one (en and fr).
_SAYS_SIGN_IN = re.compile(r"(?i)\b(sign(ed)?[- ]?in|log(ged)?[- ]?in|authenti[cf]|connexion|identifi[ée]+ l)")
_CSRF = re.compile(r"(?i)csrf|xsrf")  # protects a form, signs no one in

Describe = Callable[[object], Optional[object]]


def is_sign_in(cookie, about=None) -> bool:
    """Whether deleting this InspectedCookie (described by `about`, a Description or None) would
    sign the user out of its site. A cookie a source files as statistics or marketing never is."""
    name = cookie.record.name
    if _CSRF.search(name):
        return False
    if about is not None:
        if about.category != NECESSARY and about.category in ("statistics", "marketing", "preferences"):
            return False
        # The purpose in English: the answer must not change with the window's language.
        said = " ".join(t for t in (about.function, getattr(about, "purpose_en", None) or about.purpose) if t)
        if _SAYS_SIGN_IN.search(said):
            return True
    lower = name.lower()
    return lower in _NAMES or bool(_PATTERNS.match(name))


def sign_ins(cookies: Iterable, describe: Describe) -> list:
    """The sign-in cookies among these InspectedCookies."""
    return [c for c in cookies if is_sign_in(c, describe(c))]


def sign_in_sites(cookies: Iterable, describe: Describe) -> list[str]:
    """The sites these cookies would sign the user out of, sorted."""
    return sorted({c.site for c in sign_ins(cookies, describe)})
