"""Small reusable widgets: commit-on-blur text edits, completers, elided labels, hint colours."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    QStringListModel,
    Qt,
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
    QStandardItem,
    QStandardItemModel,
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
    completer = QCompleter(QStringListModel(sorted(set(words), key=str.casefold)), parent)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    return completer


KEYS_ROLE = Qt.ItemDataRole.UserRole + 40


def completion_entries(entries: Iterable[tuple[str, str]]) -> QStandardItemModel:
    """A model for :class:`FoldingCompleter`: (name shown, folded keys matched) per entry."""
    model = QStandardItemModel()
    fill_completion_entries(model, entries)
    return model


def fill_completion_entries(model: QStandardItemModel, entries: Iterable[tuple[str, str]]) -> None:
    model.clear()
    for name, keys in sorted(set(entries), key=lambda e: e[0].casefold()):
        item = QStandardItem(name)
        item.setData(keys, KEYS_ROLE)
        model.appendRow(item)


class FoldingCompleter(QCompleter):
    """Completes from entries whose keys contain what is typed, accents and case aside, so
    "lodz" offers "Łódź" and "cebr" offers "Council of European BioRegions (CEBR)"."""

    def __init__(self, model: QStandardItemModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setCompletionRole(KEYS_ROLE)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)

    def splitPath(self, path: str) -> list[str]:
        return [fold(path)]

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
