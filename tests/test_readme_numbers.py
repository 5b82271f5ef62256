"""The README's measured tables are generated from bench/results/*.json: they must agree, and carry their setting."""

from __future__ import annotations

import importlib
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_every_generated_readme_table_agrees_with_its_json():
    done = subprocess.run(
        [sys.executable, "bench/readme_tables.py", "--check"], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert "generated tables agree" in done.stdout and not done.stdout.startswith("0 of 0")


def test_each_result_says_when_where_and_with_what_it_was_measured():
    for path in sorted((ROOT / "bench" / "results").glob("*.json")):
        meta = json.loads(path.read_text())["meta"]
        assert {"date", "machine", "torch", "numba", "scipy", "load_average"} <= set(meta), path.name


def bench_module(name: str):
    """Import ``bench/<name>.py`` as its scripts do, with bench/ on the path (bench/ is not a package)."""
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        return importlib.import_module(name)
    finally:
        sys.path.remove(str(ROOT / "bench"))


def test_every_measured_table_of_the_readme_is_generated_from_a_json():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name in ("notebook_runtime", "spmm", "kv_cache", "llm_prune", "autograde", "audits"):
        assert f"<!-- generated from bench/results/{name}.json -->" in readme, name


def test_a_runtime_run_replaces_the_rows_of_its_labs_and_keeps_the_others(tmp_path, monkeypatch):
    runtime = bench_module("notebook_runtime")
    monkeypatch.setattr(runtime.results_io, "RESULTS", tmp_path)

    def rows(lab: str, seconds: float) -> list[dict]:
        return [
            {"lab": lab, "mode": mode, "seconds": seconds, "budget": 60.0, "date": "2026-12-06", "load_average": 1.0}
            for mode in ("grading", "normal")
        ]

    runtime.save_rows(rows("lab01", 1.0))
    runtime.save_rows(rows("lab00", 2.0))
    runtime.save_rows(rows("lab01", 3.0))
    saved = json.loads((tmp_path / "notebook_runtime.json").read_text())["rows"]
    assert [(r["lab"], r["mode"], r["seconds"]) for r in saved] == [
        ("lab00", "normal", 2.0),
        ("lab00", "grading", 2.0),
        ("lab01", "normal", 3.0),
        ("lab01", "grading", 3.0),
    ]


def test_parallel_efficiency_is_throughput_over_workers_times_one_workers():
    scaling = bench_module("autograde").scaling_rows({1: 60.0, 2: 40.0}, count=8)
    assert [(r["workers"], r["per_minute"], r["efficiency"]) for r in scaling] == [(1, 8.0, 1.0), (2, 12.0, 0.75)]
