"""The known-cookie catalog: what widely seen cookies are for, from our own entries and the Open Cookie Database.

Both are guesses from a cookie's name, never a declaration: every match says it comes from
a catalog, and a site's own policy always wins over them (domain/findings applies that
rule). The Open Cookie Database ranks below our own catalog: it is asked only about cookies
neither a site's policy nor our catalog describes.

Our catalog (catalog.py, resources/known_cookies.yaml) describes widely seen cookies
(analytics, advertising, consent platforms, frameworks, hosting) for the cookies no site
policy declares:

    catalog = default_catalog()                  # cached; raises CatalogError
    known = catalog.lookup(".example.org", "_ga")  # KnownCookie or None
    known.provider.name, known.category, known.purpose, known.source   # purpose: English
    known.purpose_in("fr")                       # French, else English

Its file format (errors are `file:line:column: message`, like the policy loader's):

    version: 1
    providers:
      google-analytics: {name: Google Analytics, url: "https://..."}
    cookies:
      - name: _ga                     # or `pattern: "_ga_*"` (glob with * and ?)
        domains: [youtube.com]        # optional: only cookies stored on these domains or subdomains
        provider: google-analytics
        category: statistics          # necessary | preferences | statistics | marketing
        purpose: Tells visitors apart so that returning ones are counted once.
        # or in several languages, English required: {en: "Tells ...", fr: "Distingue ..."}
        lifetime: 2 years             # as in policy.yaml, or `session`
        source: "https://..."         # where the facts come from

The Open Cookie Database (ocd.py, resources/catalog/open-cookie-database.json) is built
from the database's facts by tools/build_ocd_catalog.py; purposes are our own sentences:

    ocd = default_ocd()                               # cached; raises OcdCatalogError
    entry = ocd.lookup(".example.org", "_hjSessionUser_123")   # OcdEntry or None
    entry.platform, entry.category, entry.uncertain, entry.ocd_category, entry.purpose
    entry.purpose_in("fr")                            # purpose_fr, else the English purpose
    ocd.attribution                                   # "Open Cookie Database, Apache-2.0": show it

Its matching, for one cookie (host, name); names are case-sensitive:

1. Candidates: entries named exactly `name`, and prefix entries `name` starts with
   (prefixes have at least 2 characters; the builder drops shorter ones).
2. Evidence first: an entry whose `domains` cover the host (the host is a listed domain
   or a subdomain of one; a leading dot on the host is ignored) beats an entry without
   domains, which beats an entry listed only for other domains. This is what tells apart
   the names several platforms use (`token`: Adform on adform.net, Xandr on adnxs.com).
3. Within one of those tiers: an exact name beats a prefix, a longer prefix beats a
   shorter one, a more specific (longer) matching domain wins, and the entry ID settles
   the remaining ties so the answer never depends on file order.

The last tier, an entry whose domains do not cover the host, is a fallback used only when
no entry of the first two tiers matches, and only for distinctive names: at least 4
characters and not made of letters alone. Vendor scripts set many cookies on the site's
own domain although the database lists the vendor's (`_fbp` for facebook.com, `_uetsid`
for bing.com), so those still resolve; but a word such as `sessionid`, `token`, `optout`
or `MUID` says too little to pin a cookie on an unrelated site on the one vendor the
database happens to list. A fallback answer says so: its `matched_on` is "other-domain".
"""
