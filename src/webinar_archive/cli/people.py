"""People as authority records: list them, merge a duplicate into the one to keep."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from .common import Subparsers, print_json, record_id, say

if TYPE_CHECKING:
    from ..services.archive import Archive


def register(sub: Subparsers) -> None:
    p = sub.add_parser("people", help="list people (authority records)")
    p.add_argument("--filter", default="")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_cmd_people)

    p = sub.add_parser("merge-people", help="merge a duplicate person into another one")
    p.add_argument("keep", type=record_id)
    p.add_argument("duplicate", type=record_id)
    p.set_defaults(handler=_cmd_merge_people)


def _cmd_people(archive: Archive, args: argparse.Namespace) -> int:
    people = archive.people.people(args.filter)
    if args.json:
        print_json(
            [
                {
                    "id": p.id,
                    "name": p.display_name,
                    "sort_name": p.sort_name,
                    "aliases": list(p.aliases),
                    "appearances": p.appearance_count,
                }
                for p in people
            ]
        )
    else:
        for p in people:
            aka = f" (also {', '.join(p.aliases)})" if p.aliases else ""
            say(f"{p.id:>6}  {p.display_name}{aka}  [{p.appearance_count}]")
    return 0


def _cmd_merge_people(archive: Archive, args: argparse.Namespace) -> int:
    person = archive.people.merge_people(args.keep, args.duplicate)
    say(
        f"Merged into {person.display_name} (id {person.id}), "
        f"{person.appearance_count} appearance(s)."
    )
    return 0
