"""Page import wiring: fetching, saving reviewed drafts, matching people, skipping duplicates."""

from __future__ import annotations

import datetime as dt
import hashlib
import http.server
import importlib.util
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from webinar_archive.domain import model as m
from webinar_archive.domain.errors import ArchiveError
from webinar_archive.domain.imports import PageSource
from webinar_archive.domain.progress import Progress
from webinar_archive.services.archive import Archive
from webinar_archive.services.page_import import USER_AGENT, PagePreview, fetch_url

HAS_PAGE_READER = importlib.util.find_spec("webinar_archive.importers.page") is not None
needs_reader = pytest.mark.skipif(
    not HAS_PAGE_READER, reason="needs the page reader (webinar_archive.importers.page)"
)

PAGE = (
    "<html><head><title>Clusters and regions</title></head><body>"
    "<h1>Clusters and regions</h1><p>Date: 11 September 2020</p>"
    "<p>Speakers: Anaïs Le Corvec (CEBR)</p></body></html>"
).encode()


class _Handler(http.server.BaseHTTPRequestHandler):
    seen_agents: list[str] = []

    def do_GET(self) -> None:
        self.seen_agents.append(self.headers.get("User-Agent", ""))
        if self.path == "/page.html":
            body = PAGE
        elif self.path == "/big.html":
            body = b"x" * 2048
        else:
            self.send_error(404, "Not Found")
            return
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[str]:
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join()


def test_fetch_sends_a_user_agent_and_keeps_the_bytes(server: str) -> None:
    page = fetch_url(server + "/page.html")
    assert page.data == PAGE
    assert page.content_type == "text/html; charset=utf-8"
    assert page.url == server + "/page.html"
    assert _Handler.seen_agents[-1] == USER_AGENT


def test_fetch_refuses_errors_and_oversized_pages(server: str) -> None:
    with pytest.raises(ArchiveError, match="HTTP 404"):
        fetch_url(server + "/missing.html")
    with pytest.raises(ArchiveError, match="larger than"):
        fetch_url(server + "/big.html", max_bytes=1024)
    with pytest.raises(ArchiveError, match="Cannot fetch"):
        fetch_url("http://127.0.0.1:9/none.html", timeout=2)


def test_page_sources(archive: Archive, tmp_path: Path) -> None:
    saved = tmp_path / "saved.html"
    saved.write_bytes(PAGE)
    read = archive.page_import.read_source(saved)
    assert isinstance(read, PageSource)
    assert read.data == PAGE and read.url == saved.resolve().as_uri()
    by_name = archive.page_import.read_source(str(saved))
    assert isinstance(by_name, PageSource)
    assert (by_name.data, by_name.content_type) == (PAGE, "text/html")
    pasted = "Clusters and regions\n11 September 2020"
    assert archive.page_import.read_source(pasted) == pasted


def test_saving_matches_people_and_organisations(archive: Archive) -> None:
    archive.sessions.create_demo()
    people = len(archive.people.people())
    organisations = len(archive.people.organisations())
    draft = m.SessionDraft(
        title="Regions in the recovery",
        date=dt.date(2020, 10, 2),
        speakers=[
            m.SpeakerDraft("ANAIS le corvec", "cebr"),
            m.SpeakerDraft("Sławomir Tokarski", "dg grow"),
            m.SpeakerDraft("New Person", "New Org"),
        ],
    )
    report = archive.page_import.save(PagePreview(), [draft])
    assert len(report.created) == 1
    assert len(archive.people.people()) == people + 1
    assert len(archive.people.organisations()) == organisations + 1
    session = archive.sessions.get(report.created[0])
    assert [a.person_name for a in session.appearances] == [
        "Anaïs Le Corvec",
        "Slawomir Tokarski",
        "New Person",
    ]
    assert [a.organisation_name for a in session.appearances][:2] == ["CEBR", "DG GROW"]


def test_a_session_already_there_is_skipped_unless_forced(archive: Archive) -> None:
    demo, _ = archive.sessions.create_demo()
    twin = m.SessionDraft(title="s3: international AND territorial cooperation", date=demo.date)
    other_day = m.SessionDraft(title=demo.title, date=dt.date(2021, 9, 11))
    report = archive.page_import.save(PagePreview(), [twin, other_day])
    assert len(report.created) == 1
    assert report.duplicates == [
        f"2020-09-11 s3: international AND territorial cooperation (already session {demo.id})"
    ]
    forced = archive.page_import.save(PagePreview(), [twin], force=True)
    assert len(forced.created) == 1
    dry = archive.page_import.save(PagePreview(), [m.SessionDraft(title="Fresh")], dry_run=True)
    assert dry.planned == ["Fresh"] and dry.created == []
    assert archive.sessions.find("Fresh") == []


def test_the_page_is_kept_as_a_snapshot(archive: Archive) -> None:
    page = PageSource(PAGE, "https://example.org/s3", "text/html", dt.datetime(2024, 1, 2, 3, 4))
    report = archive.page_import.save(
        PagePreview([], page), [m.SessionDraft(title="Clusters and regions")]
    )
    sha = hashlib.sha256(PAGE).hexdigest()
    stored = archive.root / "snapshots" / sha[:2] / f"{sha}.html"
    assert stored.read_bytes() == PAGE
    with archive.catalogue.uow() as uow:
        assert uow.sessions.has_snapshot(report.created[0], sha)
        assert uow.sessions.snapshot_dates(report.created[0]) == [dt.datetime(2024, 1, 2, 3, 4)]


def test_each_session_is_saved_whole_or_not_at_all(archive: Archive) -> None:
    class Killed(Exception):
        pass

    def progress(step: Progress) -> bool:
        if step.done == 1:
            raise Killed
        return True

    drafts = [
        m.SessionDraft(title="First", speakers=[m.SpeakerDraft("Ann Example", "Org A")]),
        m.SessionDraft(title="Second", speakers=[m.SpeakerDraft("Bob Example", "Org B")]),
    ]
    with pytest.raises(Killed):
        archive.page_import.save(PagePreview(), drafts, progress=progress)
    ids = archive.sessions.ids()
    assert len(ids) == 1
    first = archive.sessions.get(ids[0])
    assert first.title == "First"
    assert [a.person_name for a in first.appearances] == ["Ann Example"]
    assert archive.people.find_person("Bob Example") is None


def test_a_draft_without_title_is_refused(archive: Archive) -> None:
    report = archive.page_import.save(
        PagePreview(), [m.SessionDraft(title="  "), m.SessionDraft(title="Ok")]
    )
    assert len(report.created) == 1
    assert report.refused[0].reason == "it has no title"


@needs_reader
def test_preview_from_url_then_save_keeps_provenance(archive: Archive, server: str) -> None:
    preview = archive.page_import.preview(server + "/page.html")
    extracted = preview.sessions
    assert extracted, "the reader found no session in a plain page"
    draft = extracted[0].draft
    assert draft.source_url == server + "/page.html"
    assert draft.retrieved_at is not None
    report = archive.page_import.save(preview)
    assert len(report.created) == len(extracted)
    sha = hashlib.sha256(PAGE).hexdigest()
    with archive.catalogue.uow() as uow:
        assert uow.sessions.has_snapshot(report.created[0], sha)
    records = archive.page_import.records(extracted)
    assert isinstance(records[0], dict)


@needs_reader
def test_preview_of_pasted_text(archive: Archive) -> None:
    preview = archive.page_import.preview("Clusters and regions\n11 September 2020\n")
    assert preview.page is None  # pasted text leaves no snapshot
    assert all(hasattr(x, "draft") for x in preview.sessions)


def test_a_page_without_a_title_is_kept_under_a_stand_in_title(tmp_path):
    """A page that names its event and day but no title is saved as "Series, day", with a
    warning, instead of being refused (nothing the page says is lost)."""
    from webinar_archive.domain import model as m
    from webinar_archive.services.archive import Archive

    with Archive.open(tmp_path / "lib") as archive:
        draft = m.SessionDraft(
            title="",
            series="Europejska Konferencja Klastrów",
            date=dt.date(2024, 5, 7),
            speakers=[m.SpeakerDraft("Teodora Jilkova", "ECCP")],
        )
        report = archive.page_import.save(PagePreview(), [draft])
        [session_id] = report.created
        session = archive.sessions.get(session_id)
        assert session.title == "Europejska Konferencja Klastrów, 7 May 2024"
        assert any("no title" in w for w in report.warnings)
        assert draft.title == ""  # the caller's draft is left as it was
        nothing = archive.page_import.save(PagePreview(), [m.SessionDraft(title="")])
        assert nothing.created == [] and nothing.refused


def test_an_acronym_on_a_page_joins_the_known_long_name_and_back(archive: Archive) -> None:
    """ "CEBR" on a page is the library's "Centre for Economics and Business Research" (and a
    long name on a page joins a record kept under its acronym); an ambiguous one joins none."""
    known = m.SessionDraft(
        title="Known bodies",
        speakers=[
            m.SpeakerDraft("Ada Known", "Centre for Economics and Business Research"),
            m.SpeakerDraft("Ben Known", "ZEW"),
            m.SpeakerDraft("Cy Known", "Regional Innovation Agency"),
            m.SpeakerDraft("Di Known", "Rural Investment Alliance"),
        ],
    )
    archive.page_import.save(PagePreview(), [known])
    organisations = len(archive.people.organisations())
    draft = m.SessionDraft(
        title="Acronyms",
        speakers=[
            m.SpeakerDraft("Anaïs Le Corvec", "CEBR"),
            m.SpeakerDraft("Eva Page", "Zentrum für Europäische Wirtschaftsforschung"),
            m.SpeakerDraft("Fay Page", "Centre for Economics and Business Research (CEBR)"),
            m.SpeakerDraft("Gus Page", "RIA"),
        ],
    )
    report = archive.page_import.save(PagePreview(), [draft])
    session = archive.sessions.get(report.created[0])
    assert [a.organisation_name for a in session.appearances] == [
        "Centre for Economics and Business Research",
        "ZEW",
        "Centre for Economics and Business Research",
        "RIA",
    ]
    assert len(archive.people.organisations()) == organisations + 1  # only the ambiguous RIA
