"""The ``path-map`` command: this machine's roots of files linked in place on other machines."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from .common import CliError, Subparsers, print_json, say

if TYPE_CHECKING:
    from ..services.archive import Archive


def register(sub: Subparsers) -> None:
    p = sub.add_parser(
        "path-map",
        help="where files linked in place on another machine are on this one "
        "(RECORDED=LOCAL, e.g. 'Z:\\archive=/mnt/archive'); lists the mappings",
    )
    p.add_argument("--add", metavar="RECORDED=LOCAL", action="append", default=[])
    p.add_argument("--remove", metavar="RECORDED", action="append", default=[])
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_cmd_path_map)


def _cmd_path_map(_archive: Archive, args: argparse.Namespace) -> int:
    from ..domain.path_mapping import PathMapping
    from ..services.machine import load_path_mappings, machine_file, save_path_mappings

    mappings = list(load_path_mappings())
    if args.add or args.remove:
        try:
            added = [PathMapping.parse(text) for text in args.add]
        except ValueError as exc:
            raise CliError(str(exc)) from exc
        unknown = [r for r in args.remove if r not in {x.recorded for x in mappings}]
        if unknown:
            raise CliError(f"No path mapping for {unknown[0]!r}; nothing was changed.")
        replaced = set(args.remove) | {x.recorded for x in added}
        mappings = [x for x in mappings if x.recorded not in replaced] + added
        save_path_mappings(mappings)
    if args.json:
        print_json([{"recorded": x.recorded, "local": x.local} for x in mappings])
    elif mappings:
        for x in mappings:
            say(f"{x.recorded} -> {x.local}")
    else:
        say(f"No path mappings on this machine ({machine_file()}).")
    return 0
