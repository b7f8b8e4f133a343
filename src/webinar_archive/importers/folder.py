"""Reading a folder of session files: which folders are sessions, their files, title and date."""

from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..domain import model as m
from ..domain.errors import ValidationError
from ..domain.input_files import (
    PAGE_LIMIT,
    SUMMARY_LIMIT,
    InputFileError,
    check_regular_file,
    read_capped,
)
from ..domain.messages import _t, _tn
from ..domain.text import is_storable
from ..domain.time import check_timezone
from ..media import kinds
from ..media.text_encoding import read_legacy_text
from .spreadsheet import parse_csv_date, parse_speakers

log = logging.getLogger(__name__)

PAGE_SUFFIXES = {".html", ".htm"}
SUMMARY_NAMES = {"summary.md", "summary.txt"}

# "2020-09-11 S3 cooperation", "20200911_S3", "2020_09_11 - S3"
_LEADING_DATE = re.compile(
    r"^(?P<y>\d{4})[-_. ]?(?P<m>\d{2})[-_. ]?(?P<d>\d{2})(?:[ _\-–.]+(?P<rest>.*))?$"
)


def _attachable(path: Path) -> bool:
    return (
        kinds.is_recording(path)
        or kinds.is_subtitle(path)
        or kinds.material_kind(path) in {"pdf", "slides", "document", "image"}
    )


def _marks_session(path: Path) -> bool:
    return (
        kinds.is_recording(path)
        or kinds.is_subtitle(path)
        or kinds.material_kind(path) in {"pdf", "slides"}
        or path.suffix.lower() in PAGE_SUFFIXES
        or path.name.lower() in SUMMARY_NAMES
    )


def _visible(path: Path) -> bool:
    return not path.name.startswith(".")


def _children(folder: Path) -> list[Path]:
    """The visible entries of ``folder``; OSError when it cannot be listed."""
    return sorted((p for p in folder.iterdir() if _visible(p)), key=lambda p: p.name.lower())


def _is_dir(path: Path) -> bool:
    try:
        return path.is_dir()
    except OSError:  # a link target too long to follow, say: planning tells why
        return False


def _is_file(path: Path) -> bool:
    try:
        return path.is_file()
    except OSError:
        return False


def _not_a_file(path: Path) -> str:
    """Why an entry that is neither a folder nor a regular file cannot be attached."""
    try:
        path.stat()
    except FileNotFoundError:
        return _t("a link whose target was not found")
    except OSError:
        pass  # a loop, a name too long: the check below words it
    try:
        check_regular_file(path)
    except InputFileError as exc:
        return exc.reason
    return _t("not a regular file")


def is_session_folder(folder: Path) -> bool:
    """A folder is one session when it directly holds media, slides, a saved page or a summary."""
    return any(_marks_session(p) for p in _children(folder) if not _is_dir(p))


@dataclass(slots=True)
class FolderScan:
    """The session folders under a root, and the folders that could not be read."""

    folders: list[Path] = field(default_factory=list)
    problems: list[tuple[Path, str]] = field(default_factory=list)


def scan_session_folders(root: Path) -> FolderScan:
    """``root`` itself when it is a session folder, else every session folder below it.

    A folder that cannot be listed is a problem of its own (path and reason), so that a caller
    can say which part of the tree was not imported; the other folders are still found.
    """
    if not root.is_dir():
        raise ValidationError(_t("Not a folder: {root}").format(root=root))
    scan = FolderScan()
    _scan(root, scan)
    return scan


def _scan(folder: Path, scan: FolderScan) -> None:
    try:
        if is_session_folder(folder):
            scan.folders.append(folder)
            return
        children = _children(folder)
    except OSError as exc:
        scan.problems.append(
            (
                folder,
                f"the folder cannot be read ({exc.strerror or exc}); nothing in it was imported",
            )
        )
        return
    for child in children:
        # A browser's "save complete page" folder belongs to its page, not to a session.
        if _is_dir(child) and not child.is_symlink() and not child.name.endswith("_files"):
            _scan(child, scan)


def find_session_folders(root: Path) -> list[Path]:
    """The session folders of :func:`scan_session_folders` (unreadable folders left out)."""
    return scan_session_folders(root).folders


def folder_marker(folder: Path) -> str:
    """The ``source_url`` a session imported from ``folder`` carries, so re-imports find it."""
    return folder.resolve().as_uri()


@dataclass(slots=True)
class FolderPlan:
    """What one session folder will become."""

    folder: Path
    draft: m.SessionDraft
    files: list[Path] = field(default_factory=list)
    page: Path | None = None
    summaries: list[Path] = field(default_factory=list)  # read for the session's fields
    unsupported: list[Path] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # Entries that cannot be attached as they are, and why (each a refusal of its own).
    problems: list[tuple[Path, str]] = field(default_factory=list)


def title_from_folder_name(name: str) -> tuple[str, dt.date | None]:
    """``"2020-09-11 S3 cooperation"`` -> ``("S3 cooperation", date(2020, 9, 11))``."""
    clean = name.replace("_", " ").strip()
    match = _LEADING_DATE.match(name.strip())
    if match:
        try:
            date = dt.date(int(match["y"]), int(match["m"]), int(match["d"]))
        except ValueError:
            date = None
        if date is not None:
            rest = (match["rest"] or "").replace("_", " ").strip(" -–")
            return (" ".join(rest.split()) or clean), date
    return " ".join(clean.split()), None


def _front_matter(text: str) -> tuple[dict[str, Any], str]:
    """A small ``key: value`` / ``- item`` front matter between ``---`` lines, and the body."""
    lines = text.splitlines()
    if not lines or lines[0].strip() != "---":
        return {}, text
    fields: dict[str, Any] = {}
    current: str | None = None
    for index, line in enumerate(lines[1:], start=1):
        if line.strip() in ("---", "..."):
            return fields, "\n".join(lines[index + 1 :])
        item = re.match(r"^\s*-\s+(.*)$", line)
        if item and current is not None:
            existing = fields.get(current)
            values = existing if isinstance(existing, list) else []
            values.append(_unquote(item.group(1)))
            fields[current] = values
            continue
        pair = re.match(r"^([A-Za-z_][\w -]*):\s*(.*)$", line)
        if pair:
            current = pair.group(1).strip().lower().replace(" ", "_")
            fields[current] = _unquote(pair.group(2)) if pair.group(2).strip() else []
    return {}, text  # no closing line: not front matter after all


def _unquote(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1]
    return value


def _as_list(value: Any) -> list[str]:
    if isinstance(value, list):
        return [str(v) for v in value if str(v).strip()]
    return [v.strip() for v in re.split(r"[;,]", str(value)) if v.strip()]


def read_summary(path: Path) -> tuple[m.SessionDraft, list[str]]:
    """Fields of a ``summary.md``/``summary.txt``: front matter, first heading as title, body."""
    warnings: list[str] = []
    text = read_legacy_text(path, SUMMARY_LIMIT, _t("a summary"))
    fields, body = _front_matter(text)
    draft = m.SessionDraft(title=str(fields.get("title") or "").strip())
    body_lines = body.strip("\n").splitlines()
    first = next((i for i, line in enumerate(body_lines) if line.strip()), None)
    if first is not None:
        heading = re.match(r"^#\s+(.+?)\s*#*\s*$", body_lines[first])
        if heading:
            if not draft.title:
                draft.title = heading.group(1).strip()
            del body_lines[first]
    draft.summary = "\n".join(body_lines).strip()
    for key in ("series", "theme", "language", "timezone"):
        if isinstance(fields.get(key), str) and fields[key]:
            setattr(draft, key, fields[key])
    try:
        draft.timezone = check_timezone(draft.timezone)
    except ValidationError as exc:
        draft.timezone = None
        warnings.append(_t("{name}: {exc}; left out").format(name=path.name, exc=exc))
    try:
        if isinstance(fields.get("date"), str) and fields["date"]:
            draft.date = parse_csv_date(fields["date"])
        if isinstance(fields.get("time"), str) and fields["time"]:
            draft.start_time = dt.time.fromisoformat(fields["time"])
    except (ValidationError, ValueError) as exc:
        warnings.append(f"{path.name}: {exc}")
    if fields.get("speakers"):
        try:
            draft.speakers = parse_speakers("; ".join(_as_list(fields["speakers"])))
        except ValidationError as exc:
            warnings.append(f"{path.name}: {exc}")
    if fields.get("tags"):
        draft.tags = _as_list(fields["tags"])
    return draft, warnings


def read_page(path: Path) -> tuple[m.SessionDraft | None, list[str]]:
    """The first session a saved page describes, through the page extractor."""
    # Imported here: lxml and charset detection are loaded only when a folder holds a page.
    from . import page

    try:
        data = read_capped(path, PAGE_LIMIT, _t("a web page"))
    except InputFileError as exc:
        return None, [str(exc)]
    try:
        extracted = page.extract_page(data, url=path.resolve().as_uri(), content_type="text/html")
    except Exception as exc:  # a damaged page must not stop the folder's files
        return None, [
            _t("{name} could not be read as a session page ({exc}).").format(
                name=path.name, exc=exc
            )
        ]
    if not extracted:
        return None, [_t("{name}: no session found in the page.").format(name=path.name)]
    warnings = list(extracted[0].warnings)
    if len(extracted) > 1:
        n = len(extracted)
        warnings.append(
            _tn(
                "{name} describes {count} session; the first was used.",
                "{name} describes {count} sessions; the first was used.",
                n,
            ).format(name=path.name, count=n)
        )
    return extracted[0].draft, warnings


def _fill(target: m.SessionDraft, source: m.SessionDraft) -> None:
    """Copy the fields ``target`` lacks from ``source``."""
    for name in (
        "title",
        "series",
        "theme",
        "date",
        "start_time",
        "timezone",
        "language",
        "source_url",
        "retrieved_at",
    ):
        if not getattr(target, name) and getattr(source, name):
            setattr(target, name, getattr(source, name))
    if not target.duration_minutes and source.duration_minutes:
        target.duration_minutes = source.duration_minutes
    if not target.summary.strip() and source.summary.strip():
        target.summary = source.summary
    if not target.speakers and source.speakers:
        target.speakers = list(source.speakers)
    if not target.tags and source.tags:
        target.tags = list(source.tags)
    if not target.links and source.links:
        target.links = list(source.links)


def plan_folder(folder: Path) -> FolderPlan:
    """Read one session folder (no writing): files to attach, the page, and the session fields.

    ValidationError when the folder's own path is not text; OSError when it cannot be listed.
    """
    if not is_storable(str(folder)):
        raise ValidationError(
            _t("the folder's name is not valid UTF-8 text, so it cannot be recorded: rename it")
        )
    plan = FolderPlan(folder=folder, draft=m.SessionDraft(title=""))
    children: list[Path] = []
    for path in _children(folder):
        if _is_dir(path):
            continue
        if not is_storable(path.name):
            plan.problems.append(
                (path, "the file name is not valid UTF-8 text: rename the file and import again")
            )
        elif not _is_file(path):
            plan.problems.append((path, _not_a_file(path)))
        else:
            children.append(path)
    pages = [p for p in children if p.suffix.lower() in PAGE_SUFFIXES]
    pages.sort(key=lambda p: (p.stem.lower() != "index", p.name.lower()))
    summaries = [p for p in children if p.name.lower() in SUMMARY_NAMES]
    plan.page = pages[0] if pages else None
    plan.summaries = summaries
    for path in children:
        if path == plan.page or path in summaries:
            continue
        if _attachable(path):
            plan.files.append(path)
        else:
            plan.unsupported.append(path)
    if plan.page is not None:
        page_draft, warnings = read_page(plan.page)
        plan.warnings += warnings
        if page_draft is not None:
            _fill(plan.draft, page_draft)
    for summary in sorted(summaries, key=lambda p: p.suffix.lower() != ".md"):
        try:
            summary_draft, warnings = read_summary(summary)
        except InputFileError as exc:
            plan.warnings.append(str(exc))
            continue
        plan.warnings += warnings
        _fill(plan.draft, summary_draft)
    name_title, name_date = title_from_folder_name(folder.name)
    _fill(plan.draft, m.SessionDraft(title=name_title, date=name_date))
    web = plan.draft.source_url
    if web and web.startswith(("http:", "https:")) and all(x.url != web for x in plan.draft.links):
        # The marker takes source_url; the page's own address stays reachable as a link.
        plan.draft.links.append(m.LinkDraft(m.LinkKind.MORE_INFO, web, "Original page"))
    plan.draft.source_url = folder_marker(folder)
    return plan
