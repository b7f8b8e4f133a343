"""Small reusable widgets: commit-on-blur text edits, completers, elided labels, hint colours."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    QStringListModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFont,
    QFontMetrics,
    QIcon,
    QPalette,
    QResizeEvent,
    QTextLayout,
)
from PySide6.QtWidgets import (
    QApplication,
    QCompleter,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QStyle,
    QTableView,
    QWidget,
)

from ..domain.text import fold


class CommitPlainTextEdit(QPlainTextEdit):
    """A plain text edit whose edit is committed when it loses focus (like a line edit)."""

    committed = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.committed.emit()


def make_completer(words: Iterable[str], parent: QWidget | None = None) -> QCompleter:
    """Case-insensitive completer matching anywhere in the word (names are 'Given Family')."""
    completer = QCompleter(parent)
    # The completer's child: a model passed to QCompleter's constructor belongs to no one
    # and was deleted at once, leaving the completer with nothing to offer.
    completer.setModel(QStringListModel(sorted(set(words), key=str.casefold), completer))
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    return completer


def make_completer_on_focus(words: Callable[[], Iterable[str]], edit: QLineEdit) -> QCompleter:
    """``make_completer`` for ``edit``, its words made when the edit first takes the focus
    (completion needs typing, typing needs the focus): a long list to make (every time zone,
    some 600 files read) is not made while the window starts."""
    completer = make_completer([], edit)
    _FillOnFocus(edit, completer, words)
    return completer


class _FillOnFocus(QObject):
    def __init__(
        self, edit: QLineEdit, completer: QCompleter, words: Callable[[], Iterable[str]]
    ) -> None:
        super().__init__(edit)
        self._completer = completer
        self._words: Callable[[], Iterable[str]] | None = words
        edit.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn and self._words is not None:
            words, self._words = self._words, None
            set_completion_words(self._completer, words())
            watched.removeEventFilter(self)
        return False


KEYS_ROLE = Qt.ItemDataRole.UserRole + 40


class CompletionEntries(QAbstractListModel):
    """What a :class:`FoldingCompleter` offers: (name shown, folded keys matched) per entry,
    sorted by name, narrowed to the entries whose keys contain what is typed.

    The model narrows itself (the completer hands it the folded text) rather than leaving it
    to QCompleter, which would ask every row for its keys through Python on each keystroke;
    so filling it builds nothing per entry (27,500 names at 100,000 sessions) and a keystroke
    is one pass over plain strings."""

    def __init__(
        self, entries: Iterable[tuple[str, str]] = (), parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._entries = sorted_entries(entries)
        self._needle = ""
        self._shown = self._entries

    def set_entries(self, entries: Iterable[tuple[str, str]]) -> None:
        """Replace every entry, keeping what is typed narrowing them."""
        self.beginResetModel()
        self._entries = sorted_entries(entries)
        self._shown = self._matching(self._needle)
        self.endResetModel()

    def narrow(self, needle: str) -> None:
        """Show only entries whose keys contain ``needle`` (folded text; empty: all)."""
        if needle == self._needle:
            return
        self.beginResetModel()
        self._needle = needle
        self._shown = self._matching(needle)
        self.endResetModel()

    def names(self) -> list[str]:
        """Every entry's name, narrowed or not."""
        return [name for name, _keys in self._entries]

    def _matching(self, needle: str) -> list[tuple[str, str]]:
        if not needle:
            return self._entries
        return [entry for entry in self._entries if needle in entry[1]]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._shown)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        row = index.row()
        if not index.isValid() or not 0 <= row < len(self._shown):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._shown[row][0]
        if role == KEYS_ROLE:
            return self._shown[row][1]
        return None


def sorted_entries(entries: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    """Completion entries once each, in the order offered (any thread: sorting 27,500 names
    where they are read leaves little to do on the GUI thread)."""
    return sorted(set(entries), key=lambda e: e[0].casefold())


class FoldingCompleter(QCompleter):
    """Completes from entries whose keys contain what is typed, accents and case aside, so
    "lodz" offers "Łódź" and "cebr" offers "Council of European BioRegions (CEBR)"."""

    def __init__(self, model: CompletionEntries, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._entries = model
        self.setModel(model)
        self.setCompletionRole(KEYS_ROLE)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)

    def splitPath(self, path: str) -> list[str]:
        # The model keeps only the entries that match; an empty path tells QCompleter that
        # each one it holds does, without asking them one by one.
        self._entries.narrow(fold(path))
        return [""]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        return str(index.data(Qt.ItemDataRole.DisplayRole) or "")


def set_completion_words(completer: QCompleter, words: Iterable[str]) -> None:
    model = completer.model()
    if isinstance(model, QStringListModel):
        model.setStringList(sorted(set(words), key=str.casefold))


class TagsLineEdit(QLineEdit):
    """Comma-separated tags; the completer completes the tag after the last comma."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._completer = make_completer([], self)
        self._completer.setWidget(self)
        self._completer.activated.connect(self._on_completer_activated)
        self.textEdited.connect(self._on_text_edited)

    def set_words(self, words: Iterable[str]) -> None:
        set_completion_words(self._completer, words)
        if self.hasFocus() and self.isModified() and self.text():  # typed before they arrived
            self._on_text_edited(self.text())

    def tags(self) -> list[str]:
        seen: list[str] = []
        for part in self.text().split(","):
            tag = part.strip()
            if tag and tag.casefold() not in (t.casefold() for t in seen):
                seen.append(tag)
        return seen

    def _on_text_edited(self, text: str) -> None:
        prefix = text.rsplit(",", 1)[-1].strip()
        if not prefix:
            popup = self._completer.popup()
            if popup is not None:
                popup.hide()
            return
        self._completer.setCompletionPrefix(prefix)
        self._completer.complete()

    def _on_completer_activated(self, word: str) -> None:
        head = self.text().rsplit(",", 1)[0] if "," in self.text() else ""
        self.setText(f"{head.strip()}, {word}, " if head.strip() else f"{word}, ")


def theme_icon(name: str, fallback: QStyle.StandardPixmap) -> QIcon:
    """A freedesktop theme icon (or its '-symbolic' variant), else the style's standard icon."""
    for candidate in (name, f"{name}-symbolic"):
        if QIcon.hasThemeIcon(candidate):
            return QIcon.fromTheme(candidate)
    style = QApplication.style()
    return style.standardIcon(fallback) if style is not None else QIcon()


def elide_lines(text: str, font: QFont, width: int, lines: int) -> str:
    """``text`` wrapped at ``width`` pixels into at most ``lines`` lines, the last cut with "…"."""
    text = " ".join(text.split())
    if width <= 0 or not text:
        return text
    layout = QTextLayout(text, font)
    layout.beginLayout()
    spans: list[tuple[int, int]] = []
    while len(spans) <= lines:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        spans.append((line.textStart(), line.textLength()))
    layout.endLayout()
    if len(spans) <= lines:
        return "\n".join(text[start : start + length].rstrip() for start, length in spans)
    head = [text[start : start + length].rstrip() for start, length in spans[: lines - 1]]
    rest = text[spans[lines - 1][0] :]
    head.append(QFontMetrics(font).elidedText(rest, Qt.TextElideMode.ElideRight, width))
    return "\n".join(head)


class ElidedLabel(QLabel):
    """A label of a fixed number of lines: longer text is cut with "…", whole in the tooltip.

    Its height never depends on the text, so what is laid out below it does not jump from one
    session to the next, and its width never asks the window to grow.
    """

    def __init__(self, lines: int = 1, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self._lines = max(1, lines)
        self.setWordWrap(False)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self._fix_height()

    def setText(self, text: str) -> None:
        self._full = text
        self._relayout()

    def text(self) -> str:
        """The whole text, not the cut one on screen."""
        return self._full

    def shown_text(self) -> str:
        return super().text()

    def minimumSizeHint(self) -> QSize:
        return QSize(0, self.height())

    def sizeHint(self) -> QSize:
        return QSize(self.fontMetrics().averageCharWidth() * 40, self.height())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fix_height()
            self._relayout()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._relayout()

    def _fix_height(self) -> None:
        margins = self.contentsMargins()
        spacing = self.fontMetrics().lineSpacing()
        self.setFixedHeight(spacing * self._lines + margins.top() + margins.bottom() + 2)

    def _relayout(self) -> None:
        shown = elide_lines(self._full, self.font(), self.contentsRect().width(), self._lines)
        super().setText(shown)
        cut = shown.replace("\n", " ") != " ".join(self._full.split())
        self.setToolTip(self._full if cut else "")


# WCAG 2 asks 4.5:1 for body text; a little more leaves room for rounding to 8-bit colours.
HINT_CONTRAST = 4.6


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast_ratio(a: QColor, b: QColor) -> float:
    """WCAG 2 contrast ratio of two opaque colours, from 1 to 21."""
    la, lb = _luminance(a), _luminance(b)
    return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)


def hint_colour(palette: QPalette) -> QColor:
    """The palette's text colour softened toward its backgrounds as far as 4.5:1 allows.

    Hints must read as secondary yet stay legible: the result keeps HINT_CONTRAST against
    both the window and the view (base) background, in light and dark palettes alike.
    """
    text = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText)
    backgrounds = [
        palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Window),
        palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Base),
    ]
    towards = backgrounds[0]
    # From the softest blend (60 % background) back toward the text colour itself.
    for step in range(60, -1, -5):
        t = step / 100
        blend = QColor.fromRgbF(
            text.redF() * (1 - t) + towards.redF() * t,
            text.greenF() * (1 - t) + towards.greenF() * t,
            text.blueF() * (1 - t) + towards.blueF() * t,
        )
        if all(contrast_ratio(blend, bg) >= HINT_CONTRAST for bg in backgrounds):
            return blend
    return QColor(text)


def apply_hint_colour(app: QApplication) -> None:
    """Make the application palette's PlaceholderText the hint colour (placeholders in edits,
    counts in the browser, labels made with ``make_hint``), now and after a palette change."""
    palette = app.palette()
    colour = hint_colour(palette)
    groups = (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive)
    if all(palette.color(g, QPalette.ColorRole.PlaceholderText) == colour for g in groups):
        return
    for group in groups:
        palette.setColor(group, QPalette.ColorRole.PlaceholderText, colour)
    app.setPalette(palette)
    if not app.property("hintColourFollowsPalette"):
        app.setProperty("hintColourFollowsPalette", True)
        app.paletteChanged.connect(lambda _palette: apply_hint_colour(app))


def make_hint(label: QLabel) -> QLabel:
    """Draw ``label`` as a hint: secondary, yet readable (not greyed out like a disabled one)."""
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """Size ``window`` to ``width`` x ``height``, or to 90 % of its screen when that is smaller:
    a dialog taller than a 1280x800 screen hides its buttons below the screen's edge."""
    screen = window.screen() or QApplication.primaryScreen()
    if screen is not None:
        area = screen.availableGeometry()
        width = min(width, int(area.width() * 0.9))
        height = min(height, int(area.height() * 0.9))
    window.resize(width, height)


def make_error_label() -> QLabel:
    """A hidden, wrapping label for a dialog's error message, in the dialogs' one error red."""
    label = QLabel()
    label.setStyleSheet("color: #b00020;")
    label.setWordWrap(True)
    label.hide()
    return label


class RowsFollowWidths(QObject):
    """Keeps the rows of a word-wrapping table as tall as their text at the columns' widths now.

    Qt sizes rows when asked, and stretched columns change width later (the dialog shown,
    resized, a scroll bar come or gone) without resizing the rows: wrapped text is then cut,
    or its rows stay too tall. Fitted once per burst of changes, after they settle;
    ``fitted`` says when (a table sized to its rows sizes itself again then).
    """

    fitted = Signal()

    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self._table = table
        self._pending = False
        table.setWordWrap(True)
        table.viewport().installEventFilter(self)
        table.horizontalHeader().sectionResized.connect(self.refit)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Resize
            and isinstance(event, QResizeEvent)
            and event.size().width() != event.oldSize().width()
        ):
            self.refit()
        return False

    def refit(self, *_: object) -> None:
        if not self._pending:
            self._pending = True
            QTimer.singleShot(0, self, self._fit)  # dropped if the table goes first

    def _fit(self) -> None:
        self._pending = False
        self._table.resizeRowsToContents()
        self.fitted.emit()
