"""`python -m inspector.cli`: the command line."""
import sys

from inspector.cli.main import main

sys.exit(main())
