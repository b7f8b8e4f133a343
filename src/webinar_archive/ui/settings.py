"""The desktop app's settings: every stored key with its type and default, in one place.

User choices (folders last used) and remembered window state live in QSettings; this module
is the only place their keys are spelled. Read with ``settings.get(KEY)``, write with
``settings.set(KEY, value)``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")


def _bytes(value: object) -> QByteArray | None:
    return QByteArray(value) if isinstance(value, QByteArray | bytes) else None


def _folder(value: object) -> Path | None:
    return Path(value) if isinstance(value, str) and value else None


def _names(value: object) -> list[str] | None:
    # INI settings give a one-element list back as a plain string, and an empty one as None.
    if isinstance(value, str):
        return [value]
    return [str(v) for v in value] if isinstance(value, list) else []


def _int(value: object) -> int | None:
    try:
        return int(str(value)) if value is not None else None
    except ValueError:
        return None


@dataclass(frozen=True)
class Setting(Generic[T]):
    """One key: how a stored value is read back (None: absent or unreadable), and its default."""

    key: str
    read: Callable[[object], T | None]
    default: T


# Remembered window state
WINDOW_GEOMETRY = Setting[QByteArray | None]("window/geometry", _bytes, None)
WINDOW_STATE = Setting[QByteArray | None]("window/state", _bytes, None)
WINDOW_SPLITTER = Setting[QByteArray | None]("window/splitter", _bytes, None)
TABLE_HEADER = Setting[QByteArray | None]("table/header", _bytes, None)
BROWSER_EXPANDED = Setting[list[str]](
    "browser/expanded", _names, ["incomplete", "series", "tags", "years"]
)
CURRENT_SESSION = Setting[int | None]("session/current", _int, None)
# Folders last chosen in file dialogs
ATTACH_FOLDER = Setting[Path]("ui/lastAttachDir", _folder, Path.home())
CHAPTER_FOLDER = Setting[Path]("ui/lastChapterDir", _folder, Path.home())
BRIEF_FOLDER = Setting[Path | None]("briefs/folder", _folder, None)


def _text(value: object) -> str | None:
    return value if isinstance(value, str) else None


# User choices: the UI's language code ("" = the system's; read it through ui.i18n.ui_language)
LANGUAGE = Setting[str]("ui/language", _text, "")

# Speech to text on this machine: the engine, the language spoken, faster-whisper's model (a
# folder or a size name; "" for none) and the sizes the user agreed to download.
TRANSCRIPTION_ENGINE = Setting[str]("transcription/engine", _text, "pocketsphinx")
TRANSCRIPTION_LANGUAGE = Setting[str]("transcription/language", _text, "en")
WHISPER_MODEL = Setting[str]("transcription/whisperModel", _text, "")
WHISPER_DOWNLOADS = Setting[list[str]]("transcription/whisperDownloadsAllowed", _names, [])


class Settings:
    """Typed access to a QSettings store (the user's, or a file in tests)."""

    def __init__(self, store: QSettings | None = None) -> None:
        self.store = store if store is not None else QSettings()

    def get(self, setting: Setting[T]) -> T:
        if not self.store.contains(setting.key):
            return setting.default
        value = setting.read(self.store.value(setting.key))
        return setting.default if value is None else value

    def set(self, setting: Setting[T], value: T) -> None:
        if value is None:
            self.store.remove(setting.key)
        elif isinstance(value, Path):
            self.store.setValue(setting.key, str(value))
        else:
            self.store.setValue(setting.key, value)

    def sync(self) -> None:
        self.store.sync()
