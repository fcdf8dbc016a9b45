"""The known-cookie catalog covers the services French and European public and news sites embed.

Each row is a cookie a visitor of such sites actually finds in the browser, with the host it is
stored on; the catalog must name its provider and category. Domain-hinted names (Equativ's `pid`,
Seedtag's `st_*`, Vimeo's `flags`...) are looked up on their vendor's domain.
"""
from __future__ import annotations

import pytest

from inspector.domain.catalog.catalog import default_catalog

EUROPEAN = [
    # host, cookie name -> provider, category
    # audience measurement, A/B testing, tag management
    (".service-public.fr", "atreman", "Piano Analytics (AT Internet)", "statistics"),
    (".lemonde.fr", "atsession", "Piano Analytics (AT Internet)", "statistics"),
    (".spiegel.de", "wt3_eid", "Mapp Intelligence (Webtrekk)", "statistics"),
    ("www.example.de", "wteid_123451234512345", "Mapp Intelligence (Webtrekk)", "statistics"),
    (".bund.de", "et_oi_v2", "etracker", "necessary"),
    (".example.de", "_et_coid", "etracker", "statistics"),
    (".sncf-connect.com", "_cs_id", "Contentsquare", "statistics"),
    (".sncf-connect.com", "_cs_optout", "Contentsquare", "necessary"),
    (".fnac.com", "ABTasty", "AB Tasty", "statistics"),
    (".example.fr", "kameleoonVisitorCode", "Kameleoon", "statistics"),
    (".commander1.com", "TCID", "Commanders Act (TagCommander)", "statistics"),
    # consent platforms
    (".laposte.fr", "TC_PRIVACY", "Commanders Act CMP (TrustCommander)", "necessary"),
    (".example.de", "__cmpconsent12345", "consentmanager.net", "necessary"),
    (".example.it", "_iub_cs-12345678", "iubenda", "necessary"),
    (".lefigaro.fr", "consentUUID", "Sourcepoint", "necessary"),
    (".example.eu", "CookieScriptConsent", "Cookie Script", "necessary"),
    # advertising
    (".smartadserver.com", "pid", "Equativ (Smart AdServer)", "marketing"),
    (".lemonde.fr", "tfpai", "Teads", "marketing"),
    (".seedtag.com", "st_uid", "Seedtag", "marketing"),
    (".id5-sync.com", "id5", "ID5", "marketing"),
    (".mediarithmics.com", "mics_vid", "mediarithmics", "marketing"),
    (".ouest-france.fr", "mics_abcdef", "mediarithmics", "marketing"),
    (".leparisien.fr", "_sharedid", "Prebid.js", "marketing"),
    (".20minutes.fr", "obsessionid-123", "Outbrain", "marketing"),
    # video
    ("player.vimeo.com", "player_clearance", "Vimeo", "necessary"),
    (".vimeo.com", "123456_password", "Vimeo", "necessary"),
    # security / anti-bot
    (".leboncoin.fr", "datadome", "DataDome", "necessary"),
    (".airfrance.fr", "_abck", "Akamai Bot Manager", "necessary"),
    # CMS and data portals of public bodies
    ("www.mairie-example.fr", "spip_session", "SPIP", "necessary"),
    ("www.mairie-example.fr", "spip_lang", "SPIP", "necessary"),
    ("www.example.gouv.fr", "joomla_remember_me_0123abcd", "Joomla!", "necessary"),
    ("www.example.de", "fe_typo_user", "TYPO3", "necessary"),
    ("www.region-example.fr", "GUEST_LANGUAGE_ID", "Liferay", "preferences"),
    ("www.region-example.fr", "LFR_SESSION_STATE_20123", "Liferay", "necessary"),
    ("data.example.gouv.fr", "cookies_preferences", "Opendatasoft", "necessary"),
]


@pytest.mark.parametrize("host,name,provider,category", EUROPEAN)
def test_catalog_knows_european_cookies(host, name, provider, category):
    entry = default_catalog().lookup(host, name)
    assert entry is not None, f"{name} on {host} is unknown to the catalog"
    assert (entry.provider.name, entry.category) == (provider, category)


@pytest.mark.parametrize("host,name", [
    ("example.org", "pid"),        # Equativ's only on smartadserver.com
    ("example.org", "st_uid"),     # Seedtag's only on seedtag.com
    ("example.org", "flags"),      # Vimeo's only on vimeo.com
])
def test_short_vendor_names_need_their_domain(host, name):
    assert default_catalog().lookup(host, name) is None
