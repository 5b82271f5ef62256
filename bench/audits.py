"""Audit every lab (or those named) and write the counts and wall times to bench/results/audits.json.

Run from the repository root:  .venv/bin/python bench/audits.py [lab00 lab01 ...]   (named labs replace their rows)

For each lab: the declared mistakes and how many the hidden and visible checks catch, the alternatives (declared,
plus the audit's own RNG-drawing one per graded function) that keep full marks, the solution's score, how many
notebooks were graded and how long the audit took, one lab after the other on an otherwise idle machine.
``bench/readme_tables.py`` writes the README's audit table from the file.
"""

from __future__ import annotations

import argparse
import sys
import time

import results_io  # bench/, the script's own folder

from autograder import audit, release


def audit_row(lab: str) -> dict:
    start = time.perf_counter()
    report = audit.audit(lab, log=lambda line: None)
    seconds = time.perf_counter() - start
    mistakes = [o for o in report.outcomes if o.variant.kind == "mistake"]
    caught = [o for o in mistakes if o.caught]
    alternatives = [o for o in report.outcomes if o.variant.kind == "alternative"]
    solution = next(o for o in report.outcomes if o.variant.kind == "solution")
    return {
        "lab": lab,
        "mistakes": len(mistakes),
        "caught": len(caught),
        "hidden_only": sum(o.hidden_only for o in caught),
        "alternatives": len(alternatives),
        "alternatives_full": sum(o.score >= o.max_score for o in alternatives),
        "solution": solution.score,
        "max_score": solution.max_score,
        "notebooks": len(report.outcomes),
        "seconds": seconds,
        "ok": report.ok,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("labs", nargs="*", help="default: every lab")
    args = parser.parse_args()
    rows = []
    for lab in args.labs or release.available_labs():
        rows.append(audit_row(lab))
        row = rows[-1]
        print(
            f"{lab}: {row['caught']}/{row['mistakes']} caught, {row['alternatives_full']}/{row['alternatives']} "
            f"alternatives at full marks, {row['notebooks']} notebooks in {row['seconds']:.0f} s"
        )
    if args.labs and (results_io.RESULTS / "audits.json").exists():  # re-audit some labs: keep the others' rows
        ours = {row["lab"] for row in rows}
        rows = sorted(
            [r for r in results_io.load("audits")["rows"] if r["lab"] not in ours] + rows, key=lambda r: r["lab"]
        )
    print(f"wrote {results_io.save('audits', {'rows': rows})}")
    return 0 if all(row["ok"] for row in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
