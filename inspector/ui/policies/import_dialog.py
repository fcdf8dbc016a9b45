"""Add a site's policy: choose the source (URL, HTML file, pasted text, declaration), import on a worker, review, save."""
from __future__ import annotations

import threading

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QListWidget, QMessageBox, QPlainTextEdit, QProgressBar, QPushButton, QStackedWidget, QTableView,
    QTabWidget, QVBoxLayout, QWidget,
)

from inspector.domain import wording
from inspector.ui.formatting import error_words, say
from inspector.ui.policies.review_model import CategoryDelegate, ReviewColumn, ReviewModel
from inspector.ui.tasks import Task

URL_TAB, FILE_TAB, TEXT_TAB, DECLARATION_TAB = range(4)


def _import_url(url, host, now_us, cancel, progress):
    from inspector.domain.policy import importing

    return importing.from_url(url, host or None, now_us, cancelled=cancel.is_set,
                              progress=lambda done, total: progress(done, total or 0, ""))


def _import_file(path, host, now_us):
    from inspector.domain.policy import importing

    return importing.from_file(path, host, now_us)


def _import_text(text, host, now_us):
    from inspector.domain.policy import importing

    return importing.from_text(text, host, now_us)


class ImportPolicyDialog(QDialog):
    """Two steps: the source, then the review of every entry. `saved(path)` once a file is in the library."""

    saved = Signal(str)

    def __init__(self, session, runner, parent=None, site: str = "", url: str = "", previous=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a Site's Policy"))
        self._session = session
        self._runner = runner
        self._previous = previous  # the LibraryEntry a re-import replaces, for the diff
        self._task = None
        self._cancel = threading.Event()
        self.result = None  # the ImportResult under review
        self.pages = QStackedWidget()
        self.pages.addWidget(self._source_page(site, url))
        self.pages.addWidget(self._review_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self.resize(1000, 620)

    # --- step 1: the source ---------------------------------------------------------------

    def _source_page(self, site: str, url: str) -> QWidget:
        page = QWidget()
        self.site = QLineEdit(site)
        self.site.setPlaceholderText(self.tr("e.g. www.example.com (taken from the address if left empty)"))
        self.url = QLineEdit(url)
        self.url.setPlaceholderText("https://www.example.com/cookies")
        self.file = QLineEdit()
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText(self.tr("Paste the page's cookie table here (copied from the browser)"))
        self.declaration = QLineEdit()
        self.declaration.setPlaceholderText(self.tr("https://cdn.cookielaw.org/consent/…json, "
                                                    "https://consent.cookiebot.com/…/cc.js, or a saved file"))
        self.tabs = QTabWidget()
        self.tabs.addTab(self._boxed(QLabel(self.tr("The page is fetched only when you press Import.")), self.url),
                         self.tr("Web Address"))
        file_row = QWidget()
        row = QHBoxLayout(file_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.file, 1)
        row.addWidget(browse)
        self.tabs.addTab(self._boxed(QLabel(self.tr("A page saved from the browser (.html)")), file_row),
                         self.tr("HTML File"))
        self.tabs.addTab(self._boxed(self.text), self.tr("Pasted Text"))
        self.tabs.addTab(self._boxed(QLabel(self.tr("The consent platform's list of cookies: OneTrust's JSON or "
                                                    "Cookiebot's cc.js")), self.declaration),
                         self.tr("Declaration"))
        if url:
            self.tabs.setCurrentIndex(URL_TAB)
        self.progress = QProgressBar()
        self.progress.hide()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.start_import)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self._cancel_or_close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress, 1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.cancel_button)
        form = QFormLayout()
        form.addRow(self.tr("Site:"), self.site)
        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        return page

    @staticmethod
    def _boxed(*widgets) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        for w in widgets:
            layout.addWidget(w)
        layout.addStretch(0 if isinstance(widgets[-1], QPlainTextEdit) else 1)
        return box

    @Slot()
    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Saved Page"), "",
                                              self.tr("Pages and declarations (*.html *.htm *.json *.js *.txt);;"
                                                      "All files (*)"))
        if path:
            self.file.setText(path)

    @Slot()
    def start_import(self) -> None:
        """Import from the chosen tab: a URL (or a declaration URL) is fetched on a worker."""
        tab, host, now = self.tabs.currentIndex(), self.site.text().strip(), self._session.clock.now_us()
        source = {URL_TAB: self.url.text(), FILE_TAB: self.file.text(), DECLARATION_TAB: self.declaration.text(),
                  TEXT_TAB: self.text.toPlainText()}[tab].strip()
        if not source:
            self._say(self.tr("Give the page to import first."))
            return
        if tab != URL_TAB and not host and not source.startswith(("http://", "https://")):
            self._say(self.tr("Give the site's host name (e.g. www.example.com)."))
            return
        self._cancel = threading.Event()
        if source.startswith(("http://", "https://")) and tab in (URL_TAB, DECLARATION_TAB):
            task = Task(_import_url, source, host, now, self._cancel, progress=True)
            task.signals.progressed.connect(self._progressed)
            self._busy(self.tr("Fetching {url}…").format(url=source))
        elif tab == TEXT_TAB:
            task = Task(_import_text, source, host, now)
            self._busy(self.tr("Reading the text…"))
        else:
            task = Task(_import_file, source, host, now)
            self._busy(self.tr("Reading {file}…").format(file=source))
        task.signals.succeeded.connect(self._imported)
        task.signals.failed.connect(self._failed)
        self._task = task
        self._runner.start(task)

    def _busy(self, text: str) -> None:
        self.import_button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.show()
        self._say(text)

    def _idle(self) -> None:
        self._task = None
        self.import_button.setEnabled(True)
        self.progress.hide()

    def _say(self, text: str) -> None:
        self.message.setText(text)

    @Slot(int, int, str)
    def _progressed(self, done: int, total: int, _text: str) -> None:
        if total:
            self.progress.setRange(0, total)
            self.progress.setValue(done)
        self._say(self.tr("Fetched {kb} kB…").format(kb=done // 1024))

    @Slot()
    def _cancel_or_close(self) -> None:
        if self._task is not None:
            self._cancel.set()  # the fetch stops at its next chunk and says "cancelled"
        else:
            self.reject()

    @Slot(object)
    def _failed(self, exc) -> None:
        self._idle()
        from inspector.domain.policy.fetch import FetchError

        if isinstance(exc, FetchError):
            self._say(wording.fetch_error(exc, say))
        elif isinstance(exc, FileNotFoundError):
            self._say(self.tr("{file}: file not found").format(file=exc.filename or self.file.text()))
        else:
            self._say(error_words(exc))  # a host the loader refuses says why in the window's language

    @Slot(object)
    def _imported(self, result) -> None:
        self._idle()
        self._say("")
        self.show_review(result)

    # --- step 2: the review -----------------------------------------------------------------

    def _review_page(self) -> QWidget:
        page = QWidget()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.hosts = QLineEdit()
        self.hosts.setToolTip(self.tr("The hosts this policy speaks for, comma-separated; *.example.com covers "
                                      "example.com and all its subdomains"))
        self.issues = QListWidget()
        self.issues.setMaximumHeight(130)
        self.declarations = QWidget()
        self.declarations.setLayout(QHBoxLayout())
        self.declarations.layout().setContentsMargins(0, 0, 0, 0)
        self.diff = QLabel()
        self.diff.setWordWrap(True)
        self.diff.setTextFormat(Qt.TextFormat.PlainText)
        self.diff.hide()
        self.model = ReviewModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(ReviewColumn.CATEGORY, CategoryDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.SelectedClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.setWordWrap(False)
        drop = QPushButton(self.tr("Drop Row"))
        drop.clicked.connect(self.drop_selected)
        back = QPushButton(self.tr("Back"))
        back.clicked.connect(lambda: self.pages.setCurrentIndex(0))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.save_message = QLabel()
        self.save_message.setWordWrap(True)
        self.save_message.setTextFormat(Qt.TextFormat.PlainText)
        row = QHBoxLayout()
        row.addWidget(drop)
        row.addWidget(back)
        row.addWidget(self.save_message, 1)
        row.addWidget(self.buttons)
        form = QFormLayout()
        form.addRow(self.tr("Hosts covered:"), self.hosts)
        layout = QVBoxLayout(page)
        layout.addWidget(self.summary)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Needs your decision:")))
        layout.addWidget(self.issues)
        layout.addWidget(self.declarations)
        layout.addWidget(self.diff)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        return page

    def show_review(self, result) -> None:
        self.result = result
        self.model.set_cookies(result.cookies)
        self.hosts.setText(", ".join(result.hosts or [result.host]))
        self.summary.setText(self.tr("{count} entries for {host} from {source}. Fix a category by double-clicking "
                                     "it; drop what the page does not really declare.")
                             .format(count=len(result.cookies), host=result.host, source=result.source_url))
        self.issues.clear()
        for issue in result.issues:
            self.issues.addItem(wording.review_issue(issue, say))
        if not result.issues:
            self.issues.addItem(self.tr("Nothing: every entry was read without doubt."))
        self._offer_declarations(result.declarations)
        self._show_diff()
        for column, width in ((ReviewColumn.NAME, 220), (ReviewColumn.PROVIDER, 150), (ReviewColumn.CATEGORY, 120),
                              (ReviewColumn.LIFETIME, 100)):
            self.table.setColumnWidth(column, width)
        self.save_message.setText("")
        self.pages.setCurrentIndex(1)

    def _offer_declarations(self, declarations) -> None:
        layout = self.declarations.layout()
        while layout.count():
            layout.takeAt(0).widget().deleteLater()
        for found in declarations:
            name = {"onetrust": "OneTrust", "cookiebot": "Cookiebot"}.get(found.platform, found.platform)
            button = QPushButton(self.tr("The page names {platform}'s declaration: import it").format(platform=name))
            button.setToolTip(found.url)
            button.clicked.connect(lambda _=False, url=found.url: self._import_declaration(url))
            layout.addWidget(button)
        self.declarations.setVisible(bool(declarations))

    def _import_declaration(self, url: str) -> None:
        self.tabs.setCurrentIndex(DECLARATION_TAB)
        self.declaration.setText(url)
        self.pages.setCurrentIndex(0)
        self.start_import()

    def _show_diff(self) -> None:
        if self._previous is None or self.result is None:
            self.diff.hide()
            return
        from inspector.domain.policy.diff import policy_diff

        diff = policy_diff(self._previous.policy, self.result)
        if diff.empty:
            text = self.tr("Nothing changed since the saved copy.")
        else:
            lines = []
            if diff.added:
                lines.append(self.tr("New on the page: {names}").format(names=", ".join(diff.added)))
            if diff.removed:
                lines.append(self.tr("Gone from the page: {names}").format(names=", ".join(diff.removed)))
            for c in diff.changed:
                lines.append(self.tr("{name}: {field} “{old}” → “{new}”").format(
                    name=c.name, field=c.field, old=c.old, new=c.new))
            text = "\n".join(lines)
        self.diff.setText(text)
        self.diff.show()

    @Slot()
    def drop_selected(self) -> None:
        self.model.drop_rows(index.row() for index in self.table.selectionModel().selectedRows())

    @Slot()
    def save(self, force: bool = False) -> None:
        from inspector.domain.policy.importer import check_yaml, site_id_for
        from inspector.domain.policy.library_files import PolicyExists, save_policy
        from inspector.domain.policy.model import PolicyError

        result = self.result
        result.hosts = [h.strip() for h in self.hosts.text().split(",") if h.strip()]
        text = result.to_yaml()
        try:
            check_yaml(text, self.tr("the hosts"))
            path = save_policy(text, self._session.policy_folder, site_id_for(result.host), force=force)
        except PolicyError as exc:
            self.save_message.setText(exc.reason(say))  # the hosts field: no file to name
            return
        except PolicyExists as exc:
            answer = QMessageBox.question(self, self.tr("Replace the Saved Policy?"),
                                          self.tr("{file} is already in your policy library. Replace it with this "
                                                  "import?").format(file=exc.path))
            if answer == QMessageBox.StandardButton.Yes:
                self.save(force=True)
            return
        except OSError as exc:
            self.save_message.setText(self.tr("Cannot save into the policy library: {error}")
                                      .format(error=exc.strerror or exc))
            return
        self.saved.emit(str(path))
        self.accept()
