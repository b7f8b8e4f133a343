"""The search benchmark's harness on a small generated library: it runs, and the service and
the hand-written SQL it is compared with find the same sessions (no timing is checked here)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

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
    assert sys.modules["benchmarks.corpus"].long_tail_words(2020, [0])  # the seed's vocabulary


def test_start_benchmark_runs_on_a_small_library(monkeypatch, tmp_path, capsys):
    """The start-up benchmark's harness works: every command ran and has its ratio."""
    monkeypatch.syspath_prepend(str(ROOT))
    import benchmarks.bench_start as bench_start

    library = tmp_path / "library"
    assert bench_start.main(["--sessions", "30", "--runs", "1", "--library", str(library)]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["sessions"] == 30
    assert set(report["commands"]) == {"version", "help", "list_limit_20"}
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


def test_reindex_benchmark_indexes_every_live_session(monkeypatch, capsys):
    """The reindex benchmark's harness works: every session indexed, progress reported, and
    the plain FTS5 baseline measured beside it (no timing is checked)."""
    monkeypatch.syspath_prepend(str(ROOT))
    import benchmarks.bench_reindex as bench_reindex

    assert bench_reindex.main(["--sessions", "50"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["sessions"] == report["indexed"] == 50
    assert report["progress_reports"] >= 1 and report["baseline_plain_fts5_s"] >= 0


def test_bulk_edit_benchmark_tags_and_untags_what_the_search_finds(monkeypatch, tmp_path, capsys):
    """The bulk edit benchmark's harness on a small library: the sessions the search finds are
    tagged (search finds them by the tag), untagged by undo, and the baseline ran."""
    monkeypatch.syspath_prepend(str(ROOT))
    import benchmarks.bench_bulk_edit as bench_bulk_edit

    library = tmp_path / "library"
    args = ["--sessions", "60", "--edit", "40", "--library", str(library)]
    assert bench_bulk_edit.main(args) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["edited"] == report["changed"] == report["found_by_tag_after_edit"] == 40
    assert report["found_by_tag_after_undo"] == 0
    assert set(report["baseline_plain_sql"]) == {"tag_s", "untag_s"}
