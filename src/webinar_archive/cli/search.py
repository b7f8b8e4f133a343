"""Full-text search from the command line (`search`, with --json) and rebuilding the index."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from ..domain.messages import _t, _tn, number
from .common import Subparsers, count, print_json, say

if TYPE_CHECKING:
    from ..domain.progress import Progress
    from ..domain.search import Hit, SearchResults
    from ..services.archive import Archive


def register(sub: Subparsers) -> None:
    p = sub.add_parser(
        "search",
        help='full-text search (words, "phrases", -exclude, OR, speaker: org: series: theme: '
        "tag: year: date: has: lang: status:)",
    )
    p.add_argument("query", nargs="+", help="the query (several arguments are joined by spaces)")
    p.add_argument("--limit", type=count, default=20, help="sessions to show (default 20)")
    p.add_argument("--offset", type=count, default=0)
    p.add_argument("--hits", type=count, default=3, help="hits to show per session (default 3)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_cmd_search)

    p = sub.add_parser("reindex", help="rebuild the full-text search index from the catalogue")
    p.set_defaults(handler=_cmd_reindex)


def _hit_dict(hit: Hit) -> dict[str, Any]:
    from ..domain.time import format_ms

    return {
        "kind": hit.kind,
        "field": hit.field,
        "label": hit.label,
        "material_id": hit.material_id,
        "page_no": hit.page_no,
        "recording_id": hit.recording_id,
        "time_ms": hit.time_ms,
        "time": format_ms(hit.time_ms) if hit.time_ms is not None else None,
        "speaker": hit.speaker,
        "snippet": hit.snippet,
        "highlights": [list(span) for span in hit.highlights],
        "snippet_marked": hit.marked("[", "]"),
    }


def results_dict(results: SearchResults) -> dict[str, Any]:
    return {
        "query": results.query,
        "total": results.total,
        "offset": results.offset,
        "ranking": results.ranking,
        "sessions": [
            {
                "session_id": s.session_id,
                "title": s.title,
                "date": s.date.isoformat() if s.date else None,
                "score": round(s.score, 6),
                "hits": [_hit_dict(h) for h in s.hits],
            }
            for s in results.sessions
        ],
    }


def _cmd_search(archive: Archive, args: argparse.Namespace) -> int:
    query = " ".join(args.query)
    results = archive.search.search(query, args.limit, args.offset, args.hits)
    if args.json:
        print_json(results_dict(results))
        return 0
    if not results.sessions:
        print(_t("No session matches."))
        return 0
    for s in results.sessions:
        date = s.date.isoformat() if s.date else "----------"
        say(f"{s.session_id:>6}  {date}  {s.title}")
        for hit in s.hits:
            say(f"          {hit.label}: {hit.marked('[', ']')}")
    shown = results.offset + len(results.sessions)
    if results.total > shown:
        print(
            _tn(
                "({shown} of {count} session shown; use --limit/--offset for more)",
                "({shown} of {count} sessions shown; use --limit/--offset for more)",
                results.total,
            ).format(shown=shown, count=results.total)
        )
    return 0


def _cmd_reindex(archive: Archive, args: argparse.Namespace) -> int:
    from .library import _end_progress, _progress

    if archive.catalogue.index_finished_at_open is not None:
        # Opening the library went on with an interrupted rebuild (with its progress): the
        # index is whole again, and making it a second time would only double the wait.
        count = archive.sessions.count()
        print(
            _tn(
                "Indexed {count} session (the interrupted rebuild finished).",
                "Indexed {count} sessions (the interrupted rebuild finished).",
                count,
            ).format(count=count)
        )
        return 0
    show = _progress(True)
    last: list[Progress] = []

    def report(step: Progress) -> bool:
        last[:] = [step]
        return show(step) if show is not None else True

    try:
        n = archive.search.reindex(report)
    except KeyboardInterrupt:
        # Each batch commits: what is indexed stays, and the mark says where to go on.
        _end_progress(show)
        kept = _t(
            "what is indexed is kept, search says the index is being rebuilt until it is "
            "whole, and the next command (or the app) goes on from there."
        )
        if last:
            said = _t(
                "webinar-archive: reindex interrupted ({done} of {total} sessions indexed); {kept}"
            ).format(done=number(last[0].done), total=number(last[0].total), kept=kept)
        else:
            said = _t("webinar-archive: reindex interrupted; {kept}").format(kept=kept)
        print(said, file=sys.stderr)
        return 130
    _end_progress(show)
    print(_tn("Indexed {count} session.", "Indexed {count} sessions.", n).format(count=n))
    return 0
