"""The hostile corpus through the real CLI: a clear message, the right exit status, no traceback,
and nothing already saved changes."""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

import hostile_corpus as hc
from input_helpers import fifo, run_cli
from playback_helpers import SAMPLE_MP4

STORED_NAME = re.compile(r"[0-9a-f]{64}")


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A library with the demo session (1) and a session (2) holding a good recording."""
    lib = tmp_path_factory.mktemp("template") / "lib"
    assert run_cli(lib, "demo")[0] == 0
    assert run_cli(lib, "add", "--title", "Hostile inputs", "--date", "2021-03-04")[0] == 0
    recording = lib.parent / "talk.mp4"
    shutil.copy(SAMPLE_MP4, recording)
    assert run_cli(lib, "attach", "2", str(recording))[0] == 0
    return lib


@pytest.fixture()
def lib(template: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "lib"
    shutil.copytree(template, copy)
    return copy


def _snapshot(lib: Path) -> tuple[str, list[tuple[str, str]]]:
    """Every row the catalogue exports (trash included) and every stored file with its hash."""
    code, out, err = run_cli(lib, "export", "json")
    assert code == 0, err
    document = json.loads(out)
    for session in document["sessions"]:
        session.pop("updated_at", None)
    files = sorted(
        (p.relative_to(lib).as_posix(), hashlib.sha256(p.read_bytes()).hexdigest())
        for p in (lib / "files").rglob("*")
        if p.is_file()
    )
    return json.dumps(document, sort_keys=True), files


def _sessions(lib: Path) -> dict[int, dict[str, object]]:
    code, out, err = run_cli(lib, "list", "--json")
    assert code == 0, err
    return {row["id"]: row for row in json.loads(out)}


def _show(lib: Path, session_id: int) -> dict[str, object]:
    code, out, err = run_cli(lib, "show", str(session_id), "--json")
    assert code == 0, err
    data = json.loads(out)
    data.pop("updated_at", None)
    data.pop("version", None)
    return data  # type: ignore[no-any-return]


def _assert_clean(result: tuple[int, str, str], code: int) -> tuple[str, str]:
    """Exit ``code``; no traceback, no internal error, no raw log lines; no stored hash names."""
    got, out, err = result
    assert got == code, out + err
    for noise in ("Traceback", "internal error", "WARNING ", "[SQL"):
        assert noise not in err, err
    assert not STORED_NAME.search(out + err), out + err
    assert len(out) + len(err) < 20_000, "a hostile value was echoed whole"
    return out, err


# -- attach -----------------------------------------------------------------------------------

# What attach says of each file: exit 0 (kept, with a warning naming the file) or refused.
ATTACH_SAYS = {
    "truncated-pdf": "truncated.pdf is not a readable PDF",
    "empty-pdf": "empty.pdf is not a readable PDF (Cannot read an empty file)",
    "cut-moov-mp4": "cut-moov.mp4: the file looks cut short (it ends in the middle of its index)",
    "pptx-not-a-zip": "deck.pptx could not be read (it is not a PPTX file",
    "pptx-cut-short": "cut.pptx could not be read (it is not a PPTX file",
    "sparse-200mb": None,
    "newline-bidi-name": None,
    "cp1250-srt": None,
    "utf16-vtt-no-bom": None,
    "cp1250-text": None,
}


@pytest.mark.parametrize("item", sorted(hc.ATTACH_FILES))
def test_each_hostile_file_is_attached_with_a_warning_that_names_it(
    lib: Path, tmp_path: Path, item: str
) -> None:
    """Damaged and odd files are kept (nothing is lost) with a warning naming the user's file,
    never the stored hash; the other session does not change."""
    demo = _show(lib, 1)
    path = hc.make(hc.ATTACH_FILES[item], tmp_path)
    out, err = _assert_clean(run_cli(lib, "attach", "2", str(path), timeout=180), 0)
    assert "attached" in out
    says = ATTACH_SAYS[item]
    if says is None:
        assert "warning" not in err, err
    else:
        assert f"warning: {says}" in err, err
    assert _show(lib, 1) == demo
    _assert_clean(run_cli(lib, "show", "2"), 0)


def test_legacy_subtitles_are_read_in_their_encoding(lib: Path, tmp_path: Path) -> None:
    """A cp1250 SRT (named .pl) and a UTF-16 WebVTT without a byte order mark give cues that
    search finds, not mojibake or a warning per line."""
    srt = hc.make(hc.cp1250_srt, tmp_path)
    vtt = hc.make(hc.utf16_vtt_without_bom, tmp_path)
    out, err = _assert_clean(run_cli(lib, "attach", "2", str(srt), str(vtt)), 0)
    assert out.count("as subtitles") == 2 and "warning" not in err
    out, _ = _assert_clean(run_cli(lib, "search", "gęślą", "--json"), 0)
    assert hc.CP1250_CUES in out
    out, _ = _assert_clean(run_cli(lib, "search", "Hello from UTF", "--json"), 0)
    assert "Hello from UTF-16" in out


def test_a_session_holding_the_whole_corpus_is_shown_searched_briefed_and_exported(
    lib: Path, tmp_path: Path
) -> None:
    """All of it attached at once, with a FIFO and /dev/zero refused by name (no hang); then
    show, search, a brief and the exports all succeed."""
    paths = [str(hc.make(make, tmp_path)) for make in hc.ATTACH_FILES.values()]
    with fifo(tmp_path / "pipe.mp4") as pipe:
        result = run_cli(lib, "attach", "2", *paths, str(pipe), "/dev/zero", timeout=300)
    out, err = _assert_clean(result, 1)
    assert out.count("attached ") == len(paths)
    assert f"{pipe}: it is a pipe (FIFO), not a regular file" in err
    assert "/dev/zero: it is a device, not a regular file" in err
    out, _ = _assert_clean(run_cli(lib, "show", "2"), 0)
    assert "Talk slides \\u202eedoc" in out  # stored on one line; the override prints escaped
    out, _ = _assert_clean(run_cli(lib, "search", "Łódź"), 0)
    assert "notes.txt" in out
    brief = tmp_path / "brief.pdf"
    out, _ = _assert_clean(run_cli(lib, "brief", "2", "-o", str(brief), timeout=300), 0)
    assert brief.read_bytes().startswith(b"%PDF-")
    _assert_clean(run_cli(lib, "export", "csv", "-o", str(tmp_path / "all.csv")), 0)
    _assert_clean(run_cli(lib, "export", "json", "-o", str(tmp_path / "all.json")), 0)


def test_a_full_disk_refuses_the_copy_and_keeps_nothing(tmp_path: Path) -> None:
    """The 200 MB sparse file attached to a library on a 2 MB disk: a message that says the
    disk is full and what to do; no partial copy stays."""
    if os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root")
    disk = tmp_path / "disk"
    disk.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(disk)], capture_output=True
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.decode().strip()}")
    try:
        lib = disk / "lib"
        assert run_cli(lib, "demo")[0] == 0
        before = _snapshot(lib)
        stored = sorted(p.relative_to(lib) for p in (lib / "files").rglob("*"))  # the demo's
        big = hc.make(hc.sparse_200mb, tmp_path)
        assert hc.disk_usage(big) < 1024 * 1024  # the input itself takes no room
        _, err = _assert_clean(run_cli(lib, "attach", "1", str(big), timeout=180), 1)
        assert f"The disk holding the library ({lib}) is full: huge.bin was not copied" in err
        assert "Free some space" in err
        assert _snapshot(lib) == before
        assert sorted(p.relative_to(lib) for p in (lib / "files").rglob("*")) == stored
    finally:
        subprocess.run(["umount", str(disk)], check=False)


# -- import page ------------------------------------------------------------------------------

PAGE_OUTCOMES = {
    "nested-10000": (0, "markup nested deeper than"),
    "latin1-undeclared": (0, "Réunion à Liège"),
    "truncated-pdf": (1, "holds binary data (application/pdf), not a web page"),
    "cut-moov-mp4": (1, "holds binary data (video/mp4), not a web page"),
    "empty": (1, "it has no title"),
}


@pytest.mark.parametrize("item", sorted(hc.PAGES))
def test_hostile_pages(lib: Path, tmp_path: Path, item: str) -> None:
    """A page nested 10,000 deep or in undeclared Latin-1 is imported; a PDF, a video or an
    empty file is refused, naming the file, and the catalogue stays as it was."""
    before = _snapshot(lib)
    path = hc.make(hc.PAGES[item], tmp_path)
    code, says = PAGE_OUTCOMES[item]
    # --force: these pages test reading, not whether a page reads as a session page.
    command = ("import", "page", str(path), "--yes", "--force")
    out, err = _assert_clean(run_cli(lib, *command, timeout=180), code)
    assert says in out + err
    if code:
        assert _snapshot(lib) == before
    else:
        assert len(_sessions(lib)) == 3


# -- import json / csv ------------------------------------------------------------------------

JSON_SAYS = {
    "wrong-types": "'duration_minutes' must be a whole number, not text",
    "duplicate-ids": "person 2: the key 'p1' is used twice",
    "missing-references": "refers to an unknown organisation 'o5'",
    "megabyte-title": "'title' is 1,048,576 characters long",
    "not-an-object": "list.json is not a Webinar Archive exchange file",
    "truncated": "truncated.json is not valid JSON",
}


@pytest.mark.parametrize("item", sorted(hc.EXCHANGE_FILES))
def test_hostile_exchange_files(lib: Path, tmp_path: Path, item: str) -> None:
    """Each bad exchange file is refused with its problem named (a megabyte title is not echoed
    whole); what the library held before is unchanged."""
    before = _snapshot(lib)
    path = hc.make(hc.EXCHANGE_FILES[item], tmp_path)
    out, err = _assert_clean(run_cli(lib, "import", "json", str(path), "--yes"), 1)
    assert JSON_SAYS[item] in out + err
    added = [s for i, s in _sessions(lib).items() if i > 2]
    if item == "wrong-types":  # the one good session of the file is imported, the others refused
        assert [s["title"] for s in added] == ["Fine session"]
    else:
        assert added == []
        assert _snapshot(lib) == before


CSV_OUTCOMES = {
    "megabyte-title": (1, "The session's title is 1,048,576 characters long; the catalogue keeps"),
    "wrong-types": (1, "row 3: unknown time zone 'Mars/Olympus'"),
    "cp1250": (0, "Imported 1 new session"),
}


@pytest.mark.parametrize("item", sorted(hc.CSV_FILES))
def test_hostile_spreadsheets(lib: Path, tmp_path: Path, item: str) -> None:
    """A megabyte cell is refused as too long for the catalogue (not "field larger than field
    limit" as an internal error); a cp1250 sheet keeps its Polish letters."""
    path = hc.make(hc.CSV_FILES[item], tmp_path)
    code, says = CSV_OUTCOMES[item]
    out, err = _assert_clean(run_cli(lib, "import", "csv", str(path), "--yes"), code)
    assert says in out + err
    titles = [s["title"] for i, s in _sessions(lib).items() if i > 2]
    expected = {"megabyte-title": [], "wrong-types": ["Fine row"], "cp1250": [hc.CP1250_CUES]}
    assert titles == expected[item]


def test_a_title_longer_than_the_catalogue_keeps_is_refused_on_every_way_in(lib: Path) -> None:
    """add --title of 100,000 characters: the same clear refusal as on PostgreSQL, on SQLite."""
    before = _snapshot(lib)
    _, err = _assert_clean(run_cli(lib, "add", "--title", "T" * 100_000), 1)
    assert "The session's title is 100,000 characters long; the catalogue keeps at most" in err
    assert _snapshot(lib) == before


# -- chapters, folders ------------------------------------------------------------------------

CHAPTER_SAYS = {
    "binary": "it holds binary data, not text",
    "nonsense": "No chapter found",
    "cp1250": "it is not UTF-8 text (byte 8 cannot be decoded). Save it as UTF-8",
}


@pytest.mark.parametrize("item", sorted(hc.CHAPTER_FILES))
def test_hostile_chapter_lists(lib: Path, tmp_path: Path, item: str) -> None:
    before = _snapshot(lib)
    path = hc.make(hc.CHAPTER_FILES[item], tmp_path)
    _, err = _assert_clean(run_cli(lib, "chapters", "1", "--import", str(path)), 1)
    assert CHAPTER_SAYS[item] in err
    assert _snapshot(lib) == before


def test_a_folder_with_a_latin1_summary_keeps_its_accents(lib: Path, tmp_path: Path) -> None:
    """summary.md saved in Latin-1 is read as such, not stored with U+FFFD in place of é."""
    folder = hc.make(hc.summary_latin1_folder, tmp_path)
    out, _ = _assert_clean(run_cli(lib, "import", "folder", str(folder), "--yes"), 0)
    assert "truncated.pdf is not a readable PDF" in out
    [new] = [i for i in _sessions(lib) if i > 2]
    assert _show(lib, new)["summary"] == "Résumé des débats à Liège."


def test_a_folder_of_hostile_files_names_each_problem(lib: Path, tmp_path: Path) -> None:
    folder = hc.make(hc.folder_of_hostile_files, tmp_path)
    demo = _show(lib, 1)
    out, _ = _assert_clean(run_cli(lib, "import", "folder", str(folder), "--yes"), 0)
    for says in ATTACH_SAYS.values():
        if says and "cut.pptx" not in says:
            assert says in out
    assert _show(lib, 1) == demo


# -- a damaged catalogue ----------------------------------------------------------------------


def _cut(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])


@pytest.fixture(params=["truncated", "garbage"])
def damaged(request: pytest.FixtureRequest, lib: Path) -> Iterator[Path]:
    catalogue = lib / "catalogue.sqlite"
    if request.param == "truncated":
        _cut(catalogue)
    else:
        catalogue.write_bytes(os.urandom(64 * 1024))
    yield lib


@pytest.mark.parametrize(
    "args",
    [
        ["list"],
        ["show", "1"],
        ["search", "cooperation"],
        ["attach", "1", "{pdf}"],
        ["import", "page", "{page}", "--yes"],
        ["import", "json", "{json}", "--yes"],
        ["brief", "1", "-o", "{brief}"],
    ],
    ids=lambda args: args[0] if args[0] != "import" else f"import-{args[1]}",
)
def test_a_damaged_catalogue_is_refused_by_every_command(
    damaged: Path, tmp_path: Path, args: list[str]
) -> None:
    catalogue = damaged / "catalogue.sqlite"
    digest = hashlib.sha256(catalogue.read_bytes()).hexdigest()
    given = {
        "pdf": str(hc.make(hc.truncated_pdf, tmp_path)),
        "page": str(hc.make(hc.html_latin1_undeclared, tmp_path)),
        "json": str(hc.make(hc.json_duplicate_ids, tmp_path)),
        "brief": str(tmp_path / "brief.pdf"),
    }
    argv = [a.format(**given) for a in args]
    _, err = _assert_clean(run_cli(damaged, *argv), 1)
    assert f"{catalogue} is not a Webinar Archive catalogue, or it is damaged" in err
    assert hashlib.sha256(catalogue.read_bytes()).hexdigest() == digest
    assert not (tmp_path / "brief.pdf").exists()
