"""The files behind a session's links (slides, agendas, recordings) fetched into the library."""

from __future__ import annotations

import re
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from ..domain import model as m
from ..domain.errors import ArchiveError
from ..domain.input_files import looks_binary, size_text
from ..domain.messages import _mark, _t
from ..domain.progress import Cancelled, Progress, ReportProgress, step
from ..storage.catalogue import Catalogue
from .attachments import AttachmentService
from .page_import import Fetched, fetch_stream
from .sessions import draft_from_session

FILE_FETCH_TIMEOUT_S = 30 * 60  # the whole of one file: a long recording on a slow line
MAX_FILE_BYTES = 4 * 1024**3
FETCHED_KINDS = (m.LinkKind.PRESENTATIONS, m.LinkKind.AGENDA, m.LinkKind.RECORDING)

# Pages that play a recording in a browser: the recording stays there, online only.
_VIDEO_PLATFORMS = re.compile(
    r"(?:^|\.)(?:youtube\.com|youtu\.be|youtube-nocookie\.com|vimeo\.com|dailymotion\.com|"
    r"twitch\.tv|facebook\.com|fb\.watch|linkedin\.com|soundcloud\.com|slideshare\.net|"
    r"speakerdeck\.com|zoom\.us|vimeopro\.com|wistia\.com|brightcove\.net|bilibili\.com|"
    r"rutube\.ru|tiktok\.com|x\.com|twitter\.com|instagram\.com|spotify\.com)$",
    re.I,
)
_PAGE_TYPES = ("text/html", "application/xhtml+xml")
_TYPE_SUFFIXES = {
    "application/pdf": ".pdf",
    "video/mp4": ".mp4",
    "video/webm": ".webm",
    "audio/mpeg": ".mp3",
    "audio/mp4": ".m4a",
    "audio/ogg": ".ogg",
    "video/ogg": ".ogv",
    "video/quicktime": ".mov",
    "application/vnd.oasis.opendocument.presentation": ".odp",
    "application/vnd.openxmlformats-officedocument.presentationml.presentation": ".pptx",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx",
    "application/vnd.ms-powerpoint": ".ppt",
    "application/msword": ".doc",
}
_UNSAFE = re.compile(r"[^\w.\- ()]+")

FETCHED = "fetched"
SKIPPED = "skipped"
FAILED = "failed"
ONLINE = "online only"
_OUTCOME_LINES = {
    FETCHED: _mark("fetched: {url}"),
    SKIPPED: _mark("skipped: {url}"),
    FAILED: _mark("failed: {url}"),
    ONLINE: _mark("online only: {url}"),
}
# The same when the reason is a whole sentence that names the address already.
_OUTCOME_SENTENCES = {
    SKIPPED: _mark("skipped: {reason}"),
    FAILED: _mark("failed: {reason}"),
    ONLINE: _mark("online only: {reason}"),
}


@dataclass(frozen=True, slots=True)
class LinkFetch:
    """What became of one link: fetched (and what it became), skipped, online only or failed."""

    url: str
    label: str
    kind: m.LinkKind
    outcome: str
    reason: str = ""
    file_name: str | None = None
    sha256: str | None = None
    size: int | None = None
    material_id: int | None = None
    recording_id: int | None = None

    @property
    def failed(self) -> bool:
        return self.outcome == FAILED

    def line(self) -> str:
        """One line for a terminal or a message box."""
        if self.outcome == FETCHED:
            size = f", {size_text(self.size)}" if self.size is not None else ""
            return _t("fetched: {url} -> {name}{size}, SHA-256 {sha256}").format(
                url=self.url, name=self.file_name, size=size, sha256=self.sha256
            )
        if self.reason and self.url in self.reason:
            # The errors of a download name their address, as they are also shown alone
            # (import page URL): the line says it once.
            return _t(_OUTCOME_SENTENCES[self.outcome]).format(reason=self.reason)
        line = _t(_OUTCOME_LINES[self.outcome]).format(url=self.url)
        return line + (f" ({self.reason})" if self.reason else "")

    def to_dict(self) -> dict[str, Any]:
        return {
            "url": self.url,
            "label": self.label,
            "kind": self.kind.value,
            "outcome": self.outcome,
            "reason": self.reason or None,
            "file": self.file_name,
            "sha256": self.sha256,
            "size": self.size,
            "material_id": self.material_id,
            "recording_id": self.recording_id,
        }


class _NotAFile(Exception):
    """The link leads to a web page, not a file."""


def is_video_platform(url: str) -> bool:
    return bool(_VIDEO_PLATFORMS.search(urlsplit(url).hostname or ""))


def fetchable(links: Sequence[m.Link] | Sequence[m.LinkDraft]) -> list[tuple[str, str, m.LinkKind]]:
    """(url, label, kind) of the links whose files are worth fetching, each address once."""
    seen: set[str] = set()
    found = []
    for link in links:
        url = (link.url or "").strip()
        web = url.lower().startswith(("http://", "https://"))
        if link.kind in FETCHED_KINDS and web and url not in seen:
            seen.add(url)
            found.append((url, link.label, link.kind))
    return found


def _file_name(url: str, got: Fetched) -> str:
    """A safe local name: the server's, else the address's last part, with a known suffix."""
    name = got.filename or unquote(urlsplit(got.url or url).path.rsplit("/", 1)[-1])
    name = _UNSAFE.sub("_", Path(name).name).strip(" ._") or "download"
    declared = (got.content_type or "").split(";")[0].strip().lower()
    suffix = _TYPE_SUFFIXES.get(declared)
    if suffix and not name.lower().endswith(suffix):
        name = f"{Path(name).stem if Path(name).suffix else name}{suffix}"
    return name[:150]


class LinkFetchService:
    """``archive.link_fetch``: fetch the files a session's links lead to and attach them."""

    def __init__(self, catalogue: Catalogue, attachments: AttachmentService) -> None:
        self._cat = catalogue
        self._attachments = attachments

    def fetch_links(
        self,
        session_id: int,
        *,
        progress: ReportProgress | None = None,
        max_bytes: int = MAX_FILE_BYTES,
        timeout: float = FILE_FETCH_TIMEOUT_S,
    ) -> list[LinkFetch]:
        """Fetch each slides, agenda and recording link of the session; one result per link.

        Files are downloaded to a temporary folder, then attached the way ``attach`` does (an
        atomic copy named by SHA-256), so content already attached to the session is skipped.
        A web page (an HTML answer) is skipped, a page on a video platform is left online, a
        failure names the address and why. A cancel keeps the files fetched before it and
        raises ``Cancelled``. The session's notes record where each fetched file came from.
        """
        with self._cat.uow() as uow:
            session = uow.sessions.get_session(session_id)
        links = fetchable(session.links)
        results: list[LinkFetch] = []
        try:
            for index, (url, label, kind) in enumerate(links):
                step(progress, _t("Fetching {value}").format(value=label or url), index, len(links))
                results.append(
                    self._fetch_one(session_id, url, label, kind, progress, max_bytes, timeout)
                )
        finally:
            self._note(session_id, results)
        if progress is not None:
            progress(Progress("", len(links), len(links)))
        return results

    def _fetch_one(
        self,
        session_id: int,
        url: str,
        label: str,
        kind: m.LinkKind,
        progress: ReportProgress | None,
        max_bytes: int,
        timeout: float,
    ) -> LinkFetch:
        if is_video_platform(url):
            return LinkFetch(url, label, kind, ONLINE, "a page on a video platform: not downloaded")
        with tempfile.TemporaryDirectory(prefix="webinar-archive-fetch-") as folder:
            target: list[Path] = []
            handle: list[Any] = []
            head = bytearray()

            def accept(got: Fetched) -> None:
                declared = (got.content_type or "").split(";")[0].strip().lower()
                if declared in _PAGE_TYPES:
                    raise _NotAFile
                target.append(Path(folder) / _file_name(url, got))

            def write(chunk: bytes) -> None:
                if not handle:
                    if len(head) < 512:
                        head.extend(chunk[: 512 - len(head)])
                    _refuse_html(bytes(head))
                    handle.append(target[0].open("wb"))
                handle[0].write(chunk)

            def per_byte(p: Progress) -> bool:
                text = f"Fetching {label or url}: {size_text(p.done)}"
                return progress(Progress(text, p.done, p.total)) if progress else True

            try:
                fetch_stream(
                    url,
                    write,
                    timeout=timeout,
                    max_bytes=max_bytes,
                    accept=accept,
                    verb="downloaded",
                    progress=per_byte if progress else None,
                )
            except _NotAFile:
                return LinkFetch(url, label, kind, SKIPPED, _t("not a file (an HTML page)"))
            except Cancelled:
                raise
            except ArchiveError as exc:
                return LinkFetch(url, label, kind, FAILED, str(exc))
            finally:
                for opened in handle:
                    opened.close()
            if not handle:
                return LinkFetch(
                    url, label, kind, FAILED, _t("{url} sent an empty file").format(url=url)
                )
            [result] = self._attachments.attach(session_id, target, progress=progress)
        return self._outcome(session_id, url, label, kind, target[0].name, result)

    def _outcome(
        self,
        session_id: int,
        url: str,
        label: str,
        kind: m.LinkKind,
        name: str,
        result: m.AttachResult,
    ) -> LinkFetch:
        if result.duplicate_of is not None:
            return LinkFetch(url, label, kind, SKIPPED, _t("already in the library"), name)
        if result.error is not None:
            return LinkFetch(url, label, kind, FAILED, f"{url}: {result.error}", name)
        with self._cat.uow() as uow:
            if result.recording_id is not None:
                stored: m.Recording | m.Material = uow.parts.get_recording(result.recording_id)
            else:
                assert result.material_id is not None
                stored = uow.parts.get_material(result.material_id)
        return LinkFetch(
            url,
            label,
            kind,
            FETCHED,
            result.warning or "",
            name,
            stored.sha256,
            stored.size,
            result.material_id,
            result.recording_id,
        )

    def _note(self, session_id: int, results: Sequence[LinkFetch]) -> None:
        """Say in the session's notes where fetched files came from (their provenance, which
        nothing else keeps). A recording left online is not noted: its link (Links tab, the
        brief's links with their QR codes) already says where it is, a line per link would
        repeat it, and the line would stay wrong once a copy is attached."""
        lines = [
            _t("{file_name} was fetched from {url} ({value}).").format(
                file_name=r.file_name, url=r.url, value=r.label or r.kind.value
            )
            for r in results
            if r.outcome == FETCHED
        ]
        if not lines:
            return
        with self._cat.uow() as uow:
            session = uow.sessions.get_session(session_id)
            new = [line for line in lines if line not in session.notes]
            if new:
                draft = draft_from_session(session)
                draft.notes = "\n".join(x for x in (session.notes.rstrip(), *new) if x)
                uow.sessions.update_session(session_id, draft, session.version)
                uow.commit()


def _refuse_html(head: bytes) -> None:
    """A page sent without a declared type is still a page, not a file to attach."""
    start = head.lstrip()[:100].lower()
    if not looks_binary(head) and start.startswith((b"<!doctype html", b"<html", b"<head")):
        raise _NotAFile
