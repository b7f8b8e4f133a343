"""The benchmarks still work, on small generated libraries: `python -m benchmarks` and the
scripts it runs give their figures (no timing is checked here), and the search service and the
hand-written SQL it is compared with find the same sessions."""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text

from pg_helpers import pg_server_url, require_pg_server_url, temporary_database
from webinar_archive.services.archive import Archive

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture()
def bench_search(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    monkeypatch.syspath_prepend(str(ROOT))
    import benchmarks.bench_search as module

    return module


@pytest.mark.parametrize("rank_all_limit", [15_000, 40])
def test_search_benchmark_agrees_with_hand_written_sql(
    bench_search, tmp_path, capsys, rank_all_limit
):
    library = tmp_path / "library"
    limit = ["--rank-all-limit", str(rank_all_limit)]
    assert (
        bench_search.main(["--sessions", "300", "--repeat", "1", "--library", str(library), *limit])
        == 0
    )
    report = json.loads(capsys.readouterr().out)
    assert report["generated"]["sessions"] == 300 and report["generated"]["cues"] > 0
    queries = report["typical"]["queries"] + report["common_words"]["queries"]
    assert len(queries) == len(bench_search.TYPICAL) + 2 + len(bench_search.COMMON_WORDS)
    for q in queries:
        assert q["total"] == q["baseline_total"], q["query"]
        assert q["page"] == q["baseline_page"], q["query"]
        for key in ("service", "baseline", "baseline_ranking_only", "session_ids"):
            assert q[key]["p95_ms"] >= q[key]["p50_ms"] >= 0
    rankings = {q["ranking"] for q in queries}
    assert rankings == ({"relevance"} if rank_all_limit > 300 else {"relevance", "tiered"})
    assert set(report["target"]) == {"typical_p95_under_50ms", "typical_within_2x_baseline"}
    assert sys.modules["benchmarks.vocabulary"].long_tail_words(2020, [0])  # the seed's vocabulary


@pytest.mark.postgres
def test_search_benchmark_on_postgresql_agrees_with_hand_written_tsquery(
    bench_search, tmp_path, capsys
):
    """The same generated library on PostgreSQL: the service and hand-written tsquery SQL over
    the GIN index find the same totals and pages, next to the SQLite figures of the run."""
    with temporary_database(require_pg_server_url()) as url:
        args = ["--sessions", "150", "--repeat", "1", "--library", str(tmp_path / "lite")]
        args += ["--pg-url", url, "--pg-library", str(tmp_path / "pg")]
        assert bench_search.main(args) == 0
    report = json.loads(capsys.readouterr().out)
    pg = report["postgresql"]
    assert pg["generated"] == report["generated"]  # the same library: size, seed, rows
    assert "tsquery" in pg["baseline_is"] and pg["database_mb"] > 0
    queries = pg["typical"]["queries"] + pg["common_words"]["queries"]
    assert len(queries) == len(bench_search.TYPICAL) + 2 + len(bench_search.COMMON_WORDS)
    sqlite_totals = [q["total"] for q in report["typical"]["queries"]]
    assert [q["total"] for q in pg["typical"]["queries"]] == sqlite_totals
    for q in queries:
        assert q["total"] == q["baseline_total"], q["query"]
        assert q["page"] == q["baseline_page"], q["query"]
    assert pg["typical_p95_to_sqlite"] > 0
    assert set(pg["target"]) == {"typical_p95_under_50ms", "typical_within_2x_baseline"}


def test_postgresql_tsquery_of_the_hand_written_expressions(bench_search):
    assert bench_search.pg_tsquery('"hydrogen" AND "valleys"*') == (
        "doc",
        "('hydrogen') & ('valleys':*)",
        "('hydrogen') | ('valleys':*)",
    )
    assert bench_search.pg_tsquery('speakers : "muller"*')[:2] == ("speakers", "('muller':*)")
    assert bench_search.pg_tsquery('"smart specialisation"')[1] == "('smart' <-> 'specialisation')"
    assert bench_search.pg_tsquery('"health" NOT ("digital")')[1] == "(('health')) & !(('digital'))"


def test_start_benchmark_runs_on_a_small_library(monkeypatch, tmp_path, capsys):
    """The start-up benchmark's harness works: every command ran and has its ratio."""
    monkeypatch.syspath_prepend(str(ROOT))
    import benchmarks.bench_start as bench_start

    library = tmp_path / "library"
    assert bench_start.main(["--sessions", "30", "--runs", "1", "--library", str(library)]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["sessions"] == 30
    assert set(report["commands"]) == {"version", "help", "list_limit_20", "show_json"}
    assert all(c["ratio_to_baseline"] > 0 for c in report["commands"].values())


def test_exchange_benchmark_imports_every_session(monkeypatch, tmp_path, capsys):
    """The exchange benchmark's harness works: the import brings back every generated session
    and the figures have their baselines (no timing is checked)."""
    monkeypatch.syspath_prepend(str(ROOT))
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    import tempfile

    import benchmarks.bench_exchange as bench_exchange

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    assert bench_exchange.main(["--sessions", "40"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["sessions"] == report["imported"] == 40
    assert report["import_sessions_per_s"] > 0 and report["baseline_executemany_sessions_per_s"] > 0
    assert report["import_budget_sessions_per_s"] == 2000


def test_attach_benchmark_runs_on_small_files(monkeypatch, capsys):
    """The attach benchmark's harness works: both sides copied and hashed the same bytes."""
    monkeypatch.syspath_prepend(str(ROOT))
    import benchmarks.bench_attach as bench_attach

    assert bench_attach.main(["--gb", "0.002", "--files", "2", "--repeat", "1"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["bytes"] == 2_000_000 and report["files"] == 2
    assert report["speed_ratio"] > 0 and report["budget_speed_ratio"] == 0.8


def test_folder_import_benchmark_imports_every_session_folder(monkeypatch, capsys):
    """The folder import benchmark's harness: every generated session folder became a session
    with its recording and slides, and both baselines read the same bytes."""
    monkeypatch.syspath_prepend(str(ROOT))
    import benchmarks.bench_folder_import as bench_folder_import

    assert bench_folder_import.main(["--gb", "0.003", "--sessions", "3", "--repeat", "1"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["sessions"] == 3 and report["files"] == 9
    assert report["created"] == 3 and report["attached"] == 6
    assert report["recordings_made_by"] != "ffmpeg" or report["warnings"] == []
    assert 2_900_000 < report["bytes"] < 3_200_000
    assert report["speed_ratio"] > 0 and report["hash_ratio"] > 0
    assert report["budget_speed_ratio"] == 0.8


def test_reindex_benchmark_indexes_every_live_session(monkeypatch, capsys):
    """The reindex benchmark's harness works: every session indexed, progress reported, and
    the plain FTS5 baseline measured beside it (no timing is checked)."""
    monkeypatch.syspath_prepend(str(ROOT))
    import benchmarks.bench_reindex as bench_reindex

    assert bench_reindex.main(["--sessions", "50"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["sessions"] == report["indexed"] == 50
    assert report["progress_reports"] >= 1 and report["baseline_plain_fts5_s"] >= 0


def _benchmarks(*args: str, timeout: float) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "benchmarks", *args],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT / "src")},
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def _rows(library: Path) -> list[tuple[object, ...]]:
    with contextlib.closing(sqlite3.connect(library / "catalogue.sqlite")) as db:
        return db.execute("SELECT id, title, date, summary FROM session ORDER BY id").fetchall()


def test_generate_is_deterministic_by_seed(tmp_path):
    """`python -m benchmarks generate` builds the same library from the same seed, a
    different one from another seed, with its search index, and refuses a used folder."""
    for name, seed in (("a", "5"), ("b", "5"), ("c", "6")):
        done = _benchmarks(
            "generate",
            "--sessions",
            "25",
            "--library",
            str(tmp_path / name),
            "--seed",
            seed,
            timeout=300,
        )
        assert done.returncode == 0, done.stderr
        assert json.loads(done.stdout)["rows"]["sessions"] == 25
    assert len(_rows(tmp_path / "a")) == 25
    assert _rows(tmp_path / "a") == _rows(tmp_path / "b") != _rows(tmp_path / "c")
    with contextlib.closing(sqlite3.connect(tmp_path / "a" / "catalogue.sqlite")) as db:
        assert db.execute("SELECT count(*) FROM search_session").fetchone()[0] == 25
    again = _benchmarks("generate", "--sessions", "5", "--library", str(tmp_path / "a"), timeout=60)
    assert again.returncode != 0 and "already holds a catalogue" in again.stderr
    assert len(_rows(tmp_path / "a")) == 25


def test_run_refuses_an_unknown_step_and_lists_the_steps(tmp_path):
    """A misspelt `--only` step is refused before any library is built, naming the steps."""
    library = tmp_path / "library"
    done = _benchmarks("run", "--library", str(library), "--only", "serch", "cli", timeout=60)
    assert done.returncode == 2
    assert "invalid choice: 'serch'" in done.stderr
    for step in ("window", "cli", "search", "size", "exchange", "search_postgresql"):
        assert f"'{step}'" in done.stderr
    assert not library.exists()


def test_run_reports_every_figure_or_why_not(tmp_path):
    """`python -m benchmarks run` on a tiny library: every step gives figures with a baseline
    and a ratio, or an error that says why; a step fails only when its script is missing."""
    library = tmp_path / "library"
    made = _benchmarks("generate", "--sessions", "40", "--library", str(library), timeout=300)
    assert made.returncode == 0, made.stderr
    with contextlib.ExitStack() as stack:
        server = pg_server_url()
        # Search on PostgreSQL in a database of the test server (else a throwaway server of
        # the run's own, when PostgreSQL is installed).
        pg = ["--pg-url", stack.enter_context(temporary_database(server))] if server else []
        done = _run_everything(library, pg)
    report = json.loads(done.stdout)
    if server:
        assert "search_postgresql" not in report["errors"], report["errors"]
        assert report["details"]["search_postgresql"]["postgresql"]["sessions"] == 40
        assert "PostgreSQL next to SQLite" in " | ".join(f["figure"] for f in report["figures"])
    _check_run(report, done)


def _run_everything(library: Path, extra: list[str]) -> subprocess.CompletedProcess[str]:
    return _benchmarks(
        "run",
        "--library",
        str(library),
        "--reuse",
        "--baseline-sessions",
        "20",
        "--runs",
        "1",
        "--offscreen",
        "--json",
        *extra,
        timeout=900,
    )


def _check_run(report: dict[str, Any], done: subprocess.CompletedProcess[str]) -> None:
    assert done.returncode == (1 if report["errors"] else 0)
    assert report["big_library"]["sessions"] == 40
    steps = {"window", "cli", "search", "size", "exchange", "attach", "briefs", "reindex"}
    steps |= {"bulk_edit", "speech", "folder_import"}
    for step in steps:
        module = {"window": "window_probe", "cli": "bench_start", "search": "bench_search"}.get(
            step, f"bench_{step}"
        )
        if step != "size" and not (ROOT / "benchmarks" / f"{module}.py").exists():
            assert "does not exist" in report["errors"][step]
        else:
            assert step not in report["errors"], report["errors"].get(step)
            assert step in report["details"]
    assert set(report["errors"]) <= steps | {"search_postgresql"}
    names = " | ".join(line["figure"] for line in report["figures"])
    for expected in (
        "start to first rows, 40",
        "resident memory",
        "longest GUI stall",
        "list --limit 20",
        "show ID --json",
        "search p95",
        "bytes per session",
        "one brief, median",
        "booklet of",
        "full reindex, 40 sessions",
        "bulk edit: tag the",
        "folder import with its review, 2 session folders",
    ):
        assert expected in names
    for line in report["figures"]:
        if "baseline" in line:
            assert line["value"] >= 0 and line["baseline"] >= 0 and line["ratio"] >= 0, line
    assert report["details"]["window"]["platform"] == "offscreen"
    assert report["details"]["window"]["scroll"]["app_big"]["rows"] == 40


def test_bulk_edit_benchmark_tags_and_untags_what_the_search_finds(monkeypatch, tmp_path, capsys):
    """The bulk edit benchmark's harness on a small library: the sessions the search finds are
    tagged (search finds them by the tag), untagged by undo, and the baseline ran and left the
    index's documents as a rebuild makes them."""
    monkeypatch.syspath_prepend(str(ROOT))
    import benchmarks.bench_bulk_edit as bench_bulk_edit

    library = tmp_path / "library"
    args = ["--sessions", "60", "--edit", "40", "--library", str(library)]
    assert bench_bulk_edit.main(args) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["edited"] == report["changed"] == report["found_by_tag_after_edit"] == 40
    assert report["found_by_tag_after_undo"] == 0
    baseline = report["baseline_plain_sql"]
    assert set(baseline) == {"tag_s", "untag_s", "index_tag_s", "index_untag_s"}
    db = sqlite3.connect(library / "catalogue.sqlite")
    try:
        db.execute("insert into search_label(search_label) values ('integrity-check')")
        documents = db.execute("select rowid, tags from search_label order by rowid").fetchall()
    finally:
        db.close()
    assert len(documents) == 60
    with Archive.open(library) as archive:
        archive.search.reindex()
        with archive.catalogue.engine.connect() as conn:
            sql = text("select rowid, tags from search_label order by rowid")
            assert [tuple(row) for row in conn.execute(sql)] == documents


def test_speech_benchmark_measures_real_voices_per_engine(monkeypatch, capsys):
    """On the recorded card names of pocketsphinx-testdata (a real person's voice), the speech
    benchmark reports words recognised of words spoken and the real-time factor for
    pocketsphinx, and lists every other engine with the reason when it cannot measure it."""
    monkeypatch.syspath_prepend(str(ROOT))
    import benchmarks.bench_speech as bench_speech

    assert bench_speech.main(["--sets", "cards"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert "error" not in report, report["error"]
    cards = report["engines"]["pocketsphinx"]["cards"]
    assert cards["recordings"] == 5 and cards["words_spoken"] == 21
    assert 0 <= cards["words_recognised"] <= 21 and cards["real_time_factor"] > 0
    assert 0 <= cards["word_recall"] <= 1
    whisper = report["engines"]["faster-whisper"]
    assert whisper.get("measured") is not False or whisper["reason"]


def test_word_alignment_counts_matches_and_errors(monkeypatch):
    monkeypatch.syspath_prepend(str(ROOT))
    from benchmarks.bench_speech import alignment

    spoken = ["he", "might", "even", "have", "been", "made", "amiable", "himself"]
    heard = ["he", "might", "even", "have", "been", "made", "a", "real", "boy"]
    assert alignment(spoken, heard) == (6, 3)  # 2 substitutions, 1 insertion
    assert alignment(spoken, []) == (0, len(spoken))
    assert alignment([], ["extra"]) == (0, 1)


def test_scroll_profile_reports_each_step_and_puts_perf_samples_in_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The scroll profiler scrolls Qt alone's table to its end and reports each step; samples
    of ``perf script`` are counted in the step their time falls in, on the GUI thread only."""
    report = tmp_path / "profile.json"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), str(ROOT)])}
    env["QT_QPA_PLATFORM"] = "offscreen"
    command = ["-m", "benchmarks.scroll_profile", "--baseline-rows", "600", "--top", "3"]
    done = subprocess.run(
        [sys.executable, *command, "--json", str(report)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    probe = json.loads(done.stdout.strip().splitlines()[-1])
    profile = json.loads(report.read_text())
    steps = profile["all"]
    assert len(steps) == profile["steps"] == probe["scroll_steps"] > 5
    assert all(s["start"] < s["end"] for s in steps)
    assert [e["cpu_ms"] for e in profile["longest"]] == sorted(
        (round(s["cpu_ms"], 1) for s in steps), reverse=True
    )[:3]
    assert profile["samples"] > 0
    # Where each step's time went, from the kernel's counts of the threads.
    assert all(s["run_ms"] >= 0 and s["runqueue_ms"] >= 0 and s["others_ms"] >= 0 for s in steps)
    assert sum(s["run_ms"] for s in steps) > 0
    assert [e["ms"] for e in profile["longest_wall"]] == sorted(
        (round(s["ms"], 1) for s in steps), reverse=True
    )[:3]
    assert max(profile["threads_cpu_ms"].values()) > 0
    # Three samples of the GUI thread (pid 7, tid 7) in the second step, one of another
    # thread in it, one of the GUI thread before the scroll.
    second = steps[1]
    middle = (second["start"] + second["end"]) / 2

    def sample(tid: int, when: float, *frames: str) -> str:
        return f"7/{tid} {when:.6f}: \n" + "".join(f"\t 1 {f}\n" for f in frames) + "\n"

    script = tmp_path / "perf.txt"
    script.write_text(
        sample(7, middle, "QTextEngine::itemize (/usr/lib/libQt6Gui.so.6)")
        + sample(7, middle, "do_syscall_64 ([kernel.kallsyms])", "x (/usr/lib/libc.so.6)")
        + sample(7, middle, "_PyEval_EvalFrameDefault (/usr/lib/libpython3.11.so.1.0)")
        + sample(8, middle, "sqlite3VdbeExec (/usr/lib/libsqlite3.so.0)")
        + sample(7, steps[0]["start"] - 1, "main (/usr/bin/python3.11)")
    )
    monkeypatch.syspath_prepend(str(ROOT))
    from benchmarks.scroll_profile import perf_steps

    found = perf_steps(script, report, len(steps))
    assert found["whole_scroll"] == {"libQt6Gui.so.6": 1, "libc.so.6": 1, "libpython3.11.so.1.0": 1}
    [in_second] = [t for t in found["top"] if t["index"] == 1]
    assert in_second["libraries"] == found["whole_scroll"]


def test_scroll_profile_times_each_answer_handed_back_to_the_gui_thread(
    qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The profiler's answer clock names the callback of each answer of the app's background
    work and puts it in the step its time falls in; the runner's own handling is kept."""
    monkeypatch.syspath_prepend(str(ROOT))
    from benchmarks.scroll_profile import AnswerClock

    from webinar_archive.ui.tasks import TaskRunner

    # Restored after the test: the clock replaces the runner's method for the whole process.
    monkeypatch.setattr(TaskRunner, "_on_worker_finished", TaskRunner._on_worker_finished)
    clock = AnswerClock()
    clock.install()
    runner = TaskRunner()
    got: list[int] = []

    def shown(value: int) -> None:
        got.append(value)
        sum(range(1_000_000))  # some CPU of its own on the GUI thread (over 1 ms)

    try:
        runner.query(lambda: 7, shown, lambda failure: None)
        qtbot.waitUntil(lambda: got == [7])
    finally:
        runner.shutdown()
    [answer] = clock.answers
    assert answer["callback"].endswith("shown")
    step = {"start": answer["start"] - 1, "end": answer["start"] + 1}
    [summary] = clock.summary([step])
    assert summary["step"] == 0 and summary["callback"] == answer["callback"]
    assert summary["cpu_ms"] >= 1.0
    assert clock.in_step(step["start"] - 10, step["start"] - 5) == []


@pytest.mark.postgres
def test_generate_on_postgresql_gives_the_library_generated_on_sqlite(monkeypatch, tmp_path):
    """`generate --url` (rows copied in, then the app's reindex) holds the same catalogue as
    `generate` on SQLite from the same seed: every row of the generated tables, the same
    search results, and the word indexes a rebuild drops made again at its end."""
    monkeypatch.syspath_prepend(str(ROOT))
    from benchmarks.library import generate_library

    from webinar_archive.storage import tables as t

    with temporary_database(require_pg_server_url()) as url:
        lite = generate_library(tmp_path / "lite", 60, seed=11)
        pg = generate_library(tmp_path / "pg", 60, seed=11, url=url)
        assert pg["rows"] == lite["rows"] and lite["rows"]["cues"] > 0
        with (
            Archive.open(tmp_path / "lite") as on_sqlite,
            Archive.open(tmp_path / "pg", database_url=url) as on_pg,
        ):
            checked = (t.series, t.organisation, t.person, t.tag, t.session, t.appearance)
            checked += (t.session_tag, t.material, t.material_page, t.recording)
            checked += (t.subtitle_track, t.transcript_cue, t.note)
            for table in checked:
                query = select(table).order_by(*table.primary_key.columns)
                with (
                    on_sqlite.catalogue.engine.connect() as a,
                    on_pg.catalogue.engine.connect() as b,
                ):
                    rows = [tuple(r) for r in a.execute(query)]
                    assert rows, table.name
                    assert [tuple(r) for r in b.execute(query)] == rows, table.name
            with on_sqlite.catalogue.engine.connect() as conn:
                someone = conn.scalar(select(t.person.c.display_name).order_by(t.person.c.id))
            queries = ["hydrogen", "innovation cluster", '"circular economy"']
            queries += [f'speaker:"{someone}"']
            queries += ["has:slides the", "year:2016..2020 cluster OR policy"]
            for words in queries:  # the same sessions (ranked each database's own way)
                found = on_sqlite.search.session_ids(words)
                assert found, words
                assert sorted(on_pg.search.session_ids(words)) == sorted(found), words
                assert on_pg.search.search(words).total == len(found), words
            with on_pg.catalogue.engine.connect() as conn:
                indexes = set(
                    conn.scalars(
                        text("SELECT indexname FROM pg_indexes WHERE tablename LIKE 'search_%'")
                    )
                )
                # The documents ranked on every search are kept in their rows.
                storage = conn.scalar(
                    text(
                        "SELECT attstorage FROM pg_attribute "
                        "WHERE attrelid = 'search_session'::regclass AND attname = 'doc'"
                    )
                )
            assert {"ix_search_location_tsv", "ix_search_session_doc"} <= indexes
            assert storage == "m"
