"""The extraction rules one by one: dates, times, languages, people, links, JSON records."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from webinar_archive.domain.model import AppearanceRole, LinkKind
from webinar_archive.importers.page import extract_page, extract_text, page_record, to_json_record
from webinar_archive.importers.page.dates import session_when
from webinar_archive.importers.page.links import classify

PAGES = Path(__file__).parent / "data" / "pages"


def _page(name: str) -> bytes:
    return (PAGES / name).read_bytes()


def _one(text: str):  # type: ignore[no-untyped-def]
    [session] = extract_text(text)
    return session


# -- dates and times ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The webinar took place on 9.9.2021.", dt.date(2021, 9, 9)),
        ("Le 6 avril 2021, le réseau a organisé un webinaire.", dt.date(2021, 4, 6)),
        ("Konferencja odbyła się w dniach 7-8 maja 2024 r. w Brukseli.", dt.date(2024, 5, 7)),
        ("El seminario se celebró el 6 de abril de 2021.", dt.date(2021, 4, 6)),
        ("Seminář proběhl 12. října 2022 online.", dt.date(2022, 10, 12)),
        ("Held on October 13th 2020 online.", dt.date(2020, 10, 13)),
        ("Das Treffen fand am 30. Juni 2020 statt.", dt.date(2020, 6, 30)),
        ("Webinar: 2021-03-04", dt.date(2021, 3, 4)),
    ],
)
def test_session_dates_in_many_languages(text: str, expected: dt.date) -> None:
    assert session_when(text).date == expected


def test_missing_year_is_filled_only_from_the_page() -> None:
    page = "The fair runs on 26-27 April 2022. The online session is on April 5th at 11:00 CET."
    assert session_when(page).date == dt.date(2022, 4, 5)
    assert session_when("The online session is on April 5th at 11:00 CET.").date is None


def test_publication_date_is_not_the_session_date() -> None:
    text = "Submitted by Anna Kowal on 3 May 2021. The webinar on 10 May 2021 looked at skills."
    assert session_when(text).date == dt.date(2021, 5, 10)


def test_malformed_date_gives_none() -> None:
    assert session_when("The webinar was held on 31.02.2021.").date is None


@pytest.mark.parametrize(
    ("text", "time", "zone"),
    [
        ("On 4 May 2021, 14:00 CET, the webinar starts.", dt.time(14, 0), "CET"),
        ("Webinar on 9.9.2021, 10:00-12:00 Brussels time.", dt.time(10, 0), "Europe/Brussels"),
        ("Le 6 avril 2021 de 14h30 à 16h00 (heure de Bruxelles)", dt.time(14, 30), None),
        # UK pages say "GMT" in summer too: London's zone keeps 14:00 right on the date.
        ("Webinar on 10 July 2025, 14:00-15:00 GMT.", dt.time(14, 0), "Europe/London"),
        ("Webinar on 10 July 2025 at 14:00 UK time.", dt.time(14, 0), "Europe/London"),
        ("Webinar on 10 July 2025, 14:00 (London time).", dt.time(14, 0), "Europe/London"),
        ("Webinaire le 10 juillet 2025 à 14h00 heure de Londres.", dt.time(14, 0), "Europe/London"),
        ("Webinar on 10 July 2025, 14:00 GMT+1.", dt.time(14, 0), "GMT+1"),
    ],
)
def test_start_time_and_zone(text: str, time: dt.time, zone: str | None) -> None:
    when = session_when(text)
    assert when.time == time
    if zone is not None:
        assert when.zone == zone


def test_a_gmt_page_is_saved_in_london_time_as_its_review_shows(tmp_path: Path) -> None:
    """What the page reader gives the review ("Europe/London" for "GMT") is what is saved,
    not "UTC", which is an hour off for a London session in summer."""
    from input_helpers import run_cli

    page = tmp_path / "talk.html"
    page.write_text(
        "<html><body><h1>Skills for regional clusters</h1>"
        "<p>The webinar took place on Thursday 10 July 2025, 14:00-15:00 GMT, online.</p>"
        "</body></html>",
        encoding="utf-8",
    )
    [session] = extract_page(page.read_bytes())
    assert session.draft.timezone == "Europe/London"
    code, _, err = run_cli(tmp_path / "lib", "import", "page", str(page), "--yes", "--force")
    assert code == 0, err
    code, out, err = run_cli(tmp_path / "lib", "show", "1", "--json")
    assert code == 0, err
    shown = json.loads(out)
    assert (shown["time"], shown["timezone"]) == ("14:00", "Europe/London")


# -- language -------------------------------------------------------------------------------


def test_language_vote_beats_a_template_lang_attribute() -> None:
    [session] = extract_page(_page("100.html"))
    assert session.draft.language == "en"  # the page says lang="pl-PL", its text is English
    assert "language" in session.uncertain


@pytest.mark.parametrize(
    ("name", "lang"), [("024.txt", "pl"), ("022.txt", "de"), ("cs_seminar.txt", "cs")]
)
def test_language_of_the_text(name: str, lang: str) -> None:
    [session] = extract_page(_page(name))
    assert session.draft.language == lang


def test_short_page_keeps_its_lang_attribute() -> None:
    page = '<html lang="es"><body><h1>Seminario</h1><p>Hola.</p></body></html>'
    [session] = extract_page(page.encode())
    assert session.draft.language == "es"


# -- people ---------------------------------------------------------------------------------


def test_roles_from_verbs_and_labels() -> None:
    [session] = extract_page(_page("100.txt"))
    roles = {s.name: s.role for s in session.draft.speakers}
    assert roles["Kevin Morgan"] == AppearanceRole.OPENING
    assert roles["Slawomir Tokarski"] == AppearanceRole.CLOSING
    assert roles["Anaïs Le Corvec"] == AppearanceRole.SPEAKER
    tokarski = session.draft.speakers[-1]
    assert tokarski.position == "Director F – Industrial Policy and Innovation"
    assert tokarski.organisation == "DG GROW"


def test_moderator_block_and_time_zone_of_a_programme() -> None:
    sessions = extract_page(_page("027.html"))
    plenary = sessions[0].draft
    assert plenary.speakers[0].name == "Mona Nemer"
    assert plenary.speakers[0].role == AppearanceRole.MODERATOR
    assert plenary.speakers[1].role == AppearanceRole.SPEAKER
    assert plenary.start_time == dt.time(8, 45)
    assert plenary.timezone == "America/New_York"


def test_honorific_is_the_role_only_when_nothing_else_is_said() -> None:
    session = _one(
        "Panel on skills\n\nThe panel was moderated by Prof. Ada Lindqvist. "
        "Dr Omar Haddad, Head of Training at the Skills Agency, presented the survey."
    )
    people = {s.name: (s.position, s.organisation, s.role) for s in session.draft.speakers}
    assert people["Ada Lindqvist"] == ("Prof.", None, AppearanceRole.MODERATOR)
    assert people["Omar Haddad"] == ("Head of Training", "Skills Agency", AppearanceRole.SPEAKER)


def test_people_who_did_not_speak_are_left_out() -> None:
    session = _one(
        "Green skills webinar\n\n"
        "Submitted by Laura Peters on 2 June 2022\n\n"
        "The webinar on 8 June 2022 gathered 80 participants. "
        "Martin Kovac, Skills Europe, presented the new toolkit.\n\n"
        "Speakers:\n"
        "N.N.\n"
        "Speakers tbc\n\n"
        "Contact: Eva Lind, eva.lind@example.org\n"
        "© Peter Photographer\n"
        "Download: Martin_Kovac_Toolkit_final.pdf"
    )
    assert [s.name for s in session.draft.speakers] == ["Martin Kovac"]
    assert session.draft.date == dt.date(2022, 6, 8)


def test_spanish_page_written_for_this_test() -> None:
    session = _one(
        "Jornadas de Innovación Regional - Energía comunitaria\n\n"
        "El seminario se celebró el 17 de noviembre de 2022 a las 10:00 CET. "
        "Lucía Romero, directora de proyectos en la Agencia Andaluza de la Energía, "
        "abrió la sesión. Después, Javier Ortega (Red de Cooperativas Energéticas) "
        "presentó tres casos prácticos.\n\n"
        "La grabación está disponible aquí."
    )
    record = to_json_record(session)
    assert record["title"] == "Energía comunitaria"
    assert record["series"] == "Jornadas de Innovación Regional"
    assert record["date"] == "2022-11-17"
    assert record["time"] == "10:00"
    assert record["language"] == "es"
    assert record["speakers"] == [
        {
            "name": "Lucía Romero",
            "organisation": "Agencia Andaluza de la Energía",
            "role": "directora de proyectos",
        },
        {"name": "Javier Ortega", "organisation": "Red de Cooperativas Energéticas", "role": None},
    ]
    # "La grabación está disponible aquí." with no address: said, not kept as a link.
    assert record["links"] == []
    assert session.mentioned == {LinkKind.RECORDING}


# -- links ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("label", "href", "context", "kind"),
    [
        ("here", "https://www.youtube.com/watch?v=abc", "", LinkKind.RECORDING),
        ("Replay", "https://example.org/replay", "", LinkKind.RECORDING),
        ("deck", "https://www.slideshare.net/x/deck", "", LinkKind.PRESENTATIONS),
        ("here", "https://example.org/a.pdf", "Slides available here.", LinkKind.PRESENTATIONS),
        ("Programm", "https://example.org/p", "", LinkKind.AGENDA),
        ("En savoir plus", "https://example.org/", "", LinkKind.MORE_INFO),
        ("Partner", "https://example.org/", "", LinkKind.OTHER),
    ],
)  # fmt: skip
def test_link_classification(label: str, href: str, context: str, kind: LinkKind) -> None:
    assert classify(label, href, context) == kind


def test_links_named_without_an_address() -> None:
    """A page that only says a recording and slides exist keeps no link without an address;
    the kinds are remembered (the page record's flags) and the review warns."""
    [session] = extract_page(_page("019.txt"))
    assert to_json_record(session)["links"] == []
    assert session.mentioned == {LinkKind.RECORDING, LinkKind.PRESENTATIONS}
    assert page_record([session])["links"] == {
        "recording": True,
        "presentations": True,
        "agenda": False,
    }
    assert any("mentions a recording" in w for w in session.warnings)


def test_links_with_addresses_and_json_ld_recording() -> None:
    [session] = extract_page(_page("100.html"), url="https://ce4big.example/s3")
    by_kind: dict[str, list[str | None]] = {}
    for link in session.draft.links:
        by_kind.setdefault(link.kind.value, []).append(link.url)
    assert by_kind["recording"] == ["https://www.youtube.com/watch?v=Qm7f2XkLr9E"]
    assert len(by_kind["presentations"]) == 4
    assert all(url and url.endswith(".pdf") for url in by_kind["presentations"])
    assert by_kind["agenda"] == [
        "https://clustercollaboration.eu/eu-cluster-alliance-upcoming-webinars"
    ]
    assert "https://www.boost4health.eu/" in by_kind["more-info"]


def test_programme_printed_on_the_page_is_not_an_agenda_link() -> None:
    for name in ("012.html", "012.txt", "022.txt"):
        [session] = extract_page(_page(name))
        assert LinkKind.AGENDA not in {link.kind for link in session.draft.links}, name


# -- JSON-LD, summary, records --------------------------------------------------------------


def test_json_ld_event_is_used() -> None:
    page = """<html><head><script type="application/ld+json">
    {"@context": "https://schema.org", "@graph": [{"@type": "WebPage", "name": "Site"},
     {"@type": "EducationEvent", "name": "Soil health and the farm of the future",
      "startDate": "2023-02-09T14:30:00+01:00",
      "superEvent": {"@type": "EventSeries", "name": "Farm Futures Weekly Webinar"},
      "performer": [{"@type": "Person", "name": "Grete Holm", "jobTitle": "Soil scientist",
                     "affiliation": {"@type": "Organization", "name": "Nordic Soil Institute"}}],
      "recordedIn": {"@type": "VideoObject", "url": "https://vimeo.com/1234"}}]}
    </script></head><body><p>Short teaser.</p></body></html>"""
    [session] = extract_page(page.encode())
    draft = session.draft
    assert draft.title == "Soil health and the farm of the future"
    assert draft.series == "Farm Futures"
    assert draft.date == dt.date(2023, 2, 9)
    assert draft.start_time == dt.time(14, 30)
    assert draft.timezone == "UTC+01:00"
    assert [(s.name, s.organisation, s.position) for s in draft.speakers] == [
        ("Grete Holm", "Nordic Soil Institute", "Soil scientist")
    ]
    assert [(link.kind, link.url) for link in draft.links] == [
        (LinkKind.RECORDING, "https://vimeo.com/1234")
    ]


def test_summary_is_markdown_of_the_main_text_only() -> None:
    [session] = extract_page(_page("100.html"))
    summary = session.draft.summary
    assert summary.startswith("### Summary of the European Alliance")
    assert "[here](https://www.youtube.com/watch?v=Qm7f2XkLr9E)" in summary
    assert "- [Boost4Health](https://www.boost4health.eu/)" in summary
    for chrome in ("plików cookie", "Strona główna", "Copyright", "Przejdź do treści"):
        assert chrome not in summary
    assert not summary.startswith("# S3")  # the title is not repeated in the summary


def test_multi_session_page_gives_one_record_per_session() -> None:
    sessions = extract_page(_page("004.txt"))
    assert len(sessions) == 5
    assert [s.draft.date for s in sessions] == [
        dt.date(2020, 10, 14),
        dt.date(2020, 10, 12),
        dt.date(2020, 10, 9),
        dt.date(2020, 10, 2),
        dt.date(2020, 10, 1),
    ]
    assert {s.draft.series for s in sessions} == {"European Alliance Against Coronavirus"}
    record = page_record(sessions)
    assert record["title"] == "European Cluster Alliance"
    assert len(record["sessions"]) == 5
    assert to_json_record(sessions[1])["speakers"] == [
        {"name": "Morgan Guillou", "organisation": "DG GROW", "role": None}
    ]


def test_json_record_shape() -> None:
    [session] = extract_page(_page("008.txt"))
    record = to_json_record(session)
    assert list(record) == [
        "title", "series", "date", "time", "timezone", "language", "theme", "summary",
        "speakers", "links",
    ]  # fmt: skip
    assert record["date"] == "2023-12-13"
    assert record["time"] == "08:30"
    assert record["timezone"] == "CET"
    assert record["language"] == "en"
    assert record["speakers"][2] == {
        "name": "Dimitri Ionescu",
        "organisation": "Lightmirror",
        "role": "Founder",
    }


def test_uncertain_fields_are_reported() -> None:
    [session] = extract_page(_page("012.txt"))
    assert "title" in session.uncertain  # no heading on the page
    assert "date" in session.uncertain  # year taken from another date on the page


def test_agenda_lines_prefixed_roles_and_labels() -> None:
    session = _one(
        "Research and regions\n\n"
        "The webinar on 5 May 2021 opened with ERRIN Director Pirita Lindholm.\n"
        "14:05 Research funding after 2021 – Karl Weber (DG R&I)\n"
        "14:30 Regional pilots - Dr. Nina Braun, Senior Adviser, Interreg Europe\n"
        "Moderation:\n"
        "Lena Vogt – Stiftung Zukunft\n"
        "A question on contact tracing apps came from Ole Berg, Nordic Health Lab, at the end."
    )
    people = [(s.name, s.organisation, s.position, s.role) for s in session.draft.speakers]
    assert people == [
        ("Pirita Lindholm", "ERRIN", "Director", AppearanceRole.OPENING),
        ("Karl Weber", "DG R&I", None, AppearanceRole.SPEAKER),
        ("Nina Braun", "Interreg Europe", "Senior Adviser", AppearanceRole.SPEAKER),
        ("Lena Vogt", "Stiftung Zukunft", None, AppearanceRole.MODERATOR),
        ("Ole Berg", "Nordic Health Lab", None, AppearanceRole.SPEAKER),
    ]


def test_plain_text_breadcrumb_and_skip_link_are_not_the_title() -> None:
    session = _one(
        "Skip to main content\n"
        "Regional Network Portal\n"
        "Home > Events > Webinars\n"
        "Circular textiles in the regions\n"
        "The webinar on 3 March 2022 brought together 60 textile clusters. "
        "Sara Lind, Textile Cluster Sweden, presented the pilot."
    )
    assert session.draft.title == "Circular textiles in the regions"
    assert "Skip to main content" not in session.draft.summary
    assert "Home > Events" not in session.draft.summary


@pytest.mark.parametrize(
    ("name", "person", "role"),
    [
        ("cs_seminar.txt", "Tomáš Novák", AppearanceRole.OPENING),  # verb before the name
        ("cs_seminar.txt", "Lucie Černá", AppearanceRole.MODERATOR),
        ("fr_webinaire.html", "Sophie Laurent", AppearanceRole.MODERATOR),  # "animée par"
        ("022.txt", "Thierry Breton", AppearanceRole.OPENING),  # "Einführende Worte von"
        ("012.txt", "Teodora Jilkova", AppearanceRole.OPENING),  # "Welcome ..." agenda item
    ],
)
def test_appearance_roles_in_other_languages(name: str, person: str, role: AppearanceRole) -> None:
    [session] = extract_page(_page(name))
    roles = {s.name: s.role for s in session.draft.speakers}
    assert roles[person] == role


def test_relative_links_of_a_saved_copy_resolve_against_its_canonical_address():
    """A page saved to disk keeps its links pointing at the web, not at file:///news."""
    html = (
        b'<html><head><link rel="canonical" href="https://example.org/events/talk/"></head>'
        b"<body><h1>Open data for regional clusters</h1>"
        b"<p>The webinar took place on 3 November 2020. "
        b'<a href="/slides/talk.pdf">Slides</a> and '
        b'<a href="https://video.example/x">the recording</a> are online.</p></body></html>'
    )
    [saved] = extract_page(html, url="file:///home/me/Downloads/talk.html")
    urls = {link.url for link in saved.draft.links}
    assert "https://example.org/slides/talk.pdf" in urls
    assert not any(u and u.startswith("file:") for u in urls)
    [bare] = extract_page(
        html.replace(b'<link rel="canonical" href="https://example.org/events/talk/">', b""),
        url="file:///home/me/Downloads/talk.html",
    )
    # Without a web address of its own a relative link leads nowhere: left out, with a warning.
    assert {link.url for link in bare.draft.links} == {"https://video.example/x"}
    assert any("/slides/talk.pdf" in w and "no web address" in w for w in bare.warnings)
