"""utils.pruning saliency, OBS and variational dropout, checked against the field's own tools: the Hessian from
torch.autograd.functional.hessian, per-sample gradients from a Python loop, OBS against a brute-force solve."""

from __future__ import annotations

import copy

import numpy as np
import pytest
import torch
import torch.nn.functional as F
from torch import nn

from utils.pruning import (
    fisher_saliency,
    kl_approximation,
    layer_hessian,
    obd_saliency,
    obs_prune_rows,
    obs_step,
    scores_to_mask,
    snip_masks,
    taylor_saliency,
)
from utils.pruning.variational import SparseVDLinear, sparse_vd_mlp, vd_sparsity


def _case() -> tuple[nn.Module, torch.Tensor, torch.Tensor]:
    torch.manual_seed(0)
    model = nn.Sequential(nn.Linear(5, 4), nn.Tanh(), nn.Dropout(0.3), nn.Linear(4, 3)).double().train()
    return model, torch.randn(7, 5, dtype=torch.float64), torch.randint(0, 3, (7,))


def _loss_of(model: nn.Module, key: str, x: torch.Tensor, y: torch.Tensor):
    def loss(weight: torch.Tensor) -> torch.Tensor:
        return F.cross_entropy(torch.func.functional_call(model, {key: weight}, (x,)), y)

    return loss


def test_obd_uses_the_exact_hessian_diagonal() -> None:
    model, x, y = _case()
    scores = obd_saliency(model, x, y)
    model.eval()
    for name in ("0", "3"):
        weight = model.get_submodule(name).weight.detach()
        hessian = torch.autograd.functional.hessian(_loss_of(model, f"{name}.weight", x, y), weight)
        diagonal = hessian.reshape(weight.numel(), weight.numel()).diagonal().reshape(weight.shape)
        torch.testing.assert_close(scores[name], 0.5 * diagonal * weight**2)


def test_fisher_matches_a_per_sample_loop() -> None:
    model, x, y = _case()
    scores = fisher_saliency(model, x, y)
    model.eval()
    for name in ("0", "3"):
        weight = model.get_submodule(name).weight
        squares = sum(
            torch.autograd.grad(F.cross_entropy(model(x[n : n + 1]), y[n : n + 1]), weight)[0] ** 2
            for n in range(len(y))
        )
        torch.testing.assert_close(scores[name], weight.detach() ** 2 * squares / len(y))


def test_taylor_is_gradient_times_weight_and_leaves_the_model_alone() -> None:
    model, x, y = _case()
    for p in model.parameters():
        p.grad = torch.ones_like(p)
    before = copy.deepcopy(model.state_dict())
    scores = taylor_saliency(model, x, y)
    assert model.training and all(torch.equal(p.grad, torch.ones_like(p)) for p in model.parameters())
    assert all(torch.equal(v, model.state_dict()[k]) for k, v in before.items())
    model.eval()
    weight = model[0].weight
    grad = torch.autograd.grad(F.cross_entropy(model(x), y), weight)[0]
    torch.testing.assert_close(scores["0"], (grad * weight).abs().detach())


def test_snip_scores_sum_to_one_and_masks_keep_the_largest() -> None:
    model, x, y = _case()
    scores, masks = snip_masks(model, x, y, 0.5)
    assert float(sum(s.sum() for s in scores.values())) == pytest.approx(1.0)
    flat = torch.cat([s.flatten() for s in scores.values()])
    kept = torch.cat([m.flatten() for m in masks.values()]).bool()
    assert int((~kept).sum()) == round(0.5 * flat.numel())
    assert flat[kept].min() >= flat[~kept].max()


def test_scores_to_mask_rounds_half_to_even_and_breaks_ties_by_position() -> None:
    scores = {"a": torch.tensor([0.3, 0.1, 0.2, 0.1]), "b": torch.tensor([[0.05, 0.4], [0.1, 0.3]])}
    masks = scores_to_mask(scores, 0.375)
    assert masks["a"].tolist() == [1.0, 0.0, 1.0, 0.0] and masks["b"].tolist() == [[0.0, 1.0], [1.0, 1.0]]
    local = scores_to_mask(scores, 0.375, "local")
    assert [int((m == 0).sum()) for m in local.values()] == [2, 2]  # round(1.5) == 2
    with pytest.raises(TypeError):
        scores_to_mask(scores, True)
    with pytest.raises(ValueError):
        scores_to_mask({}, 0.5)


def test_arguments_follow_the_course_convention() -> None:
    # numpy scalars are numbers, bool is not; a list where a tensor belongs is a TypeError; signature order decides.
    model, x, y = _case()
    scores = {"a": torch.tensor([0.3, 0.1, 0.2, 0.1])}
    assert scores_to_mask(scores, np.float32(0.5))["a"].tolist() == [1.0, 0.0, 1.0, 0.0]
    assert scores_to_mask(scores, np.int64(1), "local")["a"].tolist() == [0.0, 0.0, 0.0, 0.0]
    with pytest.raises(TypeError):
        scores_to_mask({"a": [0.1, 0.2]}, 0.5)
    with pytest.raises(ValueError):
        scores_to_mask({}, True)  # scores come first
    with pytest.raises(TypeError):
        scores_to_mask(scores, True, "layer")  # sparsity before scope
    for saliency in (taylor_saliency, obd_saliency, fisher_saliency):
        with pytest.raises(TypeError):
            saliency(model, x.tolist(), y)
        with pytest.raises(ValueError):
            saliency(model, x[:0], [0])  # the empty batch comes before the list targets
    with pytest.raises(ValueError):
        snip_masks(model, x[:0], y[:0], "0.5")  # the batch comes before sparsity
    with pytest.raises(TypeError):
        snip_masks(model, x, y, True)
    torch.testing.assert_close(layer_hessian(torch.ones(2, 2), np.float32(0.5)), layer_hessian(torch.ones(2, 2), 0.5))
    with pytest.raises(ValueError):
        layer_hessian(torch.tensor(1.0), True)  # inputs come before damp
    with pytest.raises(TypeError):
        layer_hessian([[1.0, 2.0]], 0.1)
    with pytest.raises(TypeError):
        obs_step(torch.ones(2), torch.eye(2, dtype=torch.float64), [True, True])
    with pytest.raises(ValueError):
        obs_step(torch.ones(2, 2), [[1.0]], torch.ones(2, dtype=torch.bool))  # weight comes before hinv


def test_layer_hessian_is_twice_xtx_with_relative_damping() -> None:
    x = torch.randn(2, 9, 4, dtype=torch.float64)
    flat = x.reshape(-1, 4)
    hessian = 2 * flat.T @ flat
    expected = hessian + 0.01 * hessian.diagonal().mean() * torch.eye(4, dtype=torch.float64)
    torch.testing.assert_close(layer_hessian(x, 0.01), expected)
    torch.testing.assert_close(layer_hessian(torch.zeros(3, 2), 0.5), 0.5 * torch.eye(2, dtype=torch.float64))
    with pytest.raises(ValueError):
        layer_hessian(x, 0.0)


def test_obs_step_is_exact_on_a_two_weight_quadratic() -> None:
    # Error 0.5 dw^T H dw; removing w_0 = 1 lets w_1 move by -H_10 / H_11 * dw_0 = 1/3 (the closed-form optimum).
    hessian = torch.tensor([[2.0, 1.0], [1.0, 3.0]], dtype=torch.float64)
    weight = torch.tensor([1.0, 0.9], dtype=torch.float64)
    new_weight, new_hinv, q = obs_step(weight, torch.linalg.inv(hessian), torch.tensor([True, True]))
    assert q == 0
    torch.testing.assert_close(new_weight, torch.tensor([0.0, 0.9 + 1 / 3], dtype=torch.float64))
    torch.testing.assert_close(new_hinv, torch.tensor([[0.0, 0.0], [0.0, 1 / 3]], dtype=torch.float64))


def test_obs_steps_match_the_constrained_least_squares_optimum() -> None:
    gen = torch.Generator().manual_seed(0)
    x = torch.randn(60, 8, generator=gen, dtype=torch.float64)
    hessian = layer_hessian(x, 1e-6)
    w = torch.randn(8, generator=gen, dtype=torch.float64)
    row, hinv, alive = w, torch.linalg.inv(hessian), torch.ones(8, dtype=torch.bool)
    for _ in range(4):
        row, hinv, q = obs_step(row, hinv, alive)
        alive = alive.clone()
        alive[q] = False
    # The best row with those weights removed, from the normal equations of the kept block (numpy-free linalg).
    kept, dead = alive, ~alive
    best = torch.zeros_like(w)
    best[kept] = w[kept] + torch.linalg.solve(hessian[kept][:, kept], hessian[kept][:, dead] @ w[dead])
    torch.testing.assert_close(row, best)
    assert torch.equal(row[dead], torch.zeros(int(dead.sum()), dtype=torch.float64))


def test_obs_update_beats_masking_the_same_weights() -> None:
    gen = torch.Generator().manual_seed(1)
    x = torch.randn(200, 16, generator=gen) @ torch.randn(16, 16, generator=gen)  # correlated inputs
    weight = torch.randn(6, 16, generator=gen)
    pruned = obs_prune_rows(weight, x, 0.5)
    masked = weight * (pruned != 0)
    assert int((pruned == 0).sum()) == 6 * 8
    obs_error = torch.linalg.norm(x @ weight.T - x @ pruned.T)
    mask_error = torch.linalg.norm(x @ weight.T - x @ masked.T)
    assert obs_error < 0.8 * mask_error  # measured: 69.2 vs 126.2


def test_kl_approximation_matches_the_papers_fit() -> None:
    # Molchanov et al. (2017), eq. 14 with k1 = 0.63576, k2 = 1.87320, k3 = 1.48695 and C = -k1.
    log_alpha = torch.tensor([-10.0, 0.0, 3.0, 10.0])
    fit = 0.63576 * torch.sigmoid(1.87320 + 1.48695 * log_alpha) - 0.5 * torch.log1p(torch.exp(-log_alpha))
    expected = -(fit - 0.63576)
    torch.testing.assert_close(kl_approximation(log_alpha), expected)
    assert float(kl_approximation(torch.tensor(40.0))) == pytest.approx(0.0, abs=1e-6)
    values = kl_approximation(torch.linspace(-8, 8, 50))
    assert bool((values[1:] < values[:-1]).all())  # more noise, closer to the prior


def test_kl_approximation_is_close_to_a_monte_carlo_kl() -> None:
    # -KL = 0.5 log alpha - E[log |eps|] + C, eps ~ N(1, alpha); the constant cancels in differences.
    gen = torch.Generator().manual_seed(0)
    log_alphas = torch.tensor([-2.0, 0.0, 2.0])
    eps = 1 + torch.exp(0.5 * log_alphas)[:, None] * torch.randn(3, 400_000, generator=gen, dtype=torch.float64)
    negative_kl = 0.5 * log_alphas.double() - torch.log(eps.abs()).mean(dim=1)
    approx = -kl_approximation(log_alphas).double()
    differences = (negative_kl - negative_kl[0]) - (approx - approx[0])
    assert differences.abs().max() < 0.02


def test_vd_layer_expected_output_is_the_dense_output_as_alpha_goes_to_zero() -> None:
    torch.manual_seed(0)
    layer = SparseVDLinear(5, 3, log_sigma2_init=-40.0).train()
    x = torch.randn(4, 5)
    samples = torch.stack([layer(x) for _ in range(200)])
    torch.testing.assert_close(samples.mean(dim=0), F.linear(x, layer.theta, layer.bias), atol=1e-4, rtol=0)
    layer.eval()
    torch.testing.assert_close(layer(x), F.linear(x, layer.theta, layer.bias))


def test_vd_prunes_where_log_alpha_exceeds_three() -> None:
    model = sparse_vd_mlp((4, 3, 2))
    layer = model[1]
    with torch.no_grad():
        layer.theta.fill_(1.0)
        layer.log_sigma2.fill_(-5.0)
        layer.log_sigma2[0, :2] = 3.5  # log alpha = 3.5 > 3
    assert layer.mask()[0].tolist() == [0.0, 0.0, 1.0, 1.0]
    assert vd_sparsity(model) == pytest.approx(2 / (12 + 6))
