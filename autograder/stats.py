"""What a class got right and wrong in one lab: per test cell and per check, from the saved judgements.

``python -m autograder stats LAB`` prints the table and draws it as a PNG, so that a TA sees at a glance
which check most students failed and which named mistake they made, before answering the same question
forty times.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from autograder.judge import Judgement
from utils.grading.compare import VerdictKind


@dataclass
class CheckStats:
    check_id: str
    hidden: bool
    passed: int = 0
    failed: int = 0  # attempted and wrong
    not_attempted: int = 0  # the function still raised the release's NotImplementedError
    mistakes: Counter[str] = field(default_factory=Counter)

    @property
    def pass_rate(self) -> float:
        """Of the students who attempted the function, the share who passed this check."""
        return self.passed / max(1, self.passed + self.failed)


@dataclass
class CellStats:
    grade_id: str
    points: float
    scores: list[float] = field(default_factory=list)
    checks: dict[str, CheckStats] = field(default_factory=dict)

    @property
    def mean(self) -> float:
        return sum(self.scores) / len(self.scores) if self.scores else 0.0

    @property
    def full_marks(self) -> float:
        """The share of students with every point of this cell."""
        return sum(s >= self.points for s in self.scores) / len(self.scores) if self.scores else 0.0

    @property
    def most_failed(self) -> CheckStats | None:
        worst = max(self.checks.values(), key=lambda c: c.failed, default=None)
        return worst if worst is not None and worst.failed else None

    @property
    def most_common_mistake(self) -> tuple[str, int] | None:
        counts = sum((c.mistakes for c in self.checks.values()), Counter())
        return counts.most_common(1)[0] if counts else None


def collect(judgements: list[Judgement]) -> dict[str, CellStats]:
    """Per test cell (in the order the judgements list them) and per check: scores, passes and named mistakes."""
    cells: dict[str, CellStats] = {}
    for judgement in judgements:
        for gid, cell in judgement.cells.items():
            stats = cells.setdefault(gid, CellStats(gid, cell.points))
            stats.scores.append(cell.score)
            for check in cell.checks:
                entry = stats.checks.setdefault(check.id, CheckStats(check.id, check.hidden))
                if check.passed:
                    entry.passed += 1
                    continue
                if check.kind == VerdictKind.NOT_ATTEMPTED:
                    entry.not_attempted += 1
                    continue
                entry.failed += 1
                if check.mistake:
                    entry.mistakes[check.mistake.rstrip(". ")] += 1
    return cells


def format_stats(lab: str, cells: dict[str, CellStats], students: int) -> str:
    """The table a TA reads: one line per test cell, then its most failed check and most common mistake."""
    lines = [f"{lab}: {students} graded submission(s)", ""]
    lines.append(f"{'test cell':32} {'points':>6} {'mean':>6} {'full marks':>10}  most failed check")
    for stats in cells.values():
        worst = stats.most_failed
        failing = f"{worst.check_id} ({worst.failed} of {worst.passed + worst.failed} tries failed)" if worst else "-"
        lines.append(f"{stats.grade_id:32} {stats.points:6g} {stats.mean:6.2f} {stats.full_marks:10.0%}  {failing}")
        if skipped := max((c.not_attempted for c in stats.checks.values()), default=0):
            lines.append(f"{'':32} not attempted by {skipped} (not counted as failed)")
        if mistake := stats.most_common_mistake:
            lines.append(f"{'':32} most common mistake ({mistake[1]}x): {mistake[0]}")
    return "\n".join(lines)


def plot(lab: str, cells: dict[str, CellStats], path: Path) -> Path:
    """Draw each check's pass rate, grouped by test cell, hidden checks hatched; save a PNG at ``path``."""
    import matplotlib

    matplotlib.use("Agg")  # a TA's terminal or CI has no display
    import matplotlib.pyplot as plt

    checks = [(cell.grade_id, check) for cell in cells.values() for check in cell.checks.values()]
    height = max(3.0, 0.28 * len(checks) + 1.2)
    figure, axes = plt.subplots(figsize=(9, height), layout="constrained")
    colours = plt.get_cmap("tab10")
    cell_ids = list(cells)
    for row, (gid, check) in enumerate(checks):
        axes.barh(
            row,
            check.pass_rate * 100,
            color=colours(cell_ids.index(gid) % 10),
            hatch="//" if check.hidden else None,
            edgecolor="white",
        )
        axes.text(check.pass_rate * 100 + 1, row, f"{check.passed}/{check.passed + check.failed}", va="center")
    axes.set_yticks(range(len(checks)), [check.check_id for _, check in checks], fontsize=8)
    axes.invert_yaxis()
    axes.set_xlim(0, 112)
    axes.set_xlabel("students passing the check (%)")
    students = len(next(iter(cells.values())).scores) if cells else 0
    axes.set_title(f"{lab}: pass rate per check ({students} submissions; hatched = hidden)")
    path.parent.mkdir(parents=True, exist_ok=True)
    figure.savefig(path, dpi=110)
    plt.close(figure)
    return path
