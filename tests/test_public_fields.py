"""One mapping of a session's files to their public fields, for `show --json` and exchange files."""

from __future__ import annotations

from pathlib import Path

import pytest

from exchange_helpers import rich_library
from webinar_archive.domain.public_fields import (
    MATERIAL_FIELDS,
    RECORDING_FIELDS,
    SUBTITLE_FIELDS,
)
from webinar_archive.services.archive import Archive
from webinar_archive.services.serialize import SHOW_NAMES, session_to_dict

pytestmark = pytest.mark.sqlite_only


def test_show_json_and_the_exchange_file_say_the_same_of_each_file(
    archive: Archive, tmp_path: Path
) -> None:
    """Every public field of a recording, a material and a subtitle track is in both outputs
    with the same value, under each output's own name (``file_name`` vs ``original_name``)."""
    work = tmp_path / "work"
    work.mkdir()
    ids = rich_library(archive, work)
    shown = session_to_dict(archive.sessions.get(ids["session"]))
    [exported] = [
        s
        for s in archive.exchange.exchange_document([ids["session"]])["sessions"]
        if s["title"] == shown["title"]
    ]
    pairs = [
        (MATERIAL_FIELDS, shown["materials"], exported["materials"]),
        (RECORDING_FIELDS, shown["recordings"], exported["recordings"]),
        (
            SUBTITLE_FIELDS,
            shown["recordings"][0]["subtitles"],
            exported["recordings"][0]["subtitles"],
        ),
    ]
    for fields, in_show, in_exchange in pairs:
        assert in_show and len(in_show) == len(in_exchange)
        for one, other in zip(
            sorted(in_show, key=lambda x: x["file_name"]),
            sorted(in_exchange, key=lambda x: x["original_name"]),
            strict=True,
        ):
            for name in fields:
                assert one[SHOW_NAMES.get(name, name)] == other[name], name
