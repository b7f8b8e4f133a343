"""Acronyms and full names of one organisation are one authority record; unused ones can go."""

from __future__ import annotations

from webinar_archive.domain import model as m
from webinar_archive.services.archive import Archive


def _session(archive: Archive, title: str, *speakers: tuple[str, str | None]) -> m.Session:
    draft = m.SessionDraft(title=title, speakers=[m.SpeakerDraft(n, o) for n, o in speakers])
    return archive.sessions.create(draft)


def test_an_acronym_finds_the_organisation_named_with_it_and_back(archive: Archive) -> None:
    """ "CEBR" typed for a speaker is the stored "Council of European BioRegions (CEBR)", and
    the full name alone finds an organisation stored as "CEBR": no second record either way."""
    first = _session(archive, "One", ("Anaïs Le Corvec", "Council of European BioRegions (CEBR)"))
    second = _session(archive, "Two", ("Lucie Martin", "CEBR"), ("Jo Kim", "cebr"))
    org_ids = {a.organisation_id for a in first.appearances + second.appearances}
    assert len(org_ids) == 1
    assert [o.name for o in archive.people.organisations()] == [
        "Council of European BioRegions (CEBR)"
    ]

    _session(archive, "Three", ("Ilari Havukainen", "RCL"))
    found = archive.people.find_organisation("Regional Council of Lapland")
    assert found is not None and found.name == "RCL"
    assert archive.people.find_organisation("Regional Council of Kainuu") is None

    # An acronym two known bodies share joins neither.
    _session(archive, "Four", ("Cy Known", "Regional Innovation Agency"))
    _session(archive, "Five", ("Di Known", "Rural Investment Alliance"))
    assert archive.people.find_organisation("RIA") is None


def test_unused_people_and_organisations_are_listed_and_removed(archive: Archive) -> None:
    """After a speaker's organisation changes, the old one (0 sessions) is listed as unused and
    removed on request; records still named by a session are never removed."""
    session = _session(archive, "One", ("Kevin Morgan", "Cardiff Uni"))
    draft = m.SessionDraft(
        title="One", speakers=[m.SpeakerDraft("Kevin Morgan", "Cardiff University")]
    )
    archive.sessions.update(session.id, draft, session.version)
    people, orgs = archive.people.unused()
    assert people == [] and [o.name for o in orgs] == ["Cardiff Uni"]
    used = archive.people.find_organisation("Cardiff University")
    person = archive.people.find_person("Kevin Morgan")
    assert used is not None and person is not None
    assert archive.people.remove_unused([person.id], [orgs[0].id, used.id]) == (0, 1)
    assert [o.name for o in archive.people.organisations()] == ["Cardiff University"]
    assert archive.people.unused() == ([], [])


def test_a_speaker_pinned_to_a_removed_record_is_saved_by_name(archive: Archive) -> None:
    """Undo may bring back a speaker pinned to a record removed as unused: the save makes the
    record again by its name instead of failing on the missing id."""
    session = _session(archive, "One", ("Kevin Morgan", "Cardiff Uni"))
    old = archive.sessions.get(session.id)
    pinned = [
        m.SpeakerDraft(
            a.person_name, a.organisation_name, person_id=a.person_id,
            organisation_id=a.organisation_id,
        )
        for a in old.appearances
    ]  # fmt: skip
    moved = archive.sessions.update(
        session.id, m.SessionDraft(title="One", speakers=[m.SpeakerDraft("Kevin Morgan", "X")]),
        old.version,
    )  # fmt: skip
    _people, orgs = archive.people.unused()
    archive.people.remove_unused([], [o.id for o in orgs])
    back = archive.sessions.update(
        session.id, m.SessionDraft(title="One", speakers=pinned), moved.version
    )
    assert [a.organisation_name for a in back.appearances] == ["Cardiff Uni"]
