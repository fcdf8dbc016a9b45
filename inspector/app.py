"""The desktop app: QApplication, translators, icons and the main window; `consent-inspector-gui`."""
from __future__ import annotations

import argparse
import os
import sys
from typing import NamedTuple

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from inspector.cli.options import add_common, named_stores
from inspector.ui import language
from inspector.ui.icons import app_icon
from inspector.ui.tasks import ThreadPoolRunner
from inspector.ui.window.main_window import MainWindow
from inspector.ui.window.settings import open_settings
from inspector.ui.workspace.session import Session
from inspector.ui.workspace.sources import DemoStores, DiscoveredStores, FixedStores

APP_ID = "consent-inspector"


class Gui(NamedTuple):
    app: QApplication
    window: object
    session: object
    runner: object


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="consent-inspector-gui",
        description="See which cookies your browsers hold and what each site's cookie policy says about them.",
    )
    add_common(parser)  # the same --policy, --store and --demo as `consent-inspector scan`
    return parser.parse_args(argv)


def store_source(args: argparse.Namespace):
    if args.store:
        return FixedStores(named_stores(args.store))  # a bad --store exits with the CLI's message
    if args.demo:
        return DemoStores()
    return DiscoveredStores()


def install_translators(app: QApplication, requested: str | None = None, settings: QSettings | None = None) -> str:
    """Qt's own strings and ours in the chosen language (--lang, the saved choice, the system's); returns it."""
    lang = language.choose(requested, settings)
    language.install(app, lang)
    return lang


def application() -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication([sys.argv[0] if sys.argv else APP_ID])
    app.setOrganizationName(APP_ID)
    app.setApplicationName(APP_ID)
    app.setDesktopFileName(APP_ID)  # Wayland and taskbars find the .desktop file and its icon
    return app


def build(argv: list[str] | None = None, runner=None, settings: QSettings | None = None, watch: bool = True,
          start: bool = False, clock=None) -> Gui:
    """Everything main() shows, without running the event loop (tests and benchmarks use this).

    With `start`, the stores start loading on the worker before the window is even built:
    reading them is most of the wait, and building the window takes a few tenths of a second.
    """
    args = parse_args(argv)
    source = store_source(args)
    app = application()
    settings = settings if settings is not None else open_settings()
    lang = install_translators(app, args.lang, settings)

    app.setWindowIcon(app_icon())
    runner = runner or ThreadPoolRunner()
    session = Session(source, args.policy, runner, lang=lang, watch=watch,
                      **({"clock": clock} if clock is not None else {}))
    if start:
        session.start()
    window = MainWindow(session, runner, settings)
    return Gui(app, window, session, runner)


# Platforms that draw without a display server: tests, screenshots, remote framebuffers.
_HEADLESS_PLATFORMS = ("offscreen", "minimal", "vnc", "eglfs", "linuxfb")


def no_display_reason(env=os.environ, platform: str = sys.platform) -> str | None:
    """Why the window cannot open here, or None. Qt itself would abort with a misleading
    message about missing xcb libraries when there is simply no display (an SSH session)."""
    if not platform.startswith("linux") and "bsd" not in platform:
        return None  # Windows and macOS always have their own window system
    qpa = env.get("QT_QPA_PLATFORM", "")
    if qpa.split(":")[0] in _HEADLESS_PLATFORMS:
        return None
    if env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"):
        return None
    return ("no display: run the window on a desktop session, or use "
            "`consent-inspector scan` in a terminal")


def main(argv: list[str] | None = None) -> int:
    reason = no_display_reason()
    if reason is not None:
        print(f"consent-inspector: {reason}", file=sys.stderr)
        return 2
    gui = build(argv, start=True)
    gui.window.show()
    code = gui.app.exec()
    gui.runner.wait()  # a scan still running must not outlive the interpreter's shutdown
    return code


if __name__ == "__main__":
    sys.exit(main())
