"""Import and exchange use cases: session folders, web pages, JSON and CSV in and out."""

from __future__ import annotations

import datetime as dt
import http.client
import logging
import mimetypes
import threading
import urllib.error
import urllib.request
from collections.abc import Sequence
from contextlib import suppress
from dataclasses import replace
from pathlib import Path
from typing import Any

from .. import __version__
from ..domain import model as m
from ..domain.errors import ArchiveError, FileStoreError, ValidationError
from ..domain.imports import (
    ExportResult,
    ExtractedLike,
    ImportProgress,
    ImportReport,
    PageSource,
)
from ..domain.input_files import (
    CSV_LIMIT,
    PAGE_LIMIT,
    InputFileError,
    check_regular_file,
    looks_binary,
    read_capped,
    size_text,
)
from ..domain.text import printable
from ..export.exchange import (
    ExchangeInput,
    build_exchange,
    exchange_file_path,
    files_of,
    write_exchange,
    write_sessions_csv,
)
from ..export.output import output_target
from ..importers import folder as folders
from ..importers.exchange import (
    ExchangeSession,
    check_exchange,
    decode_csv,
    exchange_session,
    load_exchange,
    org_order,
    parse_csv,
    parse_datetime,
)
from ..storage.catalogue import Catalogue
from ..storage.filestore import StoredFile, confined, copy_out, sha256_of
from ..storage.uow import UnitOfWork
from .attachments import AttachmentService, adding_files

log = logging.getLogger(__name__)

FETCH_TIMEOUT_S = 20
MAX_PAGE_BYTES = PAGE_LIMIT
_FETCH_CHUNK = 64 * 1024
_PAGE_TYPES = {"application/xhtml+xml", "application/xml"}
USER_AGENT = f"WebinarArchive/{__version__} (desktop cataloguing tool; Python urllib)"


def _cancelled(progress: ImportProgress | None, done: int, total: int, name: str) -> bool:
    return progress is not None and progress(done, total, name) is False


def fetch_url(
    url: str, *, timeout: float = FETCH_TIMEOUT_S, max_bytes: int = MAX_PAGE_BYTES
) -> PageSource:
    """GET a page, all of it within ``timeout`` seconds and ``max_bytes``; else ArchiveError.

    ``timeout`` bounds the whole fetch (name lookup, connection, redirects, every byte), not
    each read: a server that sends a byte every few seconds never trips a socket timeout. The
    download runs on a helper thread, told to stop when the deadline has passed; a page that
    arrives short of its Content-Length, or not at all by then, is refused, never imported.
    """
    stop = threading.Event()
    outcome: list[PageSource | BaseException] = []

    def download() -> None:
        try:
            outcome.append(_download(url, timeout, max_bytes, stop))
        except BaseException as exc:  # handed to the caller's thread below
            outcome.append(exc)

    worker = threading.Thread(target=download, name="fetch-page", daemon=True)
    worker.start()
    worker.join(timeout)
    if not outcome:
        stop.set()
        raise ArchiveError(
            f"{url} did not arrive in full within {timeout:g} s; nothing was imported. "
            "Try again later, or save the page from a browser and import the file."
        )
    result = outcome[0]
    if isinstance(result, BaseException):
        raise result
    return result


def _download(url: str, timeout: float, max_bytes: int, stop: threading.Event) -> PageSource:
    request = urllib.request.Request(
        url, headers={"User-Agent": USER_AGENT, "Accept": "text/html,*/*;q=0.5"}
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            content_type = response.headers.get("Content-Type")
            _check_page_type(url, content_type)
            announced = (response.headers.get("Content-Length") or "").strip()
            length = int(announced) if announced.isdigit() else None
            if length is not None and length > max_bytes:
                raise ArchiveError(
                    f"{url} is {size_text(length)}; pages over {size_text(max_bytes)} "
                    "are not imported."
                )
            parts: list[bytes] = []
            received = 0
            while not stop.is_set() and (chunk := response.read1(_FETCH_CHUNK)):
                parts.append(chunk)
                received += len(chunk)
                if received > max_bytes:
                    raise ArchiveError(
                        f"{url} is larger than {size_text(max_bytes)}; not imported."
                    )
            if stop.is_set():
                raise ArchiveError(f"{url}: the download was stopped at its deadline.")
            if length is not None and received != length:
                raise ArchiveError(
                    f"{url} sent {received} of the {length} bytes it announced (the connection "
                    "was cut); nothing was imported. Try again."
                )
            return PageSource(
                data=b"".join(parts),
                url=response.geturl() or url,
                content_type=content_type,
                retrieved_at=dt.datetime.now(dt.UTC).replace(tzinfo=None),
            )
    except urllib.error.HTTPError as exc:
        raise ArchiveError(f"{url} answered HTTP {exc.code} ({exc.reason}).") from exc
    except urllib.error.URLError as exc:
        raise ArchiveError(f"Cannot fetch {url}: {exc.reason}.") from exc
    except http.client.IncompleteRead as exc:
        raise ArchiveError(
            f"{url} was cut off before the page was complete; nothing was imported. Try again."
        ) from exc
    except TimeoutError as exc:
        raise ArchiveError(f"{url} did not answer within {timeout:g} s.") from exc
    except (http.client.HTTPException, OSError) as exc:
        raise ArchiveError(f"Cannot fetch {url}: {exc or exc.__class__.__name__}.") from exc


def _check_page_type(name: str, content_type: str | None) -> None:
    """Refuse what is declared as anything but HTML or text (a video, a PDF, an archive)."""
    declared = (content_type or "").split(";")[0].strip().lower()
    if declared and not (declared.startswith("text/") or declared in _PAGE_TYPES):
        raise ArchiveError(
            f"{name} is {declared}, not a web page; nothing was imported. "
            "Give the address of the session's page (HTML) or a saved .html file."
        )


def _check_page_content(name: str, page: PageSource) -> PageSource:
    """Refuse bytes that are no text whatever their declared type says."""
    if looks_binary(page.data):
        declared = (page.content_type or "").split(";")[0].strip() or "no declared type"
        raise ArchiveError(
            f"{name} holds binary data ({declared}), not a web page; nothing was imported. "
            "Give the address of the session's page (HTML) or a saved .html file."
        )
    return page


class _ImportCancelled(Exception):
    """The user cancelled an exchange import before anything was written."""


class ImportService:
    """``archive.imports``: everything that brings sessions in or writes them out for exchange."""

    def __init__(self, catalogue: Catalogue) -> None:
        self._cat = catalogue
        self._files = AttachmentService(catalogue)
        # The page last read by preview_page, stored as a snapshot by save_drafts.
        self.last_page: PageSource | None = None

    # ------------------------------------------------------------------ sessions from drafts

    def _duplicate_of(self, draft: m.SessionDraft) -> int | None:
        with self._cat.uow() as uow:
            found = uow.sessions.find_sessions_by_title_date(draft.title, draft.date)
        return found[0] if found else None

    def _save_draft(
        self, draft: m.SessionDraft, page: PageSource | None, report: ImportReport, label: str
    ) -> int | None:
        """One session in its own unit of work: saved whole or not at all."""
        try:
            # The store's shared lock until the snapshot's row is committed: check --repair
            # must not take the new page for an orphan meanwhile.
            with self._cat.files.adding(), self._cat.uow() as uow:
                session_id = uow.sessions.add_session(draft)
                if page is not None:
                    stored = self._cat.files.write_bytes(page.data, ".html", subdir="snapshots")
                    uow.sessions.add_snapshot(
                        session_id, page.url, stored.stored_path, stored.sha256, page.retrieved_at
                    )
                uow.commit()
        except ArchiveError as exc:
            report.refuse(label, str(exc))
            return None
        report.created.append(session_id)
        return session_id

    def save_drafts(
        self,
        drafts: Sequence[m.SessionDraft],
        *,
        force: bool = False,
        page: PageSource | None = None,
        dry_run: bool = False,
        progress: ImportProgress | None = None,
    ) -> ImportReport:
        """Save reviewed drafts; same folded title and date already there -> skipped unless forced.

        Speakers and organisations are matched to authority records by folded name or alias.
        ``page`` (default: the page last previewed) is kept as a snapshot of each saved session.
        """
        from_preview = page is None
        report = self._save_all(
            drafts,
            force=force,
            page=self.last_page if from_preview else page,
            dry_run=dry_run,
            progress=progress,
            kind="page",
        )
        if from_preview and not dry_run:
            self.last_page = None  # kept once; a later save must not claim that page again
        return report

    def _save_all(
        self,
        drafts: Sequence[m.SessionDraft],
        *,
        force: bool,
        page: PageSource | None,
        dry_run: bool,
        progress: ImportProgress | None,
        kind: str,
    ) -> ImportReport:
        report = ImportReport(kind, dry_run=dry_run)
        for index, draft in enumerate(drafts):
            label = _draft_label(draft)
            if _cancelled(progress, index, len(drafts), draft.title):
                report.cancelled = True
                break
            if not draft.title.strip() and kind == "page" and (draft.series or draft.date):
                # A page without a heading still names its event and day; keep what it says
                # under a stand-in title rather than lose it, and say so.
                draft = replace(draft, title=_stand_in_title(draft))
                report.warnings.append(
                    f"The page gave no title; saved as \u201c{draft.title}\u201d: rename it."
                )
            if not draft.title.strip():
                report.refuse(label or f"session {index + 1}", "it has no title")
                continue
            existing = None if force else self._duplicate_of(draft)
            if existing is not None:
                report.duplicates.append(f"{label} (already session {existing})")
                continue
            if dry_run:
                report.planned.append(label)
                continue
            self._save_draft(draft, page, report, label)
        if progress is not None and not report.cancelled:
            progress(len(drafts), len(drafts), "")
        return report

    # ------------------------------------------------------------------ web pages

    def read_page_source(self, source: str | Path | bytes) -> PageSource | str:
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
            data = read_capped(path, MAX_PAGE_BYTES, "a web page")
            content_type, _ = mimetypes.guess_type(path.name)
            page = PageSource(data, path.resolve().as_uri(), content_type, _now())
            return _check_page_content(str(path), page)
        assert isinstance(source, str)
        return source

    def preview_page(
        self,
        source: str | Path | bytes,
        *,
        url: str | None = None,
        content_type: str | None = None,
    ) -> list[ExtractedLike]:
        """Sessions read from a file path, a URL (fetched, 20 s, 20 MB) or pasted text; no saving.

        The page read is kept in ``last_page`` so that ``save_drafts`` can store it as a snapshot.
        """
        from ..importers import page as page_reader  # only when a page is read: ~0.2 s to load

        read = self.read_page_source(source)
        if isinstance(read, str):
            self.last_page = None
            if read.lstrip().startswith("<"):
                read = PageSource(read.encode("utf-8"), url, "text/html", _now())
            else:
                return list(page_reader.extract_text(read))
        if url is not None or content_type is not None:
            read = PageSource(
                read.data, url or read.url, content_type or read.content_type, read.retrieved_at
            )
        self.last_page = read
        extracted: list[ExtractedLike] = list(
            page_reader.extract_page(read.data, url=read.url, content_type=read.content_type)
        )
        for item in extracted:
            web = read.url if read.url and read.url.startswith(("http:", "https:")) else None
            if web and not item.draft.source_url:
                item.draft.source_url = web
            if web and item.draft.retrieved_at is None:
                item.draft.retrieved_at = read.retrieved_at
        return extracted

    @staticmethod
    def page_records(extracted: Sequence[ExtractedLike]) -> list[dict[str, Any]]:
        """The page reader's JSON view of each extracted session (``import page --json``)."""
        from ..importers import page as page_reader

        return [page_reader.to_json_record(x) for x in extracted]

    # ------------------------------------------------------------------ folders

    def import_folder(
        self,
        root: Path,
        *,
        dry_run: bool = False,
        progress: ImportProgress | None = None,
        link: bool = False,
    ) -> ImportReport:
        """Each session folder under ``root`` becomes one session with all its files attached.

        Re-importing finds the session again by its folder (``source_url`` is the folder's
        ``file://`` URL) and only attaches files whose content is not attached yet. ``progress``
        gets (folders done, folders, name) and may return False to cancel between files.
        """
        report = ImportReport("folder", dry_run=dry_run)
        scan = folders.scan_session_folders(root)
        for path, reason in scan.problems:
            report.refuse(printable(path), reason)
        folder_list = scan.folders
        total = len(folder_list)
        for index, folder in enumerate(folder_list):
            if _cancelled(progress, index, total, folder.name):
                report.cancelled = True
                break
            try:
                self._import_one_folder(folder, index, total, report, dry_run, progress, link)
            except ArchiveError as exc:
                report.refuse(printable(folder), str(exc))
            except OSError as exc:  # the folder vanished or became unreadable since the scan
                report.refuse(printable(folder), f"cannot be read ({exc.strerror or exc})")
            if report.cancelled:
                break
        if not report.cancelled and progress is not None:
            progress(total, total, "")
        return report

    def _import_one_folder(
        self,
        folder: Path,
        index: int,
        total: int,
        report: ImportReport,
        dry_run: bool,
        progress: ImportProgress | None,
        link: bool,
    ) -> None:
        plan = folders.plan_folder(folder)
        report.warnings += plan.warnings
        for path, reason in plan.problems:
            report.refuse(printable(path), reason)
        for path in plan.unsupported:
            report.refuse(str(path), "not a recording, slide deck, document or subtitle file")
        session_id = self._session_of_folder(plan.draft, claim=not dry_run)
        new_files = list(plan.files)
        if session_id is not None:
            new_files = self._not_yet_attached(session_id, plan.files, report)
        if dry_run:
            if session_id is None:
                report.planned.append(_draft_label(plan.draft))
            elif new_files:
                report.updated.append(session_id)
            report.attached += [str(p) for p in new_files]
            return
        if session_id is None:
            session_id = self._save_draft(plan.draft, None, report, str(folder))
            if session_id is None:
                return
        created = session_id in report.created
        if plan.page is not None:
            self._keep_page(session_id, plan.page, report)
        if not new_files:
            return

        def per_file(name: str, _done: int, _size: int, _i: int, _n: int) -> bool:
            label = f"{folder.name}/{name}" if name else folder.name
            return not _cancelled(progress, index, total, label)

        results = self._files.attach(session_id, new_files, link=link, progress=per_file)
        attached_any = False
        for result in results:
            if result.error == "cancelled":
                report.cancelled = True
            elif result.error:
                report.refuse(result.path, result.error)
            elif result.duplicate_of is not None:
                report.duplicates.append(f"{result.path} (already attached)")
            else:
                attached_any = True
                report.attached.append(result.path)
                if result.warning:
                    report.warnings.append(result.warning)
        if attached_any and not created and session_id not in report.updated:
            report.updated.append(session_id)

    def _session_of_folder(self, draft: m.SessionDraft, claim: bool) -> int | None:
        """The session this folder filled before, or the one from elsewhere it describes.

        A session of the same title and date that came from a web page or a CSV takes the
        folder's files, so importing a page and then its folder gives one session. The folder
        then claims it (a folder claim, as its ``source_url`` stays the page's), so that a
        second folder of the same name becomes a session of its own.
        """
        marker = draft.source_url or ""
        with self._cat.uow() as uow:
            marked = uow.sessions.sessions_with_source(marker)
            if marked:
                return marked[0]
            claims = uow.sessions.folder_claims()
            live = set(uow.sessions.find_sessions_by_title_date(draft.title, draft.date))
            claimed = claims.get(marker)
            if claimed is not None and uow.sessions.session_is_live(claimed):
                return claimed
            taken = set(claims.values())
            for session_id in sorted(live - taken):
                source = uow.sessions.get_session(session_id).source_url or ""
                if source.startswith("file:"):
                    continue
                if claim:
                    uow.sessions.claim_for_folder(marker, session_id)
                    uow.commit()
                return session_id
        return None

    def _not_yet_attached(
        self, session_id: int, files: Sequence[Path], report: ImportReport
    ) -> list[Path]:
        """Files whose content the session does not hold yet (hashing, not copying)."""
        fresh: list[Path] = []
        for path in files:
            try:
                check_regular_file(path)  # hashing a FIFO or /dev/zero would never end
                digest = sha256_of(path)
            except InputFileError as exc:
                report.refuse(str(path), exc.reason)
                continue
            except OSError as exc:
                report.refuse(str(path), f"cannot be read ({exc.strerror or exc})")
                continue
            with self._cat.uow() as uow:
                known = uow.files.attached_with_hash(session_id, digest)
            if known is not None:
                report.duplicates.append(f"{path} (already attached)")
            else:
                fresh.append(path)
        return fresh

    def _keep_page(self, session_id: int, page: Path, report: ImportReport) -> None:
        try:
            data = read_capped(page, MAX_PAGE_BYTES, "a web page")
        except InputFileError as exc:
            report.refuse(str(page), exc.reason)
            return
        with self._cat.files.adding(), self._cat.uow() as uow:
            stored = self._cat.files.write_bytes(data, ".html", subdir="snapshots")
            if not uow.sessions.has_snapshot(session_id, stored.sha256):
                uow.sessions.add_snapshot(
                    session_id, page.resolve().as_uri(), stored.stored_path, stored.sha256
                )
                uow.commit()

    # ------------------------------------------------------------------ JSON exchange

    def exchange_document(self, ids: Sequence[int] | None = None) -> dict[str, Any]:
        """The whole library (or ``ids``) as an id-independent exchange document.

        Lossless means the trash too: those sessions carry their ``deleted_at``, and an import
        puts them back in the trash.
        """
        with self._cat.uow() as uow:
            if ids is not None:
                session_ids = list(ids)
            else:
                session_ids = uow.query.session_ids(m.SessionFilter())
                session_ids += uow.query.session_ids(m.SessionFilter(trash=True))
            data = ExchangeInput(
                sessions=uow.sessions.sessions_for_export(session_ids),
                people=uow.people.list_people(),
                organisations=uow.people.list_organisations(),
                series=uow.query.series_counts(),
                whole_library=ids is None,
            )
        return build_exchange(data)

    def export_json(
        self, target: Path, ids: Sequence[int] | None = None, *, with_files: bool = False
    ) -> ExportResult:
        """Write the exchange JSON; with files, copy them into ``files/`` beside it."""
        document = self.exchange_document(ids)
        output_target(target)  # a folder or a device is refused before anything is copied
        copied = 0
        missing: list[str] = []
        if with_files:
            for stored_path, relative in files_of(document):
                try:
                    source = self._cat.files.resolve(stored_path)
                    # Computed from catalogue values: checked, never written outside the folder.
                    destination = confined(target.parent, relative)
                except FileStoreError as exc:
                    missing.append(f"{stored_path} ({exc})")
                    continue
                if not source.is_file():
                    missing.append(stored_path)
                    continue
                if not destination.exists():
                    destination.parent.mkdir(parents=True, exist_ok=True)
                    copy_out(source, destination)
                copied += 1
        write_exchange(document, target)
        return ExportResult(str(target), len(document["sessions"]), copied, tuple(missing))

    def import_json(
        self,
        path: Path,
        *,
        dry_run: bool = False,
        force: bool = False,
        progress: ImportProgress | None = None,
        allow_linked: bool = False,
    ) -> ImportReport:
        """Import an exchange file; people and organisations are matched, never duplicated.

        Files come from the exchange file's folder (or this library); a file the exchange
        file says is linked in place elsewhere on this machine is refused unless
        ``allow_linked``, and then listed in the report's ``linked``.
        """
        return self.import_document(
            load_exchange(path),
            path.parent,
            dry_run=dry_run,
            force=force,
            progress=progress,
            allow_linked=allow_linked,
        )

    def import_document(
        self,
        document: Any,
        base: Path,
        *,
        dry_run: bool = False,
        force: bool = False,
        progress: ImportProgress | None = None,
        allow_linked: bool = False,
    ) -> ImportReport:
        document = check_exchange(document)
        report = ImportReport("json", dry_run=dry_run)
        people = {
            p["key"]: p for p in document.get("people", []) if isinstance(p, dict) and "key" in p
        }
        known_orgs = {
            o["key"]
            for o in document.get("organisations", [])
            if isinstance(o, dict) and "key" in o
        }
        parsed: list[ExchangeSession] = []
        records = document.get("sessions", [])
        for number, record in enumerate(records, start=1):
            title = str(record.get("title") or "") if isinstance(record, dict) else ""
            label = f"session {number}" + (f" ({title})" if title else "")
            try:
                item = exchange_session(record, people, known_orgs)
            except (ValidationError, AttributeError, TypeError) as exc:
                report.refuse(label, str(exc))
                continue
            existing = None if force else self._duplicate_of(item.draft)
            if existing is not None:
                report.duplicates.append(f"{_draft_label(item.draft)} (already session {existing})")
                continue
            parsed.append(item)
        # Where each file comes from is checked before anything is written, the same way for
        # the dry run: a session whose files cannot be taken is refused on its own.
        located: list[ExchangeSession] = []
        for item in parsed:
            plan = ImportReport("json", dry_run=True)
            try:
                for entry in _file_entries(item):
                    self._locate(entry, base, allow_linked, plan)
            except ArchiveError as exc:
                report.refuse(_draft_label(item.draft), str(exc))
                continue
            located.append(item)
            if dry_run:
                report.planned.append(_draft_label(item.draft))
                report.missing += plan.missing
                report.linked += plan.linked
        if dry_run:
            return report
        parsed = located
        # Everything was checked above, the dry run included; the sessions are now written in
        # one transaction, so an import is saved whole or not at all. The copies stay protected
        # from deletes until the rows naming them are committed, and are removed on failure.
        try:
            with adding_files(self._cat) as brought:
                paths: dict[int, tuple[str, bool]] = {}
                for index, item in enumerate(parsed):
                    if _cancelled(progress, index, len(parsed), item.draft.title):
                        raise _ImportCancelled
                    for entry in _file_entries(item):
                        paths[id(entry)] = self._bring_file(
                            entry, base, report, brought, allow_linked
                        )
                created: list[int] = []
                with self._cat.uow() as uow:
                    person_ids, org_ids = self._authority_records(uow, document, people)
                    for item in parsed:
                        for speaker, pkey, okey in zip(
                            item.draft.speakers, item.person_keys, item.org_keys, strict=True
                        ):
                            speaker.person_id = person_ids[pkey]
                            speaker.organisation_id = org_ids.get(okey) if okey else None
                        created.append(self._write_exchange_session(uow, item, paths))
                    uow.commit()
        except _ImportCancelled:
            report.cancelled = True
            report.missing.clear()
            report.linked.clear()
            return report
        except (ArchiveError, KeyError, ValueError, TypeError) as exc:
            raise ArchiveError(f"Nothing was imported: {exc or exc.__class__.__name__}") from exc
        report.created += created
        for item in parsed:
            report.attached += [
                e["original_name"]
                for e in _file_entries(item)
                if _entry_label(e) not in report.missing
            ]
        if progress is not None:
            progress(len(parsed), len(parsed), "")
        return report

    @staticmethod
    def _authority_records(
        uow: UnitOfWork, document: dict[str, Any], people: dict[str, dict[str, Any]]
    ) -> tuple[dict[str, int], dict[str, int]]:
        person_ids: dict[str, int] = {}
        org_ids: dict[str, int] = {}
        for series in document.get("series", []):
            if isinstance(series, dict) and str(series.get("name") or "").strip():
                uow.people.ensure_series(
                    str(series["name"]),
                    series.get("organiser"),
                    series.get("url"),
                    series.get("description") or "",
                )
        for org in org_order(document.get("organisations", [])):
            if not str(org.get("name") or "").strip():
                continue
            org_ids[org["key"]] = uow.people.ensure_organisation(
                str(org["name"]),
                org.get("acronym"),
                [str(a) for a in org.get("aliases") or []],
                org.get("identifier"),
                org_ids.get(org.get("parent") or ""),
            )
        for key, person in people.items():
            if not str(person.get("display_name") or "").strip():
                continue
            person_ids[key] = uow.people.ensure_person(
                str(person["display_name"]),
                person.get("sort_name"),
                [str(a) for a in person.get("aliases") or []],
                person.get("notes") or "",
            )
        return person_ids, org_ids

    def _locate(
        self, entry: dict[str, Any], base: Path, allow_linked: bool, report: ImportReport
    ) -> tuple[Path, bool] | None:
        """The entry's file, and whether to link it; None when it is missing (a reference).

        Only the exchange file's folder ``base`` and this library's store are searched, each
        path confined to its folder. A file linked in place elsewhere is taken only when the
        user allows it, and is listed in ``report.linked``. ArchiveError refuses the entry.
        """
        name = str(entry["original_name"])
        stored = str(entry["stored_path"])
        sha = str(entry.get("sha256") or "")
        linked = bool(entry.get("linked")) and Path(stored).is_absolute()
        try:
            if linked and allow_linked and Path(stored).is_file():
                report.linked.append(f"{name}: {stored}")
                return Path(stored), True
            candidates: list[Path] = []
            if sha:
                candidates.append(confined(base, exchange_file_path(sha, stored)))
            if not linked:
                candidates.append(confined(base, stored))
        except FileStoreError as exc:
            raise ValidationError(f"{name}: {exc}") from exc
        if not linked:
            # A path this library's store would not read leaves the bundle the only place.
            with suppress(FileStoreError):
                candidates.append(self._cat.files.resolve(stored))
        for path in candidates:
            if path.is_file():
                return path, False
        if linked:
            if not allow_linked:
                raise ValidationError(
                    f"{name} is linked to {stored}, a file outside the exchange file's folder: "
                    "not imported. Pass --allow-linked to link such files in place."
                )
            report.linked.append(f"{name}: {stored}")
        else:
            try:
                # Kept as a reference, the path must be one the store may later read or delete.
                self._cat.files.resolve(stored)
            except FileStoreError as exc:
                raise ValidationError(f"{name}: {exc}") from exc
        report.missing.append(_entry_label(entry))
        return None

    def _bring_file(
        self,
        entry: dict[str, Any],
        base: Path,
        report: ImportReport,
        brought: list[StoredFile],
        allow_linked: bool,
    ) -> tuple[str, bool]:
        """Copy (or link) the entry's file into the library; a missing one stays a reference."""
        found = self._locate(entry, base, allow_linked, report)
        if found is None:
            return str(entry["stored_path"]), bool(entry.get("linked"))
        path, link = found
        stored = self._cat.files.add(path, link=link)
        if entry.get("sha256") and stored.sha256 != entry["sha256"]:
            report.warnings.append(
                f"{entry['original_name']}: the file found differs from the one exported "
                "(other content); it was attached anyway."
            )
        brought.append(stored)
        return stored.stored_path, stored.linked

    @staticmethod
    def _write_exchange_session(
        uow: UnitOfWork, item: ExchangeSession, paths: dict[int, tuple[str, bool]]
    ) -> int:
        session_id = uow.sessions.add_session(item.draft)
        app_ids = uow.sessions.appearance_ids(session_id)

        def appearance(index: Any) -> int | None:
            if isinstance(index, int) and 0 <= index < len(app_ids):
                return app_ids[index]
            return None

        rec_ids: list[int] = []
        for rec in item.recordings:
            stored_path, linked = paths[id(rec)]
            recording = m.RecordingDraft(
                file=m.FileRef(
                    original_name=str(rec["original_name"]),
                    media_type=str(rec.get("media_type") or "application/octet-stream"),
                    size=int(rec.get("size") or 0),
                    sha256=str(rec.get("sha256") or ""),
                    stored_path=stored_path,
                    linked=linked,
                ),
                duration_ms=rec.get("duration_ms"),
                container=rec.get("container"),
                video_codec=rec.get("video_codec"),
                audio_codec=rec.get("audio_codec"),
                width=rec.get("width"),
                height=rec.get("height"),
                resume_ms=int(rec.get("resume_ms") or 0),
                watched=bool(rec.get("watched")),
                probe_warning=rec.get("probe_warning"),
                added_at=parse_datetime(rec.get("added_at")),
            )
            rid = uow.parts.add_recording(session_id, recording, [])
            for chapter in rec.get("chapters") or []:
                uow.parts.add_chapter(
                    rid,
                    int(chapter["start_ms"]),
                    chapter.get("end_ms"),
                    str(chapter.get("title") or ""),
                    appearance(chapter.get("appearance")),
                )
            for note in rec.get("notes") or []:
                uow.parts.add_note(
                    rid,
                    int(note["at_ms"]),
                    str(note.get("text") or ""),
                    parse_datetime(note.get("created_at")),
                )
            for track in rec.get("subtitles") or []:
                track_path, _ = paths[id(track)]
                uow.parts.add_subtitle(
                    rid,
                    m.SubtitleDraft(
                        original_name=str(track["original_name"]),
                        stored_path=track_path,
                        sha256=str(track.get("sha256") or ""),
                        language=track.get("language"),
                        label=str(track.get("label") or ""),
                    ),
                    [m.TranscriptCue(int(a), int(b), str(t)) for a, b, t in track.get("cues", [])],
                )
            rec_ids.append(rid)
        for mat in item.materials:
            stored_path, linked = paths[id(mat)]
            pages = [str(p) for p in mat.get("pages") or []]
            rec_index = mat.get("recording")
            material = m.MaterialDraft(
                file=m.FileRef(
                    original_name=str(mat["original_name"]),
                    media_type=str(mat.get("media_type") or "application/octet-stream"),
                    size=int(mat.get("size") or 0),
                    sha256=str(mat.get("sha256") or ""),
                    stored_path=stored_path,
                    linked=linked,
                ),
                title=str(mat.get("title") or mat["original_name"]),
                kind=m.MaterialKind(mat.get("kind") or "other"),
                page_count=mat.get("page_count"),
                text="\n\f".join(pages),
                extraction_warning=mat.get("extraction_warning"),
                appearance_id=appearance(mat.get("appearance")),
                recording_id=(
                    rec_ids[rec_index]
                    if isinstance(rec_index, int) and 0 <= rec_index < len(rec_ids)
                    else None
                ),
                shown_at_ms=mat.get("shown_at_ms"),
                added_at=parse_datetime(mat.get("added_at")),
            )
            uow.parts.add_material(session_id, material, pages)
        uow.sessions.set_session_times(
            session_id, item.created_at, item.updated_at, item.deleted_at
        )
        return session_id

    # ------------------------------------------------------------------ CSV

    def sessions(self, ids: Sequence[int] | None = None) -> list[m.Session]:
        """Whole sessions (default: all but the trash), loaded in batches, in ``ids`` order."""
        with self._cat.uow() as uow:
            session_ids = list(ids) if ids is not None else uow.query.session_ids(m.SessionFilter())
            loaded = uow.sessions.sessions_for_export(session_ids, extras=False)
        return [session for session, _ in loaded]

    def export_csv(self, target: Path, ids: Sequence[int] | None = None) -> ExportResult:
        sessions = self.sessions(ids)
        write_sessions_csv(sessions, target)
        return ExportResult(str(target), len(sessions))

    def import_csv(
        self,
        path: Path,
        *,
        dry_run: bool = False,
        force: bool = False,
        progress: ImportProgress | None = None,
    ) -> ImportReport:
        """One session per row; a bad row is refused with its row number, the rest imported."""
        try:
            text = decode_csv(read_capped(path, CSV_LIMIT, "a CSV file"))
        except OSError as exc:
            raise ArchiveError(f"Cannot read {path}: {exc.strerror or exc}") from exc
        parsed = parse_csv(text)
        report = ImportReport("csv", dry_run=dry_run)
        for row, reason in parsed.errors:
            report.refuse(f"row {row}", reason)
        drafts = [s.draft for s in parsed.sessions]
        saved = self._save_all(
            drafts, force=force, page=None, dry_run=dry_run, progress=progress, kind="csv"
        )
        saved.refused = report.refused + saved.refused
        return saved


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def _draft_label(draft: m.SessionDraft) -> str:
    when = f"{draft.date.isoformat()} " if draft.date else ""
    return f"{when}{draft.title}".strip()


def _file_entries(item: ExchangeSession) -> list[dict[str, Any]]:
    entries: list[dict[str, Any]] = list(item.materials)
    for rec in item.recordings:
        entries.append(rec)
        entries.extend(x for x in rec.get("subtitles") or [] if isinstance(x, dict))
    return entries


def _entry_label(entry: dict[str, Any]) -> str:
    sha = str(entry.get("sha256") or "")
    return f"{entry.get('original_name')} ({sha[:12]}…)" if sha else str(entry.get("original_name"))


def _stand_in_title(draft: m.SessionDraft) -> str:
    """ "Series, 7 May 2024" for a page that never states its session's title."""
    when = f"{draft.date.day} {draft.date:%B %Y}" if draft.date else None
    return ", ".join(x for x in (draft.series, when) if x)
