"""CSV cells a spreadsheet opens as text, never as a formula: OWASP's advice against CSV injection."""
from __future__ import annotations

# A cell starting with one of these is run as a formula by Excel, LibreOffice or Google Sheets
# (OWASP "CSV Injection": = + - @ TAB CR, and LF; the full-width forms are read the same way).
FORMULA_STARTS = frozenset("=+-@\t\r\n\uff1d\uff0b\uff0d\uff20")


def cell(value):
    """`value` ready for a CSV cell. Text a formula could start is prefixed with a single quote,
    as OWASP recommends (the spreadsheet shows the text, the quote tells a reader why), and a
    lone surrogate (a Latin-1 folder name) is spelled `\\udce9` so the document can be written.
    The csv module quotes and doubles the double quotes of any cell that needs it."""
    if not isinstance(value, str) or not value:
        return value
    if value[0] in FORMULA_STARTS:
        value = "'" + value
    if not value.isprintable():
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            value = value.encode("utf-8", "backslashreplace").decode("utf-8")
    return value


def safe_row(row: dict) -> dict:
    """Every cell of `row` through cell()."""
    return {k: cell(v) for k, v in row.items()}
