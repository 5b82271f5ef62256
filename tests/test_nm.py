"""utils.pruning.nm against the official rules: apex ASP's exhaustive N:M patterns (``mn_1d_best``), SR-STE's
gradient (``aojunzz/NM-sparsity``), flip rate by its definition, swap gains by brute force, and the N:M storage of
``utils.sparse.NMPacked``; plus the CPU exit path of ``bench/nm_gpu.py``."""

from __future__ import annotations

import itertools
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
import torch
from torch import nn

from utils.pruning.nm import (
    flip_rate,
    greedy_permutation,
    is_nm_sparse,
    nm_mask,
    permute_block,
    srste_weight,
    swap_gains,
)
from utils.sparse import NMPacked

ROOT = Path(__file__).resolve().parents[1]
NM = [(1, 4), (2, 4), (4, 8), (2, 8), (3, 4)]


def apex_mn_1d_best(matrix: np.ndarray, m: int, n: int) -> np.ndarray:
    """apex/contrib/sparsity/sparse_masklib.py ``mn_1d_best``, re-derived: every pattern of n ones in m positions,
    and per group of m the pattern with the largest kept magnitude (``argmax(|groups| @ patterns.T)``)."""
    patterns = np.array([p for p in itertools.product([0, 1], repeat=m) if sum(p) == n], dtype=np.float64)
    groups = np.abs(matrix).reshape(-1, m)
    best = np.argmax(groups @ patterns.T, axis=1)
    return patterns[best].reshape(matrix.shape).astype(bool)


def apex_conv_mask(weight: np.ndarray, m: int, n: int) -> np.ndarray:
    """apex's create_mask for a 4-D weight: permute (K, C, R, S) to (K, R, S, C), mask along C, permute back."""
    k, c, r, s = weight.shape
    nhwc = weight.transpose(0, 2, 3, 1)
    return apex_mn_1d_best(nhwc, m, n).reshape(k, r, s, c).transpose(0, 3, 1, 2)


@pytest.mark.parametrize(("n", "m"), NM)
def test_mask_equals_apex_exhaustive_patterns(n: int, m: int) -> None:
    gen = torch.Generator().manual_seed(n * 10 + m)
    weight = torch.randn(33, 4 * m, generator=gen, dtype=torch.float64)
    assert np.array_equal(nm_mask(weight, n, m).numpy(), apex_mn_1d_best(weight.numpy(), m, n))
    conv = torch.randn(5, 2 * m, 3, 2, generator=gen)
    assert np.array_equal(nm_mask(conv, n, m).numpy(), apex_conv_mask(conv.numpy().astype(np.float64), m, n))


def test_ties_keep_the_higher_index_and_masks_have_n_per_group() -> None:
    weight = torch.tensor([[1.0, -1.0, 1.0, 1.0, 0.0, -0.0, 0.0, 0.5]])
    assert nm_mask(weight, 2, 4).tolist() == [[False, False, True, True, False, False, True, True]]
    gen = torch.Generator().manual_seed(0)
    tied = torch.randint(-2, 3, (64, 256), generator=gen).float()
    mask = nm_mask(tied, 2, 8)
    assert (mask.reshape(64, 32, 8).sum(-1) == 2).all()
    assert is_nm_sparse(tied * mask, 2, 8)
    assert nm_mask(tied, 0, 4).sum() == 0 and nm_mask(tied, 4, 4).all()


def test_mask_validation_follows_signature_order() -> None:
    weight = torch.randn(4, 8)
    with pytest.raises(TypeError):
        nm_mask([[1.0]], 2, 4)
    with pytest.raises(TypeError):
        nm_mask(weight, True, 4)
    with pytest.raises(ValueError):
        nm_mask(weight, -1, "4")
    with pytest.raises(TypeError):
        nm_mask(weight, 5, 4.0)
    with pytest.raises(ValueError):
        nm_mask(weight, 5, 4)
    with pytest.raises(ValueError):
        nm_mask(torch.randn(4, 6), 2, 4)
    with pytest.raises(ValueError):
        nm_mask(torch.randn(2, 4, 4), 2, 4)


def test_is_nm_sparse_agrees_with_nm_packed_encode() -> None:
    gen = torch.Generator().manual_seed(1)
    for trial in range(20):
        weight = torch.randn(6, 16, generator=gen) * (torch.rand(6, 16, generator=gen) < 0.4 + trial / 40)
        try:
            NMPacked.encode(weight, n=2, m=4)
            packable = True
        except ValueError:
            packable = False
        assert is_nm_sparse(weight, 2, 4) == packable


def test_packed_storage_round_trip_and_bits() -> None:
    gen = torch.Generator().manual_seed(2)
    weight = torch.randn(32, 64, generator=gen)
    pruned = weight * nm_mask(weight, 2, 4)
    packed = NMPacked.encode(pruned, n=2, m=4)
    assert torch.equal(packed.decode(), pruned)
    assert packed.bits(16) == 32 * 64 // 2 * (16 + 2)  # values plus log2(4) = 2 index bits per kept value


def test_srste_straight_through_part_passes_gradcheck() -> None:
    """With decay 0 the backward is the identity (straight-through). Adding the pruned part back as a constant makes
    the forward the identity too, so gradcheck compares the STE with the true Jacobian of that forward."""
    gen = torch.Generator().manual_seed(3)
    weight = torch.randn(4, 8, generator=gen, dtype=torch.float64, requires_grad=True)

    def forward_identity(w: torch.Tensor) -> torch.Tensor:
        return srste_weight(w, 2, 4, 0.0) + (w * ~nm_mask(w, 2, 4)).detach()

    assert torch.autograd.gradcheck(forward_identity, (weight,))
    assert torch.autograd.gradcheck(lambda w: srste_weight(w, 4, 4, 0.5), (weight,))  # nothing pruned: exact


def test_srste_gradient_is_the_official_rule() -> None:
    gen = torch.Generator().manual_seed(4)
    weight = torch.randn(3, 8, generator=gen, dtype=torch.float64, requires_grad=True)
    upstream = torch.randn(3, 8, generator=gen, dtype=torch.float64)
    out = srste_weight(weight, 2, 4, 0.25)
    mask = nm_mask(weight, 2, 4)
    assert torch.equal(out.detach(), weight.detach() * mask)
    (out * upstream).sum().backward()
    expected = upstream + 0.25 * (~mask) * weight.detach()  # NM-sparsity's Sparse.backward
    assert torch.allclose(weight.grad, expected, rtol=0, atol=1e-15)
    with torch.no_grad():
        weight.mul_(-1).add_(torch.arange(24.0, dtype=torch.float64).view(3, 8))
    assert torch.equal(srste_weight(weight, 2, 4).detach(), weight.detach() * nm_mask(weight, 2, 4))  # recomputed


def test_flip_rate_is_the_fraction_of_changed_entries() -> None:
    gen = torch.Generator().manual_seed(5)
    a, b = torch.rand(7, 8, generator=gen) < 0.5, torch.rand(7, 8, generator=gen) < 0.5
    assert flip_rate(a, b) == np.logical_xor(a.numpy(), b.numpy()).mean()
    c, d = torch.rand(3, generator=gen) < 0.5, torch.rand(3, generator=gen) < 0.5
    pooled = flip_rate({"x": a, "y": c}, {"y": d, "x": b})
    assert pooled == pytest.approx((int((a ^ b).sum()) + int((c ^ d).sum())) / 59)
    assert flip_rate(torch.zeros(0, dtype=torch.bool), torch.zeros(0, dtype=torch.bool)) == 0.0
    with pytest.raises(ValueError):
        flip_rate(a.float(), b)


def test_swap_gains_equal_brute_force_swaps() -> None:
    gen = torch.Generator().manual_seed(6)
    weight = torch.randn(5, 12, generator=gen, dtype=torch.float64)

    def kept(w: torch.Tensor) -> float:
        return float((w.abs() * nm_mask(w, 2, 4)).sum())

    gains = swap_gains(weight, 2, 4)
    for i, j in itertools.product(range(12), repeat=2):
        swapped = weight.clone()
        swapped[:, [i, j]] = swapped[:, [j, i]]
        assert gains[i, j].item() == pytest.approx(kept(swapped) - kept(weight), abs=1e-12)


def test_greedy_permutation_raises_kept_magnitude_and_keeps_the_function() -> None:
    gen = torch.Generator().manual_seed(7)
    torch.manual_seed(7)
    first, bn, second = nn.Linear(6, 16), nn.BatchNorm1d(16), nn.Linear(16, 3)
    with torch.no_grad():
        bn.running_mean.copy_(torch.randn(16, generator=gen))
        bn.running_var.copy_(torch.rand(16, generator=gen) + 0.5)
        bn.weight.copy_(torch.randn(16, generator=gen))
    bn.eval()
    perm = greedy_permutation(second.weight, 2, 4, max_swaps=20)
    before = (second.weight.abs() * nm_mask(second.weight, 2, 4)).sum()
    permuted = second.weight[:, perm]
    assert (permuted.abs() * nm_mask(permuted, 2, 4)).sum() > before
    new_first, new_bn, new_second = permute_block(first, bn, second, perm)
    x = torch.randn(10, 6, generator=gen)
    with torch.no_grad():
        reference = second(torch.relu(bn(first(x))))
        result = new_second(torch.relu(new_bn(new_first(x))))
    assert torch.allclose(result, reference, rtol=0, atol=1e-6)
    assert torch.equal(new_second.weight, permuted.detach())


def test_bench_exits_cleanly_without_a_capable_gpu() -> None:
    if torch.cuda.is_available() and torch.cuda.get_device_capability() >= (8, 0):
        pytest.skip("a capable GPU is present: the benchmark would run for real")
    result = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "nm_gpu.py")], capture_output=True, text=True, timeout=120, cwd=ROOT
    )
    assert result.returncode == 0, result.stderr
    assert "cannot run" in result.stdout
