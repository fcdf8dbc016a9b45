"""Who a cookie's provider is to each consent platform: TCF vendor id, Didomi, Axeptio and tarteaucitron keys."""
from __future__ import annotations

from typing import NamedTuple, Optional

from inspector.domain.codes import MARKETING, PREFERENCES, STATISTICS


class Vendor(NamedTuple):
    """One catalog provider (by its catalog name) and its ids on the consent platforms.

    `tcf`: its Global Vendor List id. `didomi`: Didomi vendor ids, a trailing '-' meaning a
    custom vendor id prefix (`c:googleana-HAf7CBkk`). `axeptio`, `tarteaucitron`: service keys
    (compared without case). `category`: what those services stand for in the four categories.
    """

    provider: str
    tcf: Optional[int]
    didomi: tuple[str, ...]
    axeptio: tuple[str, ...]
    tarteaucitron: tuple[str, ...]
    category: str


# Provider names are the catalog's (resources/known_cookies.yaml) and the Open Cookie Database's
# platform names; tests/test_consent_vendors.py checks every one still names a catalog provider.
VENDORS = (
    Vendor("Google Analytics", None, ("c:googleana-", "google_analytics"), ("google_analytics", "ga4", "gtag"),
           ("gtag", "analytics", "gajs", "firebase"), STATISTICS),
    Vendor("Google Ads / DoubleClick", 755, ("google",), ("Google_Ads", "google_ads", "adwords", "doubleclick"),
           ("googleads", "adwordsconversion", "adwordsremarketing", "doubleclick", "googleadwords"), MARKETING),
    Vendor("Google", 755, ("google",), ("google",), ("google",), MARKETING),
    Vendor("YouTube (Google)", None, ("c:youtube-", "youtube"), ("youtube",), ("youtube", "youtubeapi"), PREFERENCES),
    Vendor("Meta (Facebook)", None, ("c:metaplatf-", "facebook", "c:facebook-"), ("facebook_pixel", "facebook"),
           ("facebookpixel", "facebook"), MARKETING),
    Vendor("Hotjar", None, ("c:hotjar", "c:hotjar-"), ("hotjar",), ("hotjar",), STATISTICS),
    Vendor("Criteo", 91, ("criteo",), ("criteo",), ("criteo",), MARKETING),
    Vendor("Xandr (AppNexus)", 32, ("appnexus", "xandr"), ("xandr", "appnexus"), ("xandr", "appnexus"), MARKETING),
    Vendor("Amazon Ads", 793, ("amazon",), ("amazon", "amazon_ads"), ("amazonads", "amazon"), MARKETING),
    Vendor("Quantcast", 11, ("quantcast",), ("quantcast",), ("quantcast",), MARKETING),
    Vendor("Taboola", 42, ("taboola",), ("taboola",), ("taboola",), MARKETING),
    Vendor("Outbrain", 164, ("outbrain",), ("outbrain",), ("outbrain",), MARKETING),
    Vendor("The Trade Desk", 21, ("c:thetradedesk-", "thetradedesk"), ("tradedesk",), ("tradedesk",), MARKETING),
    Vendor("PubMatic", 76, ("pubmatic",), ("pubmatic",), ("pubmatic",), MARKETING),
    Vendor("Magnite (Rubicon Project)", 52, ("rubicon",), ("rubicon", "magnite"), ("rubicon",), MARKETING),
    Vendor("Index Exchange", 10, ("indexexchange",), ("indexexchange",), ("indexexchange",), MARKETING),
    Vendor("OpenX", 69, ("openx",), ("openx",), ("openx",), MARKETING),
    Vendor("Adform", 50, ("adform",), ("adform",), ("adform",), MARKETING),
    Vendor("Equativ (Smart AdServer)", 45, ("smartadserver",), ("smartadserver", "equativ"), ("smartadserver",),
           MARKETING),
    Vendor("Teads", 132, ("teads",), ("teads",), ("teads",), MARKETING),
    Vendor("ID5", 131, ("id5",), ("id5",), ("id5",), MARKETING),
    Vendor("LiveRamp", 97, ("liveramp",), ("liveramp",), ("liveramp",), MARKETING),
    Vendor("Microsoft Advertising (UET)", 1126, ("c:bing-ads", "c:microsoft"), ("bing", "bing_ads"),
           ("bingads",), MARKETING),
    Vendor("Microsoft Clarity", None, ("c:microsoftclarity", "c:clarity-"), ("clarity",), ("clarity",), STATISTICS),
    Vendor("LinkedIn", None, ("c:linkedin-", "linkedin"), ("linkedin", "linkedin_insight"), ("linkedininsighttag",),
           MARKETING),
    Vendor("TikTok", None, ("c:tiktok-",), ("tiktok", "tiktok_pixel"), ("tiktok",), MARKETING),
    Vendor("Pinterest", None, ("c:pinterest", "c:pinterest-"), ("pinterest",), ("pinterestpixel", "pinterest"),
           MARKETING),
    Vendor("Matomo", None, ("c:matomo-", "c:matomo"), ("matomo",), ("matomo", "matomocloud", "matomotm"), STATISTICS),
    Vendor("Microsoft (Bing)", 1126, ("c:bing-ads",), ("bing",), ("bingads",), MARKETING),
    Vendor("Snap (Snapchat)", None, ("c:snapchat-",), ("snapchat",), ("snapchat",), MARKETING),
    Vendor("X (Twitter)", None, ("c:twitter-", "twitter"), ("twitter",), ("twitter", "twitterwidgetsapi"), MARKETING),
    Vendor("Dailymotion", None, ("c:dailymotion-",), ("dailymotion",), ("dailymotion",), PREFERENCES),
    Vendor("Vimeo", None, ("c:vimeo-",), ("vimeo",), ("vimeo",), PREFERENCES),
)

_BY_PROVIDER = {v.provider.lower(): v for v in VENDORS}
_BY_TCF = {}
for _v in VENDORS:
    if _v.tcf is not None:
        _BY_TCF.setdefault(_v.tcf, _v)
_BY_KEY: dict[tuple[str, str], Vendor] = {}
for _v in VENDORS:
    for _k in _v.axeptio:
        _BY_KEY.setdefault(("axeptio", _k.lower()), _v)
    for _k in _v.tarteaucitron:
        _BY_KEY.setdefault(("tarteaucitron", _k.lower()), _v)


def vendor_of(provider: Optional[str]) -> Optional[Vendor]:
    """The consent-platform ids of a catalog provider (by its name), or None."""
    return _BY_PROVIDER.get(provider.lower()) if provider else None


def by_tcf_id(vendor_id: int) -> Optional[Vendor]:
    return _BY_TCF.get(vendor_id)


def by_service(platform: str, key: str) -> Optional[Vendor]:
    """The vendor an Axeptio or tarteaucitron service key stands for."""
    return _BY_KEY.get((platform, key.lower()))


def didomi_matches(vendor: Vendor, didomi_id: str) -> bool:
    low = didomi_id.lower()
    return any(low.startswith(k) if k.endswith("-") else low == k for k in vendor.didomi)
