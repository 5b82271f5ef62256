"""Lab 5's references against the field's own tools and official rules: Hugging Face's BERT and Llama code and its
``prune_linear_layer``, Michel et al.'s head-importance code, LTP's token score, StreamingLLM's ``StartRecentKVCache``
and H2O's eviction step."""

from __future__ import annotations

import copy

import pytest
import torch
from torch import nn
from transformers import LlamaConfig, LlamaForCausalLM
from transformers.pytorch_utils import prune_linear_layer

from utils.models.minilm import load_minilm
from utils.pruning.kv_cache import cache_megabytes, cache_nll, h2o_evict, streaming_keep
from utils.pruning.transformer import (
    head_importance,
    keep_tokens,
    prune_heads,
    select_heads,
    split_heads,
    token_scores,
    transformer_macs,
)


@pytest.fixture(scope="module")
def bert() -> nn.Module:
    return load_minilm()[0].auto_model.eval()


def attention(x: torch.Tensor, q: nn.Linear, k: nn.Linear, v: nn.Linear, o: nn.Linear, heads: int, gates=None):
    """Plain multi-head self-attention; gates multiply each head's context, as Michel et al.'s head mask does."""
    qs, ks, vs = (split_heads(layer(x), heads) for layer in (q, k, v))
    probs = torch.softmax(qs @ ks.transpose(-1, -2) / qs.shape[-1] ** 0.5, dim=-1)
    context = probs @ vs
    if gates is not None:
        context = context * gates.view(1, -1, 1, 1)
    return o(context.transpose(1, 2).flatten(2))


def test_split_heads_is_hugging_face_berts_reshape() -> None:
    x = torch.randn(2, 5, 12)
    expected = x.view(2, 5, -1, 4).transpose(1, 2)  # BertSelfAttention: view(*shape, -1, head_size).transpose(1, 2)
    assert torch.equal(split_heads(x, 3), expected)
    assert torch.equal(split_heads(x, 3).transpose(1, 2).reshape(2, 5, 12), x)
    with pytest.raises(ValueError):
        split_heads(x, 5)
    with pytest.raises(TypeError):
        split_heads(x.tolist(), 3)


def count_layer_macs(layer: nn.Module, hidden: torch.Tensor) -> int:
    """MACs of one BertLayer from its modules' own shapes: every Linear's in * out per token, plus Q K^T and A V."""
    macs = []
    hooks = [
        m.register_forward_hook(lambda m, i, o: macs.append(i[0].shape[:-1].numel() * m.in_features * m.out_features))
        for m in layer.modules()
        if isinstance(m, nn.Linear)
    ]
    with torch.no_grad():
        layer(hidden)
    for hook in hooks:
        hook.remove()
    self_attention = layer.attention.self
    batch, tokens, _ = hidden.shape
    return sum(macs) + 2 * batch * tokens * tokens * self_attention.all_head_size


def test_transformer_macs_equals_the_count_from_minilms_shapes(bert) -> None:
    layer = copy.deepcopy(bert.encoder.layer[0])
    hidden = torch.randn(3, 16, 384)
    assert count_layer_macs(layer, hidden) == transformer_macs(3, 16, 384, 12)
    assert transformer_macs(3, 16, 384, 12) == 12 * 3 * 16 * 384**2 + 2 * 3 * 16**2 * 384
    self_attention = layer.attention.self
    new = prune_heads(
        self_attention.query, self_attention.key, self_attention.value, layer.attention.output.dense, 12, [0, 5, 7]
    )
    self_attention.query, self_attention.key, self_attention.value, layer.attention.output.dense = new
    self_attention.num_attention_heads, self_attention.all_head_size = 9, 9 * 32
    assert count_layer_macs(layer, hidden[:, :10]) == transformer_macs(3, 16, 384, 12, heads_kept=9, tokens_kept=10)


def test_prune_heads_equals_hugging_faces_prune_linear_layer_and_the_gated_model(bert) -> None:
    torch.manual_seed(0)
    self_attention, output = bert.encoder.layer[1].attention.self, bert.encoder.layer[1].attention.output.dense
    layers = [self_attention.query, self_attention.key, self_attention.value, output]
    removed = [11, 2, 3]
    kept_rows = torch.tensor([h * 32 + d for h in range(12) if h not in removed for d in range(32)])
    new = prune_heads(*layers, 12, removed)
    for ours, original, dim in zip(new, layers, (0, 0, 0, 1), strict=True):
        theirs = prune_linear_layer(original, kept_rows, dim=dim)
        assert torch.equal(ours.weight, theirs.weight) and torch.equal(ours.bias, theirs.bias)
        assert ours.weight.data_ptr() != original.weight.data_ptr()
    x = torch.randn(2, 7, 384)
    gates = torch.ones(12)
    gates[removed] = 0
    with torch.no_grad():
        gated = attention(x, *layers, 12, gates)
        small = attention(x, *new, 9)
    torch.testing.assert_close(small, gated, rtol=1e-5, atol=1e-5)


def test_head_importance_is_michel_et_als_computation() -> None:
    torch.manual_seed(0)
    layers = [[nn.Linear(8, 8) for _ in range(4)] for _ in range(3)]
    readout = nn.Linear(8, 3)
    batches = [(torch.randn(4, 5, 8), torch.randint(0, 3, (4,))) for _ in range(3)]

    def loss(gates, batch):
        x, y = batch
        for i, (q, k, v, o) in enumerate(layers):
            x = x + attention(x, q, k, v, o, 2, gates[i])
        return nn.functional.cross_entropy(readout(x.mean(dim=1)), y)

    # Michel et al.'s code (run_bertology / are-16-heads): a head mask with requires_grad, one backward per batch,
    # importance += |grad|, divided by the token count, then normalised per layer with exponent 2.
    total = torch.zeros(3, 2)
    tokens = 0
    for batch in batches:
        mask = torch.ones(3, 2, requires_grad=True)
        loss(mask, batch).backward()
        total += mask.grad.abs()
        tokens += batch[0].shape[0] * batch[0].shape[1]
    total /= tokens
    norm = torch.pow(torch.pow(total, 2).sum(-1), 1 / 2)
    expected = total / (norm.unsqueeze(-1) + 1e-20)
    for p in readout.parameters():
        p.grad = None
    ours = head_importance(loss, batches, 3, 2)
    torch.testing.assert_close(ours, expected, rtol=1e-5, atol=1e-7)
    assert readout.weight.grad is None and not ours.requires_grad
    zero = head_importance(lambda g, b: (g[0] * b).sum(), [torch.tensor([1.0, 2.0])], 2, 2)
    assert torch.equal(zero[1], torch.zeros(2))


def test_select_heads_is_a_global_stable_ascending_sort() -> None:
    importance = torch.tensor([[0.5, 0.25, 0.5], [0.25, 0.75, 0.5]])
    removed = select_heads(importance, 0.5)  # int(6 * 0.5) = 3: both 0.25s, then the first 0.5 in (layer, head) order
    assert removed.tolist() == [[True, True, False], [True, False, False]]
    assert select_heads(importance, 0.0).sum() == 0 and select_heads(importance, 1.0).all()


def test_token_scores_equal_a_loop_over_heads_and_queries() -> None:
    attn = torch.softmax(torch.randn(2, 3, 5, 5, dtype=torch.float64), dim=-1)
    expected = torch.zeros(2, 5, dtype=torch.float64)
    for b in range(2):
        for i in range(5):
            expected[b, i] = sum(attn[b, h, j, i] for h in range(3) for j in range(5)) / 15
    torch.testing.assert_close(token_scores(attn), expected)


def test_keep_tokens_keeps_specials_then_top_scores_in_order() -> None:
    generator = torch.Generator().manual_seed(0)
    scores = torch.randint(0, 4, (6, 40), generator=generator).float()  # many ties
    special = torch.zeros(6, 40, dtype=torch.bool)
    special[:, 0] = special[:, -1] = True
    for keep in (2, 9, 40):
        result = keep_tokens(scores, keep, special)
        for row in range(6):
            ranked = sorted(range(40), key=lambda i: (not special[row, i], -scores[row, i].item(), i))
            assert result[row].tolist() == sorted(ranked[:keep])


def official_h2o(scores: torch.Tensor, recent: int, heavy: int) -> torch.Tensor:
    """H2O's H2OKVCache_LayerWise.__call__ (FMInference/H2O), the index part."""
    seq_len = scores.shape[-1]
    if seq_len <= recent + heavy:
        return torch.arange(seq_len).repeat(scores.shape[0], 1)
    select_hh_scores = scores[:, : seq_len - recent]
    _, keep_topk = torch.topk(select_hh_scores, heavy, dim=-1)
    keep_topk = keep_topk.sort().values
    keep_recent = torch.arange(seq_len - recent, seq_len).repeat(keep_topk.shape[0], 1)
    return torch.cat([keep_topk, keep_recent], dim=-1)


def test_h2o_evict_keeps_what_h2os_code_keeps() -> None:
    scores = torch.rand(5, 30, generator=torch.Generator().manual_seed(1))  # no ties: topk is well defined
    for recent, heavy in ((4, 4), (0, 6), (6, 0), (15, 15), (20, 20)):
        assert torch.equal(h2o_evict(scores, recent, heavy), official_h2o(scores, recent, heavy))
    tied = torch.tensor([[1.0, 2.0, 2.0, 1.0, 2.0, 0.0]])
    assert h2o_evict(tied, 1, 2).tolist() == [[1, 2, 5]]  # ties: the older key wins


def test_streaming_keep_is_start_recent_kv_cache() -> None:
    # StartRecentKVCache (mit-han-lab/streaming-llm): keep everything up to cache_size = start + recent, else
    # cat(k[:start], k[seq_len - recent : seq_len]).
    for length in range(0, 25):
        for start, recent in ((4, 8), (0, 6), (3, 0), (4, 20)):
            positions = torch.arange(length)
            expected = (
                positions
                if length <= start + recent
                else torch.cat([positions[:start], positions[length - recent : length]])
            )
            assert torch.equal(streaming_keep(length, start, recent), expected)


@pytest.fixture(scope="module")
def tiny_llama() -> LlamaForCausalLM:
    torch.manual_seed(0)
    config = LlamaConfig(
        vocab_size=64,
        hidden_size=48,
        intermediate_size=96,
        num_hidden_layers=2,
        num_attention_heads=6,
        num_key_value_heads=2,
        max_position_embeddings=128,
        attn_implementation="eager",
    )
    return LlamaForCausalLM(config).eval()


def test_cache_nll_with_a_full_cache_is_the_models_own_loss(tiny_llama) -> None:
    ids = torch.randint(0, 64, (2, 20), generator=torch.Generator().manual_seed(0))
    with torch.no_grad():
        logits = tiny_llama(ids).logits[:, :-1]
    expected = nn.functional.cross_entropy(logits.transpose(1, 2), ids[:, 1:], reduction="none")
    torch.testing.assert_close(cache_nll(tiny_llama, ids, lambda s, n: None), expected, rtol=1e-4, atol=1e-5)
    assert cache_megabytes(tiny_llama, 10) == 2 * 2 * 2 * 8 * 10 * 4 / 1e6


def test_cache_nll_with_streaming_eviction_is_the_model_under_the_streaming_mask(tiny_llama) -> None:
    # Without pos_shift, query t attends to the sinks 0..start-1 and the window t-recent..t; deeper layers see the
    # same restriction, so a full forward with that 4-D mask must give the same losses.
    start, recent, steps = 2, 3, 16
    ids = torch.randint(0, 64, (1, steps), generator=torch.Generator().manual_seed(2))
    allowed = torch.zeros(steps, steps, dtype=torch.bool)
    for t in range(steps):
        allowed[t, :start] = True
        allowed[t, max(0, t - recent) : t + 1] = True
    allowed &= torch.ones(steps, steps, dtype=torch.bool).tril()
    mask = torch.zeros(1, 1, steps, steps).masked_fill(~allowed, torch.finfo(torch.float32).min)
    with torch.no_grad():
        logits = tiny_llama(ids, attention_mask=mask).logits[:, :-1]
    expected = nn.functional.cross_entropy(logits.transpose(1, 2), ids[:, 1:], reduction="none")
    ours = cache_nll(tiny_llama, ids, lambda s, n: streaming_keep(n, start, recent))
    torch.testing.assert_close(ours, expected, rtol=1e-4, atol=1e-5)
