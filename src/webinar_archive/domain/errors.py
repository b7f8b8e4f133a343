"""Errors the archive raises to its callers; each carries a message fit to show a user."""

from __future__ import annotations


class ArchiveError(Exception):
    """Base of every error the archive reports to a user (CLI or GUI) without a traceback."""


class NotFoundError(ArchiveError):
    """A record addressed by id does not exist (or is in the trash when that matters)."""

    def __init__(self, kind: str, ident: int | str) -> None:
        super().__init__(f"No {kind} with id {ident}.")
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
            message = (
                f"The {kind} was changed elsewhere while you edited it. Reload it and try again."
            )
        else:
            message = (
                f"The {kind} {ident} was changed elsewhere (now version {actual}, you edited "
                f"version {expected}). Reload it and apply your change again."
            )
        super().__init__(message)
        self.kind = kind
        self.ident = ident
        self.expected = expected
        self.actual = actual


class DuplicateFileError(ArchiveError):
    """The same content is already attached to this session."""

    def __init__(self, name: str, sha256: str, existing_id: int) -> None:
        super().__init__(
            f"{name} is already attached to this session (same content, {sha256[:12]}…)."
        )
        self.name = name
        self.sha256 = sha256
        self.existing_id = existing_id


class LibraryError(ArchiveError):
    """The library folder or catalogue cannot be opened, created or upgraded."""


class FileStoreError(ArchiveError):
    """A file could not be read, copied or found in the library's file store."""
