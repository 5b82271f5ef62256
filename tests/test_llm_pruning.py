"""utils.pruning.llm against the official rules of locuslab/wanda and IST-DASLab/sparsegpt, re-derived from scratch,
and SparseGPT against a slow, obviously correct column-by-column Optimal Brain Surgeon."""

from __future__ import annotations

import math

import numpy as np
import pytest
import torch
from torch import nn
from transformers import LlamaConfig, LlamaForCausalLM

from utils.pruning import llm


def _gen(seed: int) -> torch.Generator:
    return torch.Generator().manual_seed(seed)


class OfficialWrappedGPT:
    """lib/layerwrapper.py's WrappedGPT.add_batch of locuslab/wanda, for an nn.Linear, written out again."""

    def __init__(self, columns: int) -> None:
        self.scaler_row = torch.zeros(columns)
        self.nsamples = 0

    def add_batch(self, inp: torch.Tensor) -> None:
        if len(inp.shape) == 2:
            inp = inp.unsqueeze(0)
        tmp = inp.shape[0]
        inp = inp.reshape((-1, inp.shape[-1])).t()
        self.scaler_row *= self.nsamples / (self.nsamples + tmp)
        self.nsamples += tmp
        self.scaler_row += torch.norm(inp.type(torch.float32), p=2, dim=1) ** 2 / self.nsamples


class OfficialSparseGPTHessian:
    """sparsegpt.py's SparseGPT.add_batch and the start of fasterprune (dead inputs, damping), written out again."""

    def __init__(self, columns: int) -> None:
        self.H = torch.zeros(columns, columns)
        self.nsamples = 0

    def add_batch(self, inp: torch.Tensor) -> None:
        if len(inp.shape) == 2:
            inp = inp.unsqueeze(0)
        tmp = inp.shape[0]
        inp = inp.reshape((-1, inp.shape[-1])).t()
        self.H *= self.nsamples / (self.nsamples + tmp)
        self.nsamples += tmp
        inp = math.sqrt(2 / self.nsamples) * inp.float()
        self.H += inp.matmul(inp.t())

    def damped(self, percdamp: float = 0.01) -> torch.Tensor:
        H = self.H.clone()
        dead = torch.diag(H) == 0
        H[dead, dead] = 1
        H[torch.arange(H.shape[0]), torch.arange(H.shape[0])] += percdamp * torch.mean(torch.diag(H))
        return H


def _batches(gen: torch.Generator, features: int) -> list[torch.Tensor]:
    # Mixed shapes: a 2-D batch counts as one sequence, a 3-D batch as batch.shape[0] sequences.
    return [
        torch.randn(3, 5, features, generator=gen),
        torch.randn(7, features, generator=gen),
        torch.randn(2, 4, features, generator=gen),
    ]


def test_wanda_scores_equal_the_official_running_update_and_the_one_shot_sum() -> None:
    gen = _gen(0)
    weight = torch.randn(6, 10, generator=gen)
    batches = _batches(gen, 10)
    official = OfficialWrappedGPT(10)
    for batch in batches:
        official.add_batch(batch)
    expected = weight.abs() * torch.sqrt(official.scaler_row.reshape(1, -1))
    torch.testing.assert_close(llm.wanda_scores(weight, batches), expected, rtol=1e-6, atol=1e-7)
    # nsamples counts sequences: 3 + 1 + 2 = 6, and the running update equals the one-shot sum over all tokens.
    tokens = torch.cat([b.reshape(-1, 10) for b in batches])
    one_shot = weight.abs() * torch.sqrt((tokens**2).sum(0) / 6)
    torch.testing.assert_close(llm.wanda_scores(weight, batches), one_shot, rtol=1e-5, atol=1e-6)


def test_row_prune_mask_is_the_official_per_row_stable_sort() -> None:
    gen = _gen(1)
    scores = torch.randint(0, 4, (16, 40), generator=gen).float()  # many ties
    for sparsity in (0.0, 0.29, 0.5, 0.7, 1.0):
        # prune_wanda: sort(W_metric, dim=-1, stable=True)[1][:, :int(W_metric.shape[1] * sparsity_ratio)]
        indices = torch.sort(scores, dim=-1, stable=True)[1][:, : int(scores.shape[1] * sparsity)]
        pruned = torch.zeros_like(scores, dtype=torch.bool).scatter_(1, indices, True)
        assert torch.equal(llm.row_prune_mask(scores, sparsity), ~pruned)
    assert int(40 * 0.29) == 11 and (~llm.row_prune_mask(scores, 0.29)).sum(1).eq(11).all()


def test_nm_prune_mask_keeps_n_per_group_lowest_pruned_lower_index_first() -> None:
    gen = _gen(2)
    scores = torch.randint(0, 3, (8, 24), generator=gen).float()
    for n, m in ((2, 4), (1, 4), (0, 4), (4, 4), (3, 8)):
        keep = llm.nm_prune_mask(scores, n, m)
        for row in range(8):
            for start in range(0, 24, m):
                group = scores[row, start : start + m].tolist()
                order = sorted(range(m), key=lambda j: (group[j], j))  # ascending, lower index first on ties
                expected = [j not in order[: m - n] for j in range(m)]
                assert keep[row, start : start + m].tolist() == expected


def test_hessian_equals_the_official_running_average_dead_inputs_and_damping() -> None:
    gen = _gen(3)
    batches = _batches(gen, 9)
    for batch in batches:
        batch[..., 4] = 0  # a dead input
    official = OfficialSparseGPTHessian(9)
    for batch in batches:
        official.add_batch(batch)
    torch.testing.assert_close(llm.hessian_from_inputs(batches), official.damped(), rtol=1e-6, atol=1e-6)
    tokens = torch.cat([b.reshape(-1, 9) for b in batches])
    one_shot = 2 / 6 * tokens.t() @ tokens
    one_shot[4, 4] = 1
    one_shot += 0.05 * torch.diag(one_shot).mean() * torch.eye(9)
    torch.testing.assert_close(llm.hessian_from_inputs(batches, 0.05), one_shot, rtol=1e-5, atol=1e-5)


def slow_obs(weight: torch.Tensor, hessian: torch.Tensor, sparsity: float, nm: tuple[int, int] | None, block: int):
    """Column by column Optimal Brain Surgeon, in float64: when column j is fixed (pruned to 0 or kept), the columns
    j+1.. that are still free absorb its error through the inverse of the Hessian restricted to columns j..end. The
    mask is chosen as SparseGPT does: per block of columns from the current weights (one threshold), or per group of
    m columns for N:M, with score w_j^2 / [H_F^-1]_00."""
    w = weight.double().clone()
    h = hessian.double()
    columns = w.shape[1]
    pruned = torch.zeros_like(w, dtype=torch.bool)
    for j in range(columns):
        free_inverse = torch.linalg.inv(h[j:, j:])
        if nm is None and j % block == 0:
            end = min(j + block, columns)
            diag = torch.tensor([torch.linalg.inv(h[k:, k:])[0, 0].item() for k in range(j, end)], dtype=torch.float64)
            scores = w[:, j:end] ** 2 / diag
            threshold = torch.sort(scores.flatten())[0][int(scores.numel() * sparsity)]
            pruned[:, j:end] = scores <= threshold
        if nm is not None and j % nm[1] == 0:
            diag = torch.tensor([torch.linalg.inv(h[k:, k:])[0, 0].item() for k in range(j, j + nm[1])])
            scores = w[:, j : j + nm[1]] ** 2 / diag.double()
            order = torch.sort(scores, dim=1, stable=True).indices[:, : nm[1] - nm[0]]
            pruned[:, j : j + nm[1]] = torch.zeros_like(scores, dtype=torch.bool).scatter_(1, order, True)
        error = torch.where(pruned[:, j], w[:, j], torch.zeros_like(w[:, j]))
        w[:, j:] -= torch.outer(error / free_inverse[0, 0], free_inverse[0])
        w[:, j] = torch.where(pruned[:, j], torch.zeros_like(w[:, j]), w[:, j])
    return w.float(), pruned


@pytest.mark.parametrize(("sparsity", "nm", "block"), [(0.5, None, 128), (0.6, None, 4), (0.0, (2, 4), 4)])
def test_sparsegpt_equals_a_slow_column_by_column_obs(sparsity, nm, block) -> None:
    gen = _gen(4)
    weight = torch.randn(5, 12, generator=gen)
    inputs = [torch.randn(4, 16, 12, generator=gen)]
    hessian = llm.hessian_from_inputs(inputs)
    fast = llm.sparsegpt_prune(
        weight, hessian, llm.sparsegpt_column_step, llm.nm_prune_mask, sparsity, nm, blocksize=block
    )
    slow, pruned = slow_obs(weight, hessian, sparsity, nm, block)
    assert torch.equal(fast == 0, pruned)
    torch.testing.assert_close(fast, slow, rtol=0, atol=1e-5)


def test_sparsegpt_zeroes_dead_columns_and_reduces_the_error_wanda_leaves() -> None:
    gen = _gen(5)
    weight = torch.randn(16, 32, generator=gen)
    inputs = [torch.randn(8, 32, 32, generator=gen) * torch.linspace(0.1, 3, 32)]  # one block of 128 columns
    inputs[0][..., 3] = 0
    dead = llm.feature_norms(inputs) == 0
    hessian = llm.hessian_from_inputs(inputs)
    pruned = llm.sparsegpt_prune(weight, hessian, llm.sparsegpt_column_step, llm.nm_prune_mask, 0.5, None, dead)
    assert torch.equal(pruned[:, 3], torch.zeros(16))
    wanda = weight * llm.row_prune_mask(llm.wanda_scores(weight, inputs), 0.5)
    assert llm.reconstruction_error(weight, pruned, inputs) < llm.reconstruction_error(weight, wanda, inputs)


def test_column_step_matches_the_official_loop_body() -> None:
    gen = _gen(6)
    block = torch.randn(4, 6, generator=gen)
    hinv = torch.linalg.cholesky(torch.eye(6) + 0.1 * torch.ones(6, 6), upper=True)
    pruned = torch.tensor([True, False, True, False])
    new, err = llm.sparsegpt_column_step(block, hinv, pruned, 2)
    w1 = block.clone()
    w, d = w1[:, 2], hinv[2, 2]
    q = w.clone()
    q[pruned] = 0
    err1 = (w - q) / d
    w1[:, 2:] -= err1.unsqueeze(1).matmul(hinv[2, 2:].unsqueeze(0))
    torch.testing.assert_close(err, err1)
    torch.testing.assert_close(new[:, 3:], w1[:, 3:])
    assert torch.equal(new[:, 2], q) and torch.equal(new[:, :2], block[:, :2])
    new, err = llm.sparsegpt_column_step(block.requires_grad_(), hinv.requires_grad_(), pruned, 2)
    assert not new.requires_grad and not err.requires_grad  # no autograd history from block or hinv


def test_perplexity_equals_cross_entropy_of_a_causal_lm() -> None:
    gen = _gen(7)
    config = LlamaConfig(vocab_size=50, hidden_size=16, intermediate_size=32, num_hidden_layers=1,
                         num_attention_heads=2, num_key_value_heads=1)  # fmt: skip
    torch.manual_seed(0)
    model = LlamaForCausalLM(config).eval()
    labels = torch.randint(0, 50, (3, 9), generator=gen)
    with torch.no_grad():
        out = model(labels, labels=labels)
    assert llm.perplexity(out.logits, labels) == pytest.approx(math.exp(out.loss.item()), rel=1e-5)
    padded = labels.clone()
    padded[1, 5:] = -100
    shifted = nn.functional.cross_entropy(out.logits[:, :-1].reshape(-1, 50), padded[:, 1:].reshape(-1))
    assert llm.perplexity(out.logits, padded) == pytest.approx(math.exp(shifted.item()), rel=1e-5)


def _tiny_llama() -> LlamaForCausalLM:
    config = LlamaConfig(vocab_size=64, hidden_size=32, intermediate_size=64, num_hidden_layers=2,
                         num_attention_heads=4, num_key_value_heads=2)  # fmt: skip
    torch.manual_seed(0)
    return LlamaForCausalLM(config).eval()


def _q_proj_inputs(model: LlamaForCausalLM, calibration: list[torch.Tensor]) -> list[torch.Tensor]:
    seen: list[torch.Tensor] = []
    handle = model.model.layers[1].self_attn.q_proj.register_forward_pre_hook(lambda m, a: seen.append(a[0].clone()))
    with torch.no_grad():
        for batch in calibration:
            model(batch)
    handle.remove()
    return seen


def test_prune_blocks_prunes_every_linear_layer_and_feeds_the_next_block_the_pruned_outputs() -> None:
    model = _tiny_llama()
    calibration = list(torch.randint(0, 64, (4, 16), generator=_gen(8)).split(2))
    dense_inputs = _q_proj_inputs(model, calibration)
    wanda = llm.reference_pruner("wanda", 0.5)
    seen_while_pruning: list[torch.Tensor] = []

    def prune(layer: nn.Linear, inputs: list[torch.Tensor]) -> None:
        if layer is model.model.layers[1].self_attn.q_proj:
            seen_while_pruning.extend(inputs)
        wanda(layer, inputs)

    llm.prune_blocks(model, model.model.layers, calibration, prune)
    for module in model.model.layers.modules():
        if isinstance(module, nn.Linear):
            assert (module.weight == 0).sum(1).eq(module.in_features // 2).all()
    # Block 1 was pruned from what the PRUNED block 0 outputs (sequential), not from the dense model's activations.
    pruned_inputs = _q_proj_inputs(model, calibration)
    for during, after, dense in zip(seen_while_pruning, pruned_inputs, dense_inputs, strict=True):
        torch.testing.assert_close(during, after)
        assert not torch.allclose(during, dense)


def test_prune_blocks_with_sparsegpt_and_magnitude_24_give_two_of_four() -> None:
    for method in ("sparsegpt", "magnitude", "wanda"):
        model = _tiny_llama()
        calibration = list(torch.randint(0, 64, (4, 16), generator=_gen(9)).split(2))
        llm.prune_blocks(model, model.model.layers, calibration, llm.reference_pruner(method, nm=(2, 4)))
        for module in model.model.layers.modules():
            if isinstance(module, nn.Linear):
                groups = (module.weight != 0).reshape(module.out_features, -1, 4).sum(-1)
                assert groups.le(2).all(), method


def test_magnitude_mask_is_torch_l1_unstructured_and_the_official_baseline_prunes_ties_too() -> None:
    weight = torch.randint(-3, 4, (8, 8), generator=_gen(10)).float()
    keep = llm.magnitude_layer_mask(weight, 0.5)
    assert (~keep).sum() == 32
    # locuslab/wanda prune_magnitude: thresh = sort(|W|.flatten())[int(numel * s)], pruned = |W| <= thresh
    thresh = torch.sort(weight.abs().flatten())[0][int(64 * 0.5)]
    assert (weight.abs() <= thresh).sum() > 32


def test_bad_arguments_raise() -> None:
    w = torch.ones(2, 4)
    with pytest.raises(TypeError):
        llm.row_prune_mask(w, True)
    with pytest.raises(ValueError):
        llm.row_prune_mask(w, 1.5)
    with pytest.raises(ValueError):
        llm.nm_prune_mask(w, 3, 2)
    with pytest.raises(ValueError):
        llm.nm_prune_mask(torch.ones(2, 6), 2, 4)
    with pytest.raises(TypeError):
        llm.wanda_scores(w, torch.ones(3, 4))
    with pytest.raises(ValueError):
        llm.perplexity(torch.zeros(1, 3, 5), torch.full((1, 3), -100))


def test_arguments_follow_the_course_convention() -> None:
    """Numpy scalars accepted, bools and lists rejected with TypeError, the first bad argument in order decides."""
    w, batches = torch.ones(2, 4), [torch.ones(3, 4)]
    assert torch.equal(llm.row_prune_mask(w, np.float32(0.5)), llm.row_prune_mask(w, 0.5))
    assert torch.equal(llm.nm_prune_mask(w, np.int64(2), np.int64(4)), llm.nm_prune_mask(w, 2, 4))
    torch.testing.assert_close(
        llm.hessian_from_inputs(batches, np.float32(0.25)), llm.hessian_from_inputs(batches, 0.25)
    )
    for call in (
        lambda: llm.wanda_scores([[1.0, 2.0]], batches),
        lambda: llm.wanda_scores(w, [[1.0] * 4]),
        lambda: llm.row_prune_mask(w.tolist(), 0.5),
        lambda: llm.row_prune_mask(w, True),
        lambda: llm.nm_prune_mask(w, True, 4),
        lambda: llm.hessian_from_inputs(batches, True),
        lambda: llm.hessian_from_inputs([[1.0]], -1.0),  # batches before percdamp
        lambda: llm.sparsegpt_column_step(w, torch.eye(4).double(), torch.ones(2, dtype=torch.bool), 0),
        lambda: llm.sparsegpt_column_step(w, torch.eye(4), torch.ones(3), 0),  # dtype before shape
        lambda: llm.sparsegpt_column_step(w, torch.eye(4), torch.ones(2, dtype=torch.bool), True),
        lambda: llm.perplexity(torch.zeros(1, 3, 5), [[0, 1, 2]]),
        lambda: llm.perplexity(torch.zeros(1, 3, 5).tolist(), torch.zeros(1, 3, dtype=torch.int32)),
    ):
        with pytest.raises(TypeError):
            call()
    for call in (
        lambda: llm.row_prune_mask(torch.ones(4), True),  # scores' shape is wrong before sparsity's type
        lambda: llm.nm_prune_mask(torch.ones(2, 6), 2, 4),
        lambda: llm.nm_prune_mask(torch.ones(2, 3, 4), 2, True),  # scores' shape before m's type
        lambda: llm.hessian_from_inputs([torch.ones(3, 4), torch.ones(3, 5), [1.0]]),  # batch 1 before batch 2
        lambda: llm.sparsegpt_column_step(w, torch.eye(3), torch.ones(3), 0),  # hinv's shape before pruned's dtype
        lambda: llm.perplexity(torch.zeros(3, 5), [[0, 1, 2]]),
        lambda: llm.perplexity(torch.zeros(1, 3, 5), torch.tensor([[0, 5, 1]])),  # a label outside [0, vocab)
    ):
        with pytest.raises(ValueError):
            call()
