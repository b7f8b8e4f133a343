"""Bulk edits: one change to many sessions, all or nothing, searchable at once, undone whole;
series and tags renamed and merged everywhere."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from helpers import draft
from webinar_archive.domain import model as m
from webinar_archive.domain.bulk import AddedSpeaker, BulkEdit, TextReplace
from webinar_archive.domain.errors import ConflictError, ValidationError
from webinar_archive.domain.progress import Cancelled, Progress
from webinar_archive.services.archive import Archive
from webinar_archive.services.sessions import draft_from_session


def _make(archive: Archive, n: int = 4) -> list[int]:
    return [
        archive.sessions.create(
            draft(
                f"Smart specialisation talk {i}",
                date=dt.date(2021, 3, 1 + i),
                tags=["circular economy"] if i % 2 else ["draft batch"],
            )
        ).id
        for i in range(n)
    ]


def _state(archive: Archive, ids: list[int]) -> list[tuple[object, ...]]:
    """Everything a bulk edit may touch, per session (the version aside)."""
    out = []
    for sid in ids:
        s = archive.sessions.get(sid)
        out.append(
            (
                s.title,
                s.series,
                s.theme,
                s.language,
                s.status,
                s.rights,
                s.timezone,
                s.date,
                s.summary,
                s.tags,
                [(a.person_name, a.organisation_name) for a in s.appearances],
            )
        )
    return out


def test_apply_changes_every_session_bumps_versions_and_reindexes(archive: Archive):
    """Series, status, tags, a speaker, a title replacement and a date shift land on every
    selected session, each session's version goes up by one and search finds the new words."""
    ids = _make(archive)
    versions = [archive.sessions.get(i).version for i in ids]
    edit = BulkEdit(
        series="European Alliance",
        status=m.SessionStatus.REVIEWED,
        add_tags=("batch 2021",),
        remove_tags=("draft batch",),
        add_speakers=(AddedSpeaker("Zofia Wąsik", "Lublin University"),),
        title=TextReplace("Smart", "Clever"),
        shift_days=1,
    )
    result = archive.bulk.apply(ids[:3], edit)
    assert result.count == 3
    for i, sid in enumerate(ids[:3]):
        s = archive.sessions.get(sid)
        assert s.series == "European Alliance"
        assert s.status is m.SessionStatus.REVIEWED
        assert "batch 2021" in s.tags and "draft batch" not in s.tags
        assert s.appearances[-1].person_name == "Zofia Wąsik"
        assert s.appearances[-1].organisation_name == "Lublin University"
        assert s.title == f"Clever specialisation talk {i}"
        assert s.date == dt.date(2021, 3, 2 + i)
        assert s.version == versions[i] + 1
    untouched = archive.sessions.get(ids[3])
    assert untouched.title.startswith("Smart") and untouched.version == versions[3]
    assert sorted(archive.search.session_ids("clever")) == sorted(ids[:3])
    assert sorted(archive.search.session_ids("wasik")) == sorted(ids[:3])
    assert sorted(archive.search.session_ids('tag:"batch 2021"')) == sorted(ids[:3])


def test_undo_restores_everything_and_removes_what_the_edit_created(archive: Archive):
    """Undo puts every field, tag and speaker back, drops the tag, series and person the edit
    created, and bumps the versions again (an open editor then sees a conflict)."""
    ids = _make(archive)
    before = _state(archive, ids)
    edit = BulkEdit(
        series="Brand new series",
        theme="Energy",
        language="fr",
        rights="CC BY 4.0",
        timezone="Europe/Brussels",
        add_tags=("only for now",),
        remove_tags=("circular economy",),
        add_speakers=(AddedSpeaker("New Person", "New Org"),),
        title=TextReplace(r"talk (\d)", r"session \1", regex=True),
        summary=TextReplace("x", "y"),
        shift_days=-3,
    )
    result = archive.bulk.apply(ids, edit)
    assert _state(archive, ids) != before
    assert archive.bulk.undo(result) == len(ids)
    assert _state(archive, ids) == before
    assert "only for now" not in dict(archive.sessions.tags())
    assert "Brand new series" not in [s.name for s in archive.sessions.series()]
    assert archive.people.find_person("New Person") is None
    assert archive.people.find_organisation("New Org") is None
    assert archive.search.session_ids("only for now") == []
    assert sorted(archive.search.session_ids("smart")) == sorted(ids)
    assert all(archive.sessions.get(i).version == 3 for i in ids)


def test_preview_counts_only_sessions_that_change_and_writes_nothing(archive: Archive):
    """A tag some sessions already have: the preview counts the others and lists their first
    changes, and the catalogue is left as it was (no tag created)."""
    ids = _make(archive)
    before = _state(archive, ids)
    preview = archive.bulk.preview(ids, BulkEdit(add_tags=("circular economy", "fresh")), 3)
    assert (preview.selected, preview.affected) == (4, 4)
    assert len(preview.changes) == 3
    assert preview.changes[0].field == "tags" and preview.changes[0].new == "+ circular economy"
    only_old = archive.bulk.preview(ids, BulkEdit(add_tags=("circular economy",)))
    assert only_old.affected == 2
    assert _state(archive, ids) == before
    assert "fresh" not in dict(archive.sessions.tags())


@pytest.mark.parametrize(
    "edit, words",
    [
        (BulkEdit(title=TextReplace("([", "x", regex=True)), "regular expression"),
        (BulkEdit(title=TextReplace("(a)", r"\2", regex=True)), "replacement"),
        (BulkEdit(title=TextReplace(r".*", "", regex=True)), "empty"),
        (BulkEdit(shift_days=100_000), "out of range"),
        (BulkEdit(timezone="Mars/Olympus"), "unknown time zone"),
        (BulkEdit(), "Nothing to change"),
    ],
)
def test_bad_edits_are_refused_before_anything_changes(archive: Archive, edit, words):
    """An invalid expression or replacement, a title replaced to nothing, a shift out of range,
    an unknown zone, an empty edit: a ValidationError saying so, the catalogue unchanged."""
    ids = _make(archive, 2)
    before = _state(archive, ids)
    for call in (archive.bulk.preview, archive.bulk.apply):
        with pytest.raises(ValidationError, match=words):
            call(ids, edit)
    assert _state(archive, ids) == before


def test_a_date_pushed_off_the_calendar_names_the_session(archive: Archive):
    """One session near year 9999: the shift is refused for all, naming that session."""
    ids = _make(archive, 2)
    late = archive.sessions.get(ids[1])
    changed = draft_from_session(late)
    changed.date = dt.date(9999, 12, 30)
    archive.sessions.update(ids[1], changed, late.version)
    before = _state(archive, ids)
    with pytest.raises(ValidationError, match=f"session {ids[1]}"):
        archive.bulk.apply(ids, BulkEdit(shift_days=2))
    assert _state(archive, ids) == before


def test_cancel_leaves_none_of_it_applied(archive: Archive):
    """Stopping the job part way (after some batches were written) rolls all of it back."""
    ids = _make(archive, 3)
    before = _state(archive, ids)
    seen: list[Progress] = []

    def stop_when_saving(progress: Progress) -> bool:
        seen.append(progress)
        return not progress.text.startswith("Saving")

    with pytest.raises(Cancelled):
        archive.bulk.apply(ids, BulkEdit(add_tags=("never",), series="Never"), stop_when_saving)
    assert seen and seen[-1].text.startswith("Saving")
    assert _state(archive, ids) == before
    assert "never" not in dict(archive.sessions.tags())
    assert archive.search.session_ids("never") == []


@pytest.fixture
def other(archive: Archive) -> Iterator[Archive]:
    """A second archive on the same catalogue (a colleague's program)."""
    url = (
        None
        if archive.catalogue.backend == "sqlite"
        else archive.catalogue.engine.url.render_as_string(hide_password=False)
    )
    with Archive.open(archive.root, url) as opened:
        yield opened


def test_a_colleagues_editor_sees_the_bulk_edit_as_a_conflict(archive: Archive, other: Archive):
    """A colleague read a session before the bulk edit: their save is refused, not merged over."""
    ids = _make(archive, 2)
    theirs = other.sessions.get(ids[0])
    archive.bulk.apply(ids, BulkEdit(add_tags=("shared",)))
    mine = draft_from_session(theirs)
    mine.theme = "Their theme"
    with pytest.raises(ConflictError):
        other.sessions.update(ids[0], mine, theirs.version)
    assert "shared" in archive.sessions.get(ids[0]).tags


def test_undo_over_a_later_edit_is_refused_whole(archive: Archive, other: Archive):
    """A colleague edits one session after the bulk edit: undo refuses (naming it) and
    changes nothing, so their edit is not overwritten."""
    ids = _make(archive, 2)
    result = archive.bulk.apply(ids, BulkEdit(theme="Bulk theme"))
    later = other.sessions.get(ids[1])
    changed = draft_from_session(later)
    changed.title = "Edited by a colleague"
    other.sessions.update(ids[1], changed, later.version)
    with pytest.raises(ConflictError, match=str(ids[1])):
        archive.bulk.undo(result)
    assert [archive.sessions.get(i).theme for i in ids] == ["Bulk theme", "Bulk theme"]


def test_rename_series_and_tag_everywhere(archive: Archive):
    """A series or tag renamed is renamed on every session (one record), versions go up, search
    finds the new name; a name another one has already is refused with a pointer to merge."""
    ids = _make(archive, 2)
    series_id = archive.sessions.get(ids[0]).series_id
    assert series_id is not None
    version = archive.sessions.get(ids[0]).version
    archive.bulk.rename_series(series_id, "Innovation Talks of the Regions")
    archive.bulk.rename_tag("draft batch", "Batch A")
    first = archive.sessions.get(ids[0])
    assert first.series == "Innovation Talks of the Regions" and first.tags == ("Batch A",)
    assert first.version == version + 2
    assert archive.search.session_ids('tag:"batch a"') == [ids[0]]
    with pytest.raises(ValidationError, match="merge"):
        archive.bulk.rename_tag("Batch A", "Circular Economy")


def test_merge_tags_and_series_like_people(archive: Archive):
    """Merging moves every session of the duplicate to the kept record and deletes it; a
    session that had both keeps one."""
    ids = _make(archive, 3)
    both = archive.sessions.get(ids[0])
    two = draft_from_session(both)
    two.tags = ["draft batch", "circular economy"]
    two.series = "Regional Innovation Talk"
    archive.sessions.update(ids[0], two, both.version)
    archive.bulk.merge_tags("circular economy", "draft batch")
    assert dict(archive.sessions.tags()) == {"circular economy": 3}
    series = {s.name: s.id for s in archive.sessions.series()}
    kept = archive.bulk.merge_series(
        series["Regional Innovation Talks"], series["Regional Innovation Talk"]
    )
    assert kept.session_count == 3
    assert [s.name for s in archive.sessions.series()] == ["Regional Innovation Talks"]
    assert sorted(archive.search.session_ids('tag:"circular economy"')) == sorted(ids)


def test_a_large_selection_is_written_in_batches(tmp_path: Path):
    """More sessions than one batch (and than the database's bound-parameter limit) pass in
    one step and undo whole."""
    with Archive.open(tmp_path / "lib") as archive:
        with archive.catalogue.uow() as uow:
            ids = [uow.sessions.add_session(m.SessionDraft(title=f"S {i}")) for i in range(1200)]
            uow.commit()
        result = archive.bulk.apply(ids, BulkEdit(add_tags=("many",), theme="Many"))
        assert result.count == 1200
        assert dict(archive.sessions.tags()) == {"many": 1200}
        archive.bulk.undo(result)
        assert dict(archive.sessions.tags()) == {}


def _index_dump(archive: Archive) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    """The search index's content, independent of row ids: places and documents."""
    from sqlalchemy import text

    from webinar_archive.storage.search.fields import DOC_COLUMNS

    with archive.catalogue.engine.connect() as conn:
        places = sorted(
            conn.execute(
                text("SELECT session_id, kind, body, text, ref_id FROM search_location")
            ).all()
        )
        columns = ", ".join([*DOC_COLUMNS, "filters"])
        docs = sorted(
            conn.execute(
                text(
                    f"SELECT search_session.rowid, {columns} "
                    "FROM search_session JOIN search_label "
                    "ON search_label.rowid = search_session.rowid"
                )
            ).all()
        )
    return [tuple(p) for p in places], [tuple(d) for d in docs]


def test_the_index_after_a_bulk_edit_and_its_undo_is_what_a_rebuild_makes(sqlite_archive):
    """The bulk path rewrites only the changed places and document columns: what it leaves is
    exactly what indexing the catalogue from scratch gives, after the edit and after undo."""
    archive = sqlite_archive
    ids = _make(archive, 5)
    archive.sessions.trash([ids[4]])
    edit = BulkEdit(
        series="Renamed series",
        theme="Energy",
        status=m.SessionStatus.REVIEWED,
        shift_days=40,
        add_tags=("batch",),
        remove_tags=("draft batch",),
        add_speakers=(AddedSpeaker("Jiří Dvořák", "Brno Agency"),),
        title=TextReplace("talk", "session"),
        summary=TextReplace("x", "y"),
    )
    change = archive.bulk.apply(ids, edit)
    after_edit = _index_dump(archive)
    archive.search.reindex()
    assert _index_dump(archive) == after_edit
    archive.bulk.undo(change)
    after_undo = _index_dump(archive)
    archive.search.reindex()
    assert _index_dump(archive) == after_undo
    assert archive.search.session_ids("status:reviewed") == []
    for alone in (BulkEdit(status=m.SessionStatus.CATALOGUED), BulkEdit(language="pl")):
        archive.bulk.apply(ids, alone)  # each changes only a filter marker
        after = _index_dump(archive)
        archive.search.reindex()
        assert _index_dump(archive) == after
    assert sorted(archive.search.session_ids("status:catalogued lang:pl")) == sorted(ids[:4])
