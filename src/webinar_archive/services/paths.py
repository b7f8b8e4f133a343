"""Where the default library, logs and settings live (platformdirs, overridable by environment)."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from .. import FOLDER_NAME

LIBRARY_ENV = "WEBINAR_ARCHIVE_LIBRARY"
DATABASE_URL_ENV = "WEBINAR_ARCHIVE_DATABASE_URL"
LOG_DIR_ENV = "WEBINAR_ARCHIVE_LOG_DIR"
CONFIG_DIR_ENV = "WEBINAR_ARCHIVE_CONFIG_DIR"


def default_library_dir() -> Path:
    override = os.environ.get(LIBRARY_ENV)
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_data_dir(FOLDER_NAME, appauthor=False)) / "library"


def log_dir() -> Path:
    override = os.environ.get(LOG_DIR_ENV)
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_log_dir(FOLDER_NAME, appauthor=False))


def config_dir() -> Path:
    """This machine's settings (not the shared catalogue's): path mappings and the like."""
    override = os.environ.get(CONFIG_DIR_ENV)
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_config_dir(FOLDER_NAME, appauthor=False))


WHISPER_MODEL_ENV = "WEBINAR_ARCHIVE_WHISPER_MODEL"


def whisper_models_dir() -> Path:
    """Where faster-whisper models downloaded with the user's consent are kept."""
    return Path(platformdirs.user_data_dir(FOLDER_NAME, appauthor=False)) / "whisper-models"
