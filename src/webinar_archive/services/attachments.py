"""Attaching files to sessions: copy or link, hash, detect duplicates, extract text, probe media."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from ..domain import model as m
from ..domain.errors import ArchiveError, DuplicateFileError, NotFoundError, ValidationError
from ..domain.input_files import InputFileError, check_regular_file
from ..domain.messages import _mark, _t
from ..domain.os_errors import plain_reason
from ..domain.progress import Progress, ReportProgress
from ..domain.text import is_storable, printable
from ..media import kinds
from ..media.extract import extract
from ..media.probe import ProbeResult, probe_recording
from ..storage.catalogue import Catalogue
from ..storage.filestore import Incoming, StoredFile

# A copy made beforehand of a file about to be attached (services/copy_ahead.py), or None.
CopiedAhead = Callable[[Path, ReportProgress | None], Incoming | None]


def expand_paths(paths: Iterable[Path]) -> list[Path]:
    """Files named, and the files inside folders named (recursively, hidden ones left out)."""
    result: list[Path] = []
    for path in paths:
        if path.is_dir():
            result.extend(
                p
                for p in sorted(path.rglob("*"))
                if p.is_file()
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
        else:
            result.append(path)
    # Recordings first, so that subtitles beside them find them.
    return sorted(
        result, key=lambda p: 0 if kinds.is_recording(p) else 1 if not kinds.is_subtitle(p) else 2
    )


class AttachmentService:
    def __init__(self, catalogue: Catalogue) -> None:
        self._cat = catalogue

    def path_of(self, stored_path: str) -> Path:
        return self._cat.files.resolve(stored_path)

    def attach(
        self,
        session_id: int,
        paths: Sequence[Path],
        *,
        link: bool = False,
        progress: ReportProgress | None = None,
        probed: Callable[[Path], ProbeResult | None] | None = None,
        copied: CopiedAhead | None = None,
    ) -> list[m.AttachResult]:
        """Attach every file (folders are expanded); one bad file does not stop the others.

        ``progress`` follows the bytes of each file; when it says stop, ``Cancelled`` is raised
        and the file being copied is left out (the files before it stay attached).
        ``probed`` gives, once a recording is copied, what probing that same file found earlier
        (probed with its own name), or None to probe it now. ``copied`` gives the flushed copy
        of a file made beforehand, or None to copy it now (not used with ``link``).
        """
        with self._cat.uow() as uow:
            # NotFoundError before any copying; one column read, not the whole session (the
            # folder import attaches file by file, and reading the session cost more than
            # copying a small file).
            uow.sessions.session_version(session_id)
        files = expand_paths(paths)
        results: list[m.AttachResult] = []
        for index, path in enumerate(files):
            per_file = None
            if progress is not None:
                per_file = _file_progress(progress, path.name, index, len(files))

            try:
                results.append(self._attach_one(session_id, path, link, per_file, probed, copied))
            except DuplicateFileError as exc:
                results.append(
                    m.AttachResult(printable(path), duplicate_of=exc.existing_id, warning=str(exc))
                )
            except InputFileError as exc:
                results.append(m.AttachResult(printable(path), error=exc.reason))
            except ArchiveError as exc:
                results.append(m.AttachResult(printable(path), error=str(exc)))
            except OSError as exc:
                results.append(m.AttachResult(printable(path), error=plain_reason(exc)))
        if progress is not None:
            progress(Progress("", len(files), len(files)))
        return results

    def _attach_one(
        self,
        session_id: int,
        path: Path,
        link: bool,
        progress: ReportProgress | None,
        probed: Callable[[Path], ProbeResult | None] | None = None,
        copied: CopiedAhead | None = None,
    ) -> m.AttachResult:
        if not is_storable(str(path.absolute())):  # the catalogue keeps names as text
            raise ValidationError(
                _t(
                    "{printable}: the name is not valid UTF-8 text; rename the file and "
                    "attach it again."
                ).format(printable=printable(path))
            )
        check_regular_file(path)  # a FIFO or a device would block or never end the copy
        with adding_files(self._cat) as added:
            incoming = copied(path, progress) if copied is not None and not link else None
            if incoming is not None:
                stored = self._cat.files.place(incoming)
            else:
                stored = self._cat.files.add(path, link=link, progress=progress)
            added.append(stored)
            with self._cat.uow() as uow:
                existing = uow.files.attached_with_hash(session_id, stored.sha256)
            if existing is not None:
                raise DuplicateFileError(path.name, stored.sha256, existing[1])
            if kinds.is_recording(path):
                known = probed(path) if probed is not None else None
                return self._add_recording(session_id, path, stored, known)
            if kinds.is_subtitle(path):
                return self._add_subtitle(session_id, path, stored)
            return self._add_material(session_id, path, stored)

    def _common(self, path: Path, stored: StoredFile) -> m.FileRef:
        return m.FileRef(
            original_name=path.name,
            media_type=kinds.media_type(path),
            size=stored.size,
            sha256=stored.sha256,
            stored_path=stored.stored_path,
            linked=stored.linked,
        )

    def _add_material(self, session_id: int, path: Path, stored: StoredFile) -> m.AttachResult:
        info = extract(self._cat.files.resolve(stored.stored_path), path.name)
        draft = m.MaterialDraft(
            file=self._common(path, stored),
            title=info.title or path.stem.replace("_", " "),
            kind=m.MaterialKind(kinds.material_kind(path)),
            page_count=info.page_count,
            text="\n\f".join(info.pages),
            extraction_warning=info.warning,
        )
        with self._cat.uow() as uow:
            material_id = uow.parts.add_material(session_id, draft, info.pages)
            uow.commit()
        return m.AttachResult(str(path), material_id=material_id, warning=info.warning)

    def _add_recording(
        self, session_id: int, path: Path, stored: StoredFile, known: ProbeResult | None = None
    ) -> m.AttachResult:
        # The prober never raises: a damaged file comes back with a warning.
        probe = known or probe_recording(
            self._cat.files.resolve(stored.stored_path), name=path.name
        )
        file = dataclasses.replace(
            self._common(path, stored),
            media_type=kinds.recording_media_type(path, has_video=probe.has_video),
        )
        draft = m.RecordingDraft(
            file=file,
            duration_ms=probe.duration_ms,
            container=probe.container,
            video_codec=probe.video_codec,
            audio_codec=probe.audio_codec,
            width=probe.width,
            height=probe.height,
            probe_warning=probe.stored_warning,
        )
        with self._cat.uow() as uow:
            recording_id = uow.parts.add_recording(session_id, draft, probe.chapters)
            uow.commit()
        return m.AttachResult(str(path), recording_id=recording_id, warning=probe.warning)

    def _add_subtitle(self, session_id: int, path: Path, stored: StoredFile) -> m.AttachResult:
        with self._cat.uow() as uow:
            recordings = uow.parts.recordings_of(session_id)
        target = match_recording(path, recordings)
        if target is None:
            # Without a recording the file is kept as a document, so nothing is lost.
            result = self._add_material(session_id, path, stored)
            return m.AttachResult(
                result.path,
                material_id=result.material_id,
                warning=f"{path.name}: no recording to tie these subtitles to; kept as a document.",
            )
        return self.add_subtitle_to(target.id, path, stored)

    def add_subtitle_to(
        self, recording_id: int, path: Path, stored: StoredFile | None = None
    ) -> m.AttachResult:
        from ..media.subtitles import language_from_name, load_subtitles

        if stored is None:
            check_regular_file(path)  # as attach does: a FIFO would block the copy
            with adding_files(self._cat) as added:
                added.append(self._cat.files.add(path))
                return self.add_subtitle_to(recording_id, path, added[0])
        loaded = load_subtitles(self._cat.files.resolve(stored.stored_path), name=path.name)
        language = language_from_name(path.name)
        draft = m.SubtitleDraft(
            original_name=path.name,
            stored_path=stored.stored_path,
            sha256=stored.sha256,
            language=language,
            label=language or path.stem,
        )
        with self._cat.uow() as uow:
            track_id = uow.parts.add_subtitle(recording_id, draft, loaded.cues)
            uow.commit()
        warning = "; ".join(loaded.warnings) or None
        return m.AttachResult(str(path), subtitle_id=track_id, warning=warning)

    def detach_material(self, material_id: int) -> None:
        with _already_removed("material", material_id), self._cat.uow() as uow:
            path = uow.parts.remove_material(material_id)
            uow.commit()
        release_unused(self._cat, [path])

    def detach_recording(self, recording_id: int) -> None:
        with _already_removed("recording", recording_id), self._cat.uow() as uow:
            paths = uow.parts.remove_recording(recording_id)
            uow.commit()
        release_unused(self._cat, paths)

    def detach_subtitle(self, track_id: int) -> None:
        """Remove a subtitle track (and its transcript cues) from its recording."""
        with _already_removed("subtitle track", track_id), self._cat.uow() as uow:
            path = uow.parts.remove_subtitle(track_id)
            uow.commit()
        release_unused(self._cat, [path])

    def material(self, material_id: int) -> m.Material:
        with self._cat.uow() as uow:
            return uow.parts.get_material(material_id)

    def material_pages(self, material_id: int) -> list[str]:
        with self._cat.uow() as uow:
            return uow.parts.material_pages(material_id)


@contextmanager
def adding_files(catalogue: Catalogue) -> Iterator[list[StoredFile]]:
    """Add files to the store and commit the rows naming them inside this block.

    Until a row is committed nothing shows that a copy is used, so the block holds the store's
    shared lock: a delete of other rows with the same content waits instead of removing the
    file. Append what the store returns to the list given; when the block fails, the copies
    that ended up unused are removed again.
    """
    added: list[StoredFile] = []
    try:
        with catalogue.files.adding():
            yield added
    except BaseException:
        release_unused(catalogue, [s.stored_path for s in added if not s.linked])
        raise


def release_unused(catalogue: Catalogue, stored_paths: Iterable[str]) -> None:
    """Delete the stored copies among ``stored_paths`` that no row refers to any more.

    The check and the deletion happen under the store's exclusive lock, which every attach
    holds from copying until its row is committed: content shared with a file being attached
    right now is never lost. Linked originals are never deleted.
    """
    paths = sorted(set(stored_paths))
    if not paths:
        return
    with catalogue.files.removing():
        with catalogue.uow() as uow:
            unused = [p for p in paths if not uow.files.path_in_use(p)]
        catalogue.files.discard(unused)


def _file_progress(progress: ReportProgress, name: str, index: int, count: int) -> ReportProgress:
    text = f"Attaching {name} ({index + 1} of {count})"

    def report(step: Progress) -> bool:
        return progress(Progress(text, step.done, step.total))

    return report


def match_recording(subtitle: Path, recordings: Sequence[m.Recording]) -> m.Recording | None:
    """Tie ``talk.en.srt`` to ``talk.mp4``; the only recording when names say nothing."""
    stem = subtitle.name.lower()
    best: m.Recording | None = None
    for rec in recordings:
        rec_stem = Path(rec.original_name).stem.lower()
        if stem.startswith(rec_stem + ".") and (
            best is None or len(rec_stem) > len(Path(best.original_name).stem)
        ):
            best = rec
    if best is None and len(recordings) == 1:
        best = recordings[0]
    return best


@contextmanager
def _already_removed(kind: str, ident: int) -> Iterator[None]:
    """Removing what someone else removed meanwhile (a shared catalogue) says so plainly."""
    try:
        yield
    except NotFoundError as exc:
        if exc.kind != kind:
            raise
        raise ArchiveError(_t(_REMOVED[kind]).format(ident=ident)) from exc


_REMOVED = {
    "material": _mark(
        "The material {ident} is no longer in the catalogue: it was removed elsewhere (another "
        "window or another archivist) in the meantime. Nothing was changed."
    ),
    "recording": _mark(
        "The recording {ident} is no longer in the catalogue: it was removed elsewhere "
        "(another window or another archivist) in the meantime. Nothing was changed."
    ),
    "subtitle track": _mark(
        "The subtitle track {ident} is no longer in the catalogue: it was removed elsewhere "
        "(another window or another archivist) in the meantime. Nothing was changed."
    ),
}
