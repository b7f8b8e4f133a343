"""Errors the archive raises to its callers; each carries a message fit to show a user."""

from __future__ import annotations

from .messages import _mark, _t

# One whole sentence per kind of record: a translation cannot build "no <kind>" from a noun (its
# case and gender change the words around it).
_NOT_FOUND = {
    "session": _mark("No session with id {ident}."),
    "series": _mark("No series with id {ident}."),
    "recording": _mark("No recording with id {ident}."),
    "material": _mark("No material with id {ident}."),
    "chapter": _mark("No chapter with id {ident}."),
    "note": _mark("No note with id {ident}."),
    "subtitle track": _mark("No subtitle track with id {ident}."),
    "person": _mark("No person with id {ident}."),
    "organisation": _mark("No organisation with id {ident}."),
    "tag": _mark("No tag {ident}."),
}
_CHANGED = {
    "session": _mark(
        "The session was changed elsewhere while you edited it. Reload it and try again."
    ),
    "person": _mark(
        "The person was changed elsewhere while you edited it. Reload it and try again."
    ),
    "organisation": _mark(
        "The organisation was changed elsewhere while you edited it. Reload it and try again."
    ),
}
_CHANGED_ANY = _mark(
    "The record was changed elsewhere while you edited it. Reload it and try again."
)


class ArchiveError(Exception):
    """Base of every error the archive reports to a user (CLI or GUI) without a traceback."""


class NotFoundError(ArchiveError):
    """A record addressed by id does not exist (or is in the trash when that matters)."""

    def __init__(self, kind: str, ident: int | str) -> None:
        message = _NOT_FOUND.get(kind, _mark("No {kind} with id {ident}."))
        super().__init__(_t(message).format(kind=kind, ident=ident))
        self.kind = kind
        self.ident = ident


class ValidationError(ArchiveError):
    """Input that cannot be stored as it is (empty title, malformed date, unknown kind ...)."""


class ConflictError(ArchiveError):
    """Someone else changed the record since it was read (optimistic concurrency)."""

    def __init__(
        self, kind: str, ident: int | None, expected: int | None = None, actual: int | None = None
    ) -> None:
        if expected is None or actual is None:
            message = _t(_CHANGED.get(kind, _CHANGED_ANY))
        else:
            versions = (
                _mark(
                    "Session {ident} was changed elsewhere (now version {actual}, you edited "
                    "version {expected}). Reload it and apply your change again."
                )
                if kind == "session"
                else _mark(
                    "Record {ident} was changed elsewhere (now version {actual}, you edited "
                    "version {expected}). Reload it and apply your change again."
                )
            )
            message = _t(versions).format(ident=ident, actual=actual, expected=expected)
        super().__init__(message)
        self.kind = kind
        self.ident = ident
        self.expected = expected
        self.actual = actual


class DuplicateFileError(ArchiveError):
    """The same content is already attached to this session."""

    def __init__(self, name: str, sha256: str, existing_id: int) -> None:
        super().__init__(
            _t("{name} is already attached to this session (same content, {hash}…).").format(
                name=name, hash=sha256[:12]
            )
        )
        self.name = name
        self.sha256 = sha256
        self.existing_id = existing_id


class LibraryError(ArchiveError):
    """The library folder or catalogue cannot be opened, created or upgraded."""


class FileStoreError(ArchiveError):
    """A file could not be read, copied or found in the library's file store."""
