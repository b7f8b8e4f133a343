"""The headless command line: one grammar, ids for records, --json for scripts, errors on stderr.

``app`` builds the parser from one module per command group (each with its parser and handlers)
and turns errors into messages and exit codes; ``common`` holds what the groups share.
"""

from __future__ import annotations

from .app import build_parser, main, run

__all__ = ["build_parser", "main", "run"]
