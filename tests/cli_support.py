"""Running the command line in-process as a user would, with its exit status and both streams."""
from __future__ import annotations

from inspector.cli.main import main


def run(capsys, *argv):
    """(exit status, stdout, stderr) of `consent-inspector ARGV...`; argparse's usage errors included."""
    try:
        code = main([str(a) for a in argv])
    except SystemExit as exc:  # argparse usage errors
        code = exc.code
    out, err = capsys.readouterr()
    return code, out, err
