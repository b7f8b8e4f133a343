"""Use cases on the authority records: people and organisations, rename, aliases, merge."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from ..domain import model as m
from ..domain.organisations import OrganisationMatch, acronym_of, same_organisation
from ..domain.text import fold
from ..storage.catalogue import Catalogue

if TYPE_CHECKING:
    from ..storage.repos.people import PeopleRepository


def organisation_matches(
    people: PeopleRepository, drafts: Sequence[m.SessionDraft]
) -> dict[str, OrganisationMatch]:
    """What the library holds for each organisation the drafts' speakers name, keyed by the
    folded name: the review shows it before anything is saved, and saving follows it.

    By name, acronym or alias (accents and case aside), then by acronym against long name
    either way round ("CEBR" for a known "Centre for Economics and Business Research", and
    back): the rule is ``domain.organisations.same_organisation``, applied by the
    repository's lookup, so an organisation typed in the editor and one read from a page are
    matched alike. Two candidates: none is guessed."""
    found: dict[str, OrganisationMatch] = {}
    for draft in drafts:
        for speaker in draft.speakers:
            key = fold(speaker.organisation or "")
            if key and key not in found:
                found[key] = people.organisation_match(speaker.organisation or "")
    # An acronym alone that fits another body the same page names as well as the library's
    # record is not guessed either ("RIA" beside "Regional Innovation Agency").
    for key, match in list(found.items()):
        if acronym_of(match.name) != match.name:
            continue
        others = tuple(
            other.name
            for other_key, other in found.items()
            if other_key != key
            and acronym_of(other.name) != other.name
            and same_organisation(match.name, other.name)
            and (other.organisation_id is None or other.organisation_id != match.organisation_id)
        )
        if others and match.known:
            found[key] = replace(match, on_page=others)
    return found


def with_known_organisations(people: PeopleRepository, draft: m.SessionDraft) -> m.SessionDraft:
    """``draft`` with each speaker's organisation pinned to the record the library has for it,
    so that "CEBR" on a page joins the known "Centre for Economics and Business Research";
    a name the review said is not guessed is pinned to a record of exactly that name."""
    matches = organisation_matches(people, [draft])
    speakers = list(draft.speakers)
    # The names not in doubt first, in page order (a new "Centre for X (CX)" and a "CX" after
    # it are one record); then those in doubt, each under its own name, so that no name of
    # the page joins a record the review did not say it would.
    for doubtful in (False, True):
        for i, speaker in enumerate(speakers):
            org = speaker.organisation
            if speaker.organisation_id is not None or not org:
                continue
            match = matches.get(fold(org))
            if match is None or match.ambiguous != doubtful:
                continue
            if match.organisation_id is not None:
                found = match.organisation_id
            elif doubtful:
                found = people.organisation_named(org)
            else:
                found = people.organisation_id_for(org)
            speakers[i] = replace(speaker, organisation_id=found)
    return replace(draft, speakers=speakers)


class PeopleService:
    def __init__(self, catalogue: Catalogue) -> None:
        self._cat = catalogue

    def people(self, text: str = "", limit: int | None = None) -> list[m.Person]:
        with self._cat.uow() as uow:
            return uow.directory.list_people(text, limit)

    def person_names(self) -> list[tuple[str, tuple[str, ...]]]:
        """Every person's display name and aliases (what completion offers), in no order."""
        with self._cat.uow() as uow:
            return uow.directory.person_names()

    def organisation_names(self) -> list[tuple[str, str | None, tuple[str, ...]]]:
        """Every organisation's name, acronym and aliases (for completion), in no order."""
        with self._cat.uow() as uow:
            return uow.directory.organisation_names()

    def person(self, person_id: int) -> m.Person:
        with self._cat.uow() as uow:
            return uow.people.get_person(person_id)

    def find_person(self, name: str) -> m.Person | None:
        """The authority record a name stands for, accents and case aside (or through an alias)."""
        with self._cat.uow() as uow:
            found = uow.people.find_person_id(name)
            return uow.people.get_person(found) if found is not None else None

    def update_person(
        self,
        person_id: int,
        display_name: str,
        aliases: Sequence[str] = (),
        notes: str = "",
        sort_name: str | None = None,
        expected: m.Person | None = None,
    ) -> m.Person:
        """Change a person; ``expected``: as shown to the user (ConflictError if changed since)."""
        with self._cat.uow() as uow:
            uow.people.update_person(
                person_id, display_name, aliases, notes, sort_name, expected=expected
            )
            uow.commit()
        return self.person(person_id)

    def merge_people(self, keep_id: int, duplicate_id: int) -> m.Person:
        """Fold ``duplicate_id`` into ``keep_id``: appearances kept, its name becomes an alias."""
        with self._cat.uow() as uow:
            uow.people.merge_people(keep_id, duplicate_id)
            uow.commit()
        return self.person(keep_id)

    def delete_person(self, person_id: int) -> None:
        with self._cat.uow() as uow:
            uow.people.delete_person(person_id)
            uow.commit()

    def organisations(self, text: str = "", limit: int | None = None) -> list[m.Organisation]:
        with self._cat.uow() as uow:
            return uow.directory.list_organisations(text, limit)

    def organisation(self, org_id: int) -> m.Organisation:
        with self._cat.uow() as uow:
            return uow.people.get_organisation(org_id)

    def find_organisation(self, name: str) -> m.Organisation | None:
        with self._cat.uow() as uow:
            found = uow.people.find_organisation_id(name)
            return uow.people.get_organisation(found) if found is not None else None

    def organisation_match(self, name: str) -> OrganisationMatch:
        """What the library holds for an organisation named so (see ``OrganisationMatch``)."""
        with self._cat.uow() as uow:
            return uow.people.organisation_match(name)

    def update_organisation(
        self,
        org_id: int,
        name: str,
        acronym: str | None = None,
        aliases: Sequence[str] = (),
        identifier: str | None = None,
        parent_id: int | None = None,
        expected: m.Organisation | None = None,
    ) -> m.Organisation:
        """Change an organisation; ``expected`` as for ``update_person``."""
        with self._cat.uow() as uow:
            uow.people.update_organisation(
                org_id, name, acronym, aliases, identifier, parent_id, expected=expected
            )
            uow.commit()
        return self.organisation(org_id)

    def merge_organisations(self, keep_id: int, duplicate_id: int) -> m.Organisation:
        with self._cat.uow() as uow:
            uow.people.merge_organisations(keep_id, duplicate_id)
            uow.commit()
        return self.organisation(keep_id)

    def unused(
        self, person_ids: Sequence[int] | None = None, org_ids: Sequence[int] | None = None
    ) -> tuple[list[m.Person], list[m.Organisation]]:
        """The people and organisations no session names (among the ids given, if any)."""
        with self._cat.uow() as uow:
            people = [uow.people.get_person(i) for i in uow.people.unused_person_ids(person_ids)]
            orgs = [
                uow.people.get_organisation(i) for i in uow.people.unused_organisation_ids(org_ids)
            ]
        return people, orgs

    def remove_unused(self, person_ids: Sequence[int], org_ids: Sequence[int]) -> tuple[int, int]:
        """Delete these people and organisations unless a session names them by now (another
        window may have used one meanwhile); returns how many of each were deleted."""
        with self._cat.uow() as uow:
            counts = uow.people.delete_unused(person_ids, org_ids)
            uow.commit()
        return counts
