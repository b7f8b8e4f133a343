"""Sessions from a web page: fetching or opening it, a preview to review, saving the drafts."""

from __future__ import annotations

import datetime as dt
import http.client
import mimetypes
import threading
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from .. import __version__
from ..domain import model as m
from ..domain.errors import ArchiveError
from ..domain.imports import ExtractedLike, ImportReport, PageSource
from ..domain.input_files import PAGE_LIMIT, looks_binary, read_capped, size_text
from ..domain.messages import _mark, _t
from ..domain.organisations import OrganisationMatch
from ..domain.os_errors import plain_reason
from ..domain.progress import ReportProgress, step
from ..domain.text import fold
from ..storage.catalogue import Catalogue
from .drafts import DraftSaver
from .people import organisation_matches

FETCH_TIMEOUT_S = 20
IDLE_TIMEOUT_S = 60.0
MAX_PAGE_BYTES = PAGE_LIMIT
_FETCH_CHUNK = 64 * 1024
_PAGE_TYPES = {"application/xhtml+xml", "application/xml"}
USER_AGENT = f"WebinarArchive/{__version__} (desktop cataloguing tool; Python urllib)"


class ErrorPageFetched(ArchiveError):
    """A URL answered an HTTP error status; ``page`` holds the error page it sent."""

    def __init__(self, message: str, page: PageSource, status: int) -> None:
        super().__init__(message)
        self.page = page
        self.status = status


@dataclass(frozen=True, slots=True)
class PagePreview:
    """What a page gave: its sessions to review, and the page itself to keep as a snapshot.

    The caller holds it between reading and saving and hands it back to ``save``; ``page`` is
    None for pasted plain text, which leaves no snapshot. ``refusal`` says why the page does
    not read as a session page (an error page, no text, no date and no speakers): ``save``
    then refuses unless told to import it anyway.
    """

    sessions: Sequence[ExtractedLike] = field(default_factory=list)
    page: PageSource | None = None
    refusal: str | None = None
    name: str = ""  # the page as the user named it (a URL or a file), for messages
    # What the library already holds for each speaker's organisation, by folded name.
    organisations: Mapping[str, OrganisationMatch] = field(default_factory=dict)

    @property
    def drafts(self) -> list[m.SessionDraft]:
        return [item.draft for item in self.sessions]

    def organisation_match(self, name: str | None) -> OrganisationMatch | None:
        """The library's record(s) for an organisation the page names; None if not looked up."""
        return self.organisations.get(fold(name or ""))


# What a refused download says, by what the download was for (the ``verb`` of fetch_url): whole
# sentences, as a translation needs them.
_WORDS = {
    "imported": {
        "too_large": _mark("{url} is {size}; pages over {limit} are not imported."),
        "larger": _mark("{url} is larger than {limit}; not imported."),
        "short": _mark(
            "{url} sent {received} of the {length} bytes it announced (the connection was "
            "cut); nothing was imported. Try again."
        ),
        "cut": _mark("{url} was cut off before it was complete; nothing was imported. Try again."),
    },
    "downloaded": {
        "too_large": _mark("{url} is {size}; files over {limit} are not downloaded."),
        "larger": _mark("{url} is larger than {limit}; not downloaded."),
        "short": _mark(
            "{url} sent {received} of the {length} bytes it announced (the connection was "
            "cut); nothing was downloaded. Try again."
        ),
        "cut": _mark(
            "{url} was cut off before it was complete; nothing was downloaded. Try again."
        ),
    },
}


def _refused(verb: str, why: str) -> str:
    """The sentence of ``_WORDS`` for ``verb`` and ``why``, in the user's language."""
    text = _WORDS[verb][why]
    return _t(text)


def fetch_url(
    url: str, *, timeout: float = FETCH_TIMEOUT_S, max_bytes: int = MAX_PAGE_BYTES
) -> PageSource:
    """GET a page, all of it within ``timeout`` seconds and ``max_bytes``; else ArchiveError.

    ``timeout`` bounds the whole fetch (name lookup, connection, redirects, every byte), not
    each read: a server that sends a byte every few seconds never trips a socket timeout. The
    download runs on a helper thread, told to stop when the deadline has passed; a page that
    arrives short of its Content-Length, or not at all by then, is refused, never imported.
    """
    parts: list[bytes] = []
    got = fetch_stream(
        url,
        parts.append,
        timeout=timeout,
        max_bytes=max_bytes,
        accept=lambda response: _check_page_type(url, response.content_type),
    )
    return PageSource(b"".join(parts), got.url, got.content_type, got.retrieved_at)


@dataclass(frozen=True, slots=True)
class Fetched:
    """What answered a GET: its final address (after redirects) and headers."""

    url: str
    content_type: str | None
    length: int | None
    filename: str | None  # the name its Content-Disposition header gives, if any
    retrieved_at: dt.datetime


def fetch_stream(
    url: str,
    write: Callable[[bytes], object],
    *,
    timeout: float = FETCH_TIMEOUT_S,
    max_bytes: int = MAX_PAGE_BYTES,
    accept: Callable[[Fetched], None] | None = None,
    verb: str = "imported",
    progress: ReportProgress | None = None,
) -> Fetched:
    """GET ``url`` into ``write``, all of it within ``timeout`` s and ``max_bytes``; else
    ArchiveError (``ErrorPageFetched`` for an HTTP error status, its page kept).

    The one way this program downloads: pages to import and files behind their links. The
    deadline covers the whole transfer; ``accept`` sees the headers before any byte is
    written and raises to refuse; ``progress`` follows the bytes and may cancel
    (``Cancelled``). ``verb`` ends the messages: what does not happen to a refused download.
    """
    stop = threading.Event()
    outcome: list[Fetched | BaseException] = []

    def download() -> None:
        try:
            outcome.append(_download(url, write, timeout, max_bytes, stop, accept, verb, progress))
        except BaseException as exc:  # handed to the caller's thread below
            outcome.append(exc)

    worker = threading.Thread(target=download, name="fetch-url", daemon=True)
    worker.start()
    worker.join(timeout)
    if not outcome:
        stop.set()
        worker.join(5)  # the writer stops at its next chunk; its file may then be removed
        message = (
            _mark(
                "{url} did not arrive in full within {timeout:g} s; nothing was imported. "
                "Try again later, or save the page from a browser and import the file."
            )
            if verb == "imported"
            else _mark(
                "{url} did not arrive in full within {timeout:g} s; nothing was saved. "
                "Try again later."
            )
        )
        raise ArchiveError(_t(message).format(url=url, timeout=timeout))
    result = outcome[0]
    if isinstance(result, BaseException):
        raise result
    return result


def _download(
    url: str,
    write: Callable[[bytes], object],
    timeout: float,
    max_bytes: int,
    stop: threading.Event,
    accept: Callable[[Fetched], None] | None,
    verb: str,
    progress: ReportProgress | None,
) -> Fetched:
    request = urllib.request.Request(
        url, headers={"User-Agent": USER_AGENT, "Accept": "text/html,*/*;q=0.5"}
    )
    # Each read may wait this long: a long file download has a long deadline, but a server
    # that stops sending for a minute is not waited for until it ends.
    idle = min(timeout, IDLE_TIMEOUT_S)
    try:
        with urllib.request.urlopen(request, timeout=idle) as response:
            announced = (response.headers.get("Content-Length") or "").strip()
            length = int(announced) if announced.isdigit() else None
            got = Fetched(
                response.geturl() or url,
                response.headers.get("Content-Type"),
                length,
                response.headers.get_filename(),
                _now(),
            )
            if accept is not None:
                accept(got)
            if length is not None and length > max_bytes:
                raise ArchiveError(
                    _refused(verb, "too_large").format(
                        url=url, size=size_text(length), limit=size_text(max_bytes)
                    )
                )
            received = 0
            while not stop.is_set() and (chunk := response.read1(_FETCH_CHUNK)):
                received += len(chunk)
                if received > max_bytes:
                    raise ArchiveError(
                        _refused(verb, "larger").format(url=url, limit=size_text(max_bytes))
                    )
                write(chunk)
                step(progress, url, received, length or 0)
            if stop.is_set():
                raise ArchiveError(
                    _t("{url}: the download was stopped at its deadline.").format(url=url)
                )
            if length is not None and received != length:
                raise ArchiveError(
                    _refused(verb, "short").format(url=url, received=received, length=length)
                )
            return got
    except urllib.error.HTTPError as exc:
        # The error page's own text is kept: the user may import it anyway.
        try:
            body = exc.read(max_bytes) if exc.fp is not None else b""
        except (OSError, http.client.HTTPException):
            body = b""
        page = PageSource(
            body, url, exc.headers.get("Content-Type") if exc.headers else None, _now()
        )
        raise ErrorPageFetched(
            _t("{url} answered HTTP {code} ({reason}).").format(
                url=url, code=exc.code, reason=exc.reason
            ),
            page,
            exc.code,
        ) from exc
    except urllib.error.URLError as exc:
        raise ArchiveError(
            _t("Cannot fetch {url}: {reason}").format(
                url=url, reason=plain_reason(exc.reason, download=verb != "imported")
            )
        ) from exc
    except http.client.IncompleteRead as exc:
        raise ArchiveError(_refused(verb, "cut").format(url=url)) from exc
    except TimeoutError as exc:
        raise ArchiveError(
            _t("{url} did not answer within {idle:g} s.").format(url=url, idle=idle)
        ) from exc
    except (http.client.HTTPException, OSError) as exc:
        raise ArchiveError(
            _t("Cannot fetch {url}: {reason}").format(
                url=url, reason=plain_reason(exc, download=verb != "imported")
            )
        ) from exc


def _check_page_type(name: str, content_type: str | None) -> None:
    """Refuse what is declared as anything but HTML or text (a video, a PDF, an archive)."""
    declared = (content_type or "").split(";")[0].strip().lower()
    if declared and not (declared.startswith("text/") or declared in _PAGE_TYPES):
        raise ArchiveError(
            _t(
                "{name} is {declared}, not a web page; nothing was imported. Give the "
                "address of the session's page (HTML) or a saved .html file."
            ).format(name=name, declared=declared)
        )


def _check_page_content(name: str, page: PageSource) -> PageSource:
    """Refuse bytes that are no text whatever their declared type says."""
    if looks_binary(page.data):
        declared = (page.content_type or "").split(";")[0].strip() or "no declared type"
        raise ArchiveError(
            _t(
                "{name} holds binary data ({declared}), not a web page (no text found: a "
                "binary file); nothing was imported. Give the address of the session's "
                "page (HTML) or a saved .html file."
            ).format(name=name, declared=declared)
        )
    return page


class PageImportService:
    """``archive.page_import``: read a page into a ``PagePreview``, then save reviewed drafts."""

    def __init__(self, catalogue: Catalogue) -> None:
        self._cat = catalogue
        self._drafts = DraftSaver(catalogue)

    def save(
        self,
        preview: PagePreview,
        drafts: Sequence[m.SessionDraft] | None = None,
        *,
        force: bool = False,
        anyway: bool = False,
        dry_run: bool = False,
        progress: ReportProgress | None = None,
    ) -> ImportReport:
        """Save reviewed drafts (default: the preview's own); same folded title and date already
        there -> skipped unless forced.

        A preview that is no session page (``refusal``) is refused, nothing saved, unless
        ``anyway``. Speakers and organisations are matched to authority records by folded name
        or alias. The preview's page is kept as a snapshot of each saved session.
        """
        if preview.refusal and not anyway:
            raise ArchiveError(refusal_message(preview))
        return self._drafts.save_all(
            preview.drafts if drafts is None else drafts,
            force=force,
            page=preview.page,
            dry_run=dry_run,
            progress=progress,
            kind="page",
        )

    def read_source(self, source: str | Path | bytes) -> PageSource | str:
        """Bytes of a file or URL (as a PageSource), or the pasted text itself."""
        if isinstance(source, bytes):
            return _check_page_content("The data given", PageSource(source, None, None, _now()))
        if isinstance(source, str) and source.strip().lower().startswith(("http://", "https://")):
            return _check_page_content(source.strip(), fetch_url(source.strip()))
        path = Path(source) if isinstance(source, Path) else None
        if path is None and isinstance(source, str) and "\n" not in source and len(source) < 4096:
            candidate = Path(source).expanduser()
            try:
                # A FIFO or a device named here is refused by read_capped, not taken as text.
                named = candidate.is_symlink() or (candidate.exists() and not candidate.is_dir())
                path = candidate if named else None
            except OSError:
                path = None
        if path is not None:
            data = read_capped(path, MAX_PAGE_BYTES, _t("a web page"))
            content_type, _ = mimetypes.guess_type(path.name)
            page = PageSource(data, path.resolve().as_uri(), content_type, _now())
            return _check_page_content(str(path), page)
        assert isinstance(source, str)
        return source

    def preview(
        self,
        source: str | Path | bytes,
        *,
        url: str | None = None,
        content_type: str | None = None,
    ) -> PagePreview:
        """Sessions read from a file path, a URL (fetched, 20 s, 20 MB) or pasted text; no saving.

        The page read comes back in the preview, for ``save`` to keep as a snapshot.
        """
        # Loaded here, not at the top: lxml and charset detection cost start-up time that
        # commands which read no page should not pay.
        from ..importers import page as page_reader

        status: int | None = None
        try:
            read = self.read_source(source)
        except ErrorPageFetched as exc:
            read, status = exc.page, exc.status
        name = str(source).strip() if isinstance(source, str | Path) else "The data given"
        if isinstance(read, str):
            if read.lstrip().startswith("<"):
                read = PageSource(read.encode("utf-8"), url, "text/html", _now())
            else:
                found = page_reader.extract_text(read)
                return self._matched(
                    PagePreview(found, None, page_reader.refusal(found), "the text given")
                )
        if url is not None or content_type is not None:
            read = PageSource(
                read.data, url or read.url, content_type or read.content_type, read.retrieved_at
            )
        extracted = list(
            page_reader.extract_page(read.data, url=read.url, content_type=read.content_type)
        )
        fetched = bool(read.url and read.url.lower().startswith(("http:", "https:")))
        saved_copy = _saved_copy_name(read.url, source) if not fetched else None
        for item in extracted:
            if fetched and item.draft.retrieved_at is None:
                item.draft.retrieved_at = read.retrieved_at
            if saved_copy is not None:
                # Written once into the session, in the language of whoever imported it.
                note = _t("Imported from a saved copy of the page ({name}).").format(
                    name=saved_copy
                )
                item.draft.notes = "\n\n".join(x for x in (item.draft.notes, note) if x)
        if not fetched:
            # The snapshot names the page by its web address, never by where the copy sat.
            web = extracted[0].draft.source_url if extracted else None
            read = PageSource(read.data, web, read.content_type, read.retrieved_at)
        return self._matched(
            PagePreview(extracted, read, page_reader.refusal(extracted, status=status), name)
        )

    def _matched(self, preview: PagePreview) -> PagePreview:
        """``preview`` with the library's records for its organisations, for the review."""
        with self._cat.uow() as uow:
            return replace(preview, organisations=organisation_matches(uow.people, preview.drafts))

    @staticmethod
    def records(extracted: Sequence[ExtractedLike]) -> list[dict[str, Any]]:
        """The page reader's JSON view of each extracted session (``import page --json``)."""
        from ..importers import page as page_reader

        return [page_reader.to_json_record(x) for x in extracted]


def _saved_copy_name(url: str | None, source: str | Path | bytes) -> str | None:
    """The file name of a saved copy read from disk (never its folder); None for other input."""
    if isinstance(source, Path):
        return source.name
    if url and url.lower().startswith("file:"):
        return Path(urllib.request.url2pathname(urllib.parse.urlparse(url).path)).name
    return None


def refusal_message(preview: PagePreview) -> str:
    """Why a page is not imported, naming it, and how to import it all the same."""
    name = preview.name or _t("The page")
    return _t(
        "{name}: {refusal}; nothing was imported. If it does describe a session, "
        "import it anyway (--force, or Import Anyway in the review)."
    ).format(name=name, refusal=preview.refusal)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)
