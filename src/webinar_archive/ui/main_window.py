"""The main window's layout: browser, session table, editor, menus, toolbar, docks, status bar."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDropEvent,
    QIcon,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QDockWidget,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QMainWindow,
    QProgressBar,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QStyle,
    QToolButton,
    QWidget,
)

from .. import APP_NAME
from . import dock_room
from .browser import BrowserView
from .dock_room import SEARCH_DOCK_LEAST
from .empty_state import EmptyStatePage
from .search_panel import SearchPanel
from .session_editor_view import SessionEditorView
from .session_table_model import COL_TITLE
from .session_table_view import SessionTableView
from .status_bar import WrappingStatusBar
from .widgets import theme_icon

if TYPE_CHECKING:
    from .pdf_preview import PdfPreview

SEARCH_HELP = QT_TRANSLATE_NOOP(
    "MainWindow",
    "<p><b>Search</b> looks in titles, summaries, speakers, slides, documents, "
    "transcripts and notes; accents and case do not matter.</p>"
    "<table>"
    "<tr><td><tt>open data</tt></td><td>both words (the last may be the start of a word)</td></tr>"
    '<tr><td><tt>"open data"</tt></td><td>the exact phrase</td></tr>'
    "<tr><td><tt>-webinar</tt></td><td>without this word</td></tr>"
    "<tr><td><tt>health OR care</tt></td><td>either word</td></tr>"
    "<tr><td><tt>speaker:morgan</tt></td><td>a speaker</td></tr>"
    '<tr><td><tt>org:"EU Commission"</tt></td><td>a speaker\'s organisation</td></tr>'
    "<tr><td><tt>series:</tt> <tt>theme:</tt> <tt>tag:</tt></td><td>words in that field</td></tr>"
    "<tr><td><tt>year:2020</tt> <tt>year:2018..2020</tt></td><td>sessions of those years</td></tr>"
    "<tr><td><tt>date:2020-09</tt> <tt>date:2020-01..2020-06</tt></td><td>a date range</td></tr>"
    "<tr><td><tt>has:recording</tt> <tt>has:slides</tt> <tt>has:transcript</tt> "
    "<tt>has:notes</tt></td><td>sessions with these</td></tr>"
    "<tr><td><tt>lang:en</tt></td><td>language of the session</td></tr>"
    "<tr><td><tt>status:draft</tt></td><td>draft, catalogued or reviewed</td></tr>"
    "</table>",
)


class MainWindow(QMainWindow):
    """Layout only. Controllers connect to the widgets and actions it exposes."""

    files_dropped = Signal(list)  # list[Path]
    play_requested = Signal(int)  # recording id; the player is plugged in with set_player_widget
    pdf_page_requested = Signal(int, int)  # material id, 1-based page
    close_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowTitle(APP_NAME)
        self.setAcceptDrops(True)
        self.setDockOptions(
            QMainWindow.DockOption.AnimatedDocks
            | QMainWindow.DockOption.AllowTabbedDocks
            | QMainWindow.DockOption.AllowNestedDocks
        )
        self.player_widget: QWidget | None = None
        self.player_dock: QDockWidget | None = None
        # Shown over the window while files are dragged over it; the files feature says what a
        # drop would do (attach to which session, or that one must be selected first).
        self.drop_text: Callable[[], str] = lambda: self.tr("Drop to attach")
        self.drop_overlay = QLabel(self)
        self.drop_overlay.setObjectName("dropOverlay")
        self.drop_overlay.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.drop_overlay.setWordWrap(True)
        self.drop_overlay.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        self.drop_overlay.setStyleSheet(
            "#dropOverlay { background: rgba(40, 110, 200, 60);"
            " border: 3px dashed palette(highlight); font-size: 16pt; }"
        )
        self.drop_overlay.hide()

        self.browser = BrowserView(self)
        self.table = SessionTableView(self)
        self.empty_state = EmptyStatePage(self)
        self.centre = QStackedWidget(self)
        self.centre.addWidget(self.table)
        self.centre.addWidget(self.empty_state)
        self.editor = SessionEditorView(self)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.browser)
        self.splitter.addWidget(self.centre)
        self.splitter.addWidget(self.editor)
        # A dock shown beside them takes its width from the table and the editor alike (the
        # table alone would be left a sliver); the browser keeps its width.
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 4)
        self.splitter.setStretchFactor(2, 3)
        self.splitter.setChildrenCollapsible(False)
        # What the panes need at least, set outright: what their contents would like (the
        # editor's form, a long title) would leave the docks beside them a sliver.
        self.browser.setMinimumWidth(140)
        self.centre.setMinimumWidth(280)
        self.editor.setMinimumWidth(320)
        self.setCentralWidget(self.splitter)

        # The preview (and Qt's PDF modules) is made when first needed: hidden at start.
        self._pdf_preview: PdfPreview | None = None
        self.preview_dock = QDockWidget(self.tr("Preview"), self)
        self.preview_dock.setObjectName("previewDock")
        self.preview_dock.visibilityChanged.connect(self._on_preview_dock_visibility_changed)
        # Pages are tall: the preview docks beside the editor rather than under the table.
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.preview_dock)
        self.preview_dock.hide()

        self.search_panel = SearchPanel(self)
        self.search_panel.setMinimumWidth(SEARCH_DOCK_LEAST)
        self.search_dock = QDockWidget(self.tr("Search Results"), self)
        self.search_dock.setObjectName("searchDock")
        self.search_dock.setWidget(self.search_panel)
        # Beside the editor, so opening a hit shows its session without covering the list.
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.search_dock)
        self.search_dock.hide()

        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self._build_status_bar()
        # The window's size is the user's: what its panes need at least (a long title, the
        # player, a dock shown) must fit inside it, never make the window grow on its own.
        layout = self.layout()
        if layout is not None:
            layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.setMinimumSize(800, 560)  # the three panes at their least, and a menu bar

    @property
    def pdf_preview(self) -> PdfPreview:
        """The PDF preview of the Preview dock, made when first asked for or shown."""
        if self._pdf_preview is None:
            from .pdf_preview import PdfPreview

            self._pdf_preview = PdfPreview(self)
            self.preview_dock.setWidget(self._pdf_preview)
        return self._pdf_preview

    def _on_preview_dock_visibility_changed(self, visible: bool) -> None:
        if visible:
            self.pdf_preview  # noqa: B018 (made now: the dock shows it)

    # --------------------------------------------------------------- building

    def _icon(self, theme: str, fallback: QStyle.StandardPixmap) -> QIcon:
        return theme_icon(theme, fallback)

    def _action(
        self,
        text: str,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        icon: QIcon | None = None,
        tip: str = "",
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if icon is not None:
            action.setIcon(icon)
        if tip:
            action.setStatusTip(tip)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        sp = QStyle.StandardPixmap
        self.new_action = self._action(
            self.tr("&New Session"),
            QKeySequence.StandardKey.New,
            self._icon("document-new", sp.SP_FileIcon),
            self.tr("Add an empty session and edit it"),
        )
        self.trash_action = self._action(
            self.tr("Move to &Trash"),
            QKeySequence.StandardKey.Delete,
            self._icon("edit-delete", sp.SP_TrashIcon),
            self.tr("Move the selected sessions to the trash"),
        )
        # Delete only acts in the session table: in the editor it must edit text and tables.
        self.trash_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.removeAction(self.trash_action)
        self.table.addAction(self.trash_action)
        self.restore_action = self._action(
            self.tr("&Restore"),
            None,
            self._icon("edit-undo", sp.SP_ArrowBack),
            self.tr("Take the selected sessions out of the trash"),
        )
        self.empty_trash_action = self._action(self.tr("&Empty Trash…"))
        self.bulk_edit_action = self._action(
            self.tr("&Edit Selected…"),
            QKeySequence("Ctrl+Shift+E"),
            self._icon("document-properties", sp.SP_FileDialogDetailedView),
            self.tr("Set series, tags, status… on all the selected sessions at once"),
        )
        self.transcribe_selected_action = self._action(
            self.tr("Transcr&ibe Recordings of Selected…"),
            None,
            None,
            self.tr("Transcribe the selected sessions' recordings that have no transcript yet"),
        )
        self.find_action = self._action(
            self.tr("&Find"),
            QKeySequence.StandardKey.Find,
            self._icon("edit-find", sp.SP_FileDialogContentsView),
        )
        self.save_search_action = self._action(
            self.tr("&Save Search…"),
            QKeySequence("Ctrl+Shift+S"),
            self._icon("document-save", sp.SP_DialogSaveButton),
            self.tr("Keep the current search in the sidebar under a name"),
        )
        self.save_search_action.setEnabled(False)
        self.reindex_action = self._action(
            self.tr("&Rebuild Search Index"),
            None,
            None,
            self.tr("Index every session again (after a crash or a restore from backup)"),
        )
        # Library care (library_controller.py)
        self.check_library_action = self._action(
            self.tr("&Check Library…"),
            None,
            None,
            self.tr("Check the catalogue, its files and the search index; repair what is safe"),
        )
        self.locate_missing_action = self._action(
            self.tr("&Locate Missing Files…"),
            None,
            None,
            self.tr("Search a folder for files that were moved or renamed, and reconnect them"),
        )
        self.backup_action = self._action(
            self.tr("&Back Up…"),
            None,
            self._icon("document-save-as", sp.SP_DialogSaveButton),
            self.tr("Write the catalogue, and optionally its files, to one archive file"),
        )
        self.restore_backup_action = self._action(
            self.tr("R&estore Backup…"),
            None,
            None,
            self.tr("Rebuild a library from a backup archive in an empty folder"),
        )
        self.backup_settings_action = self._action(
            self.tr("Backup &Settings…"),
            None,
            None,
            self.tr("Automatic copies of the catalogue: how often, and how many to keep"),
        )
        self.rename_action = self._action(self.tr("Edit &Title"), QKeySequence(Qt.Key.Key_F2))
        self.attach_action = self._action(
            self.tr("&Attach Files…"),
            QKeySequence("Ctrl+Shift+A"),
            self._icon("mail-attachment", sp.SP_DirOpenIcon),
            self.tr("Attach slides, documents or recordings to the selected session"),
        )
        self.people_action = self._action(
            self.tr("&People and Organisations…"),
            QKeySequence("Ctrl+Shift+P"),
            self._icon("system-users", sp.SP_FileDialogDetailedView),
        )
        self.export_brief_action = self._action(
            self.tr("Export &Brief…"),
            QKeySequence.StandardKey.Print,  # briefs are what users print
            self._icon("document-print", sp.SP_FileDialogContentsView),
            self.tr("Save the selected sessions as PDF briefs"),
        )
        self.export_booklet_action = self._action(
            self.tr("Export Series &Booklet…"),
            None,
            None,
            self.tr("Save every session of the selected series as one PDF booklet"),
        )
        self.demo_action = self._action(self.tr("Create the &Demo Session"))
        self.import_action = self._action(self.tr("&Import a Session Page…"))
        self.fetch_links_action = self._action(
            self.tr("&Download Linked Files"),
            None,
            None,
            self.tr("Download the slides, agendas and recordings the selected sessions link to"),
        )
        self.quit_action = self._action(self.tr("&Quit"), QKeySequence.StandardKey.Quit)
        self.settings_action = self._action(
            self.tr("&Settings…"), QKeySequence.StandardKey.Preferences
        )
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.guide_action = self._action(
            self.tr("&User Guide"), QKeySequence.StandardKey.HelpContents
        )
        self.shortcuts_action = self._action(self.tr("&Keyboard Shortcuts"))
        self.about_action = self._action(self.tr("&About Webinar Archive"))
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_qt_action = self._action(self.tr("About &Qt"))
        self.about_qt_action.setMenuRole(QAction.MenuRole.AboutQtRole)
        self.show_browser_action = self._action(self.tr("&Browser"))
        self.show_browser_action.setCheckable(True)
        self.show_browser_action.setChecked(True)
        self.show_editor_action = self._action(self.tr("&Details"))
        self.show_editor_action.setCheckable(True)
        self.show_editor_action.setChecked(True)
        self.show_browser_action.toggled.connect(self.browser.setVisible)
        self.show_editor_action.toggled.connect(self.editor.setVisible)
        self.undo_action: QAction | None = None
        self.redo_action: QAction | None = None

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu(self.tr("&File"))
        self.file_menu.addAction(self.new_action)
        self.file_menu.addAction(self.import_action)
        self.file_menu.addAction(self.attach_action)
        self.file_menu.addAction(self.fetch_links_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.edit_menu = bar.addMenu(self.tr("&Edit"))
        self._undo_anchor = self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.rename_action)
        self.edit_menu.addAction(self.find_action)
        self.edit_menu.addAction(self.save_search_action)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.people_action)
        self.view_menu = bar.addMenu(self.tr("&View"))
        self.view_menu.addAction(self.show_browser_action)
        self.view_menu.addAction(self.show_editor_action)
        self.view_menu.addAction(self.preview_dock.toggleViewAction())
        self.view_menu.addAction(self.search_dock.toggleViewAction())
        self.session_menu = bar.addMenu(self.tr("&Session"))
        self.session_menu.addAction(self.new_action)
        self.session_menu.addAction(self.attach_action)
        self.session_menu.addAction(self.bulk_edit_action)
        self.session_menu.addAction(self.transcribe_selected_action)
        self.session_menu.addSeparator()
        self.session_menu.addAction(self.export_brief_action)
        self.session_menu.addAction(self.export_booklet_action)
        self.session_menu.addSeparator()
        self.session_menu.addAction(self.trash_action)
        self.session_menu.addAction(self.restore_action)
        self.session_menu.addAction(self.empty_trash_action)
        self.session_menu.addSeparator()
        self.session_menu.addAction(self.demo_action)
        self.library_menu = bar.addMenu(self.tr("&Library"))
        self.library_menu.addAction(self.check_library_action)
        self.library_menu.addAction(self.locate_missing_action)
        self.library_menu.addSeparator()
        self.library_menu.addAction(self.backup_action)
        self.library_menu.addAction(self.restore_backup_action)
        self.library_menu.addAction(self.backup_settings_action)
        self.tools_menu = bar.addMenu(self.tr("&Tools"))
        self.tools_menu.addAction(self.reindex_action)
        self.tools_menu.addSeparator()
        self.tools_menu.addAction(self.settings_action)
        self.help_menu = bar.addMenu(self.tr("&Help"))
        self.help_menu.addAction(self.guide_action)
        self.help_menu.addAction(self.shortcuts_action)
        self.help_menu.addSeparator()
        self.help_menu.addAction(self.about_action)
        self.help_menu.addAction(self.about_qt_action)

    def install_undo_actions(self, undo: QAction, redo: QAction) -> None:
        """Put the undo stack's actions at the top of the Edit menu (standard shortcuts)."""
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        undo.setIcon(self._icon("edit-undo", QStyle.StandardPixmap.SP_ArrowBack))
        redo.setIcon(self._icon("edit-redo", QStyle.StandardPixmap.SP_ArrowForward))
        self.edit_menu.insertAction(self._undo_anchor, undo)
        self.edit_menu.insertAction(self._undo_anchor, redo)
        self.addAction(undo)
        self.addAction(redo)
        self.undo_action = undo
        self.redo_action = redo

    def _build_toolbar(self) -> None:
        self.toolbar = self.addToolBar(self.tr("Main"))
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setIconSize(QSize(20, 20))
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.addAction(self.new_action)
        self.toolbar.addAction(self.attach_action)
        self.toolbar.addAction(self.trash_action)
        self.toolbar.addAction(self.restore_action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.people_action)
        spacer = QWidget(self)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.toolbar.addWidget(spacer)
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("searchEdit")
        self.search_edit.setPlaceholderText(
            self.tr('Search: words, "a phrase", -word, speaker:, year:2020 …')
        )
        self.search_edit.setToolTip(QCoreApplication.translate("MainWindow", str(SEARCH_HELP)))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.addAction(
            self._icon("edit-find", QStyle.StandardPixmap.SP_FileDialogContentsView),
            QLineEdit.ActionPosition.LeadingPosition,
        )
        self.search_edit.setMinimumWidth(280)
        # Escape in the filter box clears it and returns to the table.
        self.clear_filter_action = QAction(self.tr("Clear Filter"), self.search_edit)
        self.clear_filter_action.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.clear_filter_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.search_edit.addAction(self.clear_filter_action)
        self.search_edit.setMaximumWidth(460)
        self.toolbar.addWidget(self.search_edit)
        self.toolbar.addAction(self.save_search_action)
        button = self.toolbar.widgetForAction(self.save_search_action)
        if isinstance(button, QToolButton):
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
            button.setToolTip(self.tr("Save Search… (Ctrl+Shift+S)"))

    def _build_status_bar(self) -> None:
        bar = WrappingStatusBar(self)  # long messages (errors, Polish) wrap, never cut
        self.setStatusBar(bar)
        self.count_label = QLabel(self)
        self.task_label = QLabel(self)
        self.task_progress = QProgressBar(self)
        self.task_progress.setMaximumWidth(200)
        self.task_progress.setMaximumHeight(self.fontMetrics().height() + 4)
        self.task_cancel = QToolButton(self)
        self.task_cancel.setText(self.tr("Cancel"))
        self.task_cancel.setAutoRaise(True)
        bar.addPermanentWidget(self.task_label)
        bar.addPermanentWidget(self.task_progress)
        bar.addPermanentWidget(self.task_cancel)
        bar.addPermanentWidget(self.count_label)
        self.set_task_visible(False)

    def set_task_visible(self, visible: bool) -> None:
        for w in (self.task_label, self.task_progress, self.task_cancel):
            w.setVisible(visible)

    def configure_table_columns(self) -> None:
        """Default widths and hidden columns; the user's saved header state replaces them."""
        self.table.configure_columns()

    def settle_restored_state(self) -> None:
        """After the remembered layout is restored: what must hold whatever was remembered."""
        # The title takes the width the other columns leave, so a wider window shows more of
        # it; a remembered header (which stores each column's mode) must not undo that.
        self.table.horizontalHeader().setSectionResizeMode(
            COL_TITLE, QHeaderView.ResizeMode.Stretch
        )
        # Results and a previewed page belong to the last run: empty panes do not come back
        # (their place and size are remembered for when they are next shown).
        self.search_dock.hide()
        self.preview_dock.hide()

    def fit_table_columns(self, hide_when_narrow: bool = False) -> None:
        """Share the visible width between the shown columns (title and speakers get most)."""
        self.table.fit_columns(hide_when_narrow)

    # --------------------------------------------------------------- centre pages

    def show_empty_state(self, empty: bool) -> None:
        self.centre.setCurrentWidget(self.empty_state if empty else self.table)

    # --------------------------------------------------------------- slots for others

    def set_player_widget(self, widget: QWidget) -> None:
        """Place the media player in a dock below the table and editor; shown on first play."""
        if self.player_dock is None:
            self.player_dock = QDockWidget(self.tr("Player"), self)
            self.player_dock.setObjectName("playerDock")
            # Video and panes side by side need the window's width, and slides previewed on
            # the right stay in view while the recording plays.
            self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.player_dock)
            self.view_menu.addAction(self.player_dock.toggleViewAction())
            self.player_dock.hide()  # until something is played
        self.player_dock.setWidget(widget)
        self.player_widget = widget

    def show_pdf_page(self, material_id: int, page_no: int) -> None:
        """Ask for material ``material_id`` to be shown at 1-based ``page_no`` (search hits)."""
        self.pdf_page_requested.emit(material_id, page_no)

    def show_search_results(self) -> None:
        self._show_dock(self.search_dock)

    def show_player(self) -> None:
        if self.player_dock is not None:
            self._show_dock(self.player_dock)
        else:
            self.statusBar().showMessage(self.tr("No media player is available."), 5000)

    def show_preview(self) -> None:
        self._show_dock(self.preview_dock)

    def _show_dock(self, dock: QDockWidget) -> None:
        """Show a side dock; the first time, give it a useful share of the window."""
        first = dock.isHidden() and not dock.property("wasShown")
        dock.show()
        dock.raise_()
        if first and not dock.isFloating():
            dock.setProperty("wasShown", True)
            dock_room.give_first_room(self, dock)

    # --------------------------------------------------------------- events

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()
            self.drop_overlay.setText(self.drop_text())
            self.drop_overlay.setGeometry(self.rect())
            self.drop_overlay.raise_()
            self.drop_overlay.show()
        else:
            super().dragEnterEvent(event)

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self.drop_overlay.hide()
        super().dragLeaveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        self.drop_overlay.hide()
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.files_dropped.emit(paths)
        else:
            super().dropEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.close_requested.emit()
        super().closeEvent(event)
