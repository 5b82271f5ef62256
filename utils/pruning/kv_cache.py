"""KV-cache eviction for decoding (Lab 5): StreamingLLM's and H2O's rules, and a decoding loop that applies a policy.

streaming_keep   the cache positions StreamingLLM keeps: the first ``start`` (attention sinks) and the last ``recent``
h2o_evict        one H2O eviction step: per head the ``recent`` newest keys plus the ``heavy`` top-scoring older ones
cache_nll        token-by-token negative log-likelihoods of a Llama-style model (SmolLM2) whose cache follows a policy
cache_megabytes  the memory a cache of a given budget takes

The decoding loop never calls the two graded rules itself: the caller passes a policy (a notebook passes the
student's functions, ``bench/kv_cache.py`` passes these references).
"""

from __future__ import annotations

from collections.abc import Callable

import torch
import torch.nn.functional as F
from torch import nn

from utils.reference import graded_reference
from utils.validation import validate_int, validate_type

__all__ = ["Policy", "cache_megabytes", "cache_nll", "h2o_evict", "streaming_keep"]

# policy(scores, length) -> the cache positions to keep, either one int64 row shared by every head, shape (n,), or
# one row per (passage, KV head), shape (B * kv_heads, n); None keeps everything. `scores` are H2O's accumulated
# attention scores, shape (B * kv_heads, length).
Policy = Callable[[torch.Tensor, int], torch.Tensor | None]


@graded_reference("lab05", "streaming_keep")
def streaming_keep(length: int, start: int, recent: int) -> torch.Tensor:
    """StreamingLLM's kept positions: ``0..start-1`` and ``length-recent..length-1``; all when ``length <= start +
    recent``; an int64 1-D tensor in ascending order."""
    length = validate_int("length", length, minimum=0)
    start = validate_int("start", start, minimum=0)
    recent = validate_int("recent", recent, minimum=0)
    if length <= start + recent:
        return torch.arange(length)
    return torch.cat([torch.arange(start), torch.arange(length - recent, length)])


@graded_reference("lab05", "h2o_evict")
def h2o_evict(scores: torch.Tensor, recent: int, heavy: int) -> torch.Tensor:
    """Per row (head), the ``recent`` newest positions and the ``heavy`` highest-scoring older ones (ties: the older
    key), in ascending order; every position when the row holds at most ``recent + heavy``."""
    validate_type("scores", scores, torch.Tensor)
    if not scores.is_floating_point():
        raise TypeError(f"scores must be a floating-point tensor, got dtype {scores.dtype}.")
    if scores.dim() != 2:
        raise ValueError(f"scores must have shape (heads, length), got {tuple(scores.shape)}.")
    recent = validate_int("recent", recent, minimum=0)
    heavy = validate_int("heavy", heavy, minimum=0)
    heads, length = scores.shape
    if length <= recent + heavy:
        return torch.arange(length, device=scores.device).expand(heads, length).clone()
    older = length - recent
    order = torch.sort(scores.detach()[:, :older], dim=1, descending=True, stable=True).indices
    hitters = torch.sort(order[:, :heavy], dim=1).values
    newest = torch.arange(older, length, device=scores.device).expand(heads, recent)
    return torch.cat([hitters, newest], dim=1)


def cache_megabytes(model: nn.Module, tokens: int, bytes_per_value: int = 4) -> float:
    """MB (1e6 bytes) that keys and values of ``tokens`` cached positions take, over all layers and KV heads."""
    config = model.config
    head_dim = config.hidden_size // config.num_attention_heads
    return 2 * config.num_hidden_layers * config.num_key_value_heads * head_dim * tokens * bytes_per_value / 1e6


@torch.no_grad()
def cache_nll(model: nn.Module, ids: torch.Tensor, policy: Policy) -> torch.Tensor:
    """Negative log-likelihood of each next token when a Llama-style model decodes ``ids`` one token at a time.

    The loop is eager attention over an explicit cache, written out so that eviction is visible. At every step
    and in every layer, the new token's key and value join the cache, the token attends to the whole cache, each
    cached key's H2O score grows by the probability it just received (summed over the query heads that share its
    KV head: SmolLM2 has 9 query heads in 3 groups), and then ``policy`` picks the positions that stay. So the
    token at step t sees at most ``budget + 1`` keys: the budget kept from before, and itself. Keys keep the
    rotary position of their original place in the text (StreamingLLM's ``pos_shift`` would re-rotate them to
    0..len-1; see the lab text).

    Args:
        model: a ``LlamaForCausalLM`` (e.g. SmolLM2), in eval mode.
        ids: int64 tensor ``(B, T)`` of token ids, B passages decoded side by side.
        policy: see :data:`Policy`.

    Returns:
        float32 tensor ``(B, T - 1)``: ``-log p(ids[:, t + 1] | ids[:, :t + 1])`` under the policy.
    """
    from transformers.models.llama.modeling_llama import apply_rotary_pos_emb

    config = model.config
    batch, steps = ids.shape
    q_heads, kv_heads = config.num_attention_heads, config.num_key_value_heads
    head_dim = config.hidden_size // q_heads
    group = q_heads // kv_heads
    layers = model.model.layers
    keys: list[torch.Tensor | None] = [None] * len(layers)
    values: list[torch.Tensor | None] = [None] * len(layers)
    scores: list[torch.Tensor | None] = [None] * len(layers)
    nll = []
    for t in range(steps):
        x = model.model.embed_tokens(ids[:, t : t + 1])  # (B, 1, E)
        cos, sin = model.model.rotary_emb(x, torch.full((batch, 1), t, dtype=torch.int64))
        for i, layer in enumerate(layers):
            attn = layer.self_attn
            h = layer.input_layernorm(x)
            q = attn.q_proj(h).view(batch, 1, q_heads, head_dim).transpose(1, 2)
            k = attn.k_proj(h).view(batch, 1, kv_heads, head_dim).transpose(1, 2)
            v = attn.v_proj(h).view(batch, 1, kv_heads, head_dim).transpose(1, 2)
            q, k = apply_rotary_pos_emb(q, k, cos, sin)
            keys[i] = k if keys[i] is None else torch.cat([keys[i], k], dim=2)  # (B, kv_heads, n, D)
            values[i] = v if values[i] is None else torch.cat([values[i], v], dim=2)
            grouped = q.view(batch, kv_heads, group, head_dim)  # query head j uses KV head j // group
            probs = torch.softmax(grouped @ keys[i].transpose(-1, -2) * head_dim**-0.5, dim=-1)  # (B, kv, G, n)
            context = (probs @ values[i]).reshape(batch, 1, q_heads * head_dim)
            x = x + attn.o_proj(context)
            x = x + layer.mlp(layer.post_attention_layernorm(x))
            received = probs.sum(dim=2).reshape(batch * kv_heads, -1)
            old = scores[i]
            scores[i] = received if old is None else F.pad(old, (0, 1)) + received
            keys[i], values[i], scores[i] = _evict(policy, keys[i], values[i], scores[i])
        if t + 1 < steps:
            logits = model.lm_head(model.model.norm(x))[:, 0].float()
            nll.append(F.cross_entropy(logits, ids[:, t + 1], reduction="none"))
    return torch.stack(nll, dim=1) if nll else torch.zeros(batch, 0)


def _evict(
    policy: Policy, keys: torch.Tensor, values: torch.Tensor, scores: torch.Tensor
) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    batch, kv_heads, length, head_dim = keys.shape
    kept = policy(scores, length)
    if kept is None:
        return keys, values, scores
    kept = torch.as_tensor(kept, dtype=torch.int64)
    if kept.dim() == 1:
        kept = kept.expand(batch * kv_heads, -1)
    kept_scores = scores.gather(1, kept)
    index = kept.view(batch, kv_heads, -1, 1).expand(-1, -1, -1, head_dim)
    return keys.gather(2, index), values.gather(2, index), kept_scores
