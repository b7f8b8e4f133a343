"""The command line: one grammar, JSON for scripts, errors on stderr without tracebacks."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from helpers import make_pdf
from webinar_archive.cli import run


@pytest.fixture()
def cli(tmp_path, capsys):
    """Run the CLI in-process on a temporary library; returns (exit code, stdout, stderr)."""
    library = tmp_path / "lib"

    def call(*args: str) -> tuple[int, str, str]:
        code = run(["--library", str(library), *args])
        out, err = capsys.readouterr()
        return code, out, err

    return call


def test_demo_then_show_json_prints_the_seed_session(cli):
    """`demo` then `show --json` gives the S3 session with its five speakers and organisations."""
    assert cli("demo")[0] == 0
    code, out, _ = cli("show", "--json")
    assert code == 0
    data = json.loads(out)
    assert data["title"] == "S3: International and territorial cooperation"
    assert data["series"] == "European Alliance Against Coronavirus Daily Webinar"
    assert data["date"] == "2020-09-11"
    assert [(s["name"], s["organisation"]) for s in data["speakers"]] == [
        ("Kevin Morgan", "Cardiff University"),
        ("Anaïs Le Corvec", "CEBR"),
        ("Valentina Pinna", "DG GROW"),
        ("Ilari Havukainen", "Regional Council of Lapland"),
        ("Slawomir Tokarski", "DG GROW"),
    ]
    assert data["speakers"][4]["position"] == "Director F – Industrial Policy and Innovation"
    kinds = {link["kind"] for link in data["links"]}
    assert {"recording", "presentations", "agenda"} <= kinds
    assert "Boost4Health" in data["summary"]


def test_add_list_and_show(cli):
    """A session added with speakers shows up in `list --json` and in `show ID --json`."""
    code, out, _ = cli(
        "add",
        "--title",
        "Łódź meets Lapland",
        "--date",
        "2021-03-04",
        "--time",
        "14:05",
        "--speaker",
        "Jan Kowalski|Uniwersytet Łódzki|moderator|Dean",
        "--speaker",
        "Ilari Havukainen|Regional Council of Lapland",
        "--link",
        "recording=https://example.org/v|Replay",
        "--tag",
        "cities",
        "--json",
    )
    assert code == 0
    session_id = json.loads(out)["id"]
    code, out, _ = cli("list", "--json")
    rows = json.loads(out)
    assert [(r["id"], r["title"], r["date"]) for r in rows] == [
        (session_id, "Łódź meets Lapland", "2021-03-04")
    ]
    data = json.loads(cli("show", str(session_id), "--json")[1])
    assert data["time"] == "14:05"
    assert data["speakers"][0] == {
        **data["speakers"][0],
        "name": "Jan Kowalski",
        "organisation": "Uniwersytet Łódzki",
        "role": "moderator",
        "position": "Dean",
    }
    assert data["links"] == [
        {"kind": "recording", "url": "https://example.org/v", "label": "Replay"}
    ]


def test_edit_changes_only_named_fields_and_checks_version(cli):
    """`edit` keeps unnamed fields; `--expect-version` with a stale number fails with exit 1."""
    sid = json.loads(cli("add", "--title", "Old", "--theme", "T", "--json")[1])["id"]
    code, out, _ = cli("edit", str(sid), "--title", "New", "--json")
    data = json.loads(out)
    assert code == 0 and data["title"] == "New" and data["theme"] == "T" and data["version"] == 2
    code, _, err = cli("edit", str(sid), "--title", "Stale", "--expect-version", "1")
    assert code == 1 and "changed elsewhere" in err and "Traceback" not in err


def test_attach_reports_pages_in_show(cli, tmp_path):
    """`attach ID FILE` copies the file; `show --json` lists it with its page count."""
    sid = json.loads(cli("add", "--title", "With slides", "--json")[1])["id"]
    pdf = make_pdf(tmp_path / "slides.pdf", ["a", "b"])
    code, out, _ = cli("attach", str(sid), str(pdf), "--json")
    assert code == 0 and json.loads(out)[0]["material_id"]
    data = json.loads(cli("show", str(sid), "--json")[1])
    assert [(m["file_name"], m["page_count"]) for m in data["materials"]] == [("slides.pdf", 2)]
    code, out, err = cli("attach", str(sid), str(tmp_path / "missing.pdf"))
    assert code == 1 and "missing.pdf" in err


def test_delete_moves_to_trash_and_restore_brings_back(cli):
    """`delete` trashes (list --trash shows it), `restore-trash` brings it back."""
    sid = json.loads(cli("add", "--title", "Doomed", "--json")[1])["id"]
    assert cli("delete", str(sid))[0] == 0
    assert json.loads(cli("list", "--json")[1]) == []
    assert [r["id"] for r in json.loads(cli("list", "--trash", "--json")[1])] == [sid]
    assert cli("restore-trash", str(sid))[0] == 0
    assert [r["id"] for r in json.loads(cli("list", "--json")[1])] == [sid]


def test_errors_go_to_stderr_without_traceback(cli):
    """Unknown ids and bad dates give a message on stderr and a non-zero exit."""
    code, out, err = cli("show", "42")
    assert code == 1 and out == "" and "No session with id 42" in err and "Traceback" not in err
    with pytest.raises(SystemExit) as exc:
        cli("add", "--title", "x", "--date", "11/09/2020")
    assert exc.value.code == 2


def test_installed_entry_point_lists_commands(tmp_path):
    """The real `webinar-archive --help` (a new process) lists the foundation's commands."""
    env = {**os.environ, "WEBINAR_ARCHIVE_LIBRARY": str(tmp_path / "lib")}
    result = subprocess.run(
        [sys.executable, "-m", "webinar_archive", "--help"],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert result.returncode == 0
    for name in ("init", "add", "edit", "list", "show", "attach", "delete", "demo"):
        assert name in result.stdout


def test_default_library_comes_from_the_environment(tmp_path):
    """Without --library the library lives where WEBINAR_ARCHIVE_LIBRARY points."""
    target = tmp_path / "from-env"
    env = {**os.environ, "WEBINAR_ARCHIVE_LIBRARY": str(target)}
    result = subprocess.run(
        [sys.executable, "-m", "webinar_archive", "init", "--json"],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["library"] == str(target)
    assert (target / "catalogue.sqlite").is_file()


def test_bad_database_url_is_a_clear_error(cli):
    """A malformed --database-url is reported, not a traceback."""
    code = run(["--database-url", "not a url", "list"])
    assert code == 1


def test_unreadable_library_folder(tmp_path, capsys):
    """A library path that is a file gives a clear error."""
    blocker = tmp_path / "file"
    blocker.write_text("x")
    code = run(["--library", str(blocker / "lib"), "list"])
    _, err = capsys.readouterr()
    assert code == 1 and "Cannot create the library folder" in err


def test_people_and_merge(cli):
    """`people --json` lists authority records; `merge-people` folds a duplicate in."""
    cli("add", "--title", "A", "--speaker", "Anaïs Le Corvec|CEBR")
    cli("add", "--title", "B", "--speaker", "A. Le Corvec|CEBR")
    people = {p["name"]: p["id"] for p in json.loads(cli("people", "--json")[1])}
    code, out, _ = cli("merge-people", str(people["Anaïs Le Corvec"]), str(people["A. Le Corvec"]))
    assert code == 0 and "2 appearance" in out
    assert [p["name"] for p in json.loads(cli("people", "--json")[1])] == ["Anaïs Le Corvec"]


def test_show_on_empty_library_explains(cli):
    """`show` without an id on an empty library says how to start."""
    code, _, err = cli("show")
    assert code == 1 and "demo" in err


def test_library_paths_are_paths(tmp_path):
    """`init` creates the catalogue file inside the named folder."""
    code = run(["--library", str(tmp_path / "x"), "init"])
    assert code == 0 and Path(tmp_path / "x" / "catalogue.sqlite").exists()
