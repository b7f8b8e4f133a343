"""Offering to remove people and organisations that no session names any more."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ..domain import model as m
from ..domain.errors import ArchiveError
from ..services.archive import Archive
from .errors import report_exception
from .i18n import TrContext

UnusedRecords = TrContext("UnusedRecords")

SHOWN_NAMES = 12


def describe_unused(people: Sequence[m.Person], orgs: Sequence[m.Organisation]) -> str:
    """The records by name, a few at most ("… and 7 more")."""
    names = [p.display_name for p in people] + [o.name for o in orgs]
    shown = "\n".join(f"• {n}" for n in names[:SHOWN_NAMES])
    if len(names) > SHOWN_NAMES:
        shown += "\n" + QCoreApplication.translate("UnusedRecords", "… and %1 more").replace(
            "%1", str(len(names) - SHOWN_NAMES)
        )
    return shown


def offer_removal(
    parent: QWidget | None,
    archive: Archive,
    people: Sequence[m.Person],
    orgs: Sequence[m.Organisation],
    on_removed: Callable[[], None],
) -> QMessageBox | None:
    """Ask, without blocking, whether to delete these unused records (naming them); on
    Remove delete them and call ``on_removed``. Returns the question (None: nothing to ask).

    Records a session has taken up again meanwhile are kept: the service checks once more.
    """
    if not people and not orgs:
        return None
    box = QMessageBox(parent)
    box.setObjectName("unusedRecordsBox")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("UnusedRecords", "Remove Unused Records"))
    if len(people) + len(orgs) == 1:
        name = people[0].display_name if people else orgs[0].name
        box.setText(
            QCoreApplication.translate(
                "UnusedRecords", "No session names “%1” any more. Remove it from the catalogue?"
            ).replace("%1", name)
        )
    else:
        box.setText(
            UnusedRecords.tr(
                "No session names these %Ln people and organisations any more. Remove them?",
                "",
                len(people) + len(orgs),
            )
        )
    box.setInformativeText(
        describe_unused(people, orgs)
        + "\n\n"
        + QCoreApplication.translate(
            "UnusedRecords", "Their aliases and notes go with them. Sessions are not changed."
        )
    )
    remove = box.addButton(
        QCoreApplication.translate("UnusedRecords", "Remove"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    keep = box.addButton(
        QCoreApplication.translate("UnusedRecords", "Keep"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(keep)
    person_ids, org_ids = [p.id for p in people], [o.id for o in orgs]

    def answered(button: object) -> None:
        if button is not remove:
            return
        try:
            archive.people.remove_unused(person_ids, org_ids)
        except ArchiveError as exc:
            report_exception(
                parent,
                exc,
                QCoreApplication.translate("UnusedRecords", "The unused records were not removed."),
            )
            return
        on_removed()

    box.buttonClicked.connect(answered)
    box.finished.connect(box.deleteLater)
    box.open()
    return box
