"""Perplexity of SmolLM2-135M vs KV-cache budget for four policies: full cache, sliding window, StreamingLLM, H2O.

Run from the repository root:  .venv/bin/python bench/kv_cache.py [--passages 4] [--length 256] [--budgets 32 64 128]
Decodes held-out passages of Python's documentation (``token_blocks(..., split="evaluation")``) one token at a time
with ``utils.pruning.kv_cache.cache_nll``. Budgets count cached tokens per KV head: window keeps the last ``budget``,
StreamingLLM 4 sinks + the last ``budget - 4``, H2O the last ``budget // 2`` + ``budget // 2`` heavy hitters. Prints
a Markdown table (perplexity over all predicted tokens, mean and 95% interval of the per-passage perplexities) and
writes bench/results/kv_cache.json.
"""

from __future__ import annotations

import argparse
import math
import time
from pathlib import Path

import results_io  # bench/, the script's own folder
import torch

from utils.data.text import token_blocks
from utils.models.smollm import load_smollm2
from utils.pruning.kv_cache import Policy, cache_megabytes, cache_nll, h2o_evict, streaming_keep

RESULTS = Path(__file__).resolve().parent / "results" / "kv_cache.json"
SINKS = 4
T_975 = {1: 12.71, 2: 4.30, 3: 3.18, 4: 2.78, 5: 2.57, 6: 2.45, 7: 2.36, 8: 2.31, 9: 2.26}  # Student t, 95% two-sided


def policies(budget: int) -> dict[str, Policy]:
    return {
        "window": lambda scores, n: streaming_keep(n, 0, budget),
        "StreamingLLM": lambda scores, n: streaming_keep(n, SINKS, budget - SINKS),
        "H2O": lambda scores, n: h2o_evict(scores, budget // 2, budget - budget // 2),
    }


def summary(nll: torch.Tensor) -> dict[str, float]:
    """Perplexity over all tokens, and the mean and 95% half-width of the per-passage perplexities."""
    per_passage = nll.mean(dim=1).exp()
    n = per_passage.numel()
    half = T_975.get(n - 1, 1.96) * float(per_passage.std()) / math.sqrt(n) if n > 1 else float("nan")
    return {"ppl": float(nll.mean().exp()), "passage_mean": float(per_passage.mean()), "passage_ci95": half}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--passages", type=int, default=4)
    parser.add_argument("--length", type=int, default=256)
    parser.add_argument("--budgets", type=int, nargs="+", default=[32, 64, 128])
    parser.add_argument("--threads", type=int, default=2)
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    model, tokenizer = load_smollm2()
    ids = token_blocks(tokenizer, args.passages, args.length, split="evaluation")
    rows = []
    start = time.perf_counter()
    with torch.no_grad():
        logits = model(ids).logits[:, :-1]  # the full cache gives exactly the model's own parallel forward
    full = torch.nn.functional.cross_entropy(logits.transpose(1, 2), ids[:, 1:], reduction="none")
    rows.append({"policy": "full", "budget": args.length, **summary(full)})
    for budget in args.budgets:
        for name, policy in policies(budget).items():
            rows.append({"policy": name, "budget": budget, **summary(cache_nll(model, ids, policy))})
            print(f"  {name} budget {budget}: ppl {rows[-1]['ppl']:.2f} ({time.perf_counter() - start:.0f} s)")
    print(f"\nSmolLM2-135M, {args.passages} held-out passages x {args.length} tokens, {args.threads} threads")
    print("| policy | budget (tokens per KV head) | cache MB | perplexity | per-passage mean ± 95% CI |")
    print("|---|---|---|---|---|")
    for row in rows:
        row["cache_mb"] = megabytes = cache_megabytes(model, row["budget"])
        print(
            f"| {row['policy']} | {row['budget']} | {megabytes:.2f} | {row['ppl']:.2f} | "
            f"{row['passage_mean']:.2f} ± {row['passage_ci95']:.2f} |"
        )
    settings = {"passages": args.passages, "length": args.length, "threads": args.threads}
    print(f"wrote {results_io.save('kv_cache', {'settings': settings, 'rows': rows})}")


if __name__ == "__main__":
    main()
