"""Small reusable widgets: text edits that say when they lose focus, completers over lists."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QStringListModel, Qt, Signal
from PySide6.QtGui import QFocusEvent, QIcon, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QApplication,
    QCompleter,
    QLineEdit,
    QPlainTextEdit,
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
