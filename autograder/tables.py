"""Plain-text tables for the terminal."""

from __future__ import annotations


def format_table(rows: list[dict[str, object]]) -> str:
    """The grades as a fixed-width table: student, autograded score and max, status, reason."""
    lines = [f"{'student':<12} {'score':>6} {'max':>5}  {'status':<9} reason", "-" * 78]
    for row in rows:
        reason = str(row["reason"])
        reason = reason if len(reason) <= 60 else reason[:57] + "..."
        score = "-" if row["auto_score"] == "" else f"{row['auto_score']:g}"  # "" means not graded yet
        lines.append(f"{row['student_id']:<12} {score:>6} {row['auto_max']:>5g}  {row['status']:<9} {reason}")
    return "\n".join(lines)
