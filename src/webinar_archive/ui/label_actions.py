"""Rename and merge from the browser's context menu: a series, a tag or an organisation is one
record, so renaming it renames it on every session, and merging two works like merging people."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QPoint
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMenu

from ..domain import model as m
from ..domain.errors import ArchiveError
from . import errors
from .browser import FILTER_ROLE, KIND_FILTER, KIND_ROLE
from .bulk_edit_controller import Catalogue
from .shell import Shell


class LabelActions(QObject):
    """Rename… and Merge Into… for the series, tag and organisation nodes of the browser."""

    def __init__(self, shell: Shell, catalogue: Catalogue) -> None:
        super().__init__(shell)
        self.shell = shell
        self.catalogue = catalogue
        self.archive = shell.archive
        self.window = shell.window
        # A series node's menu is the booklet's (brief_controller): these join it there.
        shell.series_menu_hooks.append(self.add_series_actions)
        self.window.browser.customContextMenuRequested.connect(self._on_browser_context_menu)

    def _on_browser_context_menu(self, pos: QPoint) -> None:
        browser = self.window.browser
        index = browser.indexAt(pos).siblingAtColumn(0)
        flt = index.data(FILTER_ROLE) if index.data(KIND_ROLE) == KIND_FILTER else None
        if not isinstance(flt, m.SessionFilter):
            return
        menu = self.menu_for(flt)
        if menu is not None:
            menu.exec(browser.viewport().mapToGlobal(pos))

    def menu_for(self, flt: m.SessionFilter) -> QMenu | None:
        """The Rename… / Merge Into… menu of a tag or organisation node (None: other nodes)."""
        menu = QMenu(self.window.browser)
        if flt.tag is not None:
            tag = flt.tag
            menu.addAction(
                QCoreApplication.translate("LabelActions", "Rename Tag…"),
                lambda: self.ask_rename_tag(tag),
            )
            menu.addAction(
                QCoreApplication.translate("LabelActions", "Merge Into…"),
                lambda: self.ask_merge_tag(tag),
            )
        elif flt.organisation_id is not None:
            org_id = flt.organisation_id
            menu.addAction(
                QCoreApplication.translate("LabelActions", "Rename Organisation…"),
                lambda: self.ask_rename_organisation(org_id),
            )
            menu.addAction(
                QCoreApplication.translate("LabelActions", "Merge Into…"),
                lambda: self.ask_merge_organisation(org_id),
            )
        else:
            return None
        return menu

    def add_series_actions(self, menu: QMenu, series_id: int) -> None:
        menu.addSeparator()
        menu.addAction(
            QCoreApplication.translate("LabelActions", "Rename Series…"),
            lambda: self.ask_rename_series(series_id),
        )
        menu.addAction(
            QCoreApplication.translate("LabelActions", "Merge Into…"),
            lambda: self.ask_merge_series(series_id),
        )

    # ------------------------------------------------------------ asking

    def _ask_name(self, title: str, current: str) -> str | None:
        name, ok = QInputDialog.getText(
            self.window,
            title,
            QCoreApplication.translate("LabelActions", "New name:"),
            QLineEdit.EchoMode.Normal,
            current,
        )
        return name if ok and name.strip() and name != current else None

    def _ask_keep(self, title: str, name: str, others: list[str]) -> str | None:
        if not others:
            errors.show_failure(
                self.window,
                title,
                QCoreApplication.translate("LabelActions", "There is nothing to merge it into."),
            )
            return None
        keep, ok = QInputDialog.getItem(
            self.window,
            title,
            QCoreApplication.translate(
                "LabelActions",
                "Merge “%1” into which one? Its sessions move there and it is deleted.",
            ).replace("%1", name),
            others,
            0,
            False,
        )
        return keep if ok else None

    def ask_rename_series(self, series_id: int) -> None:
        names = {s.id: s.name for s in self.archive.sessions.series()}
        new = self._ask_name(
            QCoreApplication.translate("LabelActions", "Rename Series"), names.get(series_id, "")
        )
        if new is not None:
            self.rename_series(series_id, new)

    def ask_merge_series(self, series_id: int) -> None:
        series = {s.name: s.id for s in self.archive.sessions.series()}
        name = next((n for n, i in series.items() if i == series_id), "")
        keep = self._ask_keep(
            QCoreApplication.translate("LabelActions", "Merge Series"),
            name,
            [n for n in series if n != name],
        )
        if keep is not None:
            self.merge_series(series[keep], series_id)

    def ask_rename_tag(self, tag: str) -> None:
        new = self._ask_name(QCoreApplication.translate("LabelActions", "Rename Tag"), tag)
        if new is not None:
            self.rename_tag(tag, new)

    def ask_merge_tag(self, tag: str) -> None:
        others = [t for t, _n in self.archive.sessions.tags() if t != tag]
        keep = self._ask_keep(QCoreApplication.translate("LabelActions", "Merge Tags"), tag, others)
        if keep is not None:
            self.merge_tags(keep, tag)

    def ask_rename_organisation(self, org_id: int) -> None:
        org = self.archive.people.organisation(org_id)
        new = self._ask_name(
            QCoreApplication.translate("LabelActions", "Rename Organisation"), org.name
        )
        if new is not None:
            self.rename_organisation(org_id, new)

    def ask_merge_organisation(self, org_id: int) -> None:
        orgs = {o.name: o.id for o in self.archive.people.organisations()}
        name = self.archive.people.organisation(org_id).name
        keep = self._ask_keep(
            QCoreApplication.translate("LabelActions", "Merge Organisations"),
            name,
            [n for n in orgs if n != name],
        )
        if keep is not None:
            self.merge_organisation(orgs[keep], org_id)

    # ------------------------------------------------------------ doing

    def rename_series(self, series_id: int, name: str) -> None:
        self._do(lambda: self.archive.bulk.rename_series(series_id, name))

    def merge_series(self, keep_id: int, duplicate_id: int) -> None:
        self._do(lambda: self.archive.bulk.merge_series(keep_id, duplicate_id))

    def rename_tag(self, tag: str, name: str) -> None:
        self._do(lambda: self.archive.bulk.rename_tag(tag, name))

    def merge_tags(self, keep: str, duplicate: str) -> None:
        self._do(lambda: self.archive.bulk.merge_tags(keep, duplicate))

    def rename_organisation(self, org_id: int, name: str) -> None:
        def rename() -> None:
            org = self.archive.people.organisation(org_id)
            self.archive.people.update_organisation(
                org_id,
                name,
                org.acronym,
                org.aliases,
                org.identifier,
                org.parent_id,
                expected=org,
            )

        self._do(rename, people=True)

    def merge_organisation(self, keep_id: int, duplicate_id: int) -> None:
        self._do(
            lambda: self.archive.people.merge_organisations(keep_id, duplicate_id), people=True
        )

    def _do(self, change: Callable[[], object], *, people: bool = False) -> None:
        try:
            change()
        except ArchiveError as exc:
            errors.report_exception(
                self.window,
                exc,
                QCoreApplication.translate("LabelActions", "The change was not saved."),
            )
            return
        if people:
            self.shell.people_changed.emit()  # the table, the browser and the editor follow
            return
        self.catalogue.refresh_table()
        self.catalogue.refresh_browser()
        self.shell.editor.refresh_if_changed()
