"""The words and chips of a site's consent choice, from the domain's codes: no rule, only presentation."""
from __future__ import annotations

import html
import time

from inspector.domain import wording
from inspector.domain.codes import CATEGORIES
from inspector.ui import formatting as fmt

_CHIP = {"accepted": ("#e6f4ea", "#1e8e3e"), "refused": ("#fce8e6", "#c5221f")}


def day(us: int | None) -> str:
    """'1 Dec 2026' (UTC), the date a verdict names."""
    if us is None:
        return ""
    t = time.gmtime(us // 1_000_000)
    return f"{t.tm_mday} {time.strftime('%b %Y', t)}"


def chip(category: str, state: str) -> str:
    bg, fg = _CHIP[state]
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
