"""Where the default library, logs and settings live (platformdirs, overridable by environment)."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from .. import APP_ID

LIBRARY_ENV = "WEBINAR_ARCHIVE_LIBRARY"
DATABASE_URL_ENV = "WEBINAR_ARCHIVE_DATABASE_URL"
LOG_DIR_ENV = "WEBINAR_ARCHIVE_LOG_DIR"


def default_library_dir() -> Path:
    override = os.environ.get(LIBRARY_ENV)
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_data_dir(APP_ID, appauthor=False)) / "library"


def log_dir() -> Path:
    override = os.environ.get(LOG_DIR_ENV)
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_log_dir(APP_ID, appauthor=False))
