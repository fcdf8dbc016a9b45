"""The window in French: every visible string changes with the language, --lang and the Language menu choose it."""
from __future__ import annotations

import xml.etree.ElementTree as ET
from html import escape
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (QAbstractButton, QComboBox, QGroupBox, QHeaderView, QLabel, QLineEdit, QMenu,
                               QWidget)

from inspector import app
from inspector.domain import translations
from inspector.ui import language
from inspector.domain.descriptions import Describer
from inspector.ui.roles import COOKIE_ROLE
from inspector.ui.tasks import InlineRunner
from ui_support import make_window

ROOT = Path(__file__).resolve().parents[1]


def _catalogue() -> dict:
    """{English source: French translation} of every plain and plural message, mnemonics stripped.

    A source translated alike in one context ("Open Cookie Database" in a filter) counts as alike.
    """
    out = {}
    tree = ET.parse(ROOT / "resources" / "translations" / "consent_inspector_fr.ts")
    for m in tree.getroot().iter("message"):
        tr = m.find("translation")
        forms = [f.text or "" for f in tr.iter("numerusform")] or [tr.text or ""]
        source, translated = m.findtext("source").replace("&", ""), forms[0].replace("&", "")
        if out.get(source) != source:
            out[source] = translated
    return out


def _strings(window) -> set[str]:
    """Every string a user can see or hear in the window: labels, buttons, fields, combo items, headers,
    menus and their actions, toolbar actions, tooltips, accessible names."""
    found: set[str] = set()

    def add(text):
        if text:
            found.add(text.replace("&", ""))

    for widget in [window, *window.findChildren(QWidget)]:
        add(widget.toolTip())
        add(widget.accessibleName())
        add(widget.windowTitle() if widget.isWindow() else "")
        if isinstance(widget, QLabel):
            add(widget.text())
        elif isinstance(widget, QAbstractButton):
            add(widget.text())
        elif isinstance(widget, QLineEdit):
            add(widget.placeholderText())
        elif isinstance(widget, QGroupBox):
            add(widget.title())
        elif isinstance(widget, QComboBox):
            for i in range(widget.count()):
                add(widget.itemText(i))
        elif isinstance(widget, QHeaderView) and widget.model() is not None:
            model = widget.model()
            count = model.columnCount() if widget.orientation() == Qt.Orientation.Horizontal else 0
            for section in range(count):
                add(model.headerData(section, Qt.Orientation.Horizontal))
                add(model.headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole))
        for action in QWidget.actions(widget):  # the window's own .actions is its Actions record
            add(action.text())
            add(action.toolTip())
            if action.menu() is not None:
                add(action.menu().title())
    for model in (window.proxy, window.site_view.model()):  # the cells and their tooltips
        for row in range(min(model.rowCount(), 60)):
            for column in range(model.columnCount()):
                index = model.index(row, column)
                add(index.data())
                add(index.data(Qt.ItemDataRole.ToolTipRole))
    for menu in window.findChildren(QMenu):
        add(menu.title())
        for action in menu.actions():
            add(action.text())
    return found


def _window(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_switching_the_language_changes_every_visible_string_of_the_main_window(qtbot, qapp, tmp_path):
    catalogue = _catalogue()
    english = _strings(_window(qtbot, tmp_path / "en"))
    language.install(qapp, "fr")
    try:
        french = _strings(_window(qtbot, tmp_path / "fr"))
    finally:
        language.install(qapp, "en")
    # Of what the English window shows, the catalogue's strings (those whose French differs).
    worded = {text for text in english if text in catalogue and catalogue[text] != text}
    assert len(worded) > 60  # menus, actions, headers, filters, tooltips: the walk reaches them
    still_english = sorted(worded & french)
    assert not still_english, f"{len(still_english)} string(s) stay English in the French window: {still_english}"
    assert len({catalogue[t] for t in worded} & french) > 50
    # Words French shares with English ("Site", "Cookies") still show, not an empty header.
    shared = {text for text in english if catalogue.get(text) == text}
    assert shared and shared <= french, sorted(shared - french)
    # Strings the window words by parts ("Showing 16 of 18 · …"): no English fragment of a catalogue sentence.
    french_words = "\n".join(catalogue.values())
    for text in french:
        for source, translated in catalogue.items():
            if (len(source) > 12 and source not in french_words and "{" not in source and "%n" not in source):
                assert source not in text, (source, text)


def test_the_french_window_reads_french_everywhere_a_user_looks(qtbot, qapp, tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path))
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    gui = app.build(["--demo", "--lang", "fr"], runner=InlineRunner(), settings=settings, watch=False)
    qtbot.addWidget(gui.window)
    gui.session.start()
    try:
        _reads_french(gui.window)
    finally:
        language.install(qapp, "en")


def _reads_french(window):
    # The bundled policy's name is this app's own English ("… cookie policy"): said in French too.
    assert window.windowTitle().endswith("politique de cookies de opendata.lillemetropole.fr")
    assert window.status.policy.text() == "Politique : politique de cookies de opendata.lillemetropole.fr"
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles[:3] == ["&Fichier", "&Édition", "&Affichage"]
    assert window.filter_bar.category.itemText(0) == "Toutes catégories"
    categories = [window.filter_bar.category.itemText(i) for i in range(window.filter_bar.category.count())]
    assert any(c.startswith("Nécessaires") for c in categories) and "Sans catégorie" in categories
    assert not any(c.startswith("Mesure d’audience") for c in categories)  # the four banner categories only
    header = window.cookie_view.model()
    assert header.headerData(0, Qt.Orientation.Horizontal) == "Nom"
    # A declared cookie's purpose comes from the policy's French text.
    from inspector.ui.table.columns import Column
    purposes = {window.proxy.index(r, Column.PURPOSE).data() for r in range(window.proxy.rowCount())}
    assert any(p and p.startswith("Se souvenir") for p in purposes), purposes
    assert "Données de démonstration" in window.windowTitle()
    assert "Ce sont des cookies de démonstration" in window.demo_banner.text


def test_lang_option_and_the_language_menu_choose_the_language(qtbot, qapp, tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path))
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    gui = app.build(["--demo", "--lang", "fr"], runner=InlineRunner(), settings=settings, watch=False)
    try:
        qtbot.addWidget(gui.window)
        assert language.current() == "fr"
        assert gui.window.menuBar().actions()[0].text() == "&Fichier"
        menu = next(m for m in gui.window.findChildren(QMenu) if m.title() == "&Langue")
        names = [a.text() for a in menu.actions() if a.isCheckable()]
        assert names == ["Système", "English", "Français"]
        note = menu.choose("en")
        assert settings.value(language.SETTING) == "en"
        assert note == "L’interface sera en English au prochain démarrage de Consent Inspector."
        assert gui.window.statusBar().currentMessage() == note
    finally:
        language.install(qapp, "en")
    # The saved choice applies on the next start; --lang still wins over it.
    assert language.choose(None, settings) == "en"
    assert language.choose("fr", settings) == "fr"
    settings.setValue(language.SETTING, translations.SYSTEM)
    assert language.choose(None, settings) in translations.LANGUAGES


def test_without_a_compiled_file_the_window_reads_the_ts(qapp, tmp_path, monkeypatch):
    from PySide6.QtCore import QCoreApplication

    from inspector import resources
    real = resources.resource_dir()
    folder = tmp_path / "translations"
    folder.mkdir()
    (folder / "consent_inspector_fr.ts").write_bytes((real / "translations" / "consent_inspector_fr.ts").read_bytes())
    monkeypatch.setattr(resources, "resource_dir", lambda: tmp_path)  # no .qm beside it: a source checkout
    try:
        installed = language.install(qapp, "fr")
        assert any(isinstance(t, language.TsTranslator) for t in installed)
        assert QCoreApplication.translate("StatusBar", "Showing all cookies") == "Tous les cookies sont affichés"
        assert QCoreApplication.translate("StatusBar", "%n cookie(s)", None, 0) == "0 cookie"
        assert QCoreApplication.translate("StatusBar", "%n cookie(s)", None, 3) == "3 cookies"
        from inspector.ui.sites.site_model import SiteModel
        # self.tr() of a QObject: a translation equal to its source is still that word, never empty.
        assert SiteModel().headerData(0, Qt.Orientation.Horizontal) == "Site"
    finally:
        language.install(qapp, "en")


def _french_demo(qtbot, tmp_path, monkeypatch, lang="fr"):
    monkeypatch.setenv("HOME", str(tmp_path))
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    gui = app.build(["--demo", "--lang", lang], runner=InlineRunner(), settings=settings, watch=False)
    qtbot.addWidget(gui.window)
    gui.session.start()
    return gui.window


def _purpose_cell_and_details(window, name: str) -> tuple[str, str, str]:
    """(the Purpose cell, the line under the name, the catalog box) of the first row of cookie `name`."""
    from inspector.ui.table.columns import Column
    from ui_support import select_cookie
    row = select_cookie(window, name)
    details = window.details
    return (window.proxy.index(row, Column.PURPOSE).data(), details.explanation.text(), details.catalog.text)


def test_catalog_and_open_cookie_database_purposes_read_french_in_the_french_window(qtbot, qapp, tmp_path,
                                                                                       monkeypatch):
    from inspector.domain.catalog.catalog import default_catalog
    from inspector.domain.catalog.ocd import default_ocd
    catalog, ocd = default_catalog(), default_ocd()
    try:
        window = _french_demo(qtbot, tmp_path, monkeypatch)
        for name, lifetime in (("_gid", "1 jour"), ("_ga", "2 ans")):
            known = catalog.lookup(".example.org", name)
            cell, explanation, box = _purpose_cell_and_details(window, name)
            assert cell == "≈ " + known.purpose_in("fr") and known.purpose_in("fr") != known.purpose, name
            assert known.purpose_in("fr") in explanation and known.purpose not in explanation
            # The catalog box: the purpose, and the typical lifetime in French words ("2 years" as "2 ans").
            assert known.purpose_in("fr") in box and f"\n{lifetime}\n" in box + "\n", (name, box)
            assert "years" not in box and "day" not in box
        assert "Second identifiant client, de courte durée" in _purpose_cell_and_details(window, "_gid")[0]
        # A cookie only the Open Cookie Database knows: our French sentence for its category.
        cookies = [window.proxy.index(r, 0).data(COOKIE_ROLE) for r in range(window.proxy.rowCount())]
        describer = Describer()
        ocd_cookie = next(c for c in cookies if (d := describer.describe(c)) is not None and d.source == "ocd")
        entry = ocd.lookup(ocd_cookie.record.host, ocd_cookie.record.name)
        cell, explanation, _ = _purpose_cell_and_details(window, ocd_cookie.record.name)
        assert cell == "≈ " + entry.purpose_fr and entry.purpose_fr in explanation
        assert entry.purpose not in explanation
    finally:
        language.install(qapp, "en")
    # English is as before.
    window = _french_demo(qtbot, tmp_path / "en", monkeypatch, lang="en")
    cell, explanation, box = _purpose_cell_and_details(window, "_gid")
    known = catalog.lookup(".example.org", "_gid")
    assert cell == "≈ " + known.purpose
    assert known.purpose == "Second, short-lived client ID that Universal Analytics used to group a visitor's day."
    assert escape(known.purpose) in explanation and known.purpose in box and "\n1 day\n" in box + "\n"
