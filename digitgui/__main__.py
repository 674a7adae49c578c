"""``python -m digitgui``: the same entry point as the ``digitgui`` command."""

import sys

from digitgui.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
