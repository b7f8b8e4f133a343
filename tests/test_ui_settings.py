"""Typed settings (ui/settings.py): every key reads back what was stored, or its default."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from webinar_archive.ui import settings as keys
from webinar_archive.ui.settings import Settings


def _settings(tmp_path: Path) -> Settings:
    return Settings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))


def test_absent_keys_give_their_defaults(tmp_path: Path) -> None:
    """A new settings file answers with the defaults declared beside each key."""
    s = _settings(tmp_path)
    assert s.get(keys.BROWSER_EXPANDED) == ["incomplete", "series", "tags", "years"]
    assert s.get(keys.CURRENT_SESSION) is None
    assert s.get(keys.ATTACH_FOLDER) == Path.home()
    assert s.get(keys.WINDOW_GEOMETRY) is None


def test_values_survive_a_reopened_ini_file(tmp_path: Path) -> None:
    """Lists of one or none, ids, folders and bytes read back as they were written."""
    s = _settings(tmp_path)
    s.set(keys.BROWSER_EXPANDED, ["series"])  # INI gives a one-element list back as a string
    s.set(keys.CURRENT_SESSION, 42)
    s.set(keys.CHAPTER_FOLDER, tmp_path / "chapters")
    s.set(keys.TABLE_HEADER, QByteArray(b"\x00\x01header"))
    s.sync()
    again = _settings(tmp_path)
    assert again.get(keys.BROWSER_EXPANDED) == ["series"]
    assert again.get(keys.CURRENT_SESSION) == 42
    assert again.get(keys.CHAPTER_FOLDER) == tmp_path / "chapters"
    assert again.get(keys.TABLE_HEADER) == QByteArray(b"\x00\x01header")
    again.set(keys.BROWSER_EXPANDED, [])
    again.set(keys.CURRENT_SESSION, None)
    again.sync()
    third = _settings(tmp_path)
    assert third.get(keys.BROWSER_EXPANDED) == []  # all collapsed, not the default
    assert third.get(keys.CURRENT_SESSION) is None


def test_unreadable_values_fall_back_to_the_default(tmp_path: Path) -> None:
    """A hand-edited or damaged value does not break the window: the default is used."""
    store = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    store.setValue("session/current", "not a number")
    store.setValue("window/geometry", "text")
    s = Settings(store)
    assert s.get(keys.CURRENT_SESSION) is None
    assert s.get(keys.WINDOW_GEOMETRY) is None
