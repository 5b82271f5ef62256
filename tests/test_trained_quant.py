"""Trained quantization (utils.quant.trained) against its official rule: the centroid gradient is what autograd
gives a model whose weight *is* ``codebook[assignments]`` (Deep Compression, section 3.1)."""

from __future__ import annotations

import numpy as np
import pytest
import torch
import torch.nn.functional as F
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

from utils.quant.kmeans import kmeans_quantize
from utils.quant.trained import centroid_gradients, fine_tune_shared, share_weights


def test_hand_example_sums_per_cluster_and_skips_pruned_weights():
    grad = torch.tensor([[0.5, -1.0, 2.0], [0.25, 1.0, -0.5]])
    assignments = torch.tensor([[0, 1, 2], [0, -1, 1]])
    assert centroid_gradients(grad, assignments, 4).tolist() == [0.75, -1.5, 2.0, 0.0]


@pytest.mark.parametrize("dtype", [torch.float32, torch.float64])
def test_equals_autograd_through_codebook_indexing(dtype):
    gen = torch.Generator().manual_seed(0)
    k = 8
    assignments = torch.randint(-1, k - 2, (6, 5, 3, 3), generator=gen)  # two clusters stay empty
    codebook = torch.randn(k, generator=gen, dtype=dtype, requires_grad=True)
    x = torch.randn(2, 5, 7, 7, generator=gen, dtype=dtype)
    weight = torch.where(assignments >= 0, codebook[assignments.clamp(min=0)], torch.zeros((), dtype=dtype))
    weight.retain_grad()
    F.conv2d(x, weight).square().sum().backward()
    result = centroid_gradients(weight.grad, assignments, k)
    assert result.dtype == dtype and not result.requires_grad
    torch.testing.assert_close(result, codebook.grad, rtol=1e-6 if dtype == torch.float32 else 1e-12, atol=1e-6)
    assert result[k - 2 :].tolist() == [0.0, 0.0]


def test_accumulates_float64_in_float64_and_keeps_inputs():
    grad = torch.tensor([2.0**-30, 1.0, -1.0, -0.0], dtype=torch.float64)
    assignments = torch.tensor([0, 0, 0, 1])
    before = grad.clone(), assignments.clone()
    assert centroid_gradients(grad, assignments, 2).tolist() == [2.0**-30, 0.0]
    assert torch.equal(grad.view(torch.int64), before[0].view(torch.int64))
    assert torch.equal(assignments, before[1])


def test_edge_cases():
    assert centroid_gradients(torch.empty(0), torch.empty(0, dtype=torch.int64), 3).tolist() == [0.0, 0.0, 0.0]
    assert centroid_gradients(torch.ones(4), torch.full((4,), -1), 1).tolist() == [0.0]
    assert centroid_gradients(torch.ones(2, 2), torch.zeros(2, 2, dtype=torch.int64), np.int64(1)).tolist() == [4.0]


@pytest.mark.parametrize(
    ("call", "error"),
    [
        (lambda: centroid_gradients([1.0], torch.zeros(1, dtype=torch.int64), 2), TypeError),
        (lambda: centroid_gradients(torch.ones(1, dtype=torch.int64), torch.zeros(1, dtype=torch.int64), 2), TypeError),
        (lambda: centroid_gradients(torch.ones(1), torch.zeros(1, dtype=torch.int32), 2), TypeError),
        (lambda: centroid_gradients(torch.ones(2), torch.zeros(1, 2, dtype=torch.int64), True), ValueError),
        (lambda: centroid_gradients(torch.ones(2), torch.zeros(2, dtype=torch.int64), True), TypeError),
        (lambda: centroid_gradients(torch.ones(2), torch.zeros(2, dtype=torch.int64), 0), ValueError),
        (lambda: centroid_gradients(torch.ones(2), torch.tensor([0, 5]), True), TypeError),
        (lambda: centroid_gradients(torch.ones(2), torch.tensor([0, 2]), 2), ValueError),
        (lambda: centroid_gradients(torch.ones(2), torch.tensor([0, -2]), 2), ValueError),
    ],
)
def test_errors_in_signature_order(call, error):
    with pytest.raises(error):
        call()


def test_fine_tuning_equals_training_the_codebook_directly():
    """One run of fine_tune_shared = Adam on a codebook that the forward pass indexes (autograd's own rule)."""
    gen = torch.Generator().manual_seed(1)
    x, y = torch.randn(32, 6, generator=gen), torch.randint(0, 3, (32,), generator=gen)
    loader = DataLoader(TensorDataset(x, y), batch_size=8)
    model = nn.Linear(6, 3)
    with torch.no_grad():
        model.weight.copy_(torch.randn(3, 6, generator=gen))
        model.weight[0, :2] = 0.0  # pruned: stays 0 and joins no cluster
    shared = share_weights(model, lambda w: kmeans_quantize(w, 2, 5), [""])
    s = shared[""]
    codebook, assignments, bias = s.codebook.clone().requires_grad_(True), s.assignments, model.bias.detach().clone()
    bias.requires_grad_(True)
    optimizer = torch.optim.Adam([codebook, bias], lr=1e-2)
    for inputs, labels in loader:
        optimizer.zero_grad()
        weight = torch.where(assignments >= 0, codebook[assignments.clamp(min=0)], 0.0)
        F.cross_entropy(F.linear(inputs, weight, bias), labels).backward()
        optimizer.step()
    fine_tune_shared(model, shared, centroid_gradients, loader, epochs=1, lr=1e-2)
    torch.testing.assert_close(s.codebook.detach(), codebook.detach())
    torch.testing.assert_close(model.bias.detach(), bias.detach())
    assert torch.equal(model.weight.detach()[0, :2], torch.zeros(2))
    assert set(model.weight.detach()[assignments >= 0].tolist()) <= set(s.codebook.detach().tolist())
