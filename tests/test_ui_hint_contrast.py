"""Hint texts (placeholders, counts, hint labels) keep WCAG's 4.5:1 in light and dark palettes."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget

import ui_helpers
from ui_helpers import Main
from webinar_archive.services.archive import Archive

pytestmark = pytest.mark.sqlite_only
settings = ui_helpers.settings


def _ratio(a: QColor, b: QColor) -> float:
    """WCAG 2 contrast ratio, written out here so the test does not trust the app's own."""

    def lum(c: QColor) -> float:
        def ch(v: float) -> float:
            return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4

        return 0.2126 * ch(c.redF()) + 0.7152 * ch(c.greenF()) + 0.0722 * ch(c.blueF())

    hi, lo = sorted((lum(a), lum(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def _over(colour: QColor, background: QColor) -> QColor:
    """A colour with alpha as drawn over its background."""
    a = colour.alphaF()
    return QColor.fromRgbF(
        *(
            getattr(colour, f)() * a + getattr(background, f)() * (1 - a)
            for f in ("redF", "greenF", "blueF")
        )
    )


def _dark_palette() -> QPalette:
    palette = QPalette(QColor("#353535"), QColor("#2b2b2b"))
    for role, colour in (
        (QPalette.ColorRole.Window, "#2b2b2b"),
        (QPalette.ColorRole.WindowText, "#e6e6e6"),
        (QPalette.ColorRole.Base, "#1e1e1e"),
        (QPalette.ColorRole.AlternateBase, "#262626"),
        (QPalette.ColorRole.Text, "#e6e6e6"),
        (QPalette.ColorRole.Button, "#353535"),
        (QPalette.ColorRole.ButtonText, "#e6e6e6"),
    ):
        palette.setColor(role, QColor(colour))
    return palette


@pytest.fixture(params=["light", "dark"])
def palette(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    original = QPalette(qapp.palette())
    if request.param == "dark":
        qapp.setPalette(_dark_palette())
    else:
        qapp.setPalette(qapp.style().standardPalette())
    yield request.param
    qapp.setPalette(original)


def _hint_labels(root: QWidget) -> list[QLabel]:
    """Labels drawn greyed out (disabled) or in the hint colour, without a style sheet."""
    return [
        label
        for label in root.findChildren(QLabel)
        if label.text()
        and not label.styleSheet()
        and (
            not label.isEnabled()
            or label.foregroundRole()
            in (QPalette.ColorRole.PlaceholderText, QPalette.ColorRole.Mid)
        )
    ]


def _label_contrast(label: QLabel) -> float:
    palette = label.palette()
    group = QPalette.ColorGroup.Active if label.isEnabled() else QPalette.ColorGroup.Disabled
    background = palette.color(group, label.backgroundRole())
    text = _over(palette.color(group, label.foregroundRole()), background)
    return _ratio(text, background)


def test_every_hint_label_and_placeholder_reads_at_4_5_to_1(
    palette: str, archive: Archive, settings, qtbot
) -> None:
    """Hint labels of the main window and the people manager, placeholders and counts."""
    opened = Main(archive, settings, qtbot)
    try:
        w = opened.window
        w.people_action.trigger()
        manager = opened.app.people.manager
        assert manager is not None
        dialog = manager.dialog
        dialog.people.hint.setText("Select two entries to merge them.")
        labels = _hint_labels(w) + _hint_labels(dialog)
        # The editor's "select a session" text, the Files tab's drop hint, the manager's hint.
        assert len(labels) >= 3, [label.text() for label in labels]
        for label in labels:
            assert _label_contrast(label) >= 4.5, (palette, label.text(), _label_contrast(label))
        app_palette = QApplication.palette()
        placeholder = app_palette.color(QPalette.ColorRole.PlaceholderText)
        for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
            background = app_palette.color(role)
            assert _ratio(_over(placeholder, background), background) >= 4.5, (palette, role)
        dialog.close()
    finally:
        opened.close()


def test_hint_colour_follows_a_palette_changed_while_running(
    archive: Archive, settings, qtbot, qapp: QApplication
) -> None:
    """Switching to a dark palette with the window open recomputes the hint colour."""
    original = QPalette(qapp.palette())
    qapp.setPalette(qapp.style().standardPalette())
    opened = Main(archive, settings, qtbot)
    try:
        dark = _dark_palette()
        # As dark themes often ship them: faint placeholders and disabled text.
        dark.setColor(QPalette.ColorRole.PlaceholderText, QColor("#555555"))
        dark.setColor(
            QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, QColor("#555555")
        )
        qapp.setPalette(dark)
        qtbot.wait(20)
        placeholder = QApplication.palette().color(QPalette.ColorRole.PlaceholderText)
        label = opened.window.editor.placeholder
        for background in (
            QApplication.palette().color(QPalette.ColorRole.Window),
            QApplication.palette().color(QPalette.ColorRole.Base),
        ):
            assert _ratio(_over(placeholder, background), background) >= 4.5
        assert _label_contrast(label) >= 4.5
    finally:
        opened.close()
        qapp.setPalette(original)
