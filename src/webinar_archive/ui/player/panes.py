"""Side panes of the player: chapters, transcript, notes and time-tied materials."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from webinar_archive.domain.chapters import shown_title
from webinar_archive.domain.model import Chapter, Note, TranscriptCue
from webinar_archive.domain.speakers import runs
from webinar_archive.domain.time import format_ms
from webinar_archive.media.subtitles import cue_at

MS_ROLE = Qt.ItemDataRole.UserRole
ID_ROLE = Qt.ItemDataRole.UserRole + 1
SPEAKER_ROLE = Qt.ItemDataRole.UserRole + 2
HIGHLIGHT = QColor(255, 214, 102)
HIGHLIGHT_TEXT = QColor(20, 20, 20)


def _latest_at_or_before(starts: Sequence[int], ms: int) -> int | None:
    index = None
    for position, start in enumerate(starts):
        if start <= ms:
            index = position
        else:
            break
    return index


class _TimedList(QListWidget):
    """A list of time-stamped rows: clicking one asks to seek there; one row can be highlighted."""

    seek_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setUniformItemSizes(False)
        self.setSpacing(2)
        self._highlighted: int | None = None
        self.itemClicked.connect(self._clicked)
        self.itemActivated.connect(self._clicked)

    def _clicked(self, item: QListWidgetItem) -> None:
        self.seek_requested.emit(int(item.data(MS_ROLE)))

    def _add(self, ms: int, text: str, ident: int | None = None) -> QListWidgetItem:
        item = QListWidgetItem(f"{format_ms(ms)}  {text}")
        item.setData(MS_ROLE, ms)
        if ident is not None:
            item.setData(ID_ROLE, ident)
        self.addItem(item)
        return item

    def clear_rows(self) -> None:
        self._highlighted = None
        self.clear()

    def highlighted_row(self) -> int | None:
        return self._highlighted

    def set_highlighted_row(self, row: int | None) -> None:
        if row == self._highlighted:
            return
        if self._highlighted is not None and (old := self.item(self._highlighted)) is not None:
            old.setBackground(QBrush())
            old.setForeground(QBrush())
            font = old.font()
            font.setBold(False)
            old.setFont(font)
        self._highlighted = row
        if row is not None and (item := self.item(row)) is not None:
            item.setBackground(HIGHLIGHT)
            item.setForeground(HIGHLIGHT_TEXT)
            font = item.font()
            font.setBold(True)
            item.setFont(font)
            self.scrollToItem(item, QListWidget.ScrollHint.EnsureVisible)

    def row_times(self) -> list[int]:
        return [int(self.item(row).data(MS_ROLE)) for row in range(self.count())]


def chapter_title(title: str, number: int) -> str:
    """A chapter's title as the player shows it: "Chapter N" in the window's language for one
    without a title of its own (N its place in the recording, from 1)."""
    template = QCoreApplication.translate("PlaybackController", "Chapter %1")
    return shown_title(title, number, template.replace("%1", "{number}"))


class ChapterList(_TimedList):
    """Chapters by start; the one playing is highlighted."""

    def set_chapters(self, chapters: Sequence[Chapter]) -> None:
        self.clear_rows()
        ordered = sorted(chapters, key=lambda c: c.start_ms)
        for number, chapter in enumerate(ordered, start=1):
            self._add(chapter.start_ms, chapter_title(chapter.title, number), chapter.id)

    def update_time(self, ms: int) -> None:
        self.set_highlighted_row(_latest_at_or_before(self.row_times(), ms))


class TranscriptPane(_TimedList):
    """Transcript cues following playback; the cue on screen is highlighted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._cues: list[TranscriptCue] = []
        self._cue_rows: list[int] = []  # the list row of each cue (speaker names take rows too)

    def set_cues(self, cues: Sequence[TranscriptCue]) -> None:
        self.clear_rows()
        self._cues = sorted(cues, key=lambda c: (c.start_ms, c.end_ms))
        self._cue_rows = []
        for speaker, run in runs(self._cues):
            if speaker:
                # The name heads its run of cues, as in a printed transcript; a click on it
                # plays the run from its start.
                header = self._add(run[0].start_ms, speaker)
                header.setText(speaker)
                font = header.font()
                font.setBold(True)
                header.setFont(font)
                header.setFlags(Qt.ItemFlag.ItemIsEnabled)
                header.setData(SPEAKER_ROLE, speaker)
            for cue in run:
                self._cue_rows.append(self.count())
                self._add(cue.start_ms, " ".join(cue.text.split()))

    def speaker_rows(self) -> list[tuple[int, str]]:
        """(row, name) of each speaker's name above their cues."""
        return [
            (row, str(self.item(row).data(SPEAKER_ROLE)))
            for row in range(self.count())
            if self.item(row).data(SPEAKER_ROLE)
        ]

    def update_time(self, ms: int) -> None:
        index = cue_at(self._cues, ms)
        self.set_highlighted_row(None if index is None else self._cue_rows[index])


class MaterialMarks(_TimedList):
    """Materials shown at a time; playing past one highlights it and reports it once."""

    material_reached = Signal(int)
    material_selected = Signal(int)

    # Playback moves a few hundred ms per update; a bigger jump is a seek, not "playing past".
    MAX_PLAY_STEP_MS = 2000

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._last_ms: int | None = None
        self.itemClicked.connect(lambda item: self.material_selected.emit(int(item.data(ID_ROLE))))

    def set_marks(self, marks: Sequence[tuple[int, str, int]]) -> None:
        self.clear_rows()
        self._last_ms = None
        for material_id, title, ms in sorted(marks, key=lambda mark: mark[2]):
            self._add(ms, title, material_id)

    def update_time(self, ms: int) -> None:
        times = self.row_times()
        previous, self._last_ms = self._last_ms, ms
        row = _latest_at_or_before(times, ms)
        self.set_highlighted_row(row)
        if previous is None or not 0 < ms - previous <= self.MAX_PLAY_STEP_MS:
            return
        for index, start in enumerate(times):
            if previous < start <= ms:
                self.material_reached.emit(int(self.item(index).data(ID_ROLE)))


class NotesPane(QWidget):
    """Typing a note stamps the playback time at the first keystroke; Enter adds it."""

    seek_requested = Signal(int)
    note_added = Signal(int, str)
    chapter_requested = Signal(int)
    chapter_from_note_requested = Signal(int, str)
    typing_started = Signal()

    def __init__(self, clock: Callable[[], int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._stamp: int | None = None

        self.edit = QLineEdit()
        self.edit.setPlaceholderText(
            QCoreApplication.translate("PlayerWidget", "Type a note at the current time…")
        )
        self.stamp_label = QLabel()
        self.stamp_label.setMinimumWidth(48)
        font = QFont(self.stamp_label.font())
        font.setBold(True)
        self.stamp_label.setFont(font)
        self.pause_while_typing = QCheckBox(
            QCoreApplication.translate("PlayerWidget", "Pause while typing")
        )
        self.pause_while_typing.setChecked(True)
        self.list = _TimedList()
        self.chapter_button = QPushButton(
            QCoreApplication.translate("PlayerWidget", "Make chapter from note")
        )
        self.chapter_button.setEnabled(False)

        row = QHBoxLayout()
        row.addWidget(self.stamp_label)
        row.addWidget(self.edit, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(row)
        layout.addWidget(self.pause_while_typing)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.chapter_button)

        self.edit.textEdited.connect(self._edited)
        self.edit.returnPressed.connect(self._submit)
        self.list.seek_requested.connect(self.seek_requested)
        self.list.currentRowChanged.connect(lambda row: self.chapter_button.setEnabled(row >= 0))
        self.chapter_button.clicked.connect(self._chapter_from_selected)

    def set_notes(self, notes: Sequence[Note]) -> None:
        self.list.clear_rows()
        for note in sorted(notes, key=lambda n: n.at_ms):
            self.list._add(note.at_ms, note.text, note.id)

    def add_note_row(self, ms: int, text: str) -> None:
        """Show a note in time order (the caller stores it)."""
        times = self.list.row_times()
        row = sum(1 for t in times if t <= ms)
        item = QListWidgetItem(f"{format_ms(ms)}  {text}")
        item.setData(MS_ROLE, ms)
        self.list.insertItem(row, item)

    def stamp(self) -> int | None:
        return self._stamp

    def _edited(self, text: str) -> None:
        if text and self._stamp is None:
            self._stamp = self._clock()
            self.stamp_label.setText(format_ms(self._stamp))
            self.typing_started.emit()
        elif not text:
            self._stamp = None
            self.stamp_label.clear()

    def _submit(self) -> None:
        text = self.edit.text().strip()
        if not text:
            return
        stamp = self._stamp if self._stamp is not None else self._clock()
        self.edit.clear()
        self._stamp = None
        self.stamp_label.clear()
        self.add_note_row(stamp, text)
        self.note_added.emit(stamp, text)

    def _chapter_from_selected(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        ms = int(item.data(MS_ROLE))
        title = item.text().split("  ", 1)[-1]
        self.chapter_from_note_requested.emit(ms, title)
        self.chapter_requested.emit(ms)


class TranscriptTab(QWidget):
    """The transcript with, above it, which track it follows when there are several (a
    person's and a machine's): the user's choice, remembered per recording by the caller."""

    chosen = Signal(int)  # the subtitle track the user wants the transcript to follow

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pane = TranscriptPane()
        self.choice = QComboBox()
        self.choice.setAccessibleName(
            QCoreApplication.translate("PlayerWidget", "Transcript shown")
        )
        self.choice.setToolTip(
            QCoreApplication.translate(
                "PlayerWidget",
                "Which transcript to follow: a person's, or one made on this computer",
            )
        )
        self.choice.hide()
        self.choice.activated.connect(self._on_choice_activated)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.choice)
        column.addWidget(self.pane, 1)

    def set_tracks(self, tracks: Sequence[tuple[int, str]], current: int | None) -> None:
        """The tracks (id, label) to choose from; the choice shows only when there is one."""
        box = self.choice
        box.clear()
        for track_id, label in tracks:
            box.addItem(label, track_id)
        if current is not None:
            box.setCurrentIndex(max(box.findData(current), 0))
        box.setVisible(len(tracks) > 1)

    def _on_choice_activated(self, index: int) -> None:
        track_id = self.choice.itemData(index)
        if track_id is not None:
            self.chosen.emit(int(track_id))
