"""Shared setup of the in-app search tests: the app with the demo session, typing a query."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from ui_player_helpers import App
from webinar_archive.domain import model as m


def add_sessions(app: App) -> dict[str, int]:
    """A few sessions beside the demo one, with accents, series, years and speakers."""
    s = app.archive.sessions
    ids = {
        "lodz": s.create(
            m.SessionDraft(
                title="Smart cities in Łódź",
                series="Regional Innovation Talks",
                date=dt.date(2021, 3, 2),
                summary="Sławomir Nowak describes how the city rebuilt its textile district.",
                speakers=[m.SpeakerDraft("Sławomir Nowak", "Uniwersytet Łódzki")],
                tags=["urban"],
            )
        ).id,
        "hydrogen": s.create(
            m.SessionDraft(
                title="Green hydrogen valleys",
                series="Regional Innovation Talks",
                date=dt.date(2019, 5, 14),
                summary="Clusters of electrolysers and the regions that host them.",
                speakers=[m.SpeakerDraft("Ingrid Dahl", "SINTEF")],
                tags=["energy"],
            )
        ).id,
        "archive": s.create(
            m.SessionDraft(
                title="Keeping webinar archives alive",
                series="Library Practice",
                date=dt.date(2018, 1, 20),
                summary="Why archives of recorded talks need catalogues and transcripts.",
            )
        ).id,
    }
    app.controller.refresh_browser()
    app.controller.refresh_table()
    return ids


def type_query(app: App, qtbot, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type ``text`` into the toolbar box (replacing what is there) and wait for its results."""
    edit = app.window.search_edit
    edit.clear()
    qtbot.keyClicks(edit, text)
    wait_for_query(app, qtbot, text)


def wait_for_query(app: App, qtbot, text: str) -> None:  # type: ignore[no-untyped-def]
    search = app.main.search
    qtbot.waitUntil(lambda: search.query == text.strip() and not search.busy, timeout=10_000)


def clear_box(app: App, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Esc in the box, as the user ends a search."""
    edit = app.window.search_edit
    app.window.activateWindow()
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    qtbot.keyClick(edit, Qt.Key.Key_Escape)
    wait_for_query(app, qtbot, "")


def table_ids(app: App) -> list[int]:
    return app.controller.table_model.ids()
