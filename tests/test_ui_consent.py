"""The window's "Your choice" panel and site marks over the real consent fixtures, with real widgets."""
from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt

from inspector.domain.stores.discovery import stores_from_path
from inspector.ui.roles import COOKIE_ROLE, RECORD_ROLE
from ui_support import make_window

pytestmark = pytest.mark.fixtures


def consent_window(qtbot, tmp_path, consent_stores, protect: str | None = None):
    chromium = consent_stores.chromium_user_data()
    if protect:
        con = sqlite3.connect(chromium / "Default" / "Cookies")
        con.execute("UPDATE cookies SET value = '', encrypted_value = ? WHERE name = ?", (b"v11" + b"\0" * 32, protect))
        con.commit()
        con.close()
    stores = stores_from_path("chromium", chromium) + stores_from_path("firefox", consent_stores.firefox_root())
    return make_window(qtbot, tmp_path, stores=stores)


def select_site(window, site: str) -> None:
    model = window.site_model
    row = model.row_of_site(site)
    window.site_view.selectRow(window.site_view.model().index(row, 0).row())


def test_the_panel_shows_the_choice_and_the_cookies_against_it(qtbot, tmp_path, consent_stores):
    window = consent_window(qtbot, tmp_path, consent_stores)
    panel = window.choice_panel
    select_site(window, "velo-atelier-lyon.fr")
    assert panel.isVisibleTo(window)
    verdict = panel.verdict.text()
    assert verdict.startswith("You refused statistics and marketing on velo-atelier-lyon.fr on 1 Dec 2026.")
    against = window.consent.state.site("velo-atelier-lyon.fr").against
    after = sum(1 for f in against if f.when == "after")
    assert f"{len(against)} cookies are here anyway, {after} of them set after your choice." in verdict
    assert "Cookiebot" in panel.records.text() and "✗&nbsp;Statistics" in panel.records.text()
    assert panel.against.text().count('href="cookie:') == len(against) == 14  # 6 in Chromium, 8 in Firefox (consent_truth.json)
    assert not panel.vendor_toggle.isVisibleTo(window)  # Cookiebot decides per category only


def test_a_linked_cookie_selects_its_row(qtbot, tmp_path, consent_stores):
    window = consent_window(qtbot, tmp_path, consent_stores)
    select_site(window, "velo-atelier-lyon.fr")
    against = window.consent.state.site("velo-atelier-lyon.fr").against
    target = next(i for i, f in enumerate(against) if f.cookie.name == "_pk_id.3.9f1c")
    window.choice_panel.against.linkActivated.emit(f"cookie:{target}")
    current = window.cookie_view.currentIndex()
    assert current.isValid()
    assert current.data(COOKIE_ROLE).record.key == against[target].cookie.key


def test_vendors_expand_into_a_list_with_catalog_names(qtbot, tmp_path, consent_stores):
    window = consent_window(qtbot, tmp_path, consent_stores)
    panel = window.choice_panel
    select_site(window, "gazette-des-alpes.fr")
    # The verdict names what the cookies here go against: a refused vendor, not a category.
    assert panel.verdict.text() == ("You refused Criteo on gazette-des-alpes.fr on 1 Dec 2026. "
                                    "3 cookies are here anyway, 1 of them set after your choice.")
    assert panel.vendors.text() == "Vendors: 387 accepted, 5 refused"
    assert not panel.vendor_list.isVisibleTo(window)
    panel.vendor_toggle.click()
    assert panel.vendor_list.isVisibleTo(window)
    items = [panel.vendor_list.item(i).text() for i in range(panel.vendor_list.count())]
    assert len(items) == 392 and "✗ Criteo (TCF 91) — refused" in items


def test_the_site_list_marks_sites_with_cookies_against_the_choice(qtbot, tmp_path, consent_stores):
    window = consent_window(qtbot, tmp_path, consent_stores)
    model = window.site_model
    marked = {model.index(r, 0).data(RECORD_ROLE) for r in range(model.rowCount())
              if model.against_choice(model.index(r, 0).data(RECORD_ROLE))}
    assert marked == {"gazette-des-alpes.fr", "immo-littoral.fr", "mutuelle-horizon.fr", "velo-atelier-lyon.fr",
                      "ceramique-et-terre.fr", "commune-de-valbrune.fr"}
    row = model.row_of_site("velo-atelier-lyon.fr")
    assert "against the consent choice" in model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)


def test_a_site_without_a_consent_cookie_says_so(qtbot, tmp_path, consent_stores):
    window = consent_window(qtbot, tmp_path, consent_stores)
    select_site(window, "carnet-de-randos.fr")
    assert window.choice_panel.isVisibleTo(window)
    assert window.choice_panel.verdict.text() == "No choice is recorded on carnet-de-randos.fr."


def test_a_keyring_value_waits_for_read_consent_choices(qtbot, tmp_path, consent_stores):
    window = consent_window(qtbot, tmp_path, consent_stores, protect="CookieConsent")
    panel = window.choice_panel
    select_site(window, "velo-atelier-lyon.fr")
    assert panel.read_button.isVisibleTo(window)
    assert "Choice not readable" in panel.records.text()
    # The Firefox copy of the choice is plain, so that store's cookies are still judged.
    assert all(f.cookie.browser == "firefox" for f in window.consent.state.site("velo-atelier-lyon.fr").against)


def test_the_panel_deletes_the_cookies_against_the_choice_and_nothing_else(qtbot, tmp_path, consent_stores):
    window = consent_window(qtbot, tmp_path, consent_stores)
    select_site(window, "velo-atelier-lyon.fr")
    panel = window.choice_panel
    against = window.consent.state.site("velo-atelier-lyon.fr").against
    assert panel.delete_button.isVisibleTo(window)
    panel.delete_button.click()
    dialog = window.deletion.flow.confirm_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.delete_button.text() == f"Delete {len(against)} Cookies"
    wanted = {f.cookie.key for f in against}
    with qtbot.waitSignal(window.deletion.flow.deletion_finished, timeout=20_000) as done:
        dialog.delete_button.click()
    assert {r.key for r in done.args[0].deleted} == wanted
    chromium = sqlite3.connect(consent_stores.chromium_user_data() / "Default" / "Cookies")
    left = {n for (n,) in chromium.execute("SELECT name FROM cookies WHERE host_key LIKE '%velo-atelier-lyon.fr'")}
    chromium.close()
    assert "CookieConsent" in left and "PHPSESSID" in left  # the choice itself and the unrelated ones stay
    assert not left & {"_ga", "_fbp"}


def test_the_features_menus_come_before_help(qtbot, tmp_path, consent_stores):
    window = consent_window(qtbot, tmp_path, consent_stores)
    titles = [a.text().replace("&&", "\0").replace("&", "").replace("\0", "&") for a in window.menuBar().actions()]
    assert titles[-1] == "Help"
    assert {"Consent", "Keep & Clean Up"} <= set(titles[:-1])


def test_the_findings_column_says_which_cookies_are_against_the_choice(qtbot, tmp_path, consent_stores):
    from inspector.ui.table.columns import Column
    window = consent_window(qtbot, tmp_path, consent_stores)
    against = window.consent.state.site("velo-atelier-lyon.fr").against
    keys = {f.cookie.key for f in against}
    proxy = window.proxy
    cells = {}
    for row in range(proxy.rowCount()):
        record = proxy.index(row, 0).data(RECORD_ROLE)
        if record.key in keys:
            cell = proxy.index(row, Column.FINDINGS)
            cells[record.key] = (cell.data(), cell.data(Qt.ItemDataRole.ToolTipRole) or "")
    assert len(cells) == len(keys) == 14
    for text, tip in cells.values():
        assert text.startswith("Against choice")  # the headline of the cell
        assert "Against your choice" in tip and "yet it is here" in tip
    # A cookie the choice does not govern says nothing of it.
    consent_cookie = next(r for r in range(proxy.rowCount())
                          if proxy.index(r, 0).data(RECORD_ROLE).name == "CookieConsent")
    assert "Against" not in (proxy.index(consent_cookie, Column.FINDINGS).data() or "")


def test_the_choice_reads_in_french_with_a_french_date_and_dark_chips_stay_readable(qtbot, qapp, tmp_path,
                                                                                     consent_stores):
    from PySide6.QtGui import QColor, QPalette
    from inspector.ui import language
    language.install(qapp, "fr")
    try:
        window = consent_window(qtbot, tmp_path, consent_stores)
        select_site(window, "velo-atelier-lyon.fr")
        verdict = window.choice_panel.verdict.text()
        assert "le 1 déc. 2026" in verdict and "Dec" not in verdict, verdict
        assert "Contraire à votre choix" in window.choice_panel.against.text()
        light = window.choice_panel.records.text()
        before = qapp.palette()
        dark = QPalette(before)
        for role, colour in ((QPalette.ColorRole.Window, "#202124"), (QPalette.ColorRole.Base, "#181818"),
                             (QPalette.ColorRole.WindowText, "#e8eaed"), (QPalette.ColorRole.Text, "#e8eaed")):
            dark.setColor(role, QColor(colour))
        qapp.setPalette(dark)
        try:
            window.site_view.clearSelection()
            select_site(window, "velo-atelier-lyon.fr")
            shaded = window.choice_panel.records.text()
        finally:
            qapp.setPalette(before)
        assert "#fce8e6" in light and "#fce8e6" not in shaded and "#4a1f1c" in shaded  # a refused chip's shade
    finally:
        language.install(qapp, "en")
