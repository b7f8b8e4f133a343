"""Rules that could drop good text, checked on short pages written for the test: "watch" on
its own, "D." before a family name, words for events inside a name, a word before a title at
the start of a listed line."""

from __future__ import annotations

from webinar_archive.importers.page import extract_page, page_record


def _record(body: str, heading: str = "Webinar on apples | 7 May 2024") -> dict:
    title, day = heading.split(" | ")
    html = (
        f"<html><head><title>{title} | Orchard Club</title></head><body>"
        f"<h1>{title}</h1><p>{day}</p>{body}</body></html>"
    )
    return page_record(extract_page(html.encode("utf-8"), content_type="text/html"))


def _people(body: str, heading: str = "Webinar on apples | 7 May 2024") -> list[tuple]:
    return [(s["name"], s["role"], s["organisation"]) for s in _record(body, heading)["speakers"]]


SPEAKER = "<p>Speakers: Tom Reed, University of York.</p>"


def test_watch_for_sessions_to_come_or_watch_this_space_marks_no_recording() -> None:
    for line in (
        "Subscribe to our channel to watch our next webinars.",
        "Watch this space for our autumn programme.",
        "You can watch live on the day.",
    ):
        assert _record(f"{SPEAKER}<p>{line}</p>")["links"]["recording"] is False, line


def test_watch_with_the_session_or_a_video_still_marks_a_recording() -> None:
    for body in (
        "<p>You can watch the session again on our website.</p>",
        "<p><a href='https://www.youtube.com/watch?v=abc123'>Watch the webinar</a></p>",
        "<p><a href='https://example.org/media/apples'>Watch</a></p>",
    ):
        assert _record(SPEAKER + body)["links"]["recording"] is True, body


def test_an_initial_read_as_a_title_before_a_family_name_alone_stays_in_the_name() -> None:
    """ "D. Smith": an initial (the line was dropped, "D." read as the Spanish "Don");
    "D. Ana Ruiz" is Don Ana Ruiz; "D. Gil" with its body after a dash."""
    body = (
        "<p>Speakers:</p><ul><li>D. Smith, University of Leeds</li>"
        "<li>D. Ana Ruiz, Universidad de Granada</li><li>D. Gil – Junta de Andalucía</li></ul>"
    )
    assert [(p[0], p[2]) for p in _people(body)] == [
        ("D. Smith", "University of Leeds"),
        ("Ana Ruiz", "Universidad de Granada"),
        ("D. Gil", "Junta de Andalucía"),
    ]


def test_a_word_for_an_event_after_a_first_name_is_checked_against_day() -> None:
    """ "Day" is a family name too; "Climate Week" and "Spring Forum" name no one."""
    body = (
        "<p>Speakers:</p><ul><li>Hannah Day, University of Leeds</li></ul>"
        "<p>Join us again at Climate Week and the Spring Forum.</p>"
    )
    assert [p[0] for p in _people(body)] == ["Hannah Day"]


def test_a_word_before_a_title_at_the_start_of_a_line_is_kept_as_rank_or_body() -> None:
    """ "Ministerialrätin Dr. Name" (a rank: the position), "Fraunhofer Dr. Name" (a body),
    "mgr inż. Name" (two titles) and "Moderation Dr. Name" (a part in the session)."""
    body = (
        "<p>Referenten:</p><ul>"
        "<li>Ministerialrätin Dr. Eva Roth, Stadt Bremen</li>"
        "<li>Fraunhofer Dr. Anna Weber</li>"
        "<li>Moderation Dr. Jan Koch</li></ul>"
    )
    people = _record(body, "Webinar zur Wärme | 7. Mai 2024")["speakers"]
    assert [(p["name"], p["organisation"]) for p in people] == [
        ("Eva Roth", "Stadt Bremen"),
        ("Anna Weber", "Fraunhofer"),
        ("Jan Koch", None),
    ]
    assert people[0]["role"] == "Ministerialrätin"
    pl = "<p>Prelegenci:</p><ul><li>mgr inż. Jan Lis – doradca – Fundacja Zielona Gmina</li></ul>"
    [lis] = _record(pl, "Webinarium o wodzie | 7 maja 2024")["speakers"]
    assert (lis["name"], lis["organisation"]) == ("Jan Lis", "Fundacja Zielona Gmina")
