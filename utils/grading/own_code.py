"""Does a graded function do its own work, or hand it to a routine the lab puts off-limits?

A lab may forbid, per graded function, the library routines that would answer it in one call
(``torch.nn.utils.prune.l1_unstructured`` for ``magnitude_mask``) and the course's own reference
implementations (``utils.pruning``). Forbidden entries are dotted names; a use matches an entry when
its fully resolved name equals the entry or lies below it (``utils.pruning`` forbids
``utils.pruning.magnitude_mask``).

Two resolvers share one analysis of the source:
* in the student's notebook, names resolve through the function's globals (what they really are now);
* in the judge, which runs no student code, through the notebook's import statements and simple
  assignments such as ``mm = pruning.magnitude_mask``.
Helper functions that the graded function calls are followed, so a one-line wrapper does not hide a call.
"""

from __future__ import annotations

import ast
import inspect
import textwrap
import types
from collections.abc import Callable, Iterable

from utils.grading.cell_source import parse_code
from utils.grading.compare import PASS, Verdict, VerdictKind

Resolver = Callable[[str], "str | None"]


def forbidden_uses(function: str, sources: Iterable[str], forbidden: Iterable[str]) -> list[str]:
    """Forbidden names that ``function`` uses, judged from notebook cell sources alone (the judge's way).

    Args:
        function: the graded function's name; its last top-level definition in ``sources`` counts.
        sources: the notebook's code cells in order (IPython magics are ignored).
        forbidden: dotted names the lab puts off-limits for this function.

    Returns:
        The resolved forbidden names used, sorted; ``[]`` when the function is clean or not defined.
    """
    definitions: dict[str, ast.FunctionDef | ast.AsyncFunctionDef] = {}
    aliases: dict[str, str] = {}
    for source in sources:
        tree = parse_code(source)
        if tree is None:
            continue
        aliases.update(_aliases(tree.body, aliases))
        for node in tree.body:
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                definitions[node.name] = node
    uses = _uses_following_helpers(function, definitions, lambda head: aliases.get(head))
    return _matching(uses, forbidden)


def is_written(function: str, sources: Iterable[str]) -> bool:
    """Whether the notebook's last definition of ``function`` does anything but ``raise NotImplementedError``."""
    node = None
    for source in sources:
        tree = parse_code(source)
        for candidate in tree.body if tree else []:
            if isinstance(candidate, (ast.FunctionDef, ast.AsyncFunctionDef)) and candidate.name == function:
                node = candidate
    return node is not None and not _is_stub(node)


def is_written_live(fn: Callable) -> bool:
    node = _definition_of(fn)
    return node is None or not _is_stub(node)  # without its source we cannot tell: assume written


def _is_stub(node: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
    body = node.body[1:] if ast.get_docstring(node) is not None else node.body
    if len(body) != 1 or not isinstance(body[0], ast.Raise) or body[0].exc is None:
        return not body
    raised = body[0].exc.func if isinstance(body[0].exc, ast.Call) else body[0].exc
    return isinstance(raised, ast.Name) and raised.id == "NotImplementedError"


def forbidden_uses_live(fn: Callable, forbidden: Iterable[str]) -> list[str]:
    """Forbidden names that the live function ``fn`` uses, resolving names through its globals and closure."""
    definitions: dict[str, ast.FunctionDef | ast.AsyncFunctionDef] = {}
    namespaces: dict[str, dict] = {}
    pending = [fn]
    while pending:
        current = pending.pop()
        node = _definition_of(current)
        if node is None or node.name in definitions:
            continue
        definitions[node.name] = node
        namespaces[node.name] = current.__globals__
        for name in _called_names(node):
            candidate = current.__globals__.get(name)
            if isinstance(candidate, types.FunctionType) and candidate.__module__ == current.__module__:
                pending.append(candidate)
    visible = {**fn.__globals__, **inspect.getclosurevars(fn).nonlocals}

    def resolve(head: str) -> str | None:
        return _qualified(visible[head]) if head in visible else None

    uses = _uses_following_helpers(fn.__name__, definitions, resolve)
    return _matching(uses, forbidden)


def verdict(function: str, written: bool, used: list[str], hint: str | None) -> Verdict:
    """The verdict for an own-code check: the function must be written, without the forbidden names."""
    if not written:
        return Verdict(
            False, f"{function} is not attempted yet: it still raises NotImplementedError", VerdictKind.NOT_ATTEMPTED
        )
    if not used:
        return PASS
    message = (
        f"{function} uses {', '.join(used)}, which this lab asks you not to use here: "
        "write the computation yourself (this check fails the function until then)"
    )
    return Verdict(False, message + (f".\nHint: {hint}" if hint else ""), VerdictKind.OFF_LIMITS)


def _definition_of(fn: Callable) -> ast.FunctionDef | ast.AsyncFunctionDef | None:
    try:
        tree = ast.parse(textwrap.dedent(inspect.getsource(fn)))
    except (OSError, TypeError, SyntaxError):
        return None
    node = tree.body[0] if tree.body else None
    return node if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) else None


def _qualified(obj: object) -> str | None:
    if isinstance(obj, types.ModuleType):
        return obj.__name__
    module, qualname = getattr(obj, "__module__", None), getattr(obj, "__qualname__", None)
    return f"{module}.{qualname}" if isinstance(module, str) and isinstance(qualname, str) else None


def _aliases(statements: Iterable[ast.stmt], known: dict[str, str]) -> dict[str, str]:
    """Names bound by imports and by ``x = a.b`` assignments, mapped to dotted names."""
    found: dict[str, str] = {}
    for node in statements:
        if isinstance(node, ast.Import):
            for alias in node.names:
                found[alias.asname or alias.name.split(".")[0]] = (
                    alias.name if alias.asname else alias.name.split(".")[0]
                )
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            for alias in node.names:
                found[alias.asname or alias.name] = f"{node.module}.{alias.name}"
        elif isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            dotted = _dotted(node.value)
            if dotted:
                head, _, rest = dotted.partition(".")
                base = {**known, **found}.get(head)
                if base:
                    found[node.targets[0].id] = f"{base}.{rest}" if rest else base
    return found


def _dotted(node: ast.AST) -> str | None:
    parts = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if isinstance(node, ast.Name):
        return ".".join([node.id, *reversed(parts)])
    return None


def _called_names(node: ast.AST) -> set[str]:
    return {n.id for n in ast.walk(node) if isinstance(n, ast.Name)}


def _uses_following_helpers(
    function: str, definitions: dict[str, ast.FunctionDef | ast.AsyncFunctionDef], resolve: Resolver
) -> set[str]:
    """Resolved dotted names used by ``function`` and by the notebook functions it reaches."""
    uses: set[str] = set()
    seen: set[str] = set()
    pending = [function]
    while pending:
        name = pending.pop()
        if name in seen or name not in definitions:
            continue
        seen.add(name)
        node = definitions[name]
        local = _aliases([n for n in ast.walk(node) if isinstance(n, (ast.Import, ast.ImportFrom, ast.Assign))], {})
        for sub in ast.walk(node):
            dotted = _dotted(sub) if isinstance(sub, (ast.Attribute, ast.Name)) else None
            if not dotted:
                continue
            head, _, rest = dotted.partition(".")
            base = local.get(head) or resolve(head)
            if base:
                uses.add(f"{base}.{rest}" if rest else base)
            if head in definitions and not rest:
                pending.append(head)
        uses.update(local.values())
    return uses


def _matching(uses: Iterable[str], forbidden: Iterable[str]) -> list[str]:
    entries = list(forbidden)
    found = {use for use in uses for entry in entries if use == entry or use.startswith(entry + ".")}
    # `pruning.magnitude_mask` also uses the module `pruning`: name only the most specific use.
    return sorted(use for use in found if not any(other.startswith(use + ".") for other in found))
