"""Reference pruning: masks, applying them to models, schedules and sensitivity scans.

Conventions shared by every method here, and identical to ``torch.nn.utils.prune``:

* A mask has the tensor's shape and dtype and holds 1.0 (kept) or 0.0 (pruned).
* ``amount`` counts among the entries that are still unpruned: a float in
  ``[0, 1]`` is that fraction of them, rounded with Python's ``round`` (ties to
  even: ``round(2.5) == 2``); an int is an absolute number of them.
* Pruning again with an existing ``mask`` only removes more: what was pruned stays pruned.

Where torch leaves ties to ``topk`` (unspecified order), we fix them: among equal
scores the entry (or channel) with the lower flat index is pruned first. On
tensors without ties the masks are identical to torch's; ``tests/test_pruning.py``
proves it.
"""
from __future__ import annotations

import copy
from abc import ABC, abstractmethod
from collections.abc import Callable, Mapping, Sequence
from typing import Literal

import torch
from torch import nn
from torch.nn.utils import prune as torch_prune

from utils.models import prunable_modules

Amount = int | float
Scope = Literal["local", "global"]


def validate_amount(amount: Amount) -> None:
    """Reject anything but a count ``>= 0`` (int) or a fraction in ``[0, 1]`` (float)."""
    if isinstance(amount, bool) or not isinstance(amount, (int, float)):
        raise TypeError(f"amount must be an int (a count) or a float (a fraction), got {type(amount).__name__}")
    if isinstance(amount, int) and amount < 0:
        raise ValueError(f"a count amount must be >= 0, got {amount}")
    if isinstance(amount, float) and not 0.0 <= amount <= 1.0:
        raise ValueError(f"a fractional amount must lie in [0, 1], got {amount}")


def count_to_prune(amount: Amount, available: int) -> int:
    """How many of ``available`` unpruned entries an ``amount`` removes.

    Args:
        amount: fraction in ``[0, 1]`` (float) or absolute count (int).
        available: number of entries still unpruned.

    Returns:
        ``round(amount * available)`` for a float (Python rounding, ties to even), ``amount`` for an int.
    """
    validate_amount(amount)
    if isinstance(amount, float):
        return round(amount * available)
    if amount > available:
        raise ValueError(f"amount={amount} entries cannot be pruned: only {available} are still unpruned")
    return amount


def _prune_lowest(scores: torch.Tensor, alive: torch.Tensor, amount: Amount) -> torch.Tensor:
    """Boolean keep-vector: ``alive`` minus the ``amount`` lowest-scoring alive positions (1-D inputs)."""
    alive_index = alive.nonzero().squeeze(1)
    k = count_to_prune(amount, alive_index.numel())
    # A stable sort makes ties deterministic: the lower index is pruned first.
    order = torch.argsort(scores[alive_index], stable=True)
    keep = alive.clone()
    keep[alive_index[order[:k]]] = False
    return keep


def _validated_mask(tensor: torch.Tensor, mask: torch.Tensor | None) -> torch.Tensor:
    if mask is None:
        return torch.ones_like(tensor)
    if mask.shape != tensor.shape:
        raise ValueError(f"mask has shape {tuple(mask.shape)} but the tensor has shape {tuple(tensor.shape)}")
    return mask


class PruningMethod(ABC):
    """Base of the mask-computing methods: subclasses turn a tensor into a 0/1 mask.

    Args:
        amount: what to prune among the unpruned entries (see the module docstring).
    """

    def __init__(self, amount: Amount) -> None:
        validate_amount(amount)
        self.amount = amount

    @abstractmethod
    def compute_mask(self, tensor: torch.Tensor, mask: torch.Tensor | None = None) -> torch.Tensor:
        """Mask for ``tensor`` given its current ``mask`` (all ones when None). Same shape and dtype as ``tensor``."""


class MagnitudeUnstructured(PruningMethod):
    """Prune the individual entries with the smallest ``|w|`` (torch's ``l1_unstructured``)."""

    def compute_mask(self, tensor: torch.Tensor, mask: torch.Tensor | None = None) -> torch.Tensor:
        mask = _validated_mask(tensor, mask)
        keep = _prune_lowest(tensor.detach().abs().flatten(), mask.flatten() != 0, self.amount)
        return keep.reshape(tensor.shape).to(tensor.dtype)


class RandomUnstructured(PruningMethod):
    """Prune uniformly random entries: the baseline every importance score must beat.

    Args:
        amount: as for every method.
        generator: a seeded ``torch.Generator`` for reproducible masks.
    """

    def __init__(self, amount: Amount, generator: torch.Generator | None = None) -> None:
        super().__init__(amount)
        self.generator = generator

    def compute_mask(self, tensor: torch.Tensor, mask: torch.Tensor | None = None) -> torch.Tensor:
        mask = _validated_mask(tensor, mask)
        scores = torch.rand(tensor.numel(), generator=self.generator)
        keep = _prune_lowest(scores, mask.flatten() != 0, self.amount)
        return keep.reshape(tensor.shape).to(tensor.dtype)


class LnStructured(PruningMethod):
    """Prune whole slices along ``dim`` with the smallest L``n`` norm (torch's ``ln_structured``).

    With ``dim=0`` on a conv weight ``(M, C, R, S)`` this removes output filters;
    with ``dim=1`` input channels. A slice counts as unpruned while any of its
    mask entries is nonzero.

    Args:
        amount: fraction or count of the unpruned slices.
        n: the norm's order (1, 2, ``float("inf")``...), as in ``torch.linalg.vector_norm``.
        dim: the dimension whose slices are pruned.
    """

    def __init__(self, amount: Amount, n: float = 2, dim: int = 0) -> None:
        super().__init__(amount)
        self.n = n
        self.dim = dim

    def compute_mask(self, tensor: torch.Tensor, mask: torch.Tensor | None = None) -> torch.Tensor:
        mask = _validated_mask(tensor, mask)
        if not -tensor.dim() <= self.dim < tensor.dim():
            raise ValueError(f"dim={self.dim} is out of range for a tensor of shape {tuple(tensor.shape)}")
        dim = self.dim % tensor.dim()
        other_dims = [d for d in range(tensor.dim()) if d != dim]
        norms = torch.linalg.vector_norm(tensor.detach(), ord=self.n, dim=other_dims)
        alive = mask.detach().abs().sum(dim=other_dims) != 0
        keep = _prune_lowest(norms, alive, self.amount)
        shape = [1] * tensor.dim()
        shape[dim] = -1
        return mask * keep.reshape(shape).to(tensor.dtype)


def magnitude_mask(tensor: torch.Tensor, amount: Amount, mask: torch.Tensor | None = None) -> torch.Tensor:
    """Unstructured magnitude mask: see :class:`MagnitudeUnstructured`."""
    return MagnitudeUnstructured(amount).compute_mask(tensor, mask)


def random_mask(
    tensor: torch.Tensor, amount: Amount, mask: torch.Tensor | None = None, generator: torch.Generator | None = None
) -> torch.Tensor:
    """Random unstructured mask: see :class:`RandomUnstructured`."""
    return RandomUnstructured(amount, generator).compute_mask(tensor, mask)


def ln_structured_mask(
    tensor: torch.Tensor, amount: Amount, n: float = 2, dim: int = 0, mask: torch.Tensor | None = None
) -> torch.Tensor:
    """Structured L``n`` mask: see :class:`LnStructured`."""
    return LnStructured(amount, n, dim).compute_mask(tensor, mask)


def global_magnitude_masks(
    tensors: Mapping[str, torch.Tensor], amount: Amount, masks: Mapping[str, torch.Tensor] | None = None
) -> dict[str, torch.Tensor]:
    """Magnitude masks with one threshold shared by all tensors (torch's ``global_unstructured``).

    All entries are ranked together, so a layer whose weights are small loses
    more of them than a layer whose weights are large.

    Args:
        tensors: ``{name: weight}``; order matters only for ties (earlier tensors first, then flat index).
        amount: fraction or count of all unpruned entries together.
        masks: current masks by name (missing names count as all ones).

    Returns:
        ``{name: mask}`` with each mask shaped like its tensor.
    """
    if not tensors:
        raise ValueError("global pruning needs at least one tensor")
    masks = masks or {}
    current = {name: _validated_mask(t, masks.get(name)) for name, t in tensors.items()}
    scores = torch.cat([t.detach().abs().flatten() for t in tensors.values()])
    alive = torch.cat([m.flatten() != 0 for m in current.values()])
    keep = _prune_lowest(scores, alive, amount)
    result, start = {}, 0
    for name, t in tensors.items():
        result[name] = keep[start : start + t.numel()].reshape(t.shape).to(t.dtype)
        start += t.numel()
    return result


def current_masks(model: nn.Module) -> dict[str, torch.Tensor]:
    """The mask of every prunable weight: its ``weight_mask`` when pruned, else all ones."""
    return {
        name: module.weight_mask.detach().clone() if hasattr(module, "weight_mask") else torch.ones_like(module.weight)
        for name, module in prunable_modules(model).items()
    }


def _unmasked_weight(module: nn.Module) -> torch.Tensor:
    # torch.nn.utils.prune keeps the dense values in weight_orig; ranking uses them, as torch does.
    return getattr(module, "weight_orig", module.weight).detach()


def apply_masks(model: nn.Module, masks: Mapping[str, torch.Tensor]) -> None:
    """Attach ``masks`` through ``torch.nn.utils.prune.custom_from_mask``.

    The mask is then enforced by a forward pre-hook (``weight = weight_orig * weight_mask``),
    so fine-tuning cannot regrow pruned weights. A module pruned before has its masks multiplied.
    """
    modules = prunable_modules(model)
    unknown = sorted(set(masks) - set(modules))
    if unknown:
        raise KeyError(f"no prunable layer named {unknown}; the model has {list(modules)}")
    for name, mask in masks.items():
        torch_prune.custom_from_mask(modules[name], "weight", mask.to(modules[name].weight.device))


def remove_masks(model: nn.Module) -> None:
    """Make pruning permanent: fold each mask into ``weight`` and drop ``weight_orig``/``weight_mask``."""
    for module in prunable_modules(model).values():
        if torch_prune.is_pruned(module) and hasattr(module, "weight_mask"):
            torch_prune.remove(module, "weight")


def magnitude_prune(
    model: nn.Module, sparsity: float, scope: Scope = "global", layers: Sequence[str] | None = None
) -> dict[str, torch.Tensor]:
    """Raise the model's weight sparsity to ``sparsity`` by magnitude, keeping earlier pruning.

    ``sparsity`` is absolute (a fraction of *all* prunable weights, not of the
    remaining ones), which is what schedules speak in. ``local`` prunes
    ``round(sparsity * numel)`` entries in each layer; ``global`` prunes
    ``round(sparsity * total)`` entries ranked across all layers.

    Args:
        model: the model; pruned in place with :func:`apply_masks`.
        sparsity: target fraction in ``[0, 1]``; must not be below the current sparsity.
        scope: ``"local"`` (per layer) or ``"global"`` (one threshold).
        layers: names of the layers to prune (default: all prunable layers); the others are untouched.

    Returns:
        The new masks of the pruned layers, by layer name.
    """
    if scope not in ("local", "global"):
        raise ValueError(f"scope must be 'local' or 'global', got {scope!r}")
    if not 0.0 <= sparsity <= 1.0:
        raise ValueError(f"sparsity must lie in [0, 1], got {sparsity}")
    modules = prunable_modules(model)
    names = list(modules) if layers is None else list(layers)
    unknown = sorted(set(names) - set(modules))
    if unknown:
        raise KeyError(f"no prunable layer named {unknown}; the model has {list(modules)}")
    weights = {name: _unmasked_weight(modules[name]) for name in names}
    all_masks = current_masks(model)
    masks = {name: all_masks[name] for name in names}
    if scope == "local":
        new_masks = {
            name: magnitude_mask(w, _extra_count(sparsity, masks[name]), masks[name]) for name, w in weights.items()
        }
    else:
        total_extra = _extra_count(sparsity, torch.cat([m.flatten() for m in masks.values()]))
        new_masks = global_magnitude_masks(weights, total_extra, masks)
    apply_masks(model, new_masks)
    return new_masks


def _extra_count(sparsity: float, mask: torch.Tensor) -> int:
    """How many more entries of ``mask`` to prune so that ``round(sparsity * numel)`` are pruned."""
    already = int((mask == 0).sum())
    target = round(sparsity * mask.numel())
    if target < already:
        raise ValueError(
            f"target sparsity {sparsity} prunes {target} weights but {already} are already pruned; "
            "pruning never regrows weights"
        )
    return target - already


def cubic_sparsity(
    step: int, final_sparsity: float, begin_step: int, end_step: int, initial_sparsity: float = 0.0
) -> float:
    """Zhu & Gupta's (2017) gradual schedule: ``s_f + (s_i - s_f) * (1 - (t - t0) / (t1 - t0))**3``.

    Prunes fast at first, while many redundant weights remain, and slowly at the end.

    Args:
        step: current step ``t``.
        final_sparsity: ``s_f``, reached at ``end_step`` and kept after it.
        begin_step: ``t0``; at or before it the sparsity is ``initial_sparsity``.
        end_step: ``t1 > t0``.
        initial_sparsity: ``s_i``.

    Returns:
        The target sparsity at ``step`` (a float).
    """
    if end_step <= begin_step:
        raise ValueError(f"end_step ({end_step}) must be after begin_step ({begin_step})")
    if step <= begin_step:
        return float(initial_sparsity)
    if step >= end_step:
        return float(final_sparsity)
    remaining = 1.0 - (step - begin_step) / (end_step - begin_step)
    return final_sparsity + (initial_sparsity - final_sparsity) * remaining**3


def iterative_prune(
    model: nn.Module,
    final_sparsity: float,
    steps: int,
    fine_tune: Callable[[nn.Module], object],
    scope: Scope = "global",
) -> list[float]:
    """Prune to ``final_sparsity`` in ``steps`` rounds on the cubic schedule, fine-tuning after each.

    Args:
        model: pruned in place; masks persist across rounds.
        final_sparsity: sparsity after the last round.
        steps: number of prune/fine-tune rounds (>= 1).
        fine_tune: called with the model after each round, e.g. one epoch of training.
        scope: ``"local"`` or ``"global"``, as in :func:`magnitude_prune`.

    Returns:
        The target sparsity of each round.
    """
    if steps < 1:
        raise ValueError(f"steps must be >= 1, got {steps}")
    targets = [cubic_sparsity(step, final_sparsity, 0, steps) for step in range(1, steps + 1)]
    for target in targets:
        magnitude_prune(model, target, scope)
        fine_tune(model)
    return targets


def sensitivity_scan(
    model: nn.Module, evaluate: Callable[[nn.Module], float], sparsities: Sequence[float]
) -> dict[str, list[float]]:
    """Prune one layer at a time, on a copy, and record the metric at each sparsity.

    Layers whose metric collapses early are sensitive and deserve a lower sparsity.

    Args:
        model: left unchanged.
        evaluate: maps a model to a score such as validation accuracy.
        sparsities: the sparsities to try for each layer.

    Returns:
        ``{layer name: [score at each sparsity]}``.
    """
    scan: dict[str, list[float]] = {}
    for name in prunable_modules(model):
        scores = []
        for sparsity in sparsities:
            trial = copy.deepcopy(model)
            magnitude_prune(trial, sparsity, "local", layers=[name])
            scores.append(float(evaluate(trial)))
        scan[name] = scores
    return scan
