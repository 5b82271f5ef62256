"""Lab 0's tests accept correct work, reject each common mistake with a message that teaches, and run in budget.

The fast tests run the notebook's own cells in-process: the setup cell, the
answer cells (the solution, a mutant of it, or another correct implementation)
and the test cells with their hidden tests. The slow test executes the whole
notebook in a kernel as nbgrader does, in grading mode.
"""
from __future__ import annotations

import re
import textwrap

import matplotlib
import nbformat
import pytest
from nbclient import NotebookClient

from autograder import release

matplotlib.use("Agg")

SOURCE = release.REPO_ROOT / "solutions" / "lab00" / "lab00.ipynb"


def _cells() -> dict[str, nbformat.NotebookNode]:
    notebook = nbformat.read(SOURCE, as_version=4)
    return {cell.metadata["nbgrader"]["grade_id"]: cell for cell in notebook.cells if "nbgrader" in cell.metadata}


CELLS = _cells()
ANSWERS = [gid for gid, c in CELLS.items() if c.cell_type == "code" and c.metadata["nbgrader"]["solution"]]
TESTS = [gid for gid, c in CELLS.items() if c.cell_type == "code" and c.metadata["nbgrader"]["grade"]]


def _python(source: str) -> str:
    # IPython magics are not Python; the in-process runs do not need them.
    return "\n".join(line for line in source.splitlines() if not line.lstrip().startswith("%"))


def _namespace(answers: dict[str, str] | None = None) -> dict:
    """Run setup and every answer cell; ``answers`` replaces the source of some answer cells."""
    namespace: dict = {}
    exec(_python(CELLS["setup"].source), namespace)
    for grade_id in ANSWERS:
        exec((answers or {}).get(grade_id, CELLS[grade_id].source), namespace)
    return namespace


def _run_test(namespace: dict, test_id: str) -> None:
    exec(CELLS[test_id].source, namespace)


def _mutant(answer_id: str, old: str, new: str) -> str:
    source = CELLS[answer_id].source
    assert old in source, f"mutant no longer applies to {answer_id}: {old!r}"
    return source.replace(old, new)


def test_every_graded_part_has_an_answer_and_a_test_worth_points():
    assert len(ANSWERS) == 7 and len(TESTS) == 7
    points = sum(CELLS[t].metadata["nbgrader"]["points"] for t in TESTS)
    manual = [c for c in CELLS.values() if c.cell_type == "markdown" and c.metadata["nbgrader"]["grade"]]
    assert points == 18 and sum(c.metadata["nbgrader"]["points"] for c in manual) == 6
    intro = CELLS["intro"].source
    assert "24 points" in intro, "the points table in the introduction must match the cells"


@pytest.mark.parametrize("test_id", TESTS)
def test_solution_passes_visible_and_hidden_tests(test_id):
    _run_test(_namespace(), test_id)


# (answer cell, text to replace, replacement, test cell, phrase the failure message must contain)
MUTANTS = [
    ("magnitude_mask", "k = round(sparsity * weight.numel())", "k = int(sparsity * weight.numel())",
     "test_magnitude_mask", "int() (which truncates)"),
    ("magnitude_mask", "torch.argsort(weight.detach().abs().flatten(), stable=True)",
     "torch.argsort(weight.detach().flatten(), stable=True)", "test_magnitude_mask", "forgot abs"),
    ("magnitude_mask", "mask[order[:k]] = 0", "mask[order[weight.numel() - k:]] = 0",
     "test_magnitude_mask", "prune the largest |w|"),
    ("magnitude_mask", "mask[order[:k]] = 0",
     "flat = weight.detach().abs().flatten()\n    if k:\n        mask[flat <= flat[order[k - 1]]] = 0",
     "test_magnitude_mask", "threshold test"),
    ("magnitude_mask", "return mask.reshape(weight.shape)", "return mask.reshape(weight.shape).bool()",
     "test_magnitude_mask", "dtype torch.bool but should have dtype torch.float32"),
    ("magnitude_mask", "k = round(sparsity * weight.numel())", "k = int(sparsity * weight.numel() + 0.5)",
     "test_magnitude_mask", "round halves up"),
    ("global_magnitude_masks", "scores = torch.cat(",
     "return {name: magnitude_mask(w, sparsity) for name, w in weights.items()}\n    scores = torch.cat(",
     "test_global_magnitude_masks", "local pruning"),
    ("filter_l2_mask", ".norm(p=2, dim=1)", ".norm(p=1, dim=1)", "test_filter_l2_mask", "L1 norm"),
    ("filter_l2_mask", "k = round(sparsity * weight.shape[0])", "k = int(sparsity * weight.shape[0])",
     "test_filter_l2_mask", "int() (which truncates)"),
    ("sparsity_report", 'report["global"] = zeros / total',
     'report["global"] = sum(report.values()) / len(report)', "test_sparsity_report", "average the per-layer"),
    ("conv2d_macs", "* e * f", "* h * w", "test_conv2d_macs", "input size H*W"),
    ("conv2d_macs", "int(torch.count_nonzero(weight)) * e * f", "torch.count_nonzero(weight) * e * f",
     "test_conv2d_macs", "should be a int, got Tensor"),
    ("conv2d_macs", "int(torch.count_nonzero(weight)) * e * f", "weight.numel() * e * f",
     "test_conv2d_macs", "is 13824, expected 6912"),
    ("cubic_sparsity", "(1 - progress) ** 3", "progress ** 3", "test_cubic_sparsity", "progress**3 instead"),
    ("cubic_sparsity", "(1 - progress) ** 3", "(1 - progress)", "test_cubic_sparsity", "linear schedule"),
    ("cubic_sparsity", "    if step >= end_step:\n        return float(final_sparsity)\n", "",
     "test_cubic_sparsity", "keep s_f after end_step"),
    ("prune_model", "masks = global_magnitude_masks(weights, sparsity)",
     "masks = {name: magnitude_mask(w, sparsity) for name, w in weights.items()}",
     "test_prune_model", "prune each layer separately"),
]


@pytest.mark.parametrize("answer_id,old,new,test_id,phrase", MUTANTS,
                         ids=[f"{m[0]}-{i}" for i, m in enumerate(MUTANTS)])
def test_common_mistake_fails_with_a_teaching_message(answer_id, old, new, test_id, phrase):
    namespace = _namespace({answer_id: _mutant(answer_id, old, new)})
    with pytest.raises(AssertionError) as failure:
        _run_test(namespace, test_id)
    assert phrase in str(failure.value), f"message does not teach: {failure.value}"


OTHER_CORRECT = {
    "magnitude_mask": """
        import numpy as np

        def magnitude_mask(weight, sparsity):
            if sparsity < 0 or sparsity > 1:
                raise ValueError("sparsity out of range")
            flat = weight.detach().abs().flatten().cpu().numpy()
            pruned = np.argsort(flat, kind="stable")[: round(sparsity * flat.size)]
            keep = np.ones(flat.size, dtype=bool)
            keep[pruned] = False
            return torch.from_numpy(keep).to(weight.dtype).reshape(weight.shape)
    """,
    "filter_l2_mask": """
        def filter_l2_mask(weight, sparsity):
            norms = torch.sqrt((weight.detach() ** 2).reshape(weight.shape[0], -1).sum(dim=1))
            ranked = sorted(range(weight.shape[0]), key=lambda i: (norms[i].item(), i))
            mask = torch.ones_like(weight)
            for i in ranked[: round(sparsity * weight.shape[0])]:
                mask[i] = 0
            return mask
    """,
    "conv2d_macs": """
        def conv2d_macs(weight, input_hw, stride=1, padding=0):
            out = torch.nn.functional.conv2d(torch.zeros(1, weight.shape[1], *input_hw), weight,
                                             stride=stride, padding=padding)
            return int((weight != 0).sum().item()) * out.shape[-1] * out.shape[-2]
    """,
    "cubic_sparsity": """
        def cubic_sparsity(step, final_sparsity, begin_step, end_step, initial_sparsity=0.0):
            if end_step <= begin_step:
                raise ValueError("end_step must be after begin_step")
            t = min(max(step, begin_step), end_step)
            remaining = (end_step - t) / (end_step - begin_step)
            return float(final_sparsity - (final_sparsity - initial_sparsity) * remaining ** 3)
    """,
}


@pytest.mark.parametrize("answer_id", sorted(OTHER_CORRECT))
def test_other_correct_implementations_pass(answer_id):
    namespace = _namespace({answer_id: textwrap.dedent(OTHER_CORRECT[answer_id])})
    _run_test(namespace, f"test_{answer_id}")


def test_release_is_fresh_and_leaks_nothing():
    assert release.check("lab00") == []


def test_release_has_stubs_where_the_source_has_solutions():
    released = nbformat.read(release.REPO_ROOT / "labs" / "lab00" / "lab00.ipynb", as_version=4)
    answers = [c for c in released.cells if c.metadata.get("nbgrader", {}).get("solution") and c.cell_type == "code"]
    assert len(answers) == len(ANSWERS)
    assert all("raise NotImplementedError()" in c.source and "def " in c.source for c in answers)
    assert not any(re.search(r"BEGIN (SOLUTION|HIDDEN TESTS)", c.source) for c in released.cells)


@pytest.mark.slow
def test_solution_notebook_runs_clean_in_grading_mode(monkeypatch):
    monkeypatch.setenv("NBGRADER_EXECUTION", "validate")
    notebook = nbformat.read(SOURCE, as_version=4)
    NotebookClient(notebook, timeout=120, kernel_name="python3",
                   resources={"metadata": {"path": str(SOURCE.parent)}}).execute()
    errors = [(c.metadata["nbgrader"]["grade_id"] if "nbgrader" in c.metadata else c.id, o.ename)
              for c in notebook.cells if c.cell_type == "code" for o in c.outputs if o.output_type == "error"]
    assert errors == []
    printed = "\n".join(o.get("text", "") for c in notebook.cells if c.cell_type == "code" for o in c.outputs)
    assert "grading mode: True" in printed
    accuracy = float(re.search(r"dense test accuracy: ([0-9.]+)", printed).group(1))
    assert accuracy > 0.9, f"the dense model should learn the digits even with grading-mode epochs, got {accuracy}"

