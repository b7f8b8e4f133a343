"""Someone from a unit of "ours" works for the site's body; "Durch den Abend führte X" names
who led the session."""

from __future__ import annotations

from webinar_archive.domain.model import AppearanceRole, SpeakerDraft
from webinar_archive.importers.page import extract_page
from webinar_archive.importers.page.own_units import settle_own_units


def test_unit_of_ours_gives_the_site_body() -> None:
    people = [SpeakerDraft("Eva Lind"), SpeakerDraft("Tom Ray", organisation="Acme Ltd")]
    settle_own_units(
        people,
        "Hosted by Eva Lind from our press office. Tom Ray from our partner Acme Ltd.",
        "Valley Rail",
    )
    assert (people[0].organisation, people[0].position) == ("Valley Rail", "press office")
    assert people[1].organisation == "Acme Ltd"


def test_no_unit_of_ours_leaves_no_body() -> None:
    people = [SpeakerDraft("Eva Lind")]
    settle_own_units(people, "Hosted by Eva Lind from Kassel.", "Valley Rail")
    assert people[0].organisation is None


def test_german_recap_host_from_our_press_office() -> None:
    html = (
        "<html><head><title>Radwege im Kreis | Talbahn</title></head><body>"
        "<header><a href='/'><img src='l.svg' alt='Talbahn'></a></header><main>"
        "<h1>Radwege im Kreis</h1><p>Mittwoch, 4. März 2026, online.</p>"
        "<p>Es sprachen Dr. Anna Berg, Universität Kassel, und Paul Graf, ADFC Kassel.</p>"
        "<p>Durch das Gespräch führte Eva Lind aus unserer Pressestelle.</p>"
        "</main><footer>© 2026 Talbahn</footer></body></html>"
    )
    speakers = extract_page(html.encode("utf-8"), content_type="text/html")[0].draft.speakers
    eva = next(s for s in speakers if s.name == "Eva Lind")
    assert eva.organisation == "Talbahn"
    assert eva.role == AppearanceRole.MODERATOR
