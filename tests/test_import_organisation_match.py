"""A page naming a known organisation by its other form joins the library's record: the review
says which ("matches existing: …"), an acronym two records share is not guessed, and saving
links the speaker to the record instead of making a duplicate (service, window and CLI)."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest

import webinar_archive
from webinar_archive.domain import model as m
from webinar_archive.services.archive import Archive

# The library before the page: one body by its long name, one by its short form, one with
# both ("Long (SHORT)"), and two whose initials are both RIA.
KNOWN = [
    ("Ada Known", "Centre for Economics and Business Research"),
    ("Ben Known", "ZEW"),
    ("Cy Known", "Council of European BioRegions (CEBIOR)"),
    ("Fay Known", "Agence Régionale de l'Énergie et du Climat (AREC)"),
    ("Di Known", "Regional Innovation Agency"),
    ("Ed Known", "Rural Investment Alliance"),
]

PAGE = """<html><head><title>Regions after the recovery</title></head><body>
<h1>Regions after the recovery</h1>
<p>2 October 2020, 10:00 CEST</p>
<h2>Speakers</h2>
<ul>
<li>Anna Short, CEBR</li>
<li>Boris Long, Zentrum für Europäische Wirtschaftsforschung</li>
<li>Clara Berg, CEBIOR</li>
<li>Fanny Long, agence regionale de l'energie et du climat</li>
<li>Dora Unsure, RIA</li>
</ul>
<p>How regions recover, and what the clusters did to help.</p>
</body></html>
"""


def _library_with_known_bodies(archive: Archive) -> None:
    draft = m.SessionDraft(
        title="Known bodies", speakers=[m.SpeakerDraft(n, org) for n, org in KNOWN]
    )
    archive.sessions.create(draft)


def _organisation_names(archive: Archive) -> list[str]:
    return sorted(o.name for o in archive.people.organisations())


def test_the_preview_says_which_record_each_organisation_joins(
    sqlite_archive: Archive, tmp_path: Path
) -> None:
    """Short form on the page and long in the library, long on the page and short in the
    library, a short form of a "Long (SHORT)" record: each matched; RIA fits two: not guessed."""
    archive = sqlite_archive
    _library_with_known_bodies(archive)
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    preview = archive.page_import.preview(page)
    [draft] = preview.drafts
    assert [s.organisation for s in draft.speakers] == [
        "CEBR",
        "Zentrum für Europäische Wirtschaftsforschung",
        "CEBIOR",
        "agence regionale de l'energie et du climat",
        "RIA",
    ]
    said = [preview.organisation_match(s.organisation).describe() for s in draft.speakers]
    assert said[:4] == [
        "matches existing: Centre for Economics and Business Research",
        "matches existing: ZEW",
        "matches existing: Council of European BioRegions (CEBIOR)",
        "matches existing: Agence Régionale de l'Énergie et du Climat (AREC)",
    ]
    assert said[4] == (
        "\u201cRIA\u201d could be \u201cRegional Innovation Agency\u201d or \u201cRural "
        "Investment Alliance\u201d: not guessed, saved as a new organisation"
    )
    before = _organisation_names(archive)
    report = archive.page_import.save(preview)
    session = archive.sessions.get(report.created[0])
    assert [a.organisation_name for a in session.appearances] == [
        "Centre for Economics and Business Research",
        "ZEW",
        "Council of European BioRegions (CEBIOR)",
        "Agence Régionale de l'Énergie et du Climat (AREC)",
        "RIA",
    ]
    assert _organisation_names(archive) == sorted([*before, "RIA"])  # only the ambiguous one


def test_an_acronym_the_page_spells_out_for_another_body_is_not_guessed(
    sqlite_archive: Archive,
) -> None:
    """The library knows one RIA; the page names "RIA" and, further down, a "Regional
    Innovation Agency" it may stand for: the review says so, and saving links neither."""
    archive = sqlite_archive
    archive.sessions.create(
        m.SessionDraft(
            title="Known", speakers=[m.SpeakerDraft("Ed Known", "Rural Investment Alliance")]
        )
    )
    page = PAGE.replace("<li>Anna Short, CEBR</li>", "").replace(
        "<li>Boris Long, Zentrum für Europäische Wirtschaftsforschung</li>",
        "",
    )
    page = page.replace("</ul>", "<li>Gina Far, Regional Innovation Agency</li></ul>")
    preview = archive.page_import.preview(page)
    assert preview.organisation_match("RIA").describe() == (
        "\u201cRIA\u201d could be \u201cRural Investment Alliance\u201d or \u201cRegional "
        "Innovation Agency\u201d: not guessed, saved as a new organisation"
    )
    assert preview.organisation_match("Regional Innovation Agency").describe() == (
        "new organisation"
    )
    report = archive.page_import.save(preview)
    session = archive.sessions.get(report.created[0])
    by_person = {a.person_name: a.organisation_name for a in session.appearances}
    assert by_person["Dora Unsure"] == "RIA"
    assert by_person["Gina Far"] == "Regional Innovation Agency"


def test_a_page_with_nothing_known_says_new_organisation(sqlite_archive: Archive) -> None:
    preview = sqlite_archive.page_import.preview(PAGE)
    assert {
        preview.organisation_match(s.organisation).describe() for s in preview.drafts[0].speakers
    } == {"new organisation"}


def test_the_cli_import_shows_the_match_and_links_the_speaker(tmp_path: Path) -> None:
    """`import page` in a new process prints the match before saving and saves no duplicate."""
    library = tmp_path / "library"
    with Archive.open(library) as archive:
        _library_with_known_bodies(archive)
        before = _organisation_names(archive)
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(Path(webinar_archive.__file__).parents[1])}
    command = ["import", "page", str(page), "--yes"]
    result = subprocess.run(
        [sys.executable, "-m", "webinar_archive", "--library", str(library), *command],
        capture_output=True,
        text=True,
        env=env,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "CEBR: matches existing: Centre for Economics and Business Research" in out
    assert "Zentrum für Europäische Wirtschaftsforschung: matches existing: ZEW" in out
    assert "RIA: \u201cRIA\u201d could be" in out and "not guessed" in out
    with Archive.open(library) as archive:
        assert _organisation_names(archive) == sorted([*before, "RIA"])
        [found] = archive.sessions.find("Regions after the recovery", dt.date(2020, 10, 2))
        session = archive.sessions.get(found)
        assert session.appearances[0].organisation_name == (
            "Centre for Economics and Business Research"
        )


@pytest.fixture
def qt_env() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    pytest.importorskip("pytestqt")


def test_the_review_shows_the_match_and_follows_an_edit(
    qt_env: None, qtbot, tmp_path: Path
) -> None:
    """The window's review lists "matches existing: …" per speaker; writing the full name of
    one of RIA's two candidates shows that record, and saving links the speaker to it."""
    from PySide6.QtCore import QSettings

    from webinar_archive.ui.app import create_main_window
    from webinar_archive.ui.review_session import COL_LIBRARY

    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    with Archive.open(tmp_path / "library") as archive:
        _library_with_known_bodies(archive)
        before = _organisation_names(archive)
        window, app = create_main_window(archive, settings, (1024, 700))
        qtbot.addWidget(window)
        imported: list[list[int]] = []
        app.shell.sessions_imported.connect(imported.append)
        try:
            app.imports.start(page)
            qtbot.waitUntil(lambda: app.imports.review_dialog is not None, timeout=60_000)
            table = app.imports.review_dialog.editors[0].speakers_table
            assert not table.isColumnHidden(COL_LIBRARY)
            shown = [table.item(row, COL_LIBRARY).text() for row in range(table.rowCount())]
            assert shown[0] == "matches existing: Centre for Economics and Business Research"
            assert shown[4].startswith("\u201cRIA\u201d could be any of")
            table.item(4, 1).setText("Rural Investment Alliance")
            assert table.item(4, COL_LIBRARY).text() == (
                "matches existing: Rural Investment Alliance"
            )
            app.imports.review_dialog.import_button.click()
            qtbot.waitUntil(lambda: bool(imported), timeout=60_000)
            session = archive.sessions.get(imported[0][0])
            assert [a.organisation_name for a in session.appearances] == [
                "Centre for Economics and Business Research",
                "ZEW",
                "Council of European BioRegions (CEBIOR)",
                "Agence Régionale de l'Énergie et du Climat (AREC)",
                "Rural Investment Alliance",
            ]
            assert _organisation_names(archive) == before
        finally:
            window.close()
            app.shutdown()
