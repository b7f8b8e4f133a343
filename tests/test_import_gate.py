"""Is it a session page? Error pages, binary files and pages about no session are refused."""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from input_helpers import run_cli
from webinar_archive.domain.errors import ArchiveError
from webinar_archive.importers.page import extract_page, refusal
from webinar_archive.services.archive import Archive

PAGES = Path(__file__).parent / "data" / "pages"
EXAMPLES = sorted([*PAGES.glob("*.html"), *PAGES.glob("*.txt")])

SESSION = (
    "<html><head><title>Regions in the recovery</title></head><body>"
    "<h1>Regions in the recovery</h1><p>Date: 2 October 2020</p>"
    "<p>Speakers: Anaïs Le Corvec (CEBR), Kevin Morgan (Cardiff University)</p></body></html>"
)
NGINX_404 = (
    "<html><head><title>404 Not Found</title></head><body><center><h1>404 Not Found</h1>"
    "</center><hr><center>nginx</center></body></html>"
)
# A site's own "not found" page: menu, search box and footer, and no status code in sight.
GERMAN_MISSING = (
    "<html lang='de'><head><title>Seite nicht gefunden – Cluster Allianz</title></head><body>"
    "<nav><a href='/'>Start</a> <a href='/veranstaltungen'>Veranstaltungen</a></nav>"
    "<h1>Seite nicht gefunden</h1><p>Die gesuchte Seite existiert leider nicht (mehr). "
    "Nutzen Sie die Suche oder kehren Sie zur Startseite zurück.</p>"
    "<footer>Impressum · Datenschutz</footer></body></html>"
)
ABOUT_US = (
    "<html><head><title>About us</title></head><body><h1>About the Cluster Alliance</h1>"
    "<p>The Cluster Alliance brings together more than a hundred cluster organisations from "
    "across Europe. We help our members to grow, to find partners abroad and to take part in "
    "European programmes. Our office in Brussels answers questions from members and from "
    "anyone who wants to found a cluster.</p></body></html>"
)


def _refusal(html: str) -> str | None:
    return refusal(extract_page(html.encode(), content_type="text/html"))


@pytest.mark.parametrize("page", EXAMPLES, ids=lambda p: p.name)
def test_every_example_page_reads_as_a_session_page(page: Path) -> None:
    plain = "text/plain" if page.suffix == ".txt" else None
    assert refusal(extract_page(page.read_bytes(), content_type=plain)) is None


def test_an_error_page_says_so_with_its_status() -> None:
    assert _refusal(NGINX_404) == "this looks like an error page: HTTP 404 Not Found"


def test_an_error_page_without_a_status_code_says_what_it_says() -> None:
    found = _refusal(GERMAN_MISSING)
    assert found is not None and found.startswith("this looks like an error page")
    assert "nicht gefunden" in found


def test_a_page_about_no_session_is_refused_with_what_is_missing() -> None:
    assert _refusal(ABOUT_US) == "not a session page: no date and no speakers found"


def test_a_title_and_a_date_alone_are_not_a_session() -> None:
    page = "<html><body><h1>Opening hours</h1><p>Updated 2 October 2020</p></body></html>"
    found = _refusal(page)
    assert found is not None and found.startswith("not a session page: only a title and a date")


def test_a_session_page_passes() -> None:
    assert _refusal(SESSION) is None


def test_error_words_inside_a_session_title_do_not_refuse_it() -> None:
    page = SESSION.replace("Regions in the recovery", "Forbidden knowledge: what clusters miss")
    assert _refusal(page) is None


def test_the_service_refuses_to_save_a_refused_page_unless_told(
    archive: Archive, tmp_path: Path
) -> None:
    saved = tmp_path / "missing.html"
    saved.write_text(NGINX_404, encoding="utf-8")
    preview = archive.page_import.preview(saved)
    assert preview.refusal == "this looks like an error page: HTTP 404 Not Found"
    with pytest.raises(ArchiveError, match=r"missing\.html: this looks like an error page"):
        archive.page_import.save(preview)
    assert archive.sessions.count() == 0
    report = archive.page_import.save(preview, anyway=True)
    assert len(report.created) == 1


class _Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        if self.path == "/session.html":
            status, body = 200, SESSION
        elif self.path == "/gone.html":
            status, body = 404, GERMAN_MISSING.replace("Seite nicht gefunden", "Hoppla")
        else:
            status, body = 500, "<html><body><p>Oops.</p></body></html>"
        data = body.encode()
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

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


def test_cli_refuses_an_http_error_page_and_force_imports_it(server: str, tmp_path: Path) -> None:
    """A URL answering 404 is refused naming the URL and the status; --force is the override."""
    lib = tmp_path / "lib"
    url = server + "/gone.html"
    code, out, err = run_cli(lib, "import", "page", url, "--yes")
    assert code == 1
    assert f"{url}: this looks like an error page: HTTP 404 Not Found" in err
    assert "--force" in err and "Traceback" not in err
    code, out, _ = run_cli(lib, "list", "--json")
    assert out.strip() == "[]"
    code, out, err = run_cli(lib, "import", "page", server + "/broken", "--yes")
    assert code == 1 and "HTTP 500 Internal Server Error" in err
    code, out, err = run_cli(lib, "import", "page", url, "--yes", "--force")
    assert code == 0, err
    code, out, _ = run_cli(lib, "list", "--json")
    assert "Hoppla" in out


def test_cli_refuses_a_saved_page_about_nothing_naming_the_file(tmp_path: Path) -> None:
    saved = tmp_path / "about.html"
    saved.write_text(ABOUT_US, encoding="utf-8")
    code, _, err = run_cli(tmp_path / "lib", "import", "page", str(saved), "--yes")
    assert code == 1
    assert f"{saved}: not a session page: no date and no speakers found" in err


def test_cli_refuses_a_binary_file_saying_no_text_was_found(tmp_path: Path) -> None:
    saved = tmp_path / "garbage.html"
    saved.write_bytes(bytes(range(256)) * 64)
    code, _, err = run_cli(tmp_path / "lib", "import", "page", str(saved), "--yes", "--force")
    assert code == 1
    assert f"{saved} holds binary data" in err and "no text found" in err
