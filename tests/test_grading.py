"""utils.grading: records carry data only, verdicts teach, checks behave in each of their three modes."""

from __future__ import annotations

import json

import numpy as np
import pytest
import torch

from utils.grading import (
    CheckFailed,
    attempt,
    cell_source,
    check_equal,
    check_own_code,
    check_raises,
    check_scalar,
    check_tensor,
    compare,
    in_grading_mode,
    own_code,
    pick,
    raised,
    records,
)
from utils.grading.checks import SPEC_ENV


def _message(call) -> str:
    with pytest.raises(CheckFailed) as failure:
        call()
    return str(failure.value)


# --- records --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("dtype", [torch.float32, torch.float64, torch.int64, torch.bool, torch.float16, torch.uint8])
def test_tensors_round_trip_exactly(dtype):
    tensor = (torch.randn(3, 4) * 10).to(dtype)
    encoded = json.loads(json.dumps(records.encode(tensor)))
    assert encoded["dtype"] == str(dtype) and encoded["shape"] == [3, 4] and encoded["device"] == "cpu"
    assert np.array_equal(records.decode_array(encoded), tensor.numpy())


def test_bfloat16_keeps_its_name_and_values():
    tensor = torch.tensor([1.5, -2.25], dtype=torch.bfloat16)
    encoded = records.encode(tensor)
    assert encoded["dtype"] == "torch.bfloat16"
    assert records.decode_array(encoded).tolist() == [1.5, -2.25]


def test_plain_values_keep_their_types_and_order():
    value = {"b": [1, 2.5, True, None, "x"], "a": (np.float64(0.5), np.int64(3))}
    encoded = records.encode(value)
    assert [k["v"] for k, _ in encoded["v"]] == ["b", "a"]
    assert [item["t"] for item in encoded["v"][0][1]["v"]] == ["int", "float", "bool", "none", "str"]
    assert records.number(encoded["v"][1][1]["v"][1]) == 3


def test_unknown_objects_keep_only_class_and_a_capped_repr():
    class EqualsEverything:
        def __eq__(self, other):
            return True

        def __repr__(self):
            return "x" * 10_000

    encoded = records.encode(EqualsEverything())
    assert encoded["t"] == "object" and encoded["class"].endswith("EqualsEverything")
    assert len(encoded["repr"]) == records.MAX_TEXT


def test_a_raising_repr_still_gives_a_record():
    class Broken:
        def __repr__(self):
            raise RuntimeError("no")

    assert "repr raised RuntimeError" in records.encode(Broken())["repr"]


def test_malformed_or_forged_arrays_are_rejected():
    good = records.encode(torch.zeros(4))
    with pytest.raises(records.RecordError):
        records.decode_array({**good, "shape": [5]})
    with pytest.raises(records.RecordError):
        records.decode_array({**good, "np": "object"})
    with pytest.raises(records.RecordError):
        records.decode_array({**good, "data": "not base64!"})


def test_records_file_skips_garbage_lines(tmp_path, monkeypatch):
    path = tmp_path / "records.jsonl"
    monkeypatch.setenv(records.RECORDS_ENV, str(path))
    monkeypatch.setenv(records.CELL_ENV, "test_x")
    records.append({"id": "f/a", "value": records.encode(1)})
    with path.open("a") as handle:
        handle.write('not json\n[1, 2]\n{"no": "id"}\n')
    records.append({"id": "f/b", "value": records.encode(2)})
    found = list(records.read(path))
    assert [r["id"] for r in found] == ["f/a", "f/b"] and found[0]["cell"] == "test_x"


# --- verdicts ---------------------------------------------------------------------------------------------------


def _judge(spec, expected, actual):
    return compare.judge(spec, {"value": records.encode(expected)}, {"value": records.encode(actual)})


def test_tensor_verdicts_report_the_first_difference_in_order():
    spec = {"kind": "tensor", "name": "mask", "hint": "look at ties"}
    assert _judge(spec, torch.zeros(2), torch.zeros(2)).passed
    assert "should be a torch.Tensor, got list" in _judge(spec, torch.zeros(2), [0.0, 0.0]).message
    assert "has shape (2, 3) but should have shape (6,)" in _judge(spec, torch.zeros(6), torch.zeros(2, 3)).message
    dtype = _judge(spec, torch.zeros(2), torch.zeros(2, dtype=torch.bool)).message
    assert "has dtype torch.bool but should have dtype torch.float32" in dtype and "ties" not in dtype
    actual = torch.zeros(3, 4)
    actual[1, 2], actual[2, 0] = 1.0, 5.0
    message = _judge(spec, torch.zeros(3, 4), actual).message
    assert "2 of 12 values differ; the first at index (1, 2): got 1.0, expected 0.0" in message
    assert message.endswith("Hint: look at ties")


def test_a_wrong_shape_or_dtype_is_named_only_by_a_mistake_that_predicts_it_exactly():
    bool_mask = torch.tensor([False, True])
    spec = {
        "kind": "tensor",
        "name": "bitmap",
        "hint": "one bool per entry",
        "mistakes": {
            "store 0/1 numbers": records.encode(torch.tensor([0.0, 1.0])),
            "keep the 2-D shape": records.encode(torch.tensor([[False], [True]])),
        },
    }
    as_numbers = _judge(spec, bool_mask, torch.tensor([0.0, 1.0])).message
    assert "exactly the answer you get when you store 0/1 numbers" in as_numbers and "one bool per entry" in as_numbers
    assert "keep the 2-D shape" in _judge(spec, bool_mask, torch.tensor([[False], [True]])).message
    other_dtype = _judge(spec, bool_mask, torch.tensor([0.0, 1.0], dtype=torch.float64)).message
    assert "has dtype torch.float64" in other_dtype and "exactly" not in other_dtype and "Hint" not in other_dtype


def test_raised_names_the_standard_error_a_call_raises():
    class Unsupported(ValueError):
        pass

    def fail(error: Exception) -> None:
        raise error

    assert raised(lambda: fail(Unsupported("no"))) == "ValueError"
    assert raised(lambda: fail(TypeError("no"))) == "TypeError"
    assert raised(lambda: fail(KeyError("x"))) == "KeyError"
    assert raised(lambda: None) == "returned"


def test_tolerances_and_nan():
    spec = {"kind": "tensor", "name": "x", "atol": 1e-6}
    assert _judge(spec, torch.tensor([1.0, float("nan")]), torch.tensor([1.0 + 1e-7, float("nan")])).passed
    assert not _judge({"kind": "tensor", "name": "x"}, torch.tensor([1.0]), torch.tensor([1.0 + 1e-6])).passed


def test_a_known_mistake_is_named_and_the_hint_still_shown():
    wrong = torch.tensor([1.0, 1.0, 1.0])
    spec = {"kind": "tensor", "name": "mask", "hint": "k = 1", "mistakes": {"use int()": records.encode(wrong)}}
    message = _judge(spec, torch.tensor([0.0, 1.0, 1.0]), wrong).message
    assert "exactly the answer you get when you use int()" in message and "Hint: k = 1" in message
    other = _judge(spec, torch.tensor([0.0, 1.0, 1.0]), torch.tensor([0.0, 0.0, 0.0])).message
    assert "exactly" not in other


def test_scalar_verdicts_check_type_then_value():
    spec = {"kind": "scalar", "name": "s", "types": ["float"], "rel_tol": 1e-12}
    assert _judge(spec, 0.3, 0.1 + 0.2).passed
    assert "should be of type float, got int (1)" in _judge(spec, 1.0, 1).message
    assert "should be of type float, got bool" in _judge(spec, 1.0, True).message
    assert "should be a number" in _judge({"kind": "scalar", "name": "s"}, 1, True).message
    named = _judge({**spec, "mistakes": {"use a linear schedule": records.encode(0.4)}}, 0.7, 0.4).message
    assert "s is 0.4, expected 0.7" in named and "linear schedule" in named


def test_equal_verdicts_compare_type_and_order():
    spec = {"kind": "equal", "name": "keys"}
    assert _judge(spec, ["a", "b"], ["a", "b"]).passed
    assert "keys is ['b', 'a'], expected ['a', 'b']" in _judge(spec, ["a", "b"], ["b", "a"]).message
    assert not _judge(spec, (1, 2), [1, 2]).passed


def test_raises_and_errors():
    spec = {"kind": "raises", "name": "f(-1)", "exception": "ValueError"}
    value_error = {"error": records.encode_error(ValueError("bad"))}
    assert compare.judge(spec, {}, value_error).passed
    assert compare.judge(spec, {}, {"error": records.encode_error(UnicodeError("x"))}).passed  # a subclass
    assert "should raise ValueError, but it returned 3" in compare.judge(spec, {}, {"value": records.encode(3)}).message
    tensor_spec = {"kind": "tensor", "name": "f(w)", "hint": "h"}
    raised = compare.judge(tensor_spec, {"value": records.encode(torch.zeros(1))}, value_error).message
    assert raised.startswith("f(w) raised ValueError: bad") and "Hint: h" in raised
    todo = {"error": records.encode_error(NotImplementedError())}
    assert "not attempted" in compare.judge(tensor_spec, {"value": records.encode(torch.zeros(1))}, todo).message
    assert "was not checked" in compare.judge(tensor_spec, {"value": records.encode(torch.zeros(1))}, {}).message


# --- checks in a student's session --------------------------------------------------------------------------------


@pytest.fixture
def session(monkeypatch):
    monkeypatch.delenv(records.RECORDS_ENV, raising=False)
    monkeypatch.delenv(SPEC_ENV, raising=False)


def test_visible_checks_raise_teaching_messages_at_once(session):
    check_tensor("f/a", lambda: torch.ones(2), torch.ones(2))
    assert "f(w) is wrong" in _message(lambda: check_tensor("f/b", lambda: torch.zeros(2), torch.ones(2), name="f(w)"))
    assert "should be of type int" in _message(lambda: check_scalar("f/c", lambda: 2.0, 2, types=[int]))
    check_equal("f/d", lambda: ["x"], ["x"])
    check_raises("f/e", lambda: int("x"), ValueError)
    assert "should raise KeyError" in _message(lambda: check_raises("f/f", lambda: 1, KeyError))


def test_a_crashing_answer_shows_the_students_own_error_in_a_session(session):
    with pytest.raises(ZeroDivisionError):
        check_tensor("f/a", lambda: 1 / 0, torch.ones(1))
    with pytest.raises(ZeroDivisionError):
        attempt(lambda: 1 / 0)


def test_hidden_checks_only_run_the_answer_in_a_session(session):
    check_tensor("f/hidden", lambda: torch.zeros(3))  # nothing to compare with: no error


def test_own_code_check_resolves_names_through_globals(session):
    namespace: dict = {}
    exec(
        "import torch.nn.utils.prune as P\nfrom torch.nn.utils.prune import l1_unstructured as L\n"
        "def helper(m):\n    return L(m, 'weight', 0.5)\n"
        "def cheat(m):\n    return helper(m)\n"
        "def honest(m):\n    return P.custom_from_mask\n",
        namespace,
    )
    # exec'd code has no source file; the static analysis (the judge's) covers this case.
    sources = [
        "import torch.nn.utils.prune as P\nfrom torch.nn.utils.prune import l1_unstructured as L",
        "def helper(m):\n    return L(m, 'weight', 0.5)",
        "def cheat(m):\n    return helper(m)",
        "def honest(m):\n    return P.custom_from_mask",
        "alias = P.global_unstructured\ndef sneaky(w):\n    return alias(w)",
    ]
    forbidden = ["torch.nn.utils.prune.l1_unstructured", "torch.nn.utils.prune.global_unstructured"]
    assert own_code.forbidden_uses("cheat", sources, forbidden) == ["torch.nn.utils.prune.l1_unstructured"]
    assert own_code.forbidden_uses("honest", sources, forbidden) == []
    assert own_code.forbidden_uses("sneaky", sources, forbidden) == ["torch.nn.utils.prune.global_unstructured"]


def test_cells_with_magics_parse_alike_for_the_notebook_and_the_judge():
    source = "%load_ext autoreload\nimport torch.nn.utils.prune as P\n!pip list\n"
    source += "def cheat(m):\n    return P.l1_unstructured"
    tree = cell_source.parse_code(source)
    assert [type(node).__name__ for node in tree.body] == ["Import", "FunctionDef"]
    assert tree.body[1].lineno == 4  # magics are blanked, not dropped: the judge's evidence quotes the right lines
    assert cell_source.parse_code("def broken(:\n    pass") is None
    forbidden = ["torch.nn.utils.prune"]
    assert own_code.forbidden_uses("cheat", [source], forbidden) == ["torch.nn.utils.prune.l1_unstructured"]
    assert own_code.is_written("cheat", ["%time\n" + source])


def test_own_code_check_on_a_live_function(session):
    import torch.nn.utils.prune as prune_module

    def delegates(module):
        return prune_module.l1_unstructured(module, "weight", 0.5)

    def writes_its_own(weight):
        return (weight.abs() > 0).float()

    message = _message(lambda: check_own_code("f/own", delegates, ["torch.nn.utils.prune.l1_unstructured"]))
    assert "uses torch.nn.utils.prune.l1_unstructured" in message
    check_own_code("f/own2", writes_its_own, ["torch.nn.utils.prune"])


# --- checks while grading -----------------------------------------------------------------------------------------


def test_while_grading_checks_record_and_never_raise(tmp_path, monkeypatch):
    path = tmp_path / "records.jsonl"
    monkeypatch.setenv(records.RECORDS_ENV, str(path))
    monkeypatch.delenv(SPEC_ENV, raising=False)
    check_tensor("f/wrong", lambda: torch.zeros(2), torch.ones(2))
    check_tensor("f/crash", lambda: 1 / 0, torch.ones(2))
    broken = attempt(lambda: {}["missing"])
    check_equal("f/uses_broken", lambda: broken["x"], 1)
    check_raises("f/raises", lambda: int("x"), ValueError)
    check_scalar("f/hidden", lambda: 3)
    found = {r["id"]: r for r in records.read(path)}
    assert found["f/wrong"]["verdict"] is False and "spec" not in found["f/wrong"]
    assert found["f/crash"]["error"]["type"] == "ZeroDivisionError"
    assert found["f/uses_broken"]["error"]["type"] == "KeyError"
    assert found["f/raises"]["verdict"] is True
    assert "verdict" not in found["f/hidden"] and records.number(found["f/hidden"]["value"]) == 3


def test_recording_the_solution_keeps_the_spec_and_lazy_mistakes(tmp_path, monkeypatch):
    path = tmp_path / "records.jsonl"
    monkeypatch.setenv(records.RECORDS_ENV, str(path))
    monkeypatch.setenv(SPEC_ENV, "1")
    check_tensor(
        "f/h", lambda: torch.ones(2), name="f(w)", atol=1e-6, hint="h", mistakes={"forget abs": lambda: torch.zeros(2)}
    )
    (record,) = records.read(path)
    assert record["spec"]["name"] == "f(w)" and record["spec"]["atol"] == 1e-6
    assert records.decode_array(record["spec"]["mistakes"]["forget abs"]).tolist() == [0.0, 0.0]
    with pytest.raises(ZeroDivisionError):  # a mistake that cannot be computed is a bug in the lab
        check_tensor("f/bad", lambda: torch.ones(2), mistakes={"x": lambda: 1 / 0})


def test_grading_mode_follows_the_environment(monkeypatch):
    monkeypatch.delenv("NBGRADER_EXECUTION", raising=False)
    assert not in_grading_mode() and pick(10, 2) == 10
    monkeypatch.setenv("NBGRADER_EXECUTION", "autograde")
    assert in_grading_mode() and pick(10, 2) == 2


@pytest.mark.slow
def test_a_failed_check_in_a_real_kernel_shows_the_message_under_the_students_line():
    import re

    import nbformat
    from nbclient import NotebookClient

    cell = "import torch\nfrom utils.grading import check_tensor\nw = torch.zeros(2)\n"
    cell += "check_tensor('f/x', lambda: w + 1, w)"
    notebook = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(cell)])
    NotebookClient(notebook, kernel_name="python3", allow_errors=True).execute()
    (error,) = notebook.cells[0].outputs
    traceback = re.sub(r"\x1b\[[0-9;]*m", "", "\n".join(error.traceback))
    assert error.ename == "CheckFailed" and "2 of 2 values differ" in error.evalue
    assert "check_tensor('f/x'" in traceback, "the student's own line is shown"
    assert "utils/grading" not in traceback, "our helper frames are not"
