"""The bundle's entry point: the same main() as the installed ``webinar-archive`` command."""

import sys

from webinar_archive.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
