"""Fetching a page: one deadline for the whole download, no truncated page, no binary page."""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from input_helpers import run_cli
from playback_helpers import SAMPLE_MP4
from webinar_archive.domain.errors import ArchiveError
from webinar_archive.services.page_import import fetch_url

PAGE = b"<html><body><h1>Clusters and regions</h1><p>11 September 2020</p></body></html>"
TRICKLE_BYTES = 120
TRICKLE_PAUSE_S = 0.25  # far below any per-read timeout, so only a total deadline stops it

_stop_trickling = threading.Event()


class _Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:
        if self.path == "/trickle.html":
            self._headers("text/html", TRICKLE_BYTES)
            for _ in range(TRICKLE_BYTES):
                if _stop_trickling.wait(TRICKLE_PAUSE_S):
                    return
                self.wfile.write(b"x")
                self.wfile.flush()
        elif self.path == "/cut.html":
            self._headers("text/html", len(PAGE) * 10)
            self.wfile.write(PAGE)  # then the connection closes: a tenth of what was announced
        elif self.path == "/talk.mp4":
            self._headers("video/mp4", SAMPLE_MP4.stat().st_size)
            self.wfile.write(SAMPLE_MP4.read_bytes())
        elif self.path == "/mislabelled.html":
            self._headers("text/html; charset=utf-8", SAMPLE_MP4.stat().st_size)
            self.wfile.write(SAMPLE_MP4.read_bytes())
        else:
            self._headers("text/html; charset=utf-8", len(PAGE))
            self.wfile.write(PAGE)
        self.close_connection = True

    def _headers(self, content_type: str, length: int) -> None:
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(length))
        self.send_header("Connection", "close")
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[str]:
    _stop_trickling.clear()
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        _stop_trickling.set()
        httpd.shutdown()
        httpd.server_close()
        thread.join()


def _fetch(url: str, timeout: float) -> object:
    """fetch_url on a thread with a join timeout: a missed deadline fails, it cannot hang."""
    outcome: list[object] = []

    def call() -> None:
        try:
            outcome.append(fetch_url(url, timeout=timeout))
        except BaseException as exc:
            outcome.append(exc)

    worker = threading.Thread(target=call, daemon=True)
    worker.start()
    worker.join(timeout + 10)
    _stop_trickling.set()  # lets an old-style fetch end its download once the test is decided
    assert outcome, f"fetching {url} ran far past its {timeout} s deadline"
    return outcome[0]


def test_a_trickling_server_hits_the_total_deadline(server: str) -> None:
    """A byte every quarter second never trips a per-read timeout; the whole-fetch deadline
    does, and the part received is not returned."""
    result = _fetch(server + "/trickle.html", timeout=1.0)
    assert isinstance(result, ArchiveError), result
    assert "trickle.html did not arrive in full within 1 s" in str(result)


def test_a_page_shorter_than_its_content_length_is_an_error(server: str) -> None:
    """A connection cut before Content-Length bytes arrived gives an error, not a short page."""
    result = _fetch(server + "/cut.html", timeout=10)
    assert isinstance(result, ArchiveError), result
    assert f"sent {len(PAGE)} of the {len(PAGE) * 10} bytes it announced" in str(result)


def test_content_served_as_video_is_not_a_page(server: str) -> None:
    """A URL served as video/mp4 is refused by its type, named with the URL."""
    result = _fetch(server + "/talk.mp4", timeout=10)
    assert isinstance(result, ArchiveError), result
    assert f"{server}/talk.mp4 is video/mp4, not a web page" in str(result)


def test_an_ordinary_page_still_arrives(server: str) -> None:
    result = _fetch(server + "/page.html", timeout=10)
    assert not isinstance(result, BaseException), result
    assert result.data == PAGE  # type: ignore[attr-defined]


def test_import_page_refuses_binary_whatever_its_label(server: str, tmp_path: Path) -> None:
    """import page of a URL served as video/mp4, or of video bytes labelled text/html, is
    refused with the URL and the type; no session with a binary title is made."""
    lib = tmp_path / "lib"
    code, _, err = run_cli(lib, "import", "page", server + "/talk.mp4", "--yes")
    assert code == 1 and f"{server}/talk.mp4 is video/mp4, not a web page" in err
    code, _, err = run_cli(lib, "import", "page", server + "/mislabelled.html", "--yes")
    assert code == 1
    assert f"{server}/mislabelled.html holds binary data (text/html), not a web page" in err
    code, out, _ = run_cli(lib, "list", "--json")
    assert code == 0 and out.strip() == "[]"
