"""Accessible names for every control: what a sighted user reads next to it, said to screen readers.

Most controls are named by their text or by the label whose buddy they are; the rest (fields in
form layouts without a buddy, icon-only buttons, sliders, a spin box's inner edit, scroll areas)
had no name for a screen reader. One application-wide filter names each control when Qt polishes
it, before it is first shown, from the nearest thing on screen that says what it is (and, when
it is installed, every control made before). A name set in the code always wins.
"""

from __future__ import annotations

import re
from typing import TypeVar

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

_TAGS = re.compile(r"<[^>]+>")
_T = TypeVar("_T", bound=QObject)


def _plain(text: str) -> str:
    """Label or tooltip text without markup, mnemonics, trailing colon or shortcut hints."""
    text = _TAGS.sub(" ", text).replace("&&", "\0").replace("&", "").replace("\0", "&")
    text = re.sub(r"\s+([.,;:!?])", r"\1", " ".join(text.split()))
    text = re.sub(r"\s*\((Ctrl|Shift|Alt|Space|F\d)[^)]*\)$", "", text)
    return text.rstrip(":").strip()


def _first_sentence(text: str) -> str:
    plain = _plain(text)
    cut = re.split(r"(?<=[.!?])\s", plain, maxsplit=1)[0]
    return cut.rstrip(".")


def _in_layout(layout: QLayout, widget: QWidget) -> bool:
    for i in range(layout.count()):
        item = layout.itemAt(i)
        if item is None:
            continue
        if item.widget() is widget:
            return True
        inner = item.layout()
        if inner is not None and _in_layout(inner, widget):
            return True
    return False


# While one pass names many controls, each container's labels and forms are looked up once
# (a window-wide search per control made the pass quadratic); None outside a pass.
_found: dict[tuple[QWidget, type], list[QObject]] | None = None


def _children(widget: QWidget, kind: type[_T]) -> list[_T]:
    if _found is None:
        return list(widget.findChildren(kind))
    key = (widget, kind)
    if key not in _found:
        _found[key] = list(widget.findChildren(kind))
    return _found[key]  # type: ignore[return-value]


def _label_in(widget: QWidget | None) -> QLabel | None:
    """The label itself, or the first label with text inside a label cell (icon + text)."""
    if isinstance(widget, QLabel):
        return widget
    if widget is None:
        return None
    return next((label for label in widget.findChildren(QLabel) if _plain(label.text())), None)


def _form_label(widget: QWidget) -> str:
    """The text of the label of the form row holding ``widget`` (alone or in a row layout),
    looking up to three levels of containers."""
    child = widget
    for _ in range(3):
        parent = child.parentWidget()
        if parent is None:
            return ""
        for form in _children(parent, QFormLayout):
            for row in range(form.rowCount()):
                field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
                label_item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
                label = _label_in(label_item.widget() if label_item is not None else None)
                if field is None or label is None:
                    continue
                inner = field.layout()
                holds = field.widget() is child or (inner is not None and _in_layout(inner, child))
                text = _plain(label.text())
                if holds and text:
                    return text
        child = parent
    return ""


def _buddy_label(widget: QWidget) -> str:
    window = widget.window()
    for label in _children(window, QLabel):
        if label.buddy() is widget and _plain(label.text()):
            return _plain(label.text())
    return ""


def _tab_title(widget: QWidget, levels: int = 3) -> str:
    """The title of the tab page that is ``widget`` or holds it (up to ``levels`` up)."""
    page: QWidget | None = widget
    for _ in range(levels):
        if page is None:
            return ""
        parent = page.parentWidget()
        tabs = parent.parentWidget() if parent is not None else None
        if isinstance(parent, QStackedWidget) and isinstance(tabs, QTabWidget):
            index = tabs.indexOf(page)
            if index >= 0:
                return _plain(tabs.tabText(index))
        page = parent
    return ""


def derived_name(widget: QWidget) -> str:
    """A name for ``widget`` from what is shown with it; empty when nothing says what it is."""
    if isinstance(widget, QAbstractButton) and _plain(widget.text()):
        return _plain(widget.text())
    for found in (_buddy_label(widget), _form_label(widget)):
        if found:
            return found
    parent = widget.parentWidget()
    if isinstance(widget, QLineEdit) and isinstance(parent, QAbstractSpinBox):
        return parent.accessibleName() or derived_name(parent)
    if isinstance(widget, QLineEdit) and widget.placeholderText():
        return _plain(widget.placeholderText()).rstrip("…")
    if isinstance(widget, QTabWidget):
        titles = [_plain(widget.tabText(i)) for i in range(widget.count())]
        return ", ".join(t for t in titles if t)
    if widget.toolTip():
        return _first_sentence(widget.toolTip())
    if isinstance(widget, QAbstractScrollArea):
        # A list or a scrolling page that fills a tab is what the tab's title says.
        inner = getattr(widget, "widget", lambda: None)()
        for candidate in (widget, inner):
            if isinstance(candidate, QWidget) and _tab_title(candidate):
                return _tab_title(candidate)
    return ""


def spoken_name(widget: QWidget) -> str:
    """What a screen reader announces as ``widget``'s name."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def needs_name(widget: QWidget) -> bool:
    """A control the keyboard reaches, which a screen reader would announce without a name."""
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus) and not spoken_name(widget)


_WHEN = (QEvent.Type.Polish, QEvent.Type.Show)


class AccessibleNamer(QObject):
    """The application-wide filter: names each unnamed control as Qt polishes it."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Polish comes before the first show; Show again covers a control polished before it
        # was placed (a page added to tabs afterwards, say).
        if event.type() in _WHEN and isinstance(watched, QWidget):
            name_if_unnamed(watched)
        return False


def name_if_unnamed(widget: QWidget) -> None:
    if widget.accessibleName() or not (widget.focusPolicy() & Qt.FocusPolicy.TabFocus):
        return
    if spoken_name(widget):
        return
    name = derived_name(widget)
    if name:
        widget.setAccessibleName(name)


def install(app: QApplication) -> None:
    """Install the filter once per application, and name the controls made before it.

    The main window installs it once it is built: an application-wide filter is called for
    every event of every object, thousands while the window is built.
    """
    if app.property("wa_accessible_names"):
        return
    namer = AccessibleNamer(app)
    app.installEventFilter(namer)
    app.setProperty("wa_accessible_names", True)
    global _found
    _found = {}
    try:
        for top in app.topLevelWidgets():
            for widget in (top, *top.findChildren(QWidget)):
                name_if_unnamed(widget)
    finally:
        _found = None
