"""utils.reference: each Lab 0 reference is registered, marked the way the student edition builder finds it, and
code that depends on one says so."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest

import utils
from utils import metrics, pruning
from utils.reference import REFERENCES, graded_reference

UTILS_DIR = Path(utils.__file__).parent

LAB00_REFERENCES = {
    ("lab00", "magnitude_mask"): ("utils.pruning.magnitude.magnitude_mask",),
    ("lab00", "global_magnitude_masks"): ("utils.pruning.magnitude.global_magnitude_masks",),
    ("lab00", "filter_l2_mask"): ("utils.pruning.structured.ln_structured_mask",),
    ("lab00", "sparsity_report"): ("utils.metrics.counts.layer_sparsity", "utils.metrics.counts.global_sparsity"),
    ("lab00", "conv2d_macs"): ("utils.metrics.macs.conv2d_macs",),
    ("lab00", "cubic_sparsity"): ("utils.pruning.schedules.cubic_sparsity",),
    ("lab00", "prune_model"): ("utils.pruning.magnitude.magnitude_prune",),
    ("lab00", "sparsity_plan"): ("utils.pruning.budget.sparsity_plan",),
}


def _module_name(path: Path) -> str:
    parts = path.relative_to(UTILS_DIR.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _utils_sources() -> dict[str, str]:
    return {_module_name(path): path.read_text() for path in sorted(UTILS_DIR.rglob("*.py"))}


def _utils_trees() -> dict[str, ast.Module]:
    return {module: ast.parse(source) for module, source in _utils_sources().items()}


def _marks(node: ast.AST) -> list[tuple[str, str]]:
    """The (lab, function) of each ``@graded_reference("lab", "function")`` on a def, as the builder reads it."""
    if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
        return []
    return [
        tuple(arg.value for arg in decorator.args)
        for decorator in node.decorator_list
        if isinstance(decorator, ast.Call) and isinstance(decorator.func, ast.Name)
        if decorator.func.id == "graded_reference"
    ]


def test_lab00_references_are_registered() -> None:
    lab00 = {key: names for key, names in REFERENCES.items() if key[0] == "lab00"}
    assert lab00 == LAB00_REFERENCES


def test_registered_names_resolve_to_the_public_functions() -> None:
    public = {
        "magnitude_mask": pruning.magnitude_mask,
        "global_magnitude_masks": pruning.global_magnitude_masks,
        "ln_structured_mask": pruning.ln_structured_mask,
        "layer_sparsity": metrics.layer_sparsity,
        "global_sparsity": metrics.global_sparsity,
        "conv2d_macs": metrics.conv2d_macs,
        "cubic_sparsity": pruning.cubic_sparsity,
        "magnitude_prune": pruning.magnitude_prune,
        "sparsity_plan": pruning.sparsity_plan,
    }
    for names in LAB00_REFERENCES.values():
        for name in names:
            module, function = name.rsplit(".", 1)
            assert getattr(importlib.import_module(module), function) is public[function]


def test_the_source_marks_exactly_the_registered_functions_at_module_level() -> None:
    found: dict[tuple[str, str], tuple[str, ...]] = {}
    for module, source in _utils_sources().items():
        tree = ast.parse(source)
        for node in ast.walk(tree):
            for key in _marks(node):
                assert node in tree.body, f"{module}.{node.name} is marked but not a module-level def"
                found[key] = (*found.get(key, ()), f"{module}.{node.name}")
        # Importing registers the module's marks, also those written in a form the builder would miss.
        if "graded_reference" in source and module != "utils.reference":
            importlib.import_module(module)
    assert found == REFERENCES


def test_utils_code_that_calls_a_reference_says_it_is_unusable_in_the_student_edition() -> None:
    # A reference raises NotImplementedError in the student edition, so whatever calls one does too. That is fine
    # for instructor tooling (utils.sparse.formats builds on Lab 1's encoders), as long as its module says so; the
    # lab kit runs every lab on the student edition, which proves that no notebook needs such code.
    trees = _utils_trees()
    references = {node.name for tree in trees.values() for node in tree.body if _marks(node)}
    undocumented = set()
    for module, tree in trees.items():
        docstring = ast.get_docstring(tree) or ""
        for node in tree.body:
            if _marks(node) or "student edition" in docstring:
                continue
            for call in ast.walk(node):
                if isinstance(call, ast.Call):
                    name = getattr(call.func, "id", None) or getattr(call.func, "attr", None)
                    if name in references:
                        undocumented.add(f"{module}.{getattr(node, 'name', '<module>')} calls {name}")
    assert undocumented == set(), "say in the module docstring that this code does not work in the student edition"


def test_decorator_returns_the_function_unchanged_and_records_it_once() -> None:
    def plain(x: int) -> int:
        return x + 1

    plain.__qualname__ = "plain"  # as for a module-level def
    try:
        marked = graded_reference("lab99", "add_one")(plain)
        assert marked is plain and marked(1) == 2
        # importlib.reload runs a decorator twice; the function is still recorded once.
        graded_reference("lab99", "add_one")(plain)
        assert REFERENCES[("lab99", "add_one")] == (f"{__name__}.plain",)
    finally:
        REFERENCES.pop(("lab99", "add_one"), None)


def test_nested_functions_and_methods_are_refused() -> None:
    def nested() -> None:
        """Not at module level: the builder would not find it."""

    with pytest.raises(ValueError, match="module-level functions only"):
        graded_reference("lab99", "nested")(nested)
    assert ("lab99", "nested") not in REFERENCES


def _utils_imports(path: Path) -> set[str]:
    """The ``utils`` modules a module imports anywhere in it, deferred imports inside functions included."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("utils"):
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names if alias.name.startswith("utils")}
    return found


def test_utils_modules_import_each_other_without_cycles():
    """A cycle held together by an import inside a function breaks as soon as someone moves that import."""
    root = Path(utils.__file__).parent
    graph = {}
    for path in root.rglob("*.py"):
        module = ".".join(("utils", *path.relative_to(root).with_suffix("").parts)).removesuffix(".__init__")
        graph[module] = {m for m in _utils_imports(path) if m != module}
    # A package's __init__ re-exports its submodules; an edge into a package is an edge into its __init__ only.
    cycles, state = [], {}

    def visit(module: str, trail: list[str]) -> None:
        state[module] = "open"
        for target in sorted(graph.get(module, ())):
            if state.get(target) == "open" and not module.startswith(target + "."):
                cycles.append(" -> ".join(trail[trail.index(target) :] + [target]) if target in trail else target)
            elif target not in state:
                visit(target, [*trail, target])
        state[module] = "done"

    for module in sorted(graph):
        if module not in state:
            visit(module, [module])
    assert cycles == []
