"""The README's measured tables are generated from bench/results/*.json: they must agree, and carry their setting."""

from __future__ import annotations

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
