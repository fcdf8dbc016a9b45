"""What the window tells the user besides the cookies: demo data, unreadable stores, policy errors, empty views."""
from __future__ import annotations

from html import escape

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from inspector.ui import formatting as fmt
from inspector.ui.banner import Banner
from inspector.ui.workspace.sources import DEMO_ASKED

_SHOWN_ERRORS = 3


class Notices(QObject):
    """The banners above the content and the policy error box, worded in one place."""

    stores_requested = Signal()

    def __init__(self, window: QWidget):
        super().__init__(window)
        self._window = window
        self.demo_banner = Banner("info")
        self.error_banner = Banner("warning")
        self.error_banner.dismissed.connect(self._errors_dismissed)
        self._policy_box: QMessageBox | None = None
        # The store errors on show, and the ones dismissed: the same ones do not come back.
        self._shown_errors: tuple = ()
        self._dismissed_errors: tuple = ()

    def show_demo(self, reason: str | None) -> None:
        if not reason:
            self.demo_banner.hide()
        elif reason == DEMO_ASKED:
            self.demo_banner.show_message(self.tr(
                "<b>These are demo cookies</b>, not your browsers' (the app was started with <code>--demo</code>). "
                "They show the policy's declared cookies and a few undeclared trackers."))
        else:
            self.demo_banner.show_message(self.tr(
                "<b>These are demo cookies:</b> no browser cookie store was found in your home folder. "
                "Open a store with <code>--store KIND:PATH</code> to inspect your own."))

    def show_store_errors(self, reports) -> None:
        # A store read only in part (a damaged session store) is named beside the failed ones.
        failed = [(r, r.error) for r in reports if r.error is not None]
        partial = [(r, w) for r in reports if r.error is None for w in r.warnings]
        signature = tuple((r.store.path, e.message) for r, e in failed + partial)
        if not signature or signature == self._dismissed_errors:
            self.error_banner.hide()
            return
        shown = (failed + partial)[:_SHOWN_ERRORS]
        names = "; ".join(f"<b>{escape(fmt.store_label(r.store.browser, r.store.profile))}</b>: "
                          f"{escape(e.reason(fmt.say))}" for r, e in shown)
        more = len(failed) + len(partial) - len(shown)
        if more > 0:
            names += " " + fmt.plural(self.tr("and %n more", "", more), more)
        heads = []
        if failed:
            heads.append(fmt.plural(self.tr("%n cookie store(s) could not be read", "", len(failed)), len(failed)))
        if partial:
            count = len({r.store.path for r, _ in partial})
            heads.append(fmt.plural(self.tr("%n cookie store(s) could be read only in part", "", count), count))
        head = "; ".join(heads)
        self._shown_errors = signature
        self.error_banner.show_message(
            self.tr("{head} — {names}. The other stores are shown.").format(head=head, names=names),
            [(self.tr("Show Stores"), self.stores_requested.emit)])

    def show_load_failure(self, message: str) -> None:
        self._shown_errors = ()
        self.error_banner.show_message(escape(message))

    def _errors_dismissed(self) -> None:
        self._dismissed_errors = self._shown_errors

    def show_policy_error(self, message: str, policy_in_force) -> None:
        """The loader's message in a box that never blocks: a policy being edited fails on many saves."""
        kept = (self.tr("The policy in force stays: {name}.").format(name=policy_in_force.name)
                if policy_in_force is not None else self.tr("No policy is in force."))
        if self._policy_box is None:
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Policy not loaded"), "",
                              QMessageBox.StandardButton.Ok, self._window)
            box.setWindowModality(Qt.WindowModality.NonModal)
            box.setTextFormat(Qt.TextFormat.PlainText)  # the loader's message quotes the file
            box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self._policy_box = box
        self._policy_box.setText(self.tr("The policy file could not be loaded."))
        self._policy_box.setInformativeText(f"{message}\n\n{kept}")  # updated in place, never stacked
        self._policy_box.show()
        self._policy_box.raise_()

    @property
    def policy_message(self) -> str:
        """The text of the policy error box ('' when none is showing)."""
        box = self._policy_box
        return box.informativeText() if box is not None and box.isVisible() else ""

    def empty_table_text(self, loaded, cookie_filter) -> str:
        """Why the cookie table is empty, as HTML: links 'clear' and 'stores' do what they say."""
        if loaded is None:
            return self.tr("Reading your browsers' cookie stores…")
        reports = loaded.table.result.reports
        if len(loaded.table) and cookie_filter.is_active():
            needle = cookie_filter.text.strip()
            head = (self.tr("No cookies match ‘{text}’").format(text=escape(needle)) if needle
                    else self.tr("No cookies match these filters"))
            clear = self.tr("Clear filters")  # outside the f-string: lupdate reads no call inside one
            return f"<p style='font-size:large'>{head}</p><p><a href='clear'>{clear}</a></p>"
        if not reports:
            text = self.tr("No cookie store was found. Start with <code>--store KIND:PATH</code> to open one.")
        elif all(r.error for r in reports):
            text = self.tr("No cookie store could be read. <a href='stores'>See why</a>")
        else:
            text = self.tr("The browsers hold no cookies.")
        return f"<p style='font-size:large'>{text}</p>"
