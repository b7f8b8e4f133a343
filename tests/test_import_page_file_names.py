"""A file linked under a label that names only a file ("Download (PDF)", "Stáhnout",
"Pobierz wszystkie pliki (ZIP)") is what its name says: slides, presentations in a ZIP, the
programme. The sentence around the link, when it names a kind, still comes first. Short pages
of our own."""

from __future__ import annotations

import pytest

from webinar_archive.importers.page import extract_page, page_record

REC, SLIDES, AGENDA = "recording", "presentations", "agenda"


def _kinds(body: str) -> set[str]:
    html = (
        "<html><body><h1>Hedgehogs in winter gardens</h1><p>Wednesday 4 March 2026, 18:00, "
        "online. Ann Lee of the University of Leeds explains how gardens help.</p>"
        f"{body}</body></html>"
    )
    record = page_record(
        extract_page(html.encode("utf-8"), content_type="text/html", url="https://x.example/e/1")
    )
    return {kind for kind, there in record["links"].items() if there}


def _link(file: str, label: str) -> str:
    return f'<p><a href="https://x.example/docs/{file}">{label}</a></p>'


@pytest.mark.parametrize(
    ("file", "label", "kind"),
    [
        ("Folien_Mueller_Webinar.pdf", "Download (PDF, 2 MB)", SLIDES),
        ("prezentace-novak.pdf", "Stáhnout (PDF)", SLIDES),
        ("slides-ann-lee.pdf", "Download", SLIDES),
        ("presentaciones-jornada.zip", "Descargar (ZIP, 12 MB)", SLIDES),
        ("prezentacje.zip", "Pobierz wszystkie pliki (ZIP)", SLIDES),
        ("programm-abend.pdf", "Download (PDF)", AGENDA),
        ("agenda_webinar.pdf", "Stáhnout", AGENDA),
        ("programa-jornada.pdf", "Descargar", AGENDA),
    ],
)
def test_a_file_under_a_bare_label_is_what_its_name_says(file: str, label: str, kind: str) -> None:
    assert _kinds(_link(file, label)) == {kind}


def test_the_sentence_around_the_link_comes_before_the_file_name() -> None:
    body = (
        '<p>Die Folien des Abends finden Sie <a href="https://x.example/docs/programm.pdf">'
        "hier</a>.</p>"
    )
    assert _kinds(body) == {SLIDES}


@pytest.mark.parametrize(
    ("file", "label"),
    [
        ("flyer-igel.pdf", "Download (PDF)"),
        ("anmeldeformular.pdf", "Herunterladen"),
        # A label that says what the file is wins over its name.
        ("programm.pdf", "Anfahrt und Lageplan (PDF)"),
    ],
)
def test_other_files_say_no_kind(file: str, label: str) -> None:
    assert not _kinds(_link(file, label)) & {REC, SLIDES, AGENDA}


@pytest.mark.parametrize("label", ["Obejrzyj film", "Zhlédnout celý film"])
def test_a_film_to_watch_is_the_recording(label: str) -> None:
    assert _kinds(f'<p><a href="https://media.example/p/123">{label}</a></p>') == {REC}


def test_a_film_as_the_talks_subject_is_no_recording() -> None:
    body = "<p>Wykład o filmie „Ziemia obiecana” i jego renowacji, dostępny dla wszystkich.</p>"
    assert REC not in _kinds(body)
