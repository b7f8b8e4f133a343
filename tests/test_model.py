"""The catalogue model through the services: round trips, authority matching, versions, cascades."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers import draft
from webinar_archive.domain import model as m
from webinar_archive.domain.errors import ConflictError, NotFoundError, ValidationError
from webinar_archive.services.sessions import draft_from_session


def test_session_round_trip_keeps_every_field(archive):
    """Everything a draft carries comes back from get(), speakers in order."""
    d = draft(
        theme="Smart specialisation",
        date=dt.date(2020, 9, 11),
        start_time=dt.time(14, 30),
        timezone="Europe/Brussels",
        duration_minutes=90,
        language="en",
        summary="**Bold** & <angle> text",
        source_url="https://example.org/page",
        notes="internal",
        status=m.SessionStatus.REVIEWED,
        rights="CC BY 4.0",
    )
    d.speakers[1].position = "Director F – Industrial Policy"
    d.speakers[1].contribution = "Framed the debate"
    s = archive.sessions.create(d)
    got = archive.sessions.get(s.id)
    assert got.title == d.title and got.series == "Regional Innovation Talks"
    assert (got.date, got.start_time, got.timezone) == (d.date, d.start_time, d.timezone)
    assert got.duration_minutes == 90 and got.language == "en" and got.rights == "CC BY 4.0"
    assert got.summary == "**Bold** & <angle> text" and got.status is m.SessionStatus.REVIEWED
    assert [a.person_name for a in got.appearances] == ["Ilari Havukainen", "Anaïs Le Corvec"]
    assert got.appearances[1].role is m.AppearanceRole.MODERATOR
    assert got.appearances[1].position == "Director F – Industrial Policy"
    assert got.appearances[1].contribution == "Framed the debate"
    assert got.appearances[0].organisation_name == "Regional Council of Lapland"
    assert [(x.kind, x.url) for x in got.links] == [
        (m.LinkKind.RECORDING, "https://example.org/rec")
    ]
    assert got.tags == ("circular economy",)
    assert got.version == 1


def test_empty_title_is_refused(archive):
    """A session without a title is a validation error, and nothing is stored."""
    with pytest.raises(ValidationError):
        archive.sessions.create(m.SessionDraft(title="   "))
    assert archive.sessions.count() == 0


def test_people_are_matched_accents_and_case_aside(archive):
    """'Anais le corvec' and 'SLAWOMIR' spellings reuse the existing authority records."""
    archive.sessions.create(draft())
    archive.sessions.create(
        draft(
            "Second",
            speakers=[
                m.SpeakerDraft("anais le corvec", "cebr"),
                m.SpeakerDraft("Sławomir Tokarski", "DG GROW"),
            ],
        )
    )
    archive.sessions.create(draft("Third", speakers=[m.SpeakerDraft("Slawomir TOKARSKI", None)]))
    people = {p.display_name: p.appearance_count for p in archive.people.people()}
    assert people == {"Ilari Havukainen": 1, "Anaïs Le Corvec": 2, "Sławomir Tokarski": 2}
    orgs = {o.name for o in archive.people.organisations()}
    assert orgs == {"Regional Council of Lapland", "CEBR", "DG GROW"}


def test_organisation_matched_by_acronym(archive):
    """An organisation with acronym DG GROW is found when a speaker names it by the acronym."""
    s = archive.sessions.create(
        draft(speakers=[m.SpeakerDraft("A B", "Directorate-General Growth")])
    )
    org_id = s.appearances[0].organisation_id
    archive.people.update_organisation(org_id, "Directorate-General Growth", acronym="DG GROW")
    s2 = archive.sessions.create(draft("Other", speakers=[m.SpeakerDraft("C D", "dg grow")]))
    assert s2.appearances[0].organisation_id == org_id


def test_version_counter_detects_a_concurrent_edit(archive):
    """Two editors start from version 1; the second save is refused, the first one kept."""
    s = archive.sessions.create(draft())
    first = draft_from_session(s)
    second = draft_from_session(s)
    first.title = "Edited by the first"
    second.title = "Edited by the second"
    saved = archive.sessions.update(s.id, first, s.version)
    assert saved.version == s.version + 1
    with pytest.raises(ConflictError):
        archive.sessions.update(s.id, second, s.version)
    assert archive.sessions.get(s.id).title == "Edited by the first"


def test_edit_keeps_appearance_ids_of_remaining_speakers(archive):
    """Reordering speakers keeps their appearance rows (chapters tied to them survive)."""
    s = archive.sessions.create(draft())
    ids = {a.person_name: a.id for a in s.appearances}
    d = draft_from_session(s)
    d.speakers.reverse()
    again = archive.sessions.update(s.id, d, s.version)
    assert [a.person_name for a in again.appearances] == ["Anaïs Le Corvec", "Ilari Havukainen"]
    assert {a.person_name: a.id for a in again.appearances} == ids


def test_trash_restore_and_purge_cascade(archive):
    """Trash hides a session; restore brings it back; purge removes its rows but not people."""
    s = archive.sessions.create(draft())
    assert archive.sessions.trash([s.id]) == 1
    assert archive.sessions.ids() == []
    assert archive.sessions.ids(m.SessionFilter(trash=True)) == [s.id]
    assert archive.sessions.restore([s.id]) == 1
    assert archive.sessions.ids() == [s.id]
    archive.sessions.trash([s.id])
    assert archive.sessions.empty_trash() == 1
    with pytest.raises(NotFoundError):
        archive.sessions.get(s.id)
    with archive.catalogue.engine.connect() as conn:
        from sqlalchemy import func, select

        from webinar_archive.storage import orm

        assert conn.scalar(select(func.count()).select_from(orm.AppearanceRow)) == 0
        assert conn.scalar(select(func.count()).select_from(orm.LinkRow)) == 0
    assert len(archive.people.people()) == 2


def test_person_in_use_cannot_be_deleted(archive):
    """Deleting a person with appearances is refused with a message naming them."""
    s = archive.sessions.create(draft())
    with pytest.raises(ValidationError, match="Ilari Havukainen"):
        archive.people.delete_person(s.appearances[0].person_id)


def test_merge_people_keeps_every_appearance_and_the_alias(archive):
    """Merging 'Anais Le Corvec' into 'Anaïs Le Corvec' keeps both sessions' appearances."""
    a = archive.sessions.create(draft("One", speakers=[m.SpeakerDraft("Anaïs Le Corvec", "CEBR")]))
    b = archive.sessions.create(draft("Two", speakers=[m.SpeakerDraft("A. Le Corvec", "CEBR")]))
    keep = a.appearances[0].person_id
    dup = b.appearances[0].person_id
    assert keep != dup
    merged = archive.people.merge_people(keep, dup)
    assert merged.appearance_count == 2
    assert "A. Le Corvec" in merged.aliases
    assert archive.sessions.get(b.id).appearances[0].person_name == "Anaïs Le Corvec"
    assert archive.sessions.get(b.id).version == b.version + 1
    # The alias now resolves to the kept person.
    c = archive.sessions.create(draft("Three", speakers=[m.SpeakerDraft("a. le corvec")]))
    assert c.appearances[0].person_id == keep


def test_completion_names_are_every_person_and_organisation_with_aliases(archive):
    """The lean lists completion reads hold what the full records say: every name, its
    aliases in the order added, an organisation's acronym."""
    archive.sessions.create(
        draft(
            "One",
            speakers=[
                m.SpeakerDraft("Anaïs Le Corvec", "Council of European BioRegions"),
                m.SpeakerDraft("Marek Tokarski", "Uniwersytet Jagielloński"),
            ],
        )
    )
    people = archive.people
    anais = next(p for p in people.people() if p.display_name == "Anaïs Le Corvec")
    people.update_person(anais.id, anais.display_name, ["A. Le Corvec", "Anais LC"])
    cebr = next(o for o in people.organisations() if o.name.startswith("Council"))
    people.update_organisation(cebr.id, cebr.name, "CEBR", ["BioRegions"])

    assert sorted(people.person_names()) == sorted(
        (p.display_name, tuple(p.aliases)) for p in people.people()
    )
    assert sorted(people.person_names())[0] == ("Anaïs Le Corvec", ("A. Le Corvec", "Anais LC"))
    assert sorted(people.organisation_names(), key=str) == sorted(
        ((o.name, o.acronym, tuple(o.aliases)) for o in people.organisations()), key=str
    )
    assert ("Council of European BioRegions", "CEBR", ("BioRegions",)) in (
        people.organisation_names()
    )


def test_merge_people_in_the_same_session_leaves_one_appearance(archive):
    """When both records speak at one session, the merge leaves a single appearance there."""
    s = archive.sessions.create(
        draft(
            speakers=[
                m.SpeakerDraft("Anaïs Le Corvec", None),
                m.SpeakerDraft("Anais Le-Corvec", "CEBR"),
            ]
        )
    )
    keep, dup = (a.person_id for a in s.appearances)
    archive.people.merge_people(keep, dup)
    apps = archive.sessions.get(s.id).appearances
    assert len(apps) == 1 and apps[0].organisation_name == "CEBR"


def test_filter_matches_title_speaker_and_organisation_folded(archive):
    """The table filter finds 'Łódź' by 'lodz', speakers by name and organisations by acronym."""
    a = archive.sessions.create(
        draft("Łódź innovation day", speakers=[m.SpeakerDraft("Jan Kowalski", "UŁ")])
    )
    b = archive.sessions.create(
        draft("Other", speakers=[m.SpeakerDraft("Sławomir Tokarski", "DG GROW")])
    )
    ids = archive.sessions.ids
    assert ids(m.SessionFilter(text="lodz")) == [a.id]
    assert ids(m.SessionFilter(text="slawomir")) == [b.id]
    assert ids(m.SessionFilter(text="grow tokarski")) == [b.id]
    assert ids(m.SessionFilter(text="50%_")) == []


def test_sorting_and_rows(archive):
    """ids() sorts on the server side and rows() returns table rows in that order."""
    for title, day in (("B", 3), ("A", 1), ("C", 2)):
        archive.sessions.create(draft(title, date=dt.date(2021, 1, day)))
    by_title = archive.sessions.ids(sort=m.SortKey.TITLE, descending=False)
    assert [r.title for r in archive.sessions.rows(by_title)] == ["A", "B", "C"]
    by_date = archive.sessions.ids(sort=m.SortKey.DATE, descending=True)
    assert [r.title for r in archive.sessions.rows(by_date)] == ["B", "C", "A"]
    row = archive.sessions.rows(by_date[:1])[0]
    assert row.speakers == "Ilari Havukainen, Anaïs Le Corvec"


def test_the_table_page_holds_what_the_summaries_hold(archive):
    """The table's page as the driver gives it (on either database): each session's fields
    as the summaries have them, the date as ISO text, the speakers joined in their order."""
    a = archive.sessions.create(draft("A", date=dt.date(2021, 1, 3)))
    b = archive.sessions.create(m.SessionDraft(title="B", status=m.SessionStatus.REVIEWED))
    ids = [b.id, 999_999, a.id]
    page = archive.sessions.table_page(ids)
    assert {r[0] for r in page.rows} == {a.id, b.id}
    for row in page.rows:
        summary = archive.sessions.rows([row[0]])[0]
        date = summary.date.isoformat() if summary.date else None
        assert (row[1], row[2], row[3], row[4]) == (
            summary.title,
            summary.series,
            date,
            summary.theme,
        )
        assert (row[5] or 0, row[6] and int(row[6])) == (
            summary.material_count,
            summary.recording_duration_ms,
        )
        assert m.SessionStatus(row[7]) is summary.status
        assert page.speakers.get(row[0], "") == summary.speakers
    assert page.speakers[a.id] == "Ilari Havukainen, Anaïs Le Corvec"
    assert archive.sessions.table_page([]) == m.TablePage([], {})


def test_browser_counts(archive):
    """Series, years and tags come with counts that leave the trash out."""
    s1 = archive.sessions.create(draft("A", date=dt.date(2020, 5, 1)))
    archive.sessions.create(draft("B", date=dt.date(2021, 5, 1), tags=["x", "circular economy"]))
    archive.sessions.trash([s1.id])
    assert [(x.name, x.session_count) for x in archive.sessions.series()] == [
        ("Regional Innovation Talks", 1)
    ]
    assert archive.sessions.years() == [(2021, 1)]
    assert dict(archive.sessions.tags()) == {"circular economy": 1, "x": 1}


def test_browser_counts_equal_the_live_sessions_counted_one_by_one(archive):
    """The browser's counts (taken from indexes, the trash subtracted) are those of the live
    sessions read one by one: a series or tag only trashed sessions have, sessions without
    a date or series, a speaker without an organisation, slides and other materials."""
    from sqlalchemy import insert

    from webinar_archive.storage import tables as t

    sessions = archive.sessions
    made = [
        sessions.create(draft("A", date=dt.date(2019, 12, 31), tags=["x", "y"])),
        sessions.create(draft("B", date=dt.date(2020, 1, 1), tags=["y"])),
        sessions.create(draft("C", date=dt.date(2020, 12, 31), series="Only trashed")),
        sessions.create(draft("D", date=None, series=None, tags=["only trashed", "y"])),
        sessions.create(
            draft("E", date=dt.date(1999, 6, 1), speakers=[m.SpeakerDraft("No Org", None)])
        ),
        sessions.create(draft("F", date=dt.date(2020, 3, 3), speakers=[], tags=[])),
    ]
    with archive.catalogue.engine.begin() as conn:
        for session, kind in ((made[0], "slides"), (made[1], "pdf"), (made[5], "other")):
            conn.execute(
                insert(t.material).values(
                    session_id=session.id,
                    title="m",
                    original_name="m",
                    media_type="application/octet-stream",
                    kind=kind,
                    size=1,
                    sha256="0" * 64,
                    stored_path="m",
                    linked=True,
                    text="",
                )
            )
    sessions.trash([made[2].id, made[3].id])
    live = [sessions.get(s.id) for s in made if s.id not in (made[2].id, made[3].id)]

    by_series = {x.name: x.session_count for x in sessions.series()}
    assert by_series == {
        "Regional Innovation Talks": sum(s.series == "Regional Innovation Talks" for s in live),
        "Only trashed": 0,
    }
    assert by_series["Regional Innovation Talks"] == 4
    years: dict[int, int] = {}
    for s in live:
        if s.date is not None:
            years[s.date.year] = years.get(s.date.year, 0) + 1
    assert sessions.years() == sorted(years.items(), reverse=True)
    tags: dict[str, int] = {}
    for s in live:
        for tag in s.tags:
            tags[tag] = tags.get(tag, 0) + 1
    assert sessions.tags() == sorted(tags.items())
    assert sessions.tags() == [("circular economy", 1), ("x", 1), ("y", 2)]

    def incomplete(which: str) -> set[int]:
        flt = m.SessionFilter(incomplete=which)
        ids = set(sessions.ids(flt))
        assert sessions.count(flt) == len(ids)
        return ids

    assert incomplete("speaker-no-org") == {made[4].id}
    assert incomplete("no-slides") == {made[4].id, made[5].id}
    sessions.restore([made[3].id])
    assert dict(sessions.tags())["only trashed"] == 1
    assert incomplete("no-slides") == {made[3].id, made[4].id, made[5].id}


def test_demo_is_created_once(archive):
    """The demo session has the five speakers and is not duplicated by a second call."""
    s, created = archive.sessions.create_demo()
    again, created_again = archive.sessions.create_demo()
    assert created and not created_again and again.id == s.id
    assert [(a.person_name, a.organisation_name) for a in s.appearances] == [
        ("Kevin Morgan", "Cardiff University"),
        ("Anaïs Le Corvec", "CEBR"),
        ("Valentina Pinna", "DG GROW"),
        ("Ilari Havukainen", "Regional Council of Lapland"),
        ("Slawomir Tokarski", "DG GROW"),
    ]
    assert s.appearances[4].position == "Director F – Industrial Policy and Innovation"
    assert s.date == dt.date(2020, 9, 11)


def test_settings_round_trip(archive):
    """Per-library settings keep JSON values."""
    archive.sessions.set_setting("brief", {"paper": "A4", "sections": ["speakers"]})
    assert archive.sessions.setting("brief") == {"paper": "A4", "sections": ["speakers"]}
    assert archive.sessions.setting("missing", 5) == 5


def test_ids_filter_beyond_the_sql_parameter_limit(archive):
    """40,000 ids (a search that matches most of a big library) filter without an SQL error,
    in relevance order or in a column's order."""
    created = [
        archive.sessions.create(draft(f"S{i}", date=dt.date(2020, 1, i + 1))).id for i in range(3)
    ]
    wanted = (created[1], *range(10_000, 50_000), created[0])
    by_rank = archive.sessions.ids(m.SessionFilter(ids=wanted), m.SortKey.RELEVANCE)
    assert by_rank == [created[1], created[0]]
    by_date = archive.sessions.ids(m.SessionFilter(ids=wanted), m.SortKey.DATE, descending=False)
    assert by_date == [created[0], created[1]]
    assert archive.sessions.count(m.SessionFilter(ids=wanted)) == 2
    small = archive.sessions.ids(m.SessionFilter(ids=(created[2], created[0])), m.SortKey.RELEVANCE)
    assert small == [created[2], created[0]]


def _session_with_parts(archive):
    """A session with a recording (a chapter, a note) and a document; returns the ids."""
    from search_helpers import add_recording

    s = archive.sessions.create(draft())
    rec = add_recording(archive, s.id)
    chapter = archive.playback.add_chapter(rec, 0, "Opening", 60_000)
    note = archive.playback.add_note(rec, 1000, "Remember this")
    with archive.catalogue.uow() as uow:
        uow.parts.add_material(
            s.id,
            m.MaterialDraft(
                file=m.FileRef("slides.pdf", "application/pdf", 10, "1" * 64, "files/slides.pdf"),
                title="Slides",
                kind=m.MaterialKind.SLIDES,
            ),
            ["page one"],
        )
        uow.commit()
    material = archive.sessions.get(s.id).materials[0].id
    return s.id, rec, chapter, note, material


PART_CHANGES = {
    "update chapter": lambda a, rec, ch, note, mat: a.playback.update_chapter(ch, 0, "Welcome"),
    "delete chapter": lambda a, rec, ch, note, mat: a.playback.delete_chapter(ch),
    "replace chapters": lambda a, rec, ch, note, mat: a.playback.replace_chapters(
        rec, [("One", 0, None)]
    ),
    "add chapter": lambda a, rec, ch, note, mat: a.playback.add_chapter(rec, 90_000, "Q&A"),
    "add note": lambda a, rec, ch, note, mat: a.playback.add_note(rec, 5, "Another"),
    "update note": lambda a, rec, ch, note, mat: a.playback.update_note(note, 5, "Changed"),
    "delete note": lambda a, rec, ch, note, mat: a.playback.delete_note(note),
    "tie material": lambda a, rec, ch, note, mat: a.playback.tie_material(mat, rec, 30_000),
    "remove material": lambda a, rec, ch, note, mat: a.files.detach_material(mat),
    "remove recording": lambda a, rec, ch, note, mat: a.files.detach_recording(rec),
}


@pytest.mark.parametrize("change", sorted(PART_CHANGES))
def test_every_change_to_a_session_part_bumps_its_version(archive, change):
    """Chapters, notes, documents and recordings are parts of the session: editors see a change."""
    sid, rec, chapter, note, material = _session_with_parts(archive)
    before = archive.sessions.version(sid)
    PART_CHANGES[change](archive, rec, chapter, note, material)
    assert archive.sessions.version(sid) == before + 1


def test_resume_position_is_not_a_change_to_the_session(archive):
    """Where one stopped watching is playback state: the session's version stays."""
    sid, rec, *_ = _session_with_parts(archive)
    before = archive.sessions.version(sid)
    archive.playback.save_position(rec, 42_000, 60_000)
    archive.playback.set_watched(rec, False)
    assert archive.sessions.version(sid) == before
