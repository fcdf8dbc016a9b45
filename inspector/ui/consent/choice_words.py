"""The words and chips of a site's consent choice, from the domain's codes: no rule, only presentation."""
from __future__ import annotations

import html

from PySide6.QtCore import QDateTime, QLocale, QTimeZone

from inspector.domain import wording
from inspector.domain.codes import CATEGORIES
from inspector.ui import formatting as fmt
from inspector.ui.category_colors import dark_palette

# (background, text) of an accepted or refused category chip, on a light and on a dark palette:
# both pairs keep the text's contrast with its chip above 4.5:1.
_CHIP = {"accepted": ("#e6f4ea", "#1e8e3e"), "refused": ("#fce8e6", "#c5221f")}
_CHIP_DARK = {"accepted": ("#1e3a28", "#81c995"), "refused": ("#4a1f1c", "#f28b82")}


def day(us: int | None) -> str:
    """'1 Dec 2026', « 1 déc. 2026 » (UTC): the date a verdict names, in the window's language."""
    if us is None:
        return ""
    when = QDateTime.fromMSecsSinceEpoch(us // 1000, QTimeZone.utc())
    return QLocale().toString(when.date(), "d MMM yyyy")


def chip(category: str, state: str) -> str:
    bg, fg = (_CHIP_DARK if dark_palette() else _CHIP)[state]
    name = html.escape(fmt.say(wording.CATEGORY_NAMES[category]))
    mark = "✓" if state == "accepted" else "✗"
    return (f'<span style="background-color:{bg}; color:{fg}; font-weight:600">&nbsp;{mark}&nbsp;{name}&nbsp;</span>')


def chips(record) -> str:
    return "&nbsp; ".join(chip(c, s) for c, s in record.categories if s in _CHIP)


def record_line(record) -> str:
    """'Cookiebot · Chromium · Your Chromium · 1 Dec 2026' and the category chips (rich text)."""
    where = ""
    if record.cookies:
        c = record.cookies[0]
        where = fmt.where(c.browser, c.profile, c.container)
    head = " · ".join(p for p in (fmt.say(wording.CONSENT_PLATFORMS.get(record.platform,
                                                                       wording.CONSENT_PLATFORMS["tcf"]))
                                  if record.platform in wording.CONSENT_PLATFORMS else record.platform,
                                  where, day(record.decided_at_us)) if p)
    if not record.readable:
        return f"<b>{html.escape(head)}</b> — {html.escape(fmt.say(wording.NOT_READABLE))}"
    if record.error:
        return f"<b>{html.escape(head)}</b> — {html.escape(fmt.say(wording.CONSENT_FINDING_NAMES['invalid-consent-string']))}"
    return f"<b>{html.escape(head)}</b>&nbsp;&nbsp;{chips(record)}"


def verdict(site_consent) -> str:
    """The one-line verdict: what was refused (or accepted), when, and how many cookies are here anyway."""
    decided = [r for r in site_consent.records if r.decided and r.decided_at_us is not None]
    if not decided:
        return fmt.say(wording.VERDICT_NONE).format(site=site_consent.site)
    record = max(decided, key=lambda r: r.decided_at_us)
    against = site_consent.against
    # Name what the cookies here go against (categories, vendors); with none, what was refused at all.
    refused = wording.consent_refusals(against, fmt.say) if against else wording.category_words(
        [c for c in CATEGORIES if any(r.category(c) == "refused" for r in decided)], fmt.say)
    accepted = wording.category_words([c for c, s in record.categories if s == "accepted"], fmt.say)
    after = sum(1 for f in against if f.when == "after")
    return wording.consent_verdict(site_consent.site, refused, accepted, len(against), after,
                                   day(record.decided_at_us), fmt.say)


def vendor_name(key: str) -> str:
    """'Criteo (TCF 91)' for a vendor the catalog knows, else the key as the platform writes it."""
    from inspector.domain.consent.vendors import by_tcf_id

    platform, _, own = key.partition(":")
    if platform == "tcf" and own.isdigit():
        vendor = by_tcf_id(int(own))
        return f"{vendor.provider} (TCF {own})" if vendor else f"TCF {own}"
    return own
