"""The command line speaks the app's language: --language, else WEBINAR_ARCHIVE_LANGUAGE, else
the language chosen in the window's Settings (kept where the CLI reads it), else the system's."""

from __future__ import annotations

import json
import os
import pty
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from input_helpers import SRC, run_cli
from webinar_archive.services import language
from webinar_archive.services.paths import CONFIG_DIR_ENV


def _csv(path: Path, titles: list[str]) -> Path:
    path.write_text("title\n" + "".join(f"{t}\n" for t in titles), encoding="utf-8")
    return path


def test_language_pl_gives_polish_errors_and_summaries(tmp_path: Path) -> None:
    """A Polish error on stderr (exit status 1, no traceback), and import summaries whose
    noun takes the form the number needs: 1 nową sesję, 2 nowe sesje, 5 nowych sesji."""
    library = tmp_path / "library"
    status, out, err = run_cli(library, "--language", "pl", "show", "999")
    assert status == 1
    assert err == "webinar-archive: błąd: Nie ma sesji o identyfikatorze 999.\n"
    said = []
    for count in (1, 2, 5):
        titles = [f"Session {count}-{i}" for i in range(count)]
        csv = _csv(tmp_path / f"{count}.csv", titles)
        status, out, err = run_cli(library, "--language", "pl", "import", "csv", str(csv), "--yes")
        assert status == 0, err
        said.append(next(line for line in out.splitlines() if line.startswith("Zaimportowano")))
    assert said == [
        "Zaimportowano 1 nową sesję.",
        "Zaimportowano 2 nowe sesje.",
        "Zaimportowano 5 nowych sesji.",
    ]


def test_the_language_chosen_in_settings_is_the_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Polish chosen in the window (this machine's settings file): the CLI follows it without
    being told; WEBINAR_ARCHIVE_LANGUAGE and --language still decide for one run."""
    config = Path(os.environ[CONFIG_DIR_ENV])
    monkeypatch.setenv(CONFIG_DIR_ENV, str(config))
    language.save_language("pl")
    assert json.loads((config / "machine.json").read_text(encoding="utf-8"))["language"] == "pl"
    library = tmp_path / "library"
    assert run_cli(library, "show", "7")[2] == (
        "webinar-archive: błąd: Nie ma sesji o identyfikatorze 7.\n"
    )
    assert run_cli(library, "--language", "en", "show", "7")[2] == (
        "webinar-archive: error: No session with id 7.\n"
    )
    monkeypatch.setenv(language.LANGUAGE_ENV, "en")
    assert run_cli(library, "show", "7")[2] == "webinar-archive: error: No session with id 7.\n"
    monkeypatch.delenv(language.LANGUAGE_ENV)
    language.save_language(None)  # back to the system's (English in the tests)
    assert run_cli(library, "show", "7")[2] == "webinar-archive: error: No session with id 7.\n"


def test_an_unknown_language_is_refused_before_anything_runs(tmp_path: Path) -> None:
    status, _out, err = run_cli(tmp_path / "library", "--language", "xx", "init")
    assert status == 2
    assert "no language 'xx': use one of en, pl" in err
    assert not (tmp_path / "library").exists()


def test_numbers_in_polish_messages_are_grouped_the_polish_way(tmp_path: Path) -> None:
    """A title of 100,000 characters is refused in Polish with "100 000" (a no-break space
    between the groups), not the English "100,000"; in English it stays 100,000."""
    library = tmp_path / "library"
    status, _out, err = run_cli(library, "--language", "pl", "add", "--title", "T" * 100_000)
    assert status == 1
    assert "Pole „tytuł sesji” ma 100\u00a0000 znaków; katalog przechowuje najwyżej" in err, err
    status, _out, err = run_cli(library, "--language", "en", "add", "--title", "T" * 100_000)
    assert "The session's title is 100,000 characters long" in err


def test_check_search_and_about_speak_polish(tmp_path: Path) -> None:
    """What the command line wrote in English whatever the language: the kinds of problem in
    a check (``[missing]``), the records a problem concerns, the checks made and the kinds of
    index entry, where a search hit is, and ``about``. ``--json`` keeps its codes."""
    library = tmp_path / "library"
    assert (
        run_cli(library, "add", "--title", "Klastry w Laponii", "--summary", "Raport o sieciach")[0]
        == 0
    )
    slides = tmp_path / "slajdy.txt"
    slides.write_text("slajdy wystąpienia", encoding="utf-8")
    assert run_cli(library, "attach", "1", str(slides))[0] == 0
    [stored] = (library / "files").rglob("*.txt")
    stored.unlink()
    (library / "files" / "obcy.bin").write_bytes(b"stray")

    status, out, _err = run_cli(library, "--language", "pl", "check")
    assert status == 4
    assert f"- [brak pliku] {stored}: " in out
    assert "- [plik bez rekordu] " in out
    assert "„slajdy.txt” (materiał 1, sesja 1)" in out
    assert "sprawdzono: pliki w files/ i snapshots/, których nie wskazuje żaden rekord" in out
    assert "tytuł 1/1" in out and "streszczenie 1/1" in out
    status, out, _err = run_cli(library, "--language", "pl", "check", "--json")
    assert [p["kind"] for p in json.loads(out)["problems"]] == ["missing", "orphan"]

    status, out, _err = run_cli(library, "--language", "pl", "search", "sieciach")
    assert status == 0
    assert "streszczenie: " in out and "summary" not in out

    status, out, _err = run_cli(library, "--language", "pl", "about")
    assert status == 0
    assert " w systemie " in out and " on " not in out
    assert "domyślna biblioteka: " in out


def test_an_exchange_file_refused_in_polish_names_its_places_in_polish(tmp_path: Path) -> None:
    """The places an exchange file's problem is in ("session 1", "link 1") and the kinds of
    value ("a number") are words of the message, so Polish; the file's own keys stay."""
    library = tmp_path / "library"
    assert run_cli(library, "add", "--title", "Klastry")[0] == 0
    exported = tmp_path / "out.json"
    assert run_cli(library, "export", "json", "-o", str(exported))[0] == 0
    document = json.loads(exported.read_text(encoding="utf-8"))
    document["sessions"][0]["links"] = [{"kind": "web", "url": 5}]
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(document), encoding="utf-8")
    status, out, err = run_cli(
        tmp_path / "other", "--language", "pl", "import", "json", str(bad), "--yes"
    )
    assert status == 1
    assert "  - sesja 1 (Klastry): odnośnik 1: 'url' musi być tekstem (jest: liczba)" in out + err


def _import_answering(library: Path, csv: Path, answer: str) -> tuple[int, str]:
    """``import csv`` in Polish on a terminal (its questions need one), answering ``answer``:
    exit status and what it asked on stderr."""
    master, slave = pty.openpty()
    command = ["-m", "webinar_archive", "--library", str(library), "--language", "pl"]
    proc = subprocess.Popen(
        [sys.executable, *command, "import", "csv", str(csv)],
        stdin=slave,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": str(SRC)},
    )
    os.close(slave)
    try:
        os.write(master, answer.encode() + b"\n")
        _out, err = proc.communicate(timeout=120)
    finally:
        os.close(master)
        if proc.poll() is None:
            proc.kill()
    return proc.returncode, err.decode("utf-8")


def test_the_polish_confirmation_asks_t_n_and_takes_tak(tmp_path: Path) -> None:
    """In Polish the question shows [t/N] and t, T and tak import; y and yes still do (a habit
    of English programs); n, nie or nothing import nothing."""
    library = tmp_path / "library"
    imported = 0
    for index, answer in enumerate(["t", "T", "tak", "yes", "y", "n", "nie", ""]):
        csv = _csv(tmp_path / f"{index}.csv", [f"Sesja {index}"])
        status, err = _import_answering(library, csv, answer)
        assert "Zaimportować 1 sesję? [t/N] " in err, err
        accepted = answer.lower() in {"t", "tak", "y", "yes"}
        assert status == (0 if accepted else 1), (answer, err)
        imported += accepted
        listed = run_cli(library, "list", "--json")[1]
        assert len(json.loads(listed)) == imported, answer


def test_a_probe_warning_is_worded_in_the_language_of_whoever_reads_it(tmp_path: Path) -> None:
    """A recording attached in English (an empty file) is shown in Polish to a Polish reader:
    the catalogue keeps what the problem is, not the importer's sentence. A warning stored as
    text by an earlier version is still shown (reworded where its class is known)."""
    library = tmp_path / "library"
    empty = tmp_path / "talk.mp4"
    empty.write_bytes(b"")
    assert run_cli(library, "add", "--title", "Klastry")[0] == 0
    status, _out, err = run_cli(library, "--language", "en", "attach", "1", str(empty))
    assert status == 0, err

    def shown(language: str) -> str:
        status, out, err = run_cli(library, "--language", language, "show", "1", "--json")
        assert status == 0, err
        return str(json.loads(out)["recordings"][0]["warning"])

    assert shown("pl").startswith("talk.mp4: plik jest pusty (0 bajtów)"), shown("pl")
    assert shown("en").startswith("talk.mp4: the file is empty (0 bytes)"), shown("en")
    with sqlite3.connect(library / "catalogue.sqlite") as db:
        db.execute("UPDATE recording SET probe_warning = 'talk.mp4: The file is empty.'")
    assert shown("pl").startswith("talk.mp4: plik jest pusty (0 bajtów)")
    with sqlite3.connect(library / "catalogue.sqlite") as db:
        db.execute("UPDATE recording SET probe_warning = 'An old note of some other kind.'")
    assert shown("pl") == "An old note of some other kind."


def test_link_kinds_are_named_in_polish_beside_the_word_the_cli_takes(tmp_path: Path) -> None:
    """`show` and `import page --dry-run` keep the kind as --link KIND=URL takes it, and in
    Polish name it in Polish beside it; English reads as before (the word says it already)."""
    library = tmp_path / "library"
    status, out, err = run_cli(
        library,
        "add",
        "--title",
        "Regions after the recovery",
        "--link",
        "presentations=https://example.org/slides.pdf|Slides: Anna Short",
        "--link",
        "agenda=https://example.org/agenda",
        "--link",
        "other=https://example.org/more|More",
    )
    assert status == 0, err
    _status, english, _err = run_cli(library, "show", "1")
    _status, polish, _err = run_cli(library, "--language", "pl", "show", "1")
    assert "[presentations] Slides: Anna Short https://example.org/slides.pdf" in english
    assert "[presentations] Prezentacje — Slides: Anna Short https://example.org/slides.pdf" in (
        polish
    )
    assert "[agenda] Program https://example.org/agenda" in polish
    assert "[other] More https://example.org/more" in polish
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Regions</title></head><body><h1>Regions after the recovery</h1>"
        "<p>2 October 2020</p><p>How regions recover.</p>"
        '<p><a href="https://example.org/agenda.pdf">Agenda of the day</a></p></body></html>',
        encoding="utf-8",
    )
    status, out, err = run_cli(
        library, "--language", "pl", "import", "page", str(page), "--dry-run"
    )
    assert status == 0, err
    line = next(x for x in out.splitlines() if "example.org/agenda.pdf" in x)
    assert "[agenda] Program https://example.org/agenda.pdf Agenda of the day" in line, out


def test_roles_and_status_are_named_in_polish_beside_the_word_the_cli_takes(
    tmp_path: Path,
) -> None:
    """`show` and `import page --dry-run` keep a role as --speaker NAME|ORG|ROLE takes it and the
    status as --status takes it, and in Polish name them in Polish beside it; English reads as
    before, and a word Polish spells the same (moderator) is not said twice."""
    library = tmp_path / "library"
    status, out, err = run_cli(
        library,
        "add",
        "--title",
        "Regions after the recovery",
        "--status",
        "catalogued",
        "--speaker",
        "Anna Short|OECD|opening",
        "--speaker",
        "Bob Long||moderator",
        "--speaker",
        "Cid Wide||speaker",
    )
    assert status == 0, err
    _status, english, _err = run_cli(library, "show", "1")
    _status, polish, _err = run_cli(library, "--language", "pl", "show", "1")
    assert "Status:   catalogued\n" in english
    assert "- Anna Short (OECD) [opening]\n" in english
    assert "Status:   [catalogued] Skatalogowana\n" in polish
    assert "- Anna Short (OECD) [opening] Otwarcie\n" in polish
    assert "- Bob Long [moderator]\n" in polish
    assert "- Cid Wide\n" in polish
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Regions</title></head><body><h1>Regions after the recovery</h1>"
        "<p>2 October 2020</p><p>How regions recover.</p><h2>Programme</h2><ul>"
        "<li>Opening remarks: Bob Long, Director, OECD</li>"
        "<li>Keynote: Anna Short, Chief Economist, OECD</li></ul></body></html>",
        encoding="utf-8",
    )
    status, out, err = run_cli(
        library, "--language", "pl", "import", "page", str(page), "--dry-run"
    )
    assert status == 0, err
    assert "Bob Long (OECD) [opening] Otwarcie\n" in out, out
    assert "Anna Short (OECD) [keynote] Wystąpienie główne\n" in out, out
    status, out, err = run_cli(library, "import", "page", str(page), "--dry-run")
    assert status == 0, err
    assert "Bob Long (OECD) [opening]\n" in out, out
