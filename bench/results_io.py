"""Where every benchmark keeps what it measured: ``bench/results/<name>.json``, stamped with the setting.

Each file holds ``{"meta": {...}, ...the benchmark's own fields}``. ``meta`` says when, on what machine and
with which versions of torch, numba and scipy the numbers were measured: the README's tables are generated
from these files (``bench/readme_tables.py``) and carry the stamp, so a number is never separated from the
install it holds for.
"""

from __future__ import annotations

import datetime
import json
import os
import platform
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "results"


def cpu_name() -> str:
    """The CPU's model name from /proc/cpuinfo, or what platform knows."""
    cpuinfo = Path("/proc/cpuinfo")
    lines = cpuinfo.read_text().splitlines() if cpuinfo.exists() else []
    names = [line.split(":", 1)[1].strip() for line in lines if line.startswith("model name")]
    return names[0] if names else platform.processor() or platform.machine()


def measurement_meta() -> dict[str, str]:
    """When, where and with what this process measures: date (UTC), machine, and library versions."""
    import numba
    import scipy
    import torch

    return {
        "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d"),
        "machine": f"{cpu_name()}, {os.cpu_count()} cores, {platform.machine()}",
        "torch": torch.__version__,
        "numba": numba.__version__,
        "scipy": scipy.__version__,
        "load_average": f"{os.getloadavg()[0]:.1f}",
    }


def save(name: str, payload: dict) -> Path:
    """Write ``payload`` with this run's ``meta`` to ``bench/results/<name>.json``; return the path."""
    path = RESULTS / f"{name}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"meta": measurement_meta(), **payload}, indent=1) + "\n")
    return path


def load(name: str) -> dict:
    return json.loads((RESULTS / f"{name}.json").read_text())
