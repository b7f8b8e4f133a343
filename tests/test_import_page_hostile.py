"""Hostile or broken input: the extractor answers with a warning, never an exception or a hang."""

from __future__ import annotations

import pytest

from webinar_archive.importers.page import extract_page, extract_text, page_record, to_json_record

SESSION = (
    "<h1>Hydrogen valleys in practice</h1>"
    "<p>On 14 March 2023 at 10:00 CET the network held its webinar. "
    "Jane Holloway, Director of Energy Policy at the Regional Energy Agency, opened it.</p>"
)


def _only(data: bytes) -> dict[str, object]:
    sessions = extract_page(data)
    assert len(sessions) == 1
    record = to_json_record(sessions[0])
    assert set(record) >= {"title", "date", "speakers", "links"}
    return record


@pytest.mark.parametrize("data", [b"", b"   \n\t  ", b"\x00\x00\x00", b"<html></html>"])
def test_empty_input_gives_a_warning(data: bytes) -> None:
    [session] = extract_page(data)
    assert session.warnings
    assert session.draft.title == ""
    assert session.draft.speakers == []
    assert page_record([session])["title"] is None


def test_empty_text_gives_a_warning() -> None:
    [session] = extract_text("")
    assert "no readable text" in session.warnings[0]


def test_page_of_scripts_only_says_it_has_no_text() -> None:
    [session] = extract_page(
        b"<html><body><script>alert('Jane Doe, X, spoke')</script></body></html>"
    )
    assert session.warnings == ["the page has no readable text"]


def test_scripts_styles_and_templates_are_not_text() -> None:
    page = (
        "<html><head><script>var speakers = 'Evil Person, Fake Org, opened';</script>"
        "<style>p { color: red }</style></head><body>"
        "<noscript>John Noscript, Tracking Inc, presented</noscript>"
        "<template><p>Tom Template, Hidden Org, closed the session.</p></template>"
        f"<main>{SESSION}<script>document.write('Eve Injected, X Corp, spoke')</script>"
        "</main></body></html>"
    )
    record = _only(page.encode())
    assert [s["name"] for s in record["speakers"]] == ["Jane Holloway"]
    assert "document.write" not in str(record["summary"])


def test_deeply_nested_markup_is_flattened_and_read() -> None:
    depth = 450_000  # about 5 MB of markup
    page = "<html><body>" + "<div>" * depth + SESSION + "</div>" * depth + "</body></html>"
    assert len(page) > 4_500_000
    [session] = extract_page(page.encode())
    assert session.draft.title == "Hydrogen valleys in practice"
    assert [s.name for s in session.draft.speakers] == ["Jane Holloway"]
    assert session.draft.date is not None and session.draft.date.isoformat() == "2023-03-14"
    assert any("flattened" in w for w in session.warnings)


def test_unclosed_tags_by_the_million() -> None:
    page = "<p>" + "<a" * 300_000 + "</p>" + "<b><i>" * 100_000
    [session] = extract_page(page.encode())
    assert session.draft.speakers == []


def test_random_binary_garbage() -> None:
    data = bytes(range(256)) * 2000
    [session] = extract_page(data)
    assert any("could not be decoded" in w for w in session.warnings)
    assert session.draft.speakers == []


def test_broken_json_ld_is_ignored() -> None:
    page = (
        '<html><head><script type="application/ld+json">{"@type": "Event", "name": '
        '</script><script type="application/ld+json">' + "[" * 50_000 + "</script></head>"
        f"<body><main>{SESSION}</main></body></html>"
    )
    record = _only(page.encode())
    assert record["title"] == "Hydrogen valleys in practice"


def test_one_enormous_line_of_text() -> None:
    text = "Jane Holloway, Director, spoke. " * 40_000 + "x" * 2_000_000
    [session] = extract_text(text)
    assert [s.name for s in session.draft.speakers] == ["Jane Holloway"]
    assert any("only the first" in w for w in session.warnings)


def test_wrapper_with_a_sidebar_class_keeps_the_main_text() -> None:
    page = (
        '<html><body><div class="content-sidebar-wrap"><main class="content">'
        f"{SESSION}</main><aside class='sidebar'><p>Ann Other, Org, spoke.</p></aside>"
        '</div><div class="cookie-notice"><p>We use cookies to improve this site.</p></div>'
        "</body></html>"
    )
    record = _only(page.encode())
    assert record["title"] == "Hydrogen valleys in practice"
    assert [s["name"] for s in record["speakers"]] == ["Jane Holloway"]
    assert "cookies" not in str(record["summary"])
