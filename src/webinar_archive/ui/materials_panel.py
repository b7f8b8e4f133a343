"""The Files tab of a session: materials, recordings with their subtitles; attach, open, preview,
add and remove."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QPoint, QSize, Qt, Signal, SignalInstance
from PySide6.QtGui import QBrush, QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QStyle,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..domain import model as m
from ..domain.media_format import recording_format
from ..domain.time import format_ms
from ..media.problems import shown_warning
from .formats import format_words, number_text, size_text
from .icons import transport_icon
from .player.tracks import subtitle_label
from .widgets import make_hint

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SUBTITLE_ROLE = Qt.ItemDataRole.UserRole + 2  # a subtitle row's track id (ID_ROLE: its recording)
HIGHLIGHT = QColor(255, 214, 102)
HIGHLIGHT_TEXT = QColor(20, 20, 20)


def kind_label(kind: m.MaterialKind) -> str:
    return {
        m.MaterialKind.PDF: QCoreApplication.translate("MaterialsPanel", "PDF"),
        m.MaterialKind.SLIDES: QCoreApplication.translate("MaterialsPanel", "Slides"),
        m.MaterialKind.DOCUMENT: QCoreApplication.translate("MaterialsPanel", "Document"),
        m.MaterialKind.IMAGE: QCoreApplication.translate("MaterialsPanel", "Image"),
        m.MaterialKind.SUBTITLES: QCoreApplication.translate("MaterialsPanel", "Subtitles"),
        m.MaterialKind.OTHER: QCoreApplication.translate("MaterialsPanel", "Other"),
    }[kind]


def material_label(material: m.Material) -> str:
    """The material's own title, unless it is a placeholder such as 'untitled'."""
    title = material.title.strip()
    if not title or title.casefold() in ("untitled", "untitled document", "presentation"):
        return material.original_name
    return title


_SUBTITLE_FORMATS = {".srt": "SubRip", ".vtt": "WebVTT", ".sbv": "SBV"}


def _subtitle_format(track: m.SubtitleTrack) -> str:
    """ "WebVTT, 11 cues": the Format column of a subtitle row."""
    suffix = Path(track.original_name).suffix.lower()
    kind = _SUBTITLE_FORMATS.get(suffix, suffix.lstrip(".").upper())
    return f"{kind}, {_cues(track.cue_count)}" if kind else _cues(track.cue_count)


def _cues(count: int) -> str:
    if count == 1:
        return QCoreApplication.translate("MaterialsPanel", "1 cue")
    return QCoreApplication.translate("MaterialsPanel", "%1 cues").replace("%1", number_text(count))


class MaterialsPanel(QWidget):
    """Layout only; every button is a signal the main controller answers."""

    attach_requested = Signal()
    material_open_requested = Signal(int)
    material_preview_requested = Signal(int)
    material_selected = Signal(int)  # -1 when nothing is selected
    material_remove_requested = Signal(int)
    convert_requested = Signal(int)
    recording_open_requested = Signal(int)
    recording_remove_requested = Signal(int)
    subtitles_add_requested = Signal(int)  # recording id
    subtitle_remove_requested = Signal(int)  # subtitle track id
    subtitle_export_requested = Signal(int)  # subtitle track id
    play_requested = Signal(int)
    transcribe_requested = Signal(int)
    # (menu, material id) a material's context menu is being built: listeners add actions
    material_menu_building = Signal(QMenu, int)
    locate_requested = Signal(str, str)  # (stored path, original name) of a missing file

    COL_NAME, COL_KIND, COL_PAGES, COL_SIZE = range(4)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("materialsPanel")
        self.materials: dict[int, m.Material] = {}
        self.recordings_by_id: dict[int, m.Recording] = {}
        # Other features add entries to a material's context menu: fn(menu, material_id).
        self._highlighted: int | None = None
        # Whether a stored path's file is gone; the files controller answers (the panel only
        # shows it). The stored paths of the session shown whose file is missing:
        self.file_missing: Callable[[str], bool] = lambda _stored_path: False
        self.missing: set[str] = set()

        self.attach_button = QPushButton(self.tr("Attach Files…"), self)
        self.drop_hint = make_hint(
            QLabel(self.tr("or drop files or a folder onto the window"), self)
        )
        self.drop_hint.setWordWrap(True)  # on two lines at the editor's least width, not cut
        top = QHBoxLayout()
        top.addWidget(self.attach_button)
        top.addWidget(self.drop_hint, 1)

        self.material_list = QTreeWidget(self)
        self.material_list.setObjectName("materialList")
        self.material_list.setRootIsDecorated(False)
        self.material_list.setUniformRowHeights(True)
        self.material_list.setAlternatingRowColors(True)
        self.material_list.setHeaderLabels(
            [
                QCoreApplication.translate("MaterialsPanel", "Name"),
                QCoreApplication.translate("MaterialsPanel", "Type"),
                QCoreApplication.translate("MaterialsPanel", "Pages"),
                QCoreApplication.translate("MaterialsPanel", "Size"),
            ]
        )
        header = self.material_list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.material_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.material_list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

        self.open_button = QPushButton(self.tr("Open"), self)
        self.preview_button = QPushButton(self.tr("Preview"), self)
        self.convert_button = QPushButton(self.tr("Convert to PDF for Preview"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.locate_button = QPushButton(self.tr("Locate…"), self)
        self.locate_button.setToolTip(
            self.tr("The file is missing: point to where it is now to reconnect it")
        )
        mat_buttons = QHBoxLayout()
        for b in (self.locate_button, self.open_button, self.preview_button, self.convert_button):
            mat_buttons.addWidget(b)
        mat_buttons.addStretch(1)
        mat_buttons.addWidget(self.remove_button)

        self.thumbnail = QLabel(self)
        self.thumbnail.setObjectName("materialThumbnail")
        self.thumbnail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        self.thumbnail.setMinimumWidth(120)
        self.slide_text = QTextBrowser(self)
        self.slide_text.setObjectName("slideText")
        self.info = QLabel(self)
        self.info.setWordWrap(True)
        self.detail = detail = QWidget(self)
        detail.hide()
        detail_layout = QHBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.thumbnail)
        detail_layout.addWidget(self.slide_text, 1)

        mat_box = QGroupBox(self.tr("Materials"), self)
        mat_layout = QVBoxLayout(mat_box)
        mat_layout.addWidget(self.material_list, 1)
        mat_layout.addLayout(mat_buttons)
        mat_layout.addWidget(self.info)

        self.recording_list = QTreeWidget(self)
        self.recording_list.setObjectName("recordingList")
        # Subtitle files are rows under their recording.
        self.recording_list.setRootIsDecorated(True)
        self.recording_list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.recording_list.setHeaderLabels(
            [
                QCoreApplication.translate("MaterialsPanel", "Name"),
                QCoreApplication.translate("MaterialsPanel", "Duration"),
                QCoreApplication.translate("MaterialsPanel", "Format"),
                QCoreApplication.translate("MaterialsPanel", "Size"),
            ]
        )
        rheader = self.recording_list.header()
        rheader.setStretchLastSection(False)
        rheader.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        rheader.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        rheader.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        rheader.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        # Playing here and opening in the system's program are told apart by more than a
        # letter (in Polish "Odtwórz" and "Otwórz" were side by side): an icon, and words.
        play_icon = transport_icon(
            QStyle.StandardPixmap.SP_MediaPlay, self.palette().color(QPalette.ColorRole.ButtonText)
        )
        self.play_button = QPushButton(play_icon, self.tr("Play"), self)
        self.play_button.setToolTip(self.tr("Play the recording here, in the window's player"))
        self.open_recording_button = QPushButton(self.tr("Open in Another App"), self)
        self.open_recording_button.setToolTip(
            self.tr("Open the file in the program the system uses for it")
        )
        self.add_subtitles_button = QPushButton(self.tr("Add Subtitles…"), self)
        self.add_subtitles_button.setToolTip(
            self.tr("Attach subtitle files (SRT, WebVTT) to the selected recording")
        )
        self.transcribe_button = QPushButton(self.tr("Transcribe"), self)
        self.transcribe_button.setToolTip(
            self.tr("Turn what is said into a searchable transcript, on this computer (offline)")
        )
        self.remove_recording_button = QPushButton(self.tr("Remove"), self)
        self.locate_recording_button = QPushButton(self.tr("Locate…"), self)
        self.locate_recording_button.setToolTip(self.locate_button.toolTip())
        rec_buttons = QHBoxLayout()
        rec_buttons.addWidget(self.locate_recording_button)
        rec_buttons.addWidget(self.play_button)
        rec_buttons.addWidget(self.open_recording_button)
        rec_buttons.addStretch(1)
        # The transcript's buttons on a row of their own: five in one row were squeezed until
        # "Add Subtitles…" lost its first letters in the editor's usual width. Remove (of the
        # recording or the subtitles selected) ends it, leaving the first row the room "Open in
        # Another App" needs in the editor's least width, beside the search results.
        transcript_buttons = QHBoxLayout()
        transcript_buttons.addWidget(self.add_subtitles_button)
        transcript_buttons.addWidget(self.transcribe_button)
        transcript_buttons.addStretch(1)
        transcript_buttons.addWidget(self.remove_recording_button)
        rec_box = QGroupBox(self.tr("Recordings"), self)
        rec_layout = QVBoxLayout(rec_box)
        rec_layout.addWidget(self.recording_list, 1)
        rec_layout.addLayout(rec_buttons)
        rec_layout.addLayout(transcript_buttons)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(mat_box)
        splitter.addWidget(detail)
        splitter.addWidget(rec_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setStretchFactor(2, 2)
        splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

        self.attach_button.clicked.connect(self.attach_requested)
        self.material_list.itemSelectionChanged.connect(self._on_material_list_selection_changed)
        self.material_list.itemDoubleClicked.connect(self._on_material_list_item_double_clicked)
        self.material_list.customContextMenuRequested.connect(self._on_material_list_menu)
        self.open_button.clicked.connect(lambda: self._emit_material(self.material_open_requested))
        self.preview_button.clicked.connect(
            lambda: self._emit_material(self.material_preview_requested)
        )
        self.convert_button.clicked.connect(lambda: self._emit_material(self.convert_requested))
        self.remove_button.clicked.connect(
            lambda: self._emit_material(self.material_remove_requested)
        )
        self.locate_button.clicked.connect(self._on_locate_button_clicked)
        self.locate_recording_button.clicked.connect(self._on_locate_recording_button_clicked)
        self.recording_list.itemSelectionChanged.connect(self._update_buttons)
        self.recording_list.itemDoubleClicked.connect(
            lambda _i, _c: self._emit_recording(self.play_requested)
        )
        self.play_button.clicked.connect(lambda: self._emit_recording(self.play_requested))
        self.open_recording_button.clicked.connect(
            lambda: self._emit_recording(self.recording_open_requested)
        )
        self.remove_recording_button.clicked.connect(self._on_remove_recording_button_clicked)
        self.add_subtitles_button.clicked.connect(
            lambda: self._emit_recording(self.subtitles_add_requested)
        )
        self.transcribe_button.clicked.connect(
            lambda: self._emit_recording(self.transcribe_requested)
        )
        self.recording_list.customContextMenuRequested.connect(self._on_recording_list_menu)
        self.can_convert = False
        self.read_only = False
        self._update_buttons()

    # --------------------------------------------------------------- content

    def show_session(self, session: m.Session) -> None:
        selected = self.selected_material_id()
        self.materials = {x.id: x for x in session.materials}
        self.recordings_by_id = {r.id: r for r in session.recordings}
        stored = [x.stored_path for x in session.materials]
        stored += [r.stored_path for r in session.recordings]
        self.missing = {path for path in stored if self.file_missing(path)}
        self.material_list.clear()
        for mat in session.materials:
            item = QTreeWidgetItem(
                [
                    material_label(mat),
                    kind_label(mat.kind),
                    str(mat.page_count) if mat.page_count else "",
                    size_text(mat.size),
                ]
            )
            item.setToolTip(
                0,
                mat.original_name
                + (QCoreApplication.translate("MaterialsPanel", " (linked)") if mat.linked else ""),
            )
            item.setData(0, ID_ROLE, mat.id)
            if mat.stored_path in self.missing:
                self._mark_missing(item, mat.original_name)
            for col in (self.COL_PAGES, self.COL_SIZE):
                item.setTextAlignment(col, Qt.AlignmentFlag.AlignRight)
            self.material_list.addTopLevelItem(item)
            if mat.id == selected:
                item.setSelected(True)
        self.recording_list.clear()
        words = format_words()
        for rec in session.recordings:
            item = QTreeWidgetItem(
                [
                    rec.original_name,
                    format_ms(rec.duration_ms),
                    recording_format(rec, with_duration=False, words=words),
                    size_text(rec.size),
                ]
            )
            item.setData(0, ID_ROLE, rec.id)
            if rec.probe_warning:
                # Catalogues of earlier versions hold the prober's words: say them plainly.
                playable = bool(rec.video_codec or rec.audio_codec)
                item.setToolTip(0, shown_warning(rec.probe_warning, playable=playable))
            if rec.stored_path in self.missing:
                self._mark_missing(item, rec.original_name)
            self.recording_list.addTopLevelItem(item)
            for track in rec.subtitles:
                child = QTreeWidgetItem(
                    [
                        QCoreApplication.translate("MaterialsPanel", "Subtitles: %1").replace(
                            "%1", subtitle_label(track)
                        ),
                        "",
                        _subtitle_format(track),
                        "",
                    ]
                )
                child.setData(0, ID_ROLE, rec.id)
                child.setData(0, SUBTITLE_ROLE, track.id)
                child.setToolTip(0, track.original_name)
                item.addChild(child)
            item.setExpanded(True)
        if not self.materials:
            self.set_detail(None, "")
        self.highlight_material(self._highlighted)
        self._update_buttons()

    def _mark_missing(self, item: QTreeWidgetItem, name: str) -> None:
        item.setText(
            0,
            QCoreApplication.translate("MaterialsPanel", "%1 (missing)").replace(
                "%1", item.text(0)
            ),
        )
        item.setIcon(0, self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning))
        item.setToolTip(
            0,
            QCoreApplication.translate(
                "MaterialsPanel",
                "The file of “%1” is missing (moved, renamed or on a drive that is not "
                "mounted). Locate… finds it again.",
            ).replace("%1", name),
        )

    def selected_missing_material(self) -> m.Material | None:
        mid = self.selected_material_id()
        mat = self.materials.get(mid) if mid is not None else None
        return mat if mat is not None and mat.stored_path in self.missing else None

    def selected_missing_recording(self) -> m.Recording | None:
        rid = self.selected_recording_id()
        rec = self.recordings_by_id.get(rid) if rid is not None else None
        return rec if rec is not None and rec.stored_path in self.missing else None

    def _on_locate_button_clicked(self) -> None:
        mat = self.selected_missing_material()
        if mat is not None:
            self.locate_requested.emit(mat.stored_path, mat.original_name)

    def _on_locate_recording_button_clicked(self) -> None:
        rec = self.selected_missing_recording()
        if rec is not None:
            self.locate_requested.emit(rec.stored_path, rec.original_name)

    def set_detail(self, thumbnail: object, text: str, rich: bool = False) -> None:
        from PySide6.QtGui import QPixmap

        if isinstance(thumbnail, QPixmap) and not thumbnail.isNull():
            self.thumbnail.setPixmap(thumbnail)
            self.thumbnail.show()
        else:
            self.thumbnail.clear()
            self.thumbnail.hide()
        if rich:
            self.slide_text.setHtml(text)
        else:
            self.slide_text.setPlainText(text)
        # No selection leaves no empty box behind: the detail pane shows only with content.
        self.detail.setVisible(self.thumbnail.isVisibleTo(self.detail) or bool(text.strip()))

    def thumbnail_size(self) -> QSize:
        return QSize(160, 220)

    def selected_material_id(self) -> int | None:
        items = self.material_list.selectedItems()
        return int(items[0].data(0, ID_ROLE)) if items else None

    def selected_recording_id(self) -> int | None:
        items = self.recording_list.selectedItems()
        return int(items[0].data(0, ID_ROLE)) if items else None

    def selected_subtitle_id(self) -> int | None:
        """The subtitle track of the selected row, when it is a subtitle row."""
        items = self.recording_list.selectedItems()
        value = items[0].data(0, SUBTITLE_ROLE) if items else None
        return int(value) if value is not None else None

    def recording_menu(self) -> QMenu:
        """The context menu of a recording or subtitle row: play, open, add or remove subtitles,
        remove the recording."""
        menu = QMenu(self)
        for button in (self.locate_recording_button, self.play_button, self.open_recording_button):
            if button.isVisibleTo(self):
                action = menu.addAction(button.text(), button.click)
                action.setEnabled(button.isEnabled())
        menu.addSeparator()
        add = menu.addAction(self.add_subtitles_button.text(), self.add_subtitles_button.click)
        add.setEnabled(self.add_subtitles_button.isEnabled())
        transcribe = menu.addAction(self.transcribe_button.text(), self.transcribe_button.click)
        transcribe.setEnabled(self.transcribe_button.isEnabled())
        track_id = self.selected_subtitle_id()
        rec = self.recordings_by_id.get(self.selected_recording_id() or -1)
        track = next((t for t in rec.subtitles if t.id == track_id), None) if rec else None
        if track is not None:
            menu.addAction(
                self.tr("Export Subtitles “%1”…").replace("%1", track.original_name),
                lambda: self.subtitle_export_requested.emit(track.id),
            )
            remove_sub = menu.addAction(
                self.tr("Remove Subtitles “%1”").replace("%1", track.original_name),
                lambda: self.subtitle_remove_requested.emit(track.id),
            )
            remove_sub.setEnabled(not self.read_only)
        else:
            menu.addSeparator()
            remove = menu.addAction(
                self.tr("Remove Recording"),
                lambda: self._emit_recording(self.recording_remove_requested),
            )
            remove.setEnabled(self.remove_recording_button.isEnabled())
        return menu

    def _on_recording_list_menu(self, pos: QPoint) -> None:
        item = self.recording_list.itemAt(pos)
        if item is None:
            return
        self.recording_list.setCurrentItem(item)
        menu = self.recording_menu()
        menu.exec(self.recording_list.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def _on_remove_recording_button_clicked(self) -> None:
        track_id = self.selected_subtitle_id()
        if track_id is not None:
            self.subtitle_remove_requested.emit(track_id)
        else:
            self._emit_recording(self.recording_remove_requested)

    def select_material(self, material_id: int) -> None:
        for i in range(self.material_list.topLevelItemCount()):
            item = self.material_list.topLevelItem(i)
            if item is not None and item.data(0, ID_ROLE) == material_id:
                self.material_list.setCurrentItem(item)

    def highlight_material(self, material_id: int | None) -> None:
        """Mark one material (the one the recording is showing) without selecting it."""
        self._highlighted = material_id
        for i in range(self.material_list.topLevelItemCount()):
            item = self.material_list.topLevelItem(i)
            if item is None:
                continue
            on = material_id is not None and item.data(0, ID_ROLE) == material_id
            font = QFont(item.font(0))
            font.setBold(on)
            for col in range(self.material_list.columnCount()):
                item.setBackground(col, QBrush(HIGHLIGHT) if on else QBrush())
                item.setForeground(col, QBrush(HIGHLIGHT_TEXT) if on else QBrush())
                item.setFont(col, font)
            if on:
                self.material_list.scrollToItem(item)

    def highlighted_material(self) -> int | None:
        return self._highlighted

    def material_menu(self, material_id: int) -> QMenu:
        """The context menu of a material: the panel's buttons, then what others added."""
        menu = QMenu(self)
        for button in (
            self.locate_button,
            self.open_button,
            self.preview_button,
            self.convert_button,
        ):
            if button.isVisibleTo(self):
                action = menu.addAction(button.text(), button.click)
                action.setEnabled(button.isEnabled())
        self.material_menu_building.emit(menu, material_id)
        menu.addSeparator()
        remove = menu.addAction(self.remove_button.text(), self.remove_button.click)
        remove.setEnabled(self.remove_button.isEnabled())
        return menu

    def _on_material_list_menu(self, pos: QPoint) -> None:
        item = self.material_list.itemAt(pos)
        if item is None:
            return
        self.material_list.setCurrentItem(item)
        menu = self.material_menu(int(item.data(0, ID_ROLE)))
        menu.exec(self.material_list.viewport().mapToGlobal(pos))
        menu.deleteLater()

    # --------------------------------------------------------------- signals

    def _emit_material(self, signal: SignalInstance) -> None:
        mid = self.selected_material_id()
        if mid is not None:
            signal.emit(mid)

    def _emit_recording(self, signal: SignalInstance) -> None:
        rid = self.selected_recording_id()
        if rid is not None:
            signal.emit(rid)

    def _on_material_list_selection_changed(self) -> None:
        self._update_buttons()
        mid = self.selected_material_id()
        self.material_selected.emit(-1 if mid is None else mid)

    def _on_material_list_item_double_clicked(self, _item: QTreeWidgetItem, _col: int) -> None:
        mid = self.selected_material_id()
        mat = self.materials.get(mid) if mid is not None else None
        if mat is not None and mat.kind is m.MaterialKind.PDF:
            self.material_preview_requested.emit(mat.id)
        elif mat is not None:
            self.material_open_requested.emit(mat.id)

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self._update_buttons()

    def _update_buttons(self) -> None:
        mid = self.selected_material_id()
        mat = self.materials.get(mid) if mid is not None else None
        self.attach_button.setEnabled(not self.read_only)
        self.open_button.setEnabled(mat is not None and mat.stored_path not in self.missing)
        self.remove_button.setEnabled(mat is not None and not self.read_only)
        self.preview_button.setEnabled(mat is not None and mat.kind is m.MaterialKind.PDF)
        self.convert_button.setVisible(self.can_convert)
        self.convert_button.setEnabled(mat is not None and mat.kind is m.MaterialKind.SLIDES)
        # Locate… shows only for a missing file, first in the row: it is what to do about it.
        self.locate_button.setVisible(self.selected_missing_material() is not None)
        self.locate_button.setEnabled(not self.read_only)
        self.locate_recording_button.setVisible(self.selected_missing_recording() is not None)
        self.locate_recording_button.setEnabled(not self.read_only)
        has_rec = self.selected_recording_id() is not None
        for b in (self.play_button, self.open_recording_button):
            b.setEnabled(has_rec)
        self.remove_recording_button.setEnabled(has_rec and not self.read_only)
        self.transcribe_button.setEnabled(
            has_rec and not self.read_only and self.selected_missing_recording() is None
        )
        self.add_subtitles_button.setEnabled(has_rec and not self.read_only)
        on_subtitles = self.selected_subtitle_id() is not None
        self.remove_recording_button.setText(
            self.tr("Remove Subtitles") if on_subtitles else self.tr("Remove")
        )
        if mat is None:
            self.info.clear()
