"""Multiply-accumulate (MAC) counts: the course formulas, and counts measured on a real forward pass.

One MAC is one multiply-accumulate. Counts scaled by a density are expected values, rounded to the nearest
integer with Python's :func:`round` (ties go to the even integer); unscaled counts are exact integers.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

import torch
from torch import nn

from utils.metrics.counts import effective_weight
from utils.models import prunable_modules
from utils.reference import graded_reference
from utils.validation import validate_fraction, validate_int, validate_type

# --------------------------------------------------------------------------
# Formulas
# --------------------------------------------------------------------------


def _int_pair(name: str, value: int | tuple[int, int], minimum: int) -> tuple[int, int]:
    """``value`` as an ``(int, int)`` pair, each entry ``>= minimum``; one int stands for both."""
    if isinstance(value, (tuple, list)):  # torch.Size is a tuple too
        if len(value) != 2:
            raise ValueError(f"{name} must be an int or a pair of ints, got {value!r} with {len(value)} entries.")
        return validate_int(f"{name}[0]", value[0], minimum), validate_int(f"{name}[1]", value[1], minimum)
    size = validate_int(name, value, minimum)
    return size, size


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
        TypeError: If a size is not an int or a pair of ints.
        ValueError: If a size is out of range or the dilated kernel does not
            fit in the padded input.
    """
    sizes = _int_pair("input_hw", input_hw, 1)
    kernels = _int_pair("kernel_size", kernel_size, 1)
    strides = _int_pair("stride", stride, 1)
    paddings = _int_pair("padding", padding, 0)
    dilations = _int_pair("dilation", dilation, 1)
    out_h, out_w = (
        (n + 2 * p - d * (k - 1) - 1) // s + 1
        for n, k, s, p, d in zip(sizes, kernels, strides, paddings, dilations, strict=True)
    )
    if out_h < 1 or out_w < 1:
        raise ValueError(
            f"kernel_size {kernels} with dilation {dilations} does not fit in "
            f"input {sizes} padded by {paddings}; the output would be "
            f"({out_h}, {out_w})."
        )
    return out_h, out_w


@graded_reference("lab00", "conv2d_macs")
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
    m = validate_int("out_channels", out_channels, 1)
    c = validate_int("in_channels_per_group", in_channels_per_group, 1)
    r, s = _int_pair("kernel_size", kernel_size, 1)
    e, f = _int_pair("output_hw", output_hw, 1)
    n = validate_int("batch", batch, 1)
    density = validate_fraction("weight_density", weight_density) * validate_fraction(
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
    n_in = validate_int("in_features", in_features, 1)
    n_out = validate_int("out_features", out_features, 1)
    rows = validate_int("batch", batch, 1)
    density = validate_fraction("weight_density", weight_density) * validate_fraction(
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
    """MACs of one transformer layer with FFN width ``4E`` (lab05 prunes its heads and tokens).

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
    b = validate_int("batch", batch, 1)
    seq = validate_int("seq_len", seq_len, 1)
    e = validate_int("embed_dim", embed_dim, 1)
    w_density = validate_fraction("weight_density", weight_density)
    kept = round(seq * validate_fraction("token_density", token_density))
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
    def hook(module: nn.Module, inputs: tuple[torch.Tensor, ...], output: torch.Tensor) -> None:
        if isinstance(module, nn.Linear):
            uses_per_weight = inputs[0].numel() // module.in_features
        else:
            # Every weight of output channel m is used once at each output
            # position of channel m, whatever the stride, padding or groups.
            uses_per_weight = output.numel() // module.out_channels
        # Accumulate: a module called twice in one forward does twice the work.
        macs[name] += int(torch.count_nonzero(effective_weight(module))) * uses_per_weight

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
        Mapping from layer name (as in :func:`~utils.metrics.prunable_weights`,
        layers not executed map to 0) to its MACs, plus ``"total"``, the sum.

    Raises:
        ValueError: If a prunable layer is itself named ``"total"``.
    """
    validate_type("model", model, nn.Module)
    layers = prunable_modules(model)
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
