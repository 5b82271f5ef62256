"""One-shot pruning of SmolLM2-135M with magnitude, Wanda and SparseGPT: time to prune and perplexity.

Run from the repository root:  .venv/bin/python bench/llm_prune.py [--calibration 32] [--evaluation 16]
    [--patterns 50% 2:4] [--minilm]

For each method x pattern: the seconds to prune all 210 linear layers (calibration forward passes included), that
time in units of one dense forward pass over the calibration set, and the perplexity on held-out evaluation blocks
of 128 tokens with a 95% interval over the blocks. With ``--minilm``, also the time of Wanda (50%) on
all-MiniLM-L6-v2. Writes bench/results/llm_prune.json. Uses the reference implementations in
``utils.pruning.llm``, so it does not run on the student edition.
"""

from __future__ import annotations

import argparse
import copy
import math
import time
from pathlib import Path

import results_io  # bench/, the script's own folder
import torch

from utils.data.text import token_blocks
from utils.models.smollm import load_smollm2
from utils.pruning import llm

ROOT = Path(__file__).resolve().parent.parent
PATTERNS = {"50%": {"sparsity": 0.5}, "60%": {"sparsity": 0.6}, "70%": {"sparsity": 0.7}, "2:4": {"nm": (2, 4)}}


@torch.no_grad()
def block_nlls(model: torch.nn.Module, evaluation: torch.Tensor) -> list[float]:
    nlls = []
    for batch in evaluation.split(4):
        logits = model(batch, use_cache=False).logits
        nlls += [math.log(llm.perplexity(logits[i : i + 1], batch[i : i + 1])) for i in range(len(batch))]
    return nlls


def summary(nlls: list[float]) -> tuple[float, float, float]:
    """Perplexity and its 95% interval: exp(mean NLL -+ 1.96 standard errors over the evaluation blocks)."""
    values = torch.tensor(nlls, dtype=torch.float64)
    half = 1.96 * float(values.std()) / math.sqrt(len(values))
    mean = float(values.mean())
    return math.exp(mean), math.exp(mean - half), math.exp(mean + half)


@torch.no_grad()
def prune(model: torch.nn.Module, method: str, calibration: list[torch.Tensor], **pattern) -> float:
    start = time.perf_counter()
    if method == "magnitude":  # no data needed: prune each layer on its own
        pruner = llm.reference_pruner(method, **pattern)
        for block in model.model.layers:
            for layer in block.modules():
                if isinstance(layer, torch.nn.Linear):
                    pruner(layer, [])
    else:
        llm.prune_blocks(model, model.model.layers, calibration, llm.reference_pruner(method, **pattern))
    return time.perf_counter() - start


@torch.no_grad()
def minilm_wanda_seconds(sequences: int) -> float:
    from utils.models.minilm import load_minilm

    sentence_model = load_minilm()
    bert = sentence_model[0].auto_model.eval()
    tokens = token_blocks(sentence_model.tokenizer, sequences, 128, "calibration")
    start = time.perf_counter()
    llm.prune_blocks(bert, bert.encoder.layer, list(tokens.split(2)), llm.reference_pruner("wanda", 0.5))
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calibration", type=int, default=32, help="calibration sequences of 128 tokens")
    parser.add_argument("--evaluation", type=int, default=16, help="evaluation blocks of 128 tokens")
    parser.add_argument("--patterns", nargs="+", default=["50%", "2:4"], choices=list(PATTERNS))
    parser.add_argument("--methods", nargs="+", default=["magnitude", "wanda", "sparsegpt"])
    parser.add_argument("--minilm", action="store_true", help="also time Wanda on all-MiniLM-L6-v2")
    args = parser.parse_args()
    torch.set_num_threads(1)  # SparseGPT is thousands of small ops; a second thread mostly waits on a busy CPU

    model, tokenizer = load_smollm2()
    dense = copy.deepcopy(model.state_dict())
    calibration = list(token_blocks(tokenizer, args.calibration, 128, "calibration").split(4))
    evaluation = token_blocks(tokenizer, args.evaluation, 128, "evaluation")
    start = time.perf_counter()
    with torch.no_grad():
        for batch in calibration:
            model(batch, use_cache=False)
    forward = time.perf_counter() - start
    rows = [{"method": "dense", "pattern": "-", "seconds": 0.0, "nll": block_nlls(model, evaluation)}]
    for pattern in args.patterns:
        for method in args.methods:
            model.load_state_dict(dense)
            seconds = prune(model, method, calibration, **PATTERNS[pattern])
            rows.append(
                {"method": method, "pattern": pattern, "seconds": seconds, "nll": block_nlls(model, evaluation)}
            )
            print(f"{method} {pattern}: {seconds:.1f} s", flush=True)

    print(
        f"\nSmolLM2-135M, {args.calibration} x 128 calibration tokens, {args.evaluation} x 128 evaluation tokens, "
        f"{torch.get_num_threads()} threads; one calibration forward pass: {forward:.1f} s"
    )
    print("| method | pattern | prune time (s) | x forward | perplexity [95% interval] |")
    print("|---|---|---|---|---|")
    for row in rows:
        ppl, low, high = summary(row["nll"])
        row.update(perplexity=ppl, interval=[low, high], x_forward=row["seconds"] / forward)
        print(
            f"| {row['method']} | {row['pattern']} | {row['seconds']:.1f} | {row['x_forward']:.1f} | "
            f"{ppl:.2f} [{low:.2f}, {high:.2f}] |"
        )
    result = {
        "threads": torch.get_num_threads(),
        "calibration_sequences": args.calibration,
        "evaluation_blocks": args.evaluation,
        "forward_seconds": forward,
        "rows": rows,
    }
    if args.minilm:
        result["minilm_wanda_seconds"] = minilm_wanda_seconds(min(args.calibration, 32))
        print(f"Wanda 50% on all-MiniLM-L6-v2: {result['minilm_wanda_seconds']:.1f} s")
    print(f"wrote {results_io.save('llm_prune', result)}")


if __name__ == "__main__":
    main()
