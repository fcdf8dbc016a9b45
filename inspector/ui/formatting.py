"""How cookie facts read on screen: relative expiry, flags, browser names, and the catalogue's phrases (translatable)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from inspector.domain.problem_words import error_text
from inspector.domain.records import us_to_iso
from inspector.domain import wording
from inspector.domain.codes import POLICY


# Module-level tr() calls land in the global context when pyside6-lupdate extracts them.
_CTX = ""

_MINUTE_US = 60 * 1_000_000
_HOUR_US = 60 * _MINUTE_US
_DAY_US = 24 * _HOUR_US
_MONTH_US = _DAY_US * 365 / 12

# Product names as their makers spell them; the domain keeps lower-case ids.
_BROWSERS = {
    "chrome": "Chrome", "chrome-beta": "Chrome Beta", "chrome-dev": "Chrome Dev", "chromium": "Chromium",
    "edge": "Edge", "brave": "Brave", "opera": "Opera", "opera-gx": "Opera GX", "vivaldi": "Vivaldi",
    "firefox": "Firefox", "librewolf": "LibreWolf", "safari": "Safari",
}


def plural(translated: str, n: int) -> str:
    """English plurals for a tr() result with "(s)": what is left when no translation is loaded.

    Qt fills in %n either way; a translation replaces the whole phrase with its own forms.
    """
    return translated.replace("(s)", "" if n == 1 else "s") if "(s)" in translated else translated


def _counted(translated: str, n: int) -> str:
    # Written out as QCoreApplication.translate(context, text, None, n) at each call, which
    # pyside6-lupdate files as a plural message (it does not see through tr() here).
    return plural(translated, n)


def tr(text: str, n: int = -1) -> str:
    return plural(QCoreApplication.translate(_CTX, text, None, n), n)


def say(phrase, n: int = -1) -> str:
    """A phrase of the catalogue (inspector/domain/wording.py) in the user's language; `n` fills its %n."""
    return plural(QCoreApplication.translate(phrase.context, phrase.text, None, n), n)


say.lang = "en"  # the language of a policy's texts in the catalogue's sentences; ui/language.py sets it


def policy_title(policy) -> str:
    """The policy in force as the title and status bar name it (a library: the one added last).

    Its file's `name` is the author's words, shown as written, except the one this app writes
    itself in English (model.own_name: the bundled policy, every import), which is said in the
    user's language (« politique de cookies de <site> »)."""
    from inspector.domain.policy.model import site_of_own_name  # after the load: the policy package brings YAML

    name = getattr(policy, "name", "") or ""
    site = site_of_own_name(name)
    return tr("{sites} cookie policy").format(sites=site) if site else name


def error_words(exc: BaseException) -> str:
    """A domain error's sentence in the user's language (its phrase and parameters, worded); any other as str()."""
    return error_text(exc, say)


def relative_expiry(expires_us: int | None, now_us: int, expired: bool) -> str:
    """'session', 'expired', or 'in 11 months'. `expired` comes from the domain (record.is_expired)."""
    if expires_us is None:
        return tr("session")
    if expired:
        return tr("expired")
    left = expires_us - now_us
    if left < _MINUTE_US:
        return tr("in less than a minute")
    # Each unit is used until the rounded count would reach the next unit: never "in 60 minutes".
    minutes = round(left / _MINUTE_US)
    if minutes < 60:
        return _counted(QCoreApplication.translate("", "in %n minute(s)", None, minutes), minutes)
    hours = round(left / _HOUR_US)
    if hours < 24:
        return _counted(QCoreApplication.translate("", "in %n hour(s)", None, hours), hours)
    days = round(left / _DAY_US)
    if days < 45:
        return _counted(QCoreApplication.translate("", "in %n day(s)", None, days), days)
    months = round(left / _MONTH_US)
    if months < 24:
        return _counted(QCoreApplication.translate("", "in %n month(s)", None, months), months)
    years = round(left / (12 * _MONTH_US))
    return _counted(QCoreApplication.translate("", "in %n year(s)", None, years), years)


def lifetime(text: str | None) -> str | None:
    """A lifetime as policy.yaml and the catalog write it ("13 months", "session"), in the user's
    language; any other text (an imported page's words, OCD's retention) as written."""
    if not text:
        return text
    if text.strip().lower() == "session":
        return tr("session")
    from inspector.domain.policy.loader import lifetime_count  # not before the first paint: it brings YAML

    counted = lifetime_count(text)
    if counted is None:
        return text
    n, unit = counted
    # One literal per unit: pyside6-lupdate files each as a plural message.
    if unit == "second":
        said = QCoreApplication.translate("", "%n second(s)", None, n)
    elif unit == "minute":
        said = QCoreApplication.translate("", "%n minute(s)", None, n)
    elif unit == "hour":
        said = QCoreApplication.translate("", "%n hour(s)", None, n)
    elif unit == "day":
        said = QCoreApplication.translate("", "%n day(s)", None, n)
    elif unit == "week":
        said = QCoreApplication.translate("", "%n week(s)", None, n)
    elif unit == "month":
        said = QCoreApplication.translate("", "%n month(s)", None, n)
    else:
        said = QCoreApplication.translate("", "%n year(s)", None, n)
    return _counted(said, n)


def exact_time(us: int | None) -> str:
    """The exact UTC instant, as people read it: '2027-11-29 09:35:31 UTC'."""
    iso = us_to_iso(us)
    if iso is None:
        return ""
    return iso.replace("T", " ").replace("Z", " UTC")


def expiry_tooltip(expires_us: int | None, expired: bool) -> str:
    if expires_us is None:
        return tr("Session cookie: the browser deletes it when it closes")
    if expired:
        return tr("Expired {time}: the browser ignores it and removes it on its next clean-up").format(
            time=exact_time(expires_us))
    return tr("Expires {time}").format(time=exact_time(expires_us))


def browser_name(browser: str) -> str:
    return _BROWSERS.get(browser, browser.replace("-", " ").title())


def where(browser: str, profile: str, container: str | None) -> str:
    """'Firefox · Default · Work': the browser, its profile, and the container if any."""
    parts = [browser_name(browser), profile]
    if container:
        parts.append(container)
    return " · ".join(parts)


def store_label(browser: str, profile: str) -> str:
    return f"{browser_name(browser)} · {profile}"


def same_site(value: str) -> str:
    return {"none": "None", "lax": "Lax", "strict": "Strict"}.get(value, "")


def flags(secure: bool, http_only: bool, same_site_value: str) -> str:
    """'Secure · HttpOnly · Lax': the attributes as the web names them (not translated).

    SameSite shows as its value alone to keep the column narrow; the tooltip and the
    details pane spell it out.
    """
    parts = []
    if secure:
        parts.append("Secure")
    if http_only:
        parts.append("HttpOnly")
    shown = same_site(same_site_value)
    if shown:
        parts.append(shown)
    return " · ".join(parts)


def flags_tooltip(secure: bool, http_only: bool, same_site_value: str) -> str:
    lines = [
        tr("Secure: sent over HTTPS only") if secure else tr("Not Secure: also sent over plain HTTP"),
        tr("HttpOnly: hidden from the page's scripts") if http_only else tr("Readable by the page's scripts"),
    ]
    lines.append({
        "none": tr("SameSite=None: sent with cross-site requests too"),
        "lax": tr("SameSite=Lax: sent with top-level navigations from other sites"),
        "strict": tr("SameSite=Strict: only sent to requests from the same site"),
    }.get(same_site_value, tr("No SameSite attribute: the browser's default applies")))
    return "\n".join(lines)


def status(code: str) -> str:
    return wording.status(code, say)


def status_tooltip(code: str) -> str:
    return wording.status_tip(code, say)


GUESS_MARK = "≈ "  # before a catalog's answer: a guess from the name, never the site's declaration


def category(about) -> str:
    """A description's category: its banner category (necessary ... marketing), worded."""
    if about is None:
        return ""
    return wording.category_name(about.category, say)


def category_word(category_id: str | None) -> str:
    """A banner category's name in the user's language."""
    return wording.category_name(category_id, say)


def own_category(about) -> str:
    """The source's own word for the category, when it differs from the banner one: the policy's "Statistical"."""
    if about is None or not about.source_label:
        return ""
    own = about.source_label
    return "" if own.casefold() == category(about).casefold() else own


def category_choices(policy, lang: str, counts: dict | None) -> list[tuple[str, str]]:
    """(id, label) of the four banner categories a filter offers, whatever taxonomy the policy speaks.

    With `counts` ({id: (declared, guessed)}), each label says how many rows it holds and on
    whose word: "Marketing (3 declared, 41 per catalog)".
    """
    out = []
    for cid in wording.CATEGORY_NAMES:
        label = category_word(cid)
        whose = on_whose_word(*counts.get(cid, (0, 0))) if counts is not None else ""
        out.append((cid, f"{label} ({whose})" if whose else label))
    return out


def category_title(policy, category_id: str, lang: str) -> str:
    """A banner category's name (the same word in every menu, whatever the policy calls it)."""
    return category_word(category_id)


def on_whose_word(declared: int, guessed: int) -> str:
    """'3 declared, 41 per catalog': how many cookies the policy declares, and how many a catalog files."""
    parts = (([_counted(QCoreApplication.translate("", "%n declared", None, declared), declared)] if declared else [])
             + ([_counted(QCoreApplication.translate("", "%n per catalog", None, guessed), guessed)] if guessed else []))
    return ", ".join(parts)


def described(about, text: str | None) -> str:
    """A description's provider or purpose as a cell shows it: plain for a declaration, marked for a guess."""
    if about is None or not text:
        return "—"
    return text if about.source == POLICY else GUESS_MARK + text


def full_then(text: str, tip: str | None) -> str:
    """A tooltip that starts with the cell's full text (cut cells show it whole), then what explains it."""
    if not text or text == "—":
        return tip or text
    return text + "\n\n" + tip if tip else text


def about_tooltip(about) -> str:
    """Who says so, in which entry, and where to read more."""
    if about is None:
        return tr("No policy declares this cookie, and neither catalog knows its name")
    lines = [wording.source_label(about.source, say).capitalize()]
    if about.source == POLICY:
        lines.append(tr("Declared as: {entry}").format(entry=about.entry))
        if about.source_label:
            lines.append(tr("The policy's own category: {label}").format(label=about.source_label))
    else:
        lines.append(tr("Entry: {entry}").format(entry=about.entry))
        if about.source_label:
            lines.append(tr("Its own category: {label}").format(label=about.source_label))
        if about.uncertain:
            lines.append(tr("May be strictly necessary or a preference: consent is not certain either way"))
    if about.link:
        lines.append(about.link)
    return "\n".join(lines)
