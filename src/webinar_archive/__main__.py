"""Entry point: no arguments opens the desktop app, a subcommand works headless."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args == ["--version"]:
        # Answered before the command line is built: the parser and its command groups are
        # three quarters of what `--version` would otherwise cost. The same line as the
        # parser's own --version (tests/test_start_imports.py compares them).
        from . import __version__

        print(f"webinar-archive {__version__}")
        return 0
    from .cli import run

    return run(args)


if __name__ == "__main__":
    sys.exit(main())
