"""A word for a kind of work or campaign, or a German question word, opening a line is no
first name."""

from __future__ import annotations

import pytest

from webinar_archive.importers.page import extract_text
from webinar_archive.importers.page.names import name_runs


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Kampania Czyste Podwórko trwa do końca maja.", "pl"),
        ("Documentary Blue Fields follows three farmers.", "en"),
        ("Wer Vereine berät, muss die neuen Regeln kennen.", "de"),
    ],
)
def test_no_name_run_opens_with_a_work_word(text: str, lang: str) -> None:
    assert not [r for r in name_runs(text, lang) if r.start == 0]


def test_a_name_after_the_work_word_is_still_found() -> None:
    page = (
        "Besprechung online: Saubere Flüsse\n\n"
        "Mittwoch, 4. März 2026\n\n"
        "Wer Flüsse schützen will, braucht Daten. Wir zeigen, wie die Messungen der Gemeinden"
        " und der Vereine zusammen ausgewertet werden und was daraus für die Praxis folgt.\n\n"
        "Referentin: Dr. Helga Brunnmayr, Wasserwirtschaftsamt Kollbach\n"
    )
    names = [s.name for s in extract_text(page)[0].draft.speakers]
    assert names == ["Helga Brunnmayr"]
