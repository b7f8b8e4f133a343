"""The files behind a session's links fetched into the library from a local web server."""

from __future__ import annotations

import hashlib
import http.server
import json
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from helpers import make_pdf
from input_helpers import run_cli
from playback_helpers import SAMPLE_MP4
from webinar_archive.domain import model as m
from webinar_archive.domain.errors import ArchiveError
from webinar_archive.domain.progress import Cancelled, Progress
from webinar_archive.services.archive import Archive
from webinar_archive.services.link_fetch import FAILED, ONLINE, SKIPPED

PAGE = """<html><head><title>Open data for regional clusters</title></head><body>
<h1>Open data for regional clusters</h1><p>3 November 2020</p>
<p>Speakers: Anna Nowak (KTH), Jan Dvořák (CzechInvest)</p>
<h2>Presentations</h2>
<ul><li><a href="{base}/files/nowak.pdf">Anna Nowak, KTH</a></li></ul>
<p>Watch the recording <a href="{base}/files/talk.mp4">here</a>.</p>
<p>The programme is <a href="{base}/programme">here</a>.</p>
<p>Watch again on <a href="https://www.youtube.com/watch?v=a1b2c3">YouTube</a>.</p>
<p>Slides of Jan Dvořák: <a href="{base}/files/missing.pdf">download</a></p>
</body></html>"""


class _Handler(http.server.BaseHTTPRequestHandler):
    files: dict[str, tuple[str, bytes]] = {}

    def do_GET(self) -> None:
        if self.path not in self.files:
            self.send_error(404, "Not Found")
            return
        content_type, body = self.files[self.path]
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.path == "/files/slow.mp4":
            self.wfile.write(body[:1000])
            self.wfile.flush()
            time.sleep(3)  # past the test's deadline: the download must stop, not hang
            return
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def server(tmp_path: Path) -> Iterator[str]:
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    base = f"http://127.0.0.1:{httpd.server_address[1]}"
    pdf = make_pdf(tmp_path / "nowak.pdf", ["Open data in Swedish regions", "Second slide"])
    _Handler.files = {
        "/talk.html": ("text/html; charset=utf-8", PAGE.format(base=base).encode()),
        "/files/nowak.pdf": ("application/pdf", pdf.read_bytes()),
        "/files/talk.mp4": ("video/mp4", SAMPLE_MP4.read_bytes()),
        "/files/slow.mp4": ("video/mp4", SAMPLE_MP4.read_bytes()),
        "/programme": ("text/html", b"<html><body><h1>Programme</h1></body></html>"),
    }
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield base
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join()


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def test_import_page_fetch_stores_the_pdf_and_the_mp4(server: str, tmp_path: Path) -> None:
    """`import page URL --fetch`: the PDF and MP4 land in the library under their hashes, the
    HTML programme is skipped, YouTube stays online, the missing file fails by its URL (exit 1)."""
    lib = tmp_path / "lib"
    code, out, err = run_cli(lib, "import", "page", server + "/talk.html", "--yes", "--fetch")
    assert code == 1, err  # one file failed
    assert f"failed: {server}/files/missing.pdf answered HTTP 404 (Not Found)." in out
    [failure] = [line for line in out.splitlines() if "failed:" in line]
    assert failure.count(f"{server}/files/missing.pdf") == 1  # the address once, not twice
    assert f"skipped: {server}/programme (not a file (an HTML page))" in out
    assert "online only: https://www.youtube.com/watch?v=a1b2c3" in out
    pdf_sha = _sha(_Handler.files["/files/nowak.pdf"][1])
    mp4_sha = _sha(SAMPLE_MP4.read_bytes())
    assert f"fetched: {server}/files/nowak.pdf -> nowak.pdf" in out and pdf_sha in out
    assert f"fetched: {server}/files/talk.mp4 -> talk.mp4" in out and mp4_sha in out
    stored = {p.name for p in (lib / "files").rglob("*") if p.is_file()}
    assert any(pdf_sha in name for name in stored) and any(mp4_sha in name for name in stored)

    with Archive.open(lib) as archive:
        session = archive.sessions.get(1)
        [material] = session.materials
        [recording] = session.recordings
        assert (material.sha256, material.page_count) == (pdf_sha, 2)
        assert recording.sha256 == mp4_sha and recording.duration_ms
        assert f"nowak.pdf was fetched from {server}/files/nowak.pdf" in session.notes
        # The YouTube link is the session's recording link: the notes do not repeat it.
        assert "youtube.com" not in session.notes and "online only" not in session.notes
        assert [link.url for link in session.links if link.kind == m.LinkKind.RECORDING] == [
            f"{server}/files/talk.mp4",
            "https://www.youtube.com/watch?v=a1b2c3",
        ]
        pdf_path = archive.files.path_of(material.stored_path)
        mp4_path = archive.files.path_of(recording.stored_path)
    assert _sha(pdf_path.read_bytes()) == pdf_sha and _sha(mp4_path.read_bytes()) == mp4_sha
    _previews_and_plays(pdf_path, mp4_path)

    # Once more: what is already there is skipped by its hash, and the notes say it once.
    code, out, _ = run_cli(lib, "fetch-links", "1", "--json")
    results = {r["url"]: r for r in json.loads(out)}
    assert code == 1
    assert results[f"{server}/files/nowak.pdf"]["outcome"] == SKIPPED
    assert results[f"{server}/files/nowak.pdf"]["reason"] == "already in the library"
    assert results[f"{server}/files/talk.mp4"]["outcome"] == SKIPPED
    assert results[f"{server}/files/missing.pdf"]["outcome"] == FAILED
    assert results["https://www.youtube.com/watch?v=a1b2c3"]["outcome"] == ONLINE
    with Archive.open(lib) as archive:
        notes = archive.sessions.get(1).notes
    assert notes.count("nowak.pdf was fetched") == 1 and "youtube.com" not in notes


def _previews_and_plays(pdf: Path, mp4: Path) -> None:
    """The stored PDF opens in the app's PDF preview; the stored MP4 plays in real libvlc."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from webinar_archive.playback.backend import PlayerState
    from webinar_archive.playback.vlc_backend import VlcBackend, probe_vlc
    from webinar_archive.ui.pdf_preview import PdfPreview

    app = QApplication.instance() or QApplication([])
    preview = PdfPreview()
    assert preview.load(pdf) and preview.page_count() == 2
    preview.deleteLater()
    app.processEvents()
    status = probe_vlc()
    if not status.available:
        pytest.skip(f"libvlc is not available: {status.reason}")
    player = VlcBackend(headless=True)
    try:
        player.load(mp4)
        player.play()
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and player.time_ms() <= 300:
            time.sleep(0.05)
        assert player.state is PlayerState.PLAYING and player.time_ms() > 300
    finally:
        player.release()


def _session(archive: Archive, server: str, *paths: str) -> int:
    links = [m.LinkDraft(m.LinkKind.RECORDING, server + p, p.rsplit("/")[-1]) for p in paths]
    return archive.sessions.create(m.SessionDraft("Talk", links=links)).id


def test_size_limit_and_deadline_fail_naming_the_url(sqlite_archive: Archive, server: str) -> None:
    archive = sqlite_archive
    session_id = _session(archive, server, "/files/talk.mp4")
    [big] = archive.link_fetch.fetch_links(session_id, max_bytes=10_000)
    assert big.outcome == FAILED and f"{server}/files/talk.mp4 is " in big.reason
    assert "files over" in big.reason and "are not downloaded" in big.reason
    session_id = _session(archive, server, "/files/slow.mp4")
    [slow] = archive.link_fetch.fetch_links(session_id, timeout=1)
    assert slow.outcome == FAILED and f"{server}/files/slow.mp4" in slow.reason
    assert "within 1 s" in slow.reason
    assert archive.sessions.get(session_id).recordings == ()


def test_cancel_keeps_what_was_fetched_before(sqlite_archive: Archive, server: str) -> None:
    archive = sqlite_archive
    session_id = _session(archive, server, "/files/talk.mp4", "/files/nowak.pdf")
    seen: list[str] = []

    def progress(step: Progress) -> bool:
        seen.append(step.text)
        return "nowak" not in step.text  # stop once the second file starts

    with pytest.raises(Cancelled):
        archive.link_fetch.fetch_links(session_id, progress=progress)
    session = archive.sessions.get(session_id)
    assert len(session.recordings) == 1 and session.materials == ()
    assert any("talk.mp4" in text for text in seen)


def _closed_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_an_unreachable_file_is_not_said_to_be_a_page_to_save(sqlite_archive: Archive) -> None:
    """Slides behind a link on a site that cannot be reached were met with the advice for a
    page ("save the page in a web browser and import the saved copy"), which does nothing for a
    PDF; a file is to be downloaded in a browser and attached, while a page to import keeps its
    own advice."""
    archive = sqlite_archive
    url = f"http://127.0.0.1:{_closed_port()}/files/slides.pdf"
    link = m.LinkDraft(m.LinkKind.PRESENTATIONS, url, "Slides")
    session_id = archive.sessions.create(m.SessionDraft("Talk", links=[link])).id
    [result] = archive.link_fetch.fetch_links(session_id)
    assert result.outcome == FAILED
    assert "refused the connection" in result.reason
    assert "download the file in a web browser and attach it" in result.reason
    assert "save the page" not in result.reason
    with pytest.raises(ArchiveError, match="save the page in a web browser"):
        archive.page_import.preview(url.replace("files/slides.pdf", "talk.html"))
