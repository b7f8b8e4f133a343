"""The archive facade: one open library and the use cases that work on it."""

from __future__ import annotations

import os
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from ..storage.catalogue import Catalogue, open_catalogue
from .machine import load_path_mappings
from .paths import DATABASE_URL_ENV, default_library_dir

if TYPE_CHECKING:
    from ..domain.progress import ReportProgress
    from .attachments import AttachmentService
    from .backup import BackupService
    from .briefs import BriefService
    from .bulk import BulkService
    from .changes import ChangeService
    from .exchange import ExchangeService
    from .folder_import import FolderImportService
    from .integrity import IntegrityService
    from .link_fetch import LinkFetchService
    from .overview import OverviewService
    from .page_import import PageImportService
    from .people import PeopleService
    from .playback_state import PlaybackService
    from .search import SearchService
    from .sessions import SessionService
    from .transcription import TranscriptionService


class Archive:
    """What the CLI and the GUI hold: ``.sessions``, ``.people``, ``.files``, ``.playback``,
    ``.page_import``, ``.folder_import``, ``.exchange``, ``.backups``, ``.changes`` (did
    another process change the catalogue?), ``.bulk`` (many sessions at once)."""

    def __init__(self, catalogue: Catalogue) -> None:
        self.catalogue = catalogue

    # Each service is built, and its module imported, when first used: a command or the
    # window's first page loads only what it needs (imports, exports and checks pull in
    # much more than listing does).

    @cached_property
    def sessions(self) -> SessionService:
        from .sessions import SessionService

        return SessionService(self.catalogue)

    @cached_property
    def bulk(self) -> BulkService:
        from .bulk import BulkService

        return BulkService(self.catalogue)

    @cached_property
    def link_fetch(self) -> LinkFetchService:
        from .link_fetch import LinkFetchService

        return LinkFetchService(self.catalogue, self.files)

    @cached_property
    def people(self) -> PeopleService:
        from .people import PeopleService

        return PeopleService(self.catalogue)

    @cached_property
    def files(self) -> AttachmentService:
        from .attachments import AttachmentService

        return AttachmentService(self.catalogue)

    @cached_property
    def playback(self) -> PlaybackService:
        from .playback_state import PlaybackService

        return PlaybackService(self.catalogue)

    @cached_property
    def briefs(self) -> BriefService:
        from .briefs import BriefService

        return BriefService(self.catalogue)

    @cached_property
    def search(self) -> SearchService:
        from .search import SearchService

        return SearchService(self.catalogue)

    @cached_property
    def page_import(self) -> PageImportService:
        from .page_import import PageImportService

        return PageImportService(self.catalogue)

    @cached_property
    def folder_import(self) -> FolderImportService:
        from .folder_import import FolderImportService

        return FolderImportService(self.catalogue)

    @cached_property
    def exchange(self) -> ExchangeService:
        from .exchange import ExchangeService

        return ExchangeService(self.catalogue)

    @cached_property
    def changes(self) -> ChangeService:
        from .changes import ChangeService

        return ChangeService(self.catalogue)

    @cached_property
    def backups(self) -> BackupService:
        from .backup import BackupService

        return BackupService(self.catalogue)

    @cached_property
    def integrity(self) -> IntegrityService:
        from .integrity import IntegrityService

        return IntegrityService(self.catalogue)

    @cached_property
    def overview(self) -> OverviewService:
        from .overview import OverviewService

        return OverviewService(self.catalogue)

    @cached_property
    def transcription(self) -> TranscriptionService:
        from .transcription import TranscriptionService

        return TranscriptionService(self.catalogue)

    @classmethod
    def open(
        cls,
        library: Path | None = None,
        database_url: str | None = None,
        *,
        create: bool = True,
        progress: ReportProgress | None = None,
    ) -> Archive:
        """Open the library; ``progress`` hears of a search index rebuild an upgrade needs
        (stopped, it goes on at the next open: ``storage.catalogue.open_catalogue``)."""
        root = library if library is not None else default_library_dir()
        url = database_url if database_url is not None else os.environ.get(DATABASE_URL_ENV) or None
        catalogue = open_catalogue(root, url, create=create, progress=progress)
        try:
            catalogue.files.path_mappings = load_path_mappings()
        except BaseException:
            catalogue.close()
            raise
        return cls(catalogue)

    @property
    def root(self) -> Path:
        return self.catalogue.root

    def close(self) -> None:
        self.catalogue.close()

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()
