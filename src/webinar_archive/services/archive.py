"""The archive facade: one open library and the use cases that work on it."""

from __future__ import annotations

import os
from pathlib import Path

from ..storage.catalogue import Catalogue, open_catalogue
from .attachments import AttachmentService
from .backup import BackupService
from .briefs import BriefService
from .changes import ChangeService
from .exchange import ExchangeService
from .folder_import import FolderImportService
from .integrity import IntegrityService
from .machine import load_path_mappings
from .overview import OverviewService
from .page_import import PageImportService
from .paths import DATABASE_URL_ENV, default_library_dir
from .people import PeopleService
from .playback_state import PlaybackService
from .search import SearchService
from .sessions import SessionService
from .transcription import TranscriptionService


class Archive:
    """What the CLI and the GUI hold: ``.sessions``, ``.people``, ``.files``, ``.playback``,
    ``.page_import``, ``.folder_import``, ``.exchange``, ``.backups``, ``.changes`` (did
    another process change the catalogue?)."""

    def __init__(self, catalogue: Catalogue) -> None:
        self.catalogue = catalogue
        self.sessions = SessionService(catalogue)
        self.people = PeopleService(catalogue)
        self.files = AttachmentService(catalogue)
        self.playback = PlaybackService(catalogue)
        self.briefs = BriefService(catalogue)
        self.search = SearchService(catalogue)
        self.page_import = PageImportService(catalogue)
        self.folder_import = FolderImportService(catalogue)
        self.exchange = ExchangeService(catalogue)
        self.changes = ChangeService(catalogue)
        self.backups = BackupService(catalogue)
        self.integrity = IntegrityService(catalogue)
        self.overview = OverviewService(catalogue)
        self.transcription = TranscriptionService(catalogue)

    @classmethod
    def open(
        cls, library: Path | None = None, database_url: str | None = None, *, create: bool = True
    ) -> Archive:
        root = library if library is not None else default_library_dir()
        url = database_url if database_url is not None else os.environ.get(DATABASE_URL_ENV) or None
        catalogue = open_catalogue(root, url, create=create)
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
