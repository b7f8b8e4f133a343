"""`list` and `show` read on Core tables: the same records the ORM gives, and one transaction
with the ORM when a unit of work uses both."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from exchange_helpers import rich_library
from helpers import draft
from input_helpers import run_cli
from webinar_archive.domain import model as m
from webinar_archive.services.archive import Archive
from webinar_archive.services.serialize import session_to_dict


def _every_part(archive: Archive, work: Path) -> dict[str, int]:
    """The rich library (speakers, links, materials, recordings with chapters, notes and a
    transcript, tags), a machine-made transcript chosen for the player, and a trashed session."""
    ids = rich_library(archive, work)
    made = archive.catalogue.files.add(_write(work / "talk.pl.srt", "1\n00:00:01,000 --> 00"))
    with archive.catalogue.uow() as uow:
        track = uow.parts.add_subtitle(
            ids["recording"],
            m.SubtitleDraft(
                original_name="talk.pl.srt",
                stored_path=made.stored_path,
                sha256=made.sha256,
                language="pl",
                label="Polski",
                machine=m.MachineMade("whisper", "base", "pl", dt.datetime(2024, 1, 2, 3, 4, 5)),
            ),
            [m.TranscriptCue(0, 900, "Dzień dobry")],
        )
        uow.commit()
    archive.playback.choose_transcript(ids["recording"], track)
    trashed = archive.sessions.create(draft("Trashed talk", tags=["green"]))
    archive.sessions.trash([trashed.id])
    return {**ids, "trashed": trashed.id}


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def _orm_session(archive: Archive, session_id: int) -> m.Session:
    with archive.catalogue.uow() as uow:
        return uow.sessions.get_session(session_id)


def _all_ids(archive: Archive) -> list[int]:
    return archive.sessions.ids() + archive.sessions.ids(m.SessionFilter(trash=True))


def test_a_session_read_on_core_tables_equals_the_orm_read(archive: Archive, tmp_path: Path):
    """Every field of every part, on SQLite and PostgreSQL: the Core read of `show` and the
    editor gives the very record the ORM's whole-session load gives."""
    work = tmp_path / "work"
    work.mkdir()
    ids = _every_part(archive, work)
    for session_id in _all_ids(archive):
        assert archive.sessions.get(session_id) == _orm_session(archive, session_id)
    rich = archive.sessions.get(ids["session"])
    # the comparison covered every kind of part (an empty tuple equals an empty tuple)
    assert rich.appearances and rich.materials and rich.links and rich.tags
    (recording,) = rich.recordings
    assert recording.chapters and recording.notes and len(recording.subtitles) == 2
    assert any(s.machine and s.chosen for s in recording.subtitles)
    assert [s.cue_count for s in recording.subtitles] == [2, 1]


def test_list_and_show_json_are_what_the_orm_records_give(tmp_path: Path):
    """The command line's `show --json` and `list --json` (a new process, Core reads only)
    print what the ORM's records of the same sessions give."""
    library = tmp_path / "lib"
    work = tmp_path / "work"
    work.mkdir()
    with Archive.open(library) as archive:
        ids = _every_part(archive, work)
        orm = {i: _orm_session(archive, i) for i in _all_ids(archive)}
    for session_id, session in orm.items():
        status, out, err = run_cli(library, "show", str(session_id), "--json")
        assert status == 0, err
        assert json.loads(out) == json.loads(json.dumps(session_to_dict(session), default=str))
    for trash in (False, True):
        status, out, err = run_cli(library, "list", "--json", *(["--trash"] if trash else []))
        assert status == 0, err
        expected = [
            {
                "id": s.id,
                "title": s.title,
                "series": s.series,
                "date": s.date.isoformat() if s.date else None,
                "speakers": ", ".join(a.person_name for a in s.appearances),
                "theme": s.theme,
                "materials": len(s.materials),
                "duration_ms": sum(r.duration_ms or 0 for r in s.recordings)
                if s.recordings
                else None,
                "status": s.status.value,
            }
            for s in orm.values()
            if (s.deleted_at is not None) == trash
        ]
        listed = json.loads(out)
        assert sorted(listed, key=lambda r: r["id"]) == sorted(expected, key=lambda r: r["id"])
    assert ids["trashed"] in {s.id for s in orm.values() if s.deleted_at is not None}


def test_core_reads_and_orm_writes_share_one_transaction(sqlite_archive: Archive):
    """A unit of work that read (and wrote a setting) on Core before its first ORM write
    commits or rolls back all of it together; a Core read after an ORM write sees it."""
    catalogue = sqlite_archive.catalogue
    with catalogue.uow() as uow:
        assert uow.reads.latest_id() is None
        uow.settings.set_setting("probe", {"n": 1})
        new_id = uow.sessions.add_session(draft("Written after a Core read"))
        assert uow.reads.session(new_id).title == "Written after a Core read"
        # not committed: leaving the block rolls back the setting and the session alike
    with catalogue.uow() as uow:
        assert uow.settings.get_setting("probe") is None
        assert uow.reads.latest_id() is None
    with catalogue.uow() as uow:
        uow.settings.set_setting("probe", {"n": 2})
        new_id = uow.sessions.add_session(draft("Kept"))
        uow.commit()
    with catalogue.uow() as uow:
        assert uow.settings.get_setting("probe") == {"n": 2}
        assert uow.reads.latest_id() == new_id
    assert sqlite_archive.search.count("kept") == 1  # the index was written in that commit
