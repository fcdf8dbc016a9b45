"""What leaves the app: reports (HTML, CSV, JSON), table rows, and the Netscape cookies.txt export.

Reports (report.py, report_html.py), for the window (File → Export report…) and
`consent-inspector report`:

    from inspector.domain.exports.report import build_report, format_for_path, write_report, FORMATS

    report = build_report(result)                  # every cookie of a ScanResult
    report = build_report(result, indexes=rows)    # only these cookie indexes (what a filter keeps)
    report = build_report(result, site="lille")    # like `--site TEXT` (scan.site_filter)
    write_report(report, "html", stream)           # FORMATS = ("html", "csv", "json")
    format_for_path("consent.htm")                 # "html": the format a file name asks for, or None
    report.totals, wording.site_summary(report.sites[0].summary)  # for a preview

A report never holds a cookie value: it is built from records, which have none. Every
provider/category/purpose comes from the Describer the scan rows use and carries its source,
"policy", "catalog" or "ocd" (the Open Cookie Database), so a guess never passes for a
declaration; `report.attribution` credits the Open Cookie Database when one of its answers appears.

The Netscape cookies.txt export (netscape.py; curl, wget, yt-dlp read it) is the one place
where cookie values leave the app:

    from inspector.domain.exports.netscape import export_cookies

    result = export_cookies(cookies, stream, now_us)   # cookies: InspectedCookie or CookieRecord
    result.written, result.skipped                     # counts; skipped holds reasons, never values

Callers must have the user's explicit confirmation first (the CLI's --yes-include-values,
the window's confirmation dialog): the file holds live session tokens.
"""
