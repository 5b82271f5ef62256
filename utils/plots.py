"""The course's standard plots: weight histograms, accuracy vs sparsity, per-layer sensitivity."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import matplotlib.pyplot as plt
import torch
from matplotlib.figure import Figure


def weight_histograms(
    before: Mapping[str, torch.Tensor], after: Mapping[str, torch.Tensor] | None = None, bins: int = 60
) -> Figure:
    """One panel per layer: the weight distribution, and the surviving (nonzero) weights after pruning.

    Magnitude pruning cuts a hole around zero: the "after" histogram shows it.

    Args:
        before: ``{layer: weight}`` of the dense model.
        after: ``{layer: weight}`` of the pruned model (zeros are left out of its histogram).
        bins: histogram bins per panel.

    Returns:
        The figure, for ``plt.show()`` or saving.
    """
    fig, axes = plt.subplots(1, len(before), figsize=(3.2 * len(before), 2.6), squeeze=False)
    for ax, (name, weight) in zip(axes[0], before.items(), strict=True):
        values = weight.detach().flatten().cpu()
        ax.hist(values, bins=bins, color="0.7", label="dense")
        if after is not None:
            survivors = after[name].detach().flatten().cpu()
            ax.hist(
                survivors[survivors != 0],
                bins=bins,
                range=(float(values.min()), float(values.max())),
                color="tab:blue",
                alpha=0.8,
                label="kept",
            )
        ax.set_title(name)
        ax.set_xlabel("weight value")
    axes[0][0].set_ylabel("count")
    axes[0][0].legend(fontsize="small")
    fig.tight_layout()
    return fig


def accuracy_vs_sparsity(
    curves: Mapping[str, tuple[Sequence[float], Sequence[float]]],
    dense_accuracy: float | None = None,
    title: str = "Accuracy vs sparsity",
) -> Figure:
    """Accuracy curves, one line per method, against the fraction of weights removed.

    Args:
        curves: ``{label: (sparsities, accuracies)}``, both in ``[0, 1]``.
        dense_accuracy: drawn as a dashed reference line.
        title: the axes title.

    Returns:
        The figure, for ``plt.show()`` or saving.
    """
    fig, ax = plt.subplots(figsize=(5.5, 3.6))
    for label, (sparsities, accuracies) in curves.items():
        ax.plot(sparsities, accuracies, marker="o", label=label)
    if dense_accuracy is not None:
        ax.axhline(dense_accuracy, linestyle="--", color="0.4", label="dense")
    ax.set_xlabel("sparsity (fraction of weights pruned)")
    ax.set_ylabel("test accuracy")
    ax.set_ylim(0, 1.02)
    ax.set_title(title)
    ax.grid(alpha=0.3)
    ax.legend()
    fig.tight_layout()
    return fig


def sensitivity(
    scan: Mapping[str, Sequence[float]], sparsities: Sequence[float], dense_accuracy: float | None = None
) -> Figure:
    """Per-layer sensitivity: accuracy when only that layer is pruned, at each sparsity.

    Args:
        scan: ``{layer: [accuracy at each sparsity]}`` from :func:`utils.pruning.sensitivity_scan`.
        sparsities: the x values of every curve.
        dense_accuracy: drawn as a dashed reference line.

    Returns:
        The figure, for ``plt.show()`` or saving.
    """
    fig, ax = plt.subplots(figsize=(5.5, 3.6))
    for name, accuracies in scan.items():
        ax.plot(sparsities, accuracies, marker=".", label=name)
    if dense_accuracy is not None:
        ax.axhline(dense_accuracy, linestyle="--", color="0.4", label="dense")
    ax.set_xlabel("sparsity of this layer only")
    ax.set_ylabel("validation accuracy")
    ax.set_ylim(0, 1.02)
    ax.set_title("Per-layer sensitivity")
    ax.grid(alpha=0.3)
    ax.legend()
    fig.tight_layout()
    return fig
