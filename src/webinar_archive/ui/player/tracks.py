"""The player's audio and subtitle track menus, filled when they open."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu

from webinar_archive.domain.model import SubtitleTrack
from webinar_archive.playback.backend import TrackInfo


def language_name(code: str | None) -> str:
    """ "English" for "en", in the user's language; the code itself when Qt does not know it."""
    if not code:
        return ""
    language = QLocale(code).language()
    if language in (QLocale.Language.C, QLocale.Language.AnyLanguage):
        return code
    return QLocale.languageToString(language)


def subtitle_label(track: SubtitleTrack) -> str:
    """ "English (en) — talk.en.vtt": what a subtitle file is, in menus and the Files tab;
    a transcript an engine made says so, so that nobody takes it for a person's."""
    if track.language:
        label = f"{language_name(track.language)} ({track.language}) — {track.original_name}"
    else:
        label = QCoreApplication.translate("PlayerWidget", "Unknown language — {name}").format(
            name=track.original_name
        )
    if track.machine is not None:
        label += QCoreApplication.translate("PlayerWidget", " (machine-made, {engine})").format(
            engine=track.machine.engine
        )
    return label


def fill_track_menu(
    menu: QMenu,
    tracks: Sequence[TrackInfo],
    empty: str,
    choose: Callable[[int], object],
    off: str | None = None,
    current: int | None = None,
    names: Sequence[str] = (),
) -> None:
    """One checkable action per track, exclusive, ``current`` checked (``off`` names the id
    below 0, "no subtitles"). ``names`` label the last tracks, in order: the files the player
    added, which the backend only numbers."""
    menu.clear()
    if not tracks:
        menu.addAction(empty).setEnabled(False)
        return
    group = QActionGroup(menu)
    group.setExclusive(True)
    numbered = [t for t in tracks if off is None or t.id >= 0]
    tail = numbered[max(0, len(numbered) - len(names)) :]
    named = dict(zip([t.id for t in tail], names[len(names) - len(tail) :], strict=True))
    for track in tracks:
        if off is not None and track.id < 0:
            name = off
        elif track.id in named:
            name = named[track.id]
        else:
            name = track.name or QCoreApplication.translate("PlayerWidget", "Track {n}").format(
                n=track.id
            )
        action = QAction(name, menu)
        action.setCheckable(True)
        action.setChecked(track.id == current)
        group.addAction(action)
        action.triggered.connect(lambda _=False, tid=track.id: choose(tid))
        menu.addAction(action)
