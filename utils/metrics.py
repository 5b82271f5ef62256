"""Counting metrics for the compression labs: sparsity, MACs, storage and latency.

Weight metrics look at the *prunable weights* of a model: the ``weight`` of
every ``nn.Linear``, ``nn.Conv1d`` and ``nn.Conv2d`` module, keyed by the
module's qualified name from ``model.named_modules()`` (``"fc1"``,
``"features.0"``; a bare layer passed as the model is keyed ``""``). For a
module pruned with :mod:`torch.nn.utils.prune` the effective (masked) weight
is used, so every metric gives the same answer before and after
``prune.remove``.

MAC counts (one MAC = one multiply-accumulate) follow the course formulas.
Counts scaled by a density are expected values, rounded to the nearest
integer with Python's :func:`round` (ties go to the even integer); unscaled
counts are exact integers.
"""

from __future__ import annotations

import numbers
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import numpy as np
import torch
from torch import nn

from utils.models import prunable_modules

__all__ = [
    "STORAGE_FORMATS",
    "LatencyResult",
    "conv2d_macs",
    "conv2d_output_size",
    "count_nonzero_weights",
    "count_parameters",
    "global_sparsity",
    "layer_sparsity",
    "linear_macs",
    "measure_latency",
    "model_macs",
    "prunable_weights",
    "storage_bits",
    "transformer_layer_macs",
]

STORAGE_FORMATS: tuple[str, ...] = ("dense", "bitmap", "coo")

# --------------------------------------------------------------------------
# Argument validation
# --------------------------------------------------------------------------


def _check_int(name: str, value: object, minimum: int) -> int:
    # bool is a subclass of int, but True as a size is always a caller bug.
    if (
        isinstance(value, bool)
        or not isinstance(value, numbers.Integral)
        or value < minimum
    ):
        raise ValueError(f"{name} must be an int >= {minimum}, got {value!r}.")
    return int(value)


def _check_pair(name: str, value: object, minimum: int) -> tuple[int, int]:
    if isinstance(value, (tuple, list)):  # torch.Size is a tuple too
        if len(value) != 2:
            raise ValueError(
                f"{name} must be an int or a pair of ints, got {value!r} "
                f"with {len(value)} entries."
            )
        return (
            _check_int(f"{name}[0]", value[0], minimum),
            _check_int(f"{name}[1]", value[1], minimum),
        )
    size = _check_int(name, value, minimum)
    return size, size


def _check_density(name: str, value: object) -> float:
    # The chained comparison is False for NaN, so NaN is rejected as well.
    if (
        isinstance(value, bool)
        or not isinstance(value, numbers.Real)
        or not 0.0 <= value <= 1.0
    ):
        raise ValueError(f"{name} must be a number in [0, 1], got {value!r}.")
    return float(value)


def _check_module(model: object) -> nn.Module:
    if not isinstance(model, nn.Module):
        raise TypeError(f"model must be a torch.nn.Module, got {type(model).__name__}.")
    return model


# --------------------------------------------------------------------------
# Weights, parameters and sparsity
# --------------------------------------------------------------------------


def _effective_weight(module: nn.Module) -> torch.Tensor:
    # torch.nn.utils.prune refreshes module.weight only in a forward pre-hook,
    # so after an optimizer step it lags behind weight_orig: recompute it.
    if hasattr(module, "weight_orig") and hasattr(module, "weight_mask"):
        return module.weight_orig.detach() * module.weight_mask
    return module.weight.detach()


def _prunable_layers(model: nn.Module) -> dict[str, nn.Module]:
    return prunable_modules(_check_module(model))


def _nonzero(tensor: torch.Tensor) -> int:
    return int(torch.count_nonzero(tensor))


def prunable_weights(model: nn.Module) -> dict[str, torch.Tensor]:
    """Return the effective weight of every Linear, Conv1d and Conv2d layer.

    Args:
        model: Any module; pruned layers (``weight_orig`` + ``weight_mask``
            from ``torch.nn.utils.prune``) and plain layers are both handled.

    Returns:
        Mapping from qualified module name to its weight, in
        ``named_modules()`` order. Each tensor is detached and keeps the
        layer's shape and dtype: ``(out, in)`` for Linear, ``(out, in/groups,
        k)`` for Conv1d, ``(out, in/groups, kh, kw)`` for Conv2d. For pruned
        layers it is ``weight_orig * weight_mask`` (a new tensor); otherwise
        it shares storage with the parameter, so treat it as read-only.
    """
    return {name: _effective_weight(m) for name, m in _prunable_layers(model).items()}


def count_parameters(model: nn.Module) -> int:
    """Count all parameter elements of a model.

    Pruning with ``torch.nn.utils.prune`` turns ``weight`` into the parameter
    ``weight_orig`` plus a buffer ``weight_mask``; only parameters are
    counted, so the result is the same before, during and after pruning.

    Args:
        model: Any module. Parameters shared between submodules count once.

    Returns:
        Total number of elements in ``model.parameters()``.
    """
    return sum(p.numel() for p in _check_module(model).parameters())


def count_nonzero_weights(model: nn.Module) -> int:
    """Count the nonzero elements of the prunable weights.

    Args:
        model: Any module (see :func:`prunable_weights`).

    Returns:
        Number of nonzero entries summed over all prunable weights.
    """
    return sum(_nonzero(w) for w in prunable_weights(model).values())


def layer_sparsity(model: nn.Module) -> dict[str, float]:
    """Fraction of exact zeros in each prunable weight.

    Args:
        model: Any module (see :func:`prunable_weights`).

    Returns:
        Mapping from layer name to ``zeros / numel`` in ``[0, 1]``.
    """
    return {
        name: (w.numel() - _nonzero(w)) / w.numel()
        for name, w in prunable_weights(model).items()
    }


def global_sparsity(model: nn.Module) -> float:
    """Fraction of exact zeros over all prunable weights together.

    Large layers weigh more: this is total zeros over total elements, not the
    mean of :func:`layer_sparsity`.

    Args:
        model: Any module with at least one non-empty prunable weight.

    Returns:
        ``sum(zeros) / sum(numel)`` in ``[0, 1]``.

    Raises:
        ValueError: If the model has no Linear/Conv1d/Conv2d weight elements.
    """
    weights = prunable_weights(model).values()
    total = sum(w.numel() for w in weights)
    if total == 0:
        raise ValueError(
            "global_sparsity needs at least one non-empty Linear, Conv1d or "
            "Conv2d weight; the model has none."
        )
    return (total - sum(_nonzero(w) for w in weights)) / total


# --------------------------------------------------------------------------
# MAC formulas
# --------------------------------------------------------------------------


def _scale(dense_macs: int, density: float) -> int:
    # Skipping the float product keeps dense counts exact beyond 2**53.
    return dense_macs if density == 1.0 else round(dense_macs * density)


def conv2d_output_size(
    input_hw: int | tuple[int, int],
    kernel_size: int | tuple[int, int],
    stride: int | tuple[int, int] = 1,
    padding: int | tuple[int, int] = 0,
    dilation: int | tuple[int, int] = 1,
) -> tuple[int, int]:
    """Spatial output size of a 2-D convolution, as ``nn.Conv2d`` computes it.

    Per dimension: ``floor((n + 2*p - d*(k - 1) - 1) / s) + 1``.

    Args:
        input_hw: Input height and width ``(H, W)``, or one int for both.
        kernel_size: ``(R, S)`` or one int.
        stride: Step ``>= 1``, int or pair.
        padding: Zero padding ``>= 0`` on each side, int or pair.
        dilation: Kernel dilation ``>= 1``, int or pair.

    Returns:
        Output size ``(E, F)``.

    Raises:
        ValueError: If an argument is invalid or the dilated kernel does not
            fit in the padded input.
    """
    sizes = _check_pair("input_hw", input_hw, 1)
    kernels = _check_pair("kernel_size", kernel_size, 1)
    strides = _check_pair("stride", stride, 1)
    paddings = _check_pair("padding", padding, 0)
    dilations = _check_pair("dilation", dilation, 1)
    out_h, out_w = (
        (n + 2 * p - d * (k - 1) - 1) // s + 1
        for n, k, s, p, d in zip(sizes, kernels, strides, paddings, dilations)
    )
    if out_h < 1 or out_w < 1:
        raise ValueError(
            f"kernel_size {kernels} with dilation {dilations} does not fit in "
            f"input {sizes} padded by {paddings}; the output would be "
            f"({out_h}, {out_w})."
        )
    return out_h, out_w


def conv2d_macs(
    out_channels: int,
    in_channels_per_group: int,
    kernel_size: int | tuple[int, int],
    output_hw: int | tuple[int, int],
    batch: int = 1,
    weight_density: float = 1.0,
    activation_density: float = 1.0,
) -> int:
    """MACs of a 2-D convolution: ``M*C*R*S*E*F*N`` times the densities.

    Args:
        out_channels: ``M``.
        in_channels_per_group: ``C`` (``in_channels // groups``).
        kernel_size: ``(R, S)`` or one int.
        output_hw: ``(E, F)`` or one int, e.g. from :func:`conv2d_output_size`.
        batch: ``N``, number of examples.
        weight_density: Fraction of nonzero weights, in ``[0, 1]``.
        activation_density: Fraction of nonzero (not skipped) inputs, in
            ``[0, 1]``.

    Returns:
        The MAC count as an int: exact when both densities are 1, otherwise
        ``round(M*C*R*S*E*F*N * weight_density * activation_density)``.
    """
    m = _check_int("out_channels", out_channels, 1)
    c = _check_int("in_channels_per_group", in_channels_per_group, 1)
    r, s = _check_pair("kernel_size", kernel_size, 1)
    e, f = _check_pair("output_hw", output_hw, 1)
    n = _check_int("batch", batch, 1)
    density = _check_density("weight_density", weight_density) * _check_density(
        "activation_density", activation_density
    )
    return _scale(m * c * r * s * e * f * n, density)


def linear_macs(
    in_features: int,
    out_features: int,
    batch: int = 1,
    weight_density: float = 1.0,
    activation_density: float = 1.0,
) -> int:
    """MACs of a linear layer: ``out_features*in_features*batch`` times densities.

    Args:
        in_features: Input width.
        out_features: Output width.
        batch: Number of input rows (examples, or tokens for sequences).
        weight_density: Fraction of nonzero weights, in ``[0, 1]``.
        activation_density: Fraction of nonzero (not skipped) inputs, in
            ``[0, 1]``.

    Returns:
        The MAC count as an int: exact when both densities are 1, otherwise
        rounded to the nearest integer.
    """
    n_in = _check_int("in_features", in_features, 1)
    n_out = _check_int("out_features", out_features, 1)
    rows = _check_int("batch", batch, 1)
    density = _check_density("weight_density", weight_density) * _check_density(
        "activation_density", activation_density
    )
    return _scale(n_out * n_in * rows, density)


def transformer_layer_macs(
    batch: int,
    seq_len: int,
    embed_dim: int,
    weight_density: float = 1.0,
    token_density: float = 1.0,
) -> int:
    """MACs of one transformer layer with FFN width ``4E``.

    Dense count: ``12*B*L*E**2 + 2*B*L**2*E``. The first term is the weight
    matmuls (Q, K, V and output projections ``4E**2`` plus the FFN ``8E**2``
    per token) and is scaled by ``weight_density``; the second is ``Q K^T``
    and attention times ``V``, which have no weights. Token pruning keeps
    ``L' = round(L * token_density)`` tokens, and ``L'`` replaces ``L`` in
    both terms.

    Args:
        batch: ``B``.
        seq_len: ``L``, tokens per sequence before token pruning.
        embed_dim: ``E``.
        weight_density: Fraction of nonzero weights, in ``[0, 1]``.
        token_density: Fraction of tokens kept, in ``[0, 1]``.

    Returns:
        ``round(12*B*L'*E**2 * weight_density) + 2*B*L'**2*E`` as an int.
    """
    b = _check_int("batch", batch, 1)
    seq = _check_int("seq_len", seq_len, 1)
    e = _check_int("embed_dim", embed_dim, 1)
    w_density = _check_density("weight_density", weight_density)
    kept = round(seq * _check_density("token_density", token_density))
    return _scale(12 * b * kept * e**2, w_density) + 2 * b * kept**2 * e


# --------------------------------------------------------------------------
# MACs measured on a real forward pass
# --------------------------------------------------------------------------


@contextmanager
def _eval_mode(model: nn.Module) -> Iterator[None]:
    # Counting must not update BatchNorm running statistics; the caller's
    # per-module train/eval flags are restored afterwards.
    modes = {module: module.training for module in model.modules()}
    model.eval()
    try:
        yield
    finally:
        for module, training in modes.items():
            module.training = training


def _mac_hook(name: str, macs: dict[str, int]) -> Callable[..., None]:
    def hook(
        module: nn.Module, inputs: tuple[torch.Tensor, ...], output: torch.Tensor
    ) -> None:
        if isinstance(module, nn.Linear):
            uses_per_weight = inputs[0].numel() // module.in_features
        else:
            # Every weight of output channel m is used once at each output
            # position of channel m, whatever the stride, padding or groups.
            uses_per_weight = output.numel() // module.out_channels
        # Accumulate: a module called twice in one forward does twice the work.
        macs[name] += _nonzero(_effective_weight(module)) * uses_per_weight

    return hook


def model_macs(model: nn.Module, example_input: torch.Tensor) -> dict[str, int]:
    """Count MACs of Linear/Conv1d/Conv2d layers during one real forward pass.

    Only nonzero effective weights count: a conv layer costs
    ``nnz(weight) * N * output positions`` (read from the real output, so
    stride, padding, dilation and groups are handled), a linear layer
    ``nnz(weight) * rows`` with ``rows = input.numel() / in_features``. Bias
    adds are not MACs. Work done outside these modules (``Q K^T`` and
    attention times ``V``, functional calls such as ``F.linear``, the
    internals of ``nn.MultiheadAttention``) is not counted.

    The pass runs under ``torch.no_grad()`` in eval mode; train/eval flags are
    restored and the hooks are removed afterwards, even if forward raises.

    Args:
        model: Any module.
        example_input: Input for ``model(example_input)``; its batch size is
            part of the count.

    Returns:
        Mapping from layer name (as in :func:`prunable_weights`, layers not
        executed map to 0) to its MACs, plus ``"total"``, the sum.

    Raises:
        ValueError: If a prunable layer is itself named ``"total"``.
    """
    layers = _prunable_layers(model)
    if "total" in layers:
        raise ValueError('A layer named "total" would clash with the "total" key.')
    macs = dict.fromkeys(layers, 0)
    handles = []
    try:
        for name, layer in layers.items():
            handles.append(layer.register_forward_hook(_mac_hook(name, macs)))
        with torch.no_grad(), _eval_mode(model):
            model(example_input)
    finally:
        for handle in handles:
            handle.remove()
    macs["total"] = sum(macs.values())
    return macs


# --------------------------------------------------------------------------
# Storage
# --------------------------------------------------------------------------


def storage_bits(tensor: torch.Tensor, value_bits: int = 32, fmt: str = "dense") -> int:
    """Bits needed to store a tensor in a dense or sparse format.

    With ``numel`` elements of which ``nnz`` are nonzero and ``b = value_bits``:

    - ``"dense"``: ``numel * b``.
    - ``"bitmap"``: ``numel + nnz * b`` (one presence bit per position plus
      the nonzero values).
    - ``"coo"``: ``nnz * (b + max(1, ceil(log2(numel))))`` (each nonzero
      stores its value and one flat index into the flattened tensor).

    Metadata such as the shape is ignored.

    Args:
        tensor: Any shape and dtype; only ``numel`` and ``nnz`` matter.
        value_bits: Bits per stored value (32 for float32, 8 for int8, ...).
        fmt: One of ``"dense"``, ``"bitmap"``, ``"coo"``.

    Returns:
        Storage size in bits.
    """
    if not isinstance(tensor, torch.Tensor):
        raise TypeError(f"tensor must be a torch.Tensor, got {type(tensor).__name__}.")
    bits = _check_int("value_bits", value_bits, 1)
    if fmt not in STORAGE_FORMATS:
        valid = ", ".join(map(repr, STORAGE_FORMATS))
        raise ValueError(f"fmt must be one of {valid}; got {fmt!r}.")
    numel = tensor.numel()
    if fmt == "dense":
        return numel * bits
    nnz = _nonzero(tensor)
    if fmt == "bitmap":
        return numel + nnz * bits
    # (numel - 1).bit_length() is ceil(log2(numel)) in exact integer
    # arithmetic; float log2 can round the wrong way for huge tensors.
    index_bits = max(1, (numel - 1).bit_length())
    return nnz * (bits + index_bits)


# --------------------------------------------------------------------------
# Latency
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class LatencyResult:
    """Wall-clock latency percentiles of repeated calls.

    Attributes:
        median_ms: Median call time in milliseconds; the number to report.
        p10_ms: 10th percentile in milliseconds.
        p90_ms: 90th percentile in milliseconds.
        repeats: Number of timed calls.
    """

    median_ms: float
    p10_ms: float
    p90_ms: float
    repeats: int


def measure_latency(
    fn: Callable[[], object], warmup: int = 3, repeats: int = 20
) -> LatencyResult:
    """Time repeated calls of ``fn`` with :func:`time.perf_counter`.

    Timings on a shared machine are noisy (other jobs, frequency scaling,
    caches), so report the median and use p10/p90 to show the spread; never
    compare single runs. Warmup calls absorb one-off costs such as lazy
    initialisation and allocator growth. When CUDA is available the device
    is synchronized before and after every timed call, because kernels run
    asynchronously and would otherwise be billed to the wrong call.

    Args:
        fn: Zero-argument callable to time, e.g. ``lambda: model(x)``.
        warmup: Untimed calls made first, ``>= 0``.
        repeats: Timed calls, ``>= 1``.

    Returns:
        A :class:`LatencyResult` with percentiles (linear interpolation) in
        milliseconds.
    """
    if not callable(fn):
        raise TypeError(f"fn must be a zero-argument callable, got {type(fn).__name__}.")
    n_warmup = _check_int("warmup", warmup, 0)
    n_repeats = _check_int("repeats", repeats, 1)
    use_cuda = torch.cuda.is_available()

    for _ in range(n_warmup):
        fn()
    times_ms = []
    for _ in range(n_repeats):
        if use_cuda:
            torch.cuda.synchronize()
        start = time.perf_counter()
        fn()
        if use_cuda:
            torch.cuda.synchronize()
        times_ms.append((time.perf_counter() - start) * 1e3)
    p10, median, p90 = np.percentile(times_ms, [10, 50, 90])
    return LatencyResult(float(median), float(p10), float(p90), n_repeats)
