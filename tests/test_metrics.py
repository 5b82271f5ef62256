"""Tests for utils.metrics: hand-computed counts, pruning, validation, timing."""

from __future__ import annotations

from collections.abc import Callable
from types import SimpleNamespace

import pytest
import torch
from torch import nn
from torch.nn.utils import prune

from utils.metrics import (
    LatencyResult,
    conv2d_macs,
    conv2d_output_size,
    count_nonzero_weights,
    count_parameters,
    global_sparsity,
    latency,
    layer_sparsity,
    linear_macs,
    measure_latency,
    model_macs,
    prunable_weights,
    storage_bits,
    transformer_layer_macs,
)


@pytest.fixture(autouse=True)
def _seed() -> None:
    # Fixed weights make an accidental exact zero from initialisation impossible.
    torch.manual_seed(0)


def _small_cnn() -> nn.Sequential:
    return nn.Sequential(
        nn.Conv2d(3, 8, 3, padding=1),
        nn.ReLU(),
        nn.Flatten(),
        nn.Linear(8 * 8 * 8, 10),
    )


def _no_forward_hooks(model: nn.Module) -> bool:
    return all(not m._forward_hooks for m in model.modules())


class _TinyTransformerLayer(nn.Module):
    """Transformer layer (FFN width 4E) with every weight matmul an nn.Linear."""

    def __init__(self, embed_dim: int) -> None:
        super().__init__()
        self.qkv = nn.Linear(embed_dim, 3 * embed_dim)
        self.proj = nn.Linear(embed_dim, embed_dim)
        self.ffn = nn.Sequential(
            nn.Linear(embed_dim, 4 * embed_dim),
            nn.GELU(),
            nn.Linear(4 * embed_dim, embed_dim),
        )

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        q, k, v = self.qkv(x).chunk(3, dim=-1)
        attn = torch.softmax(q @ k.transpose(-2, -1) / q.shape[-1] ** 0.5, dim=-1)
        x = x + self.proj(attn @ v)
        return x + self.ffn(x)


# --------------------------------------------------------------------------
# Formulas, hand-computed
# --------------------------------------------------------------------------


def test_conv2d_macs_same_padding_by_hand() -> None:
    out_hw = conv2d_output_size((8, 8), 3, padding=1)
    assert out_hw == (8, 8)
    # M*C*R*S*E*F = 8*3*3*3*8*8
    assert conv2d_macs(8, 3, 3, out_hw) == 13824
    assert conv2d_macs(8, 3, (3, 3), 8, batch=2) == 2 * 13824


def test_conv2d_output_size_matches_torch_for_odd_settings() -> None:
    # H: floor((9 + 2*1 - 2*(3-1) - 1) / 2) + 1 = floor(6/2) + 1 = 4
    # W: floor((11 + 2*2 - 1*(5-1) - 1) / 1) + 1 = 10 + 1 = 11
    conv = nn.Conv2d(4, 6, (3, 5), stride=(2, 1), padding=(1, 2), dilation=(2, 1), groups=2)
    expected = (4, 11)
    assert conv2d_output_size((9, 11), (3, 5), (2, 1), (1, 2), (2, 1)) == expected
    assert tuple(conv(torch.randn(1, 4, 9, 11)).shape[-2:]) == expected
    # Square case with a floor that actually drops a remainder:
    # floor((10 + 0 - 2 - 1) / 3) + 1 = floor(7/3) + 1 = 3
    assert conv2d_output_size(10, 3, stride=3) == (3, 3)
    assert tuple(nn.Conv2d(1, 1, 3, stride=3)(torch.randn(1, 1, 10, 10)).shape[-2:]) == (3, 3)


def test_conv2d_macs_with_densities_rounds_expected_value() -> None:
    # 13824 * 0.5 * 0.25 = 1728 exactly
    assert conv2d_macs(8, 3, 3, 8, weight_density=0.5, activation_density=0.25) == 1728
    # 13824 * 0.1 = 1382.4 -> 1382
    assert conv2d_macs(8, 3, 3, 8, weight_density=0.1) == 1382
    assert conv2d_macs(8, 3, 3, 8, weight_density=0.0) == 0
    assert isinstance(conv2d_macs(8, 3, 3, 8, weight_density=0.3), int)


def test_linear_macs_by_hand() -> None:
    assert linear_macs(512, 10) == 5120
    assert linear_macs(512, 10, batch=4) == 20480
    # 5120 * 0.5 (weights) * 0.5 (activations) = 1280
    assert linear_macs(512, 10, weight_density=0.5, activation_density=0.5) == 1280


def test_transformer_layer_macs_by_hand() -> None:
    # B=2, L=8, E=16
    # weights:   12 * 2 * 8 * 16**2  = 12 * 2 * 8 * 256 = 49152
    # attention:  2 * 2 * 8**2 * 16  =  2 * 2 * 64 * 16 =  4096
    assert transformer_layer_macs(2, 8, 16) == 49152 + 4096
    # weight_density=0.5 halves only the weight term: 24576 + 4096
    assert transformer_layer_macs(2, 8, 16, weight_density=0.5) == 24576 + 4096
    # token_density=0.5 -> L' = 4:
    # 12 * 2 * 4 * 256 * 0.5 = 12288,   2 * 2 * 16 * 16 = 1024
    assert transformer_layer_macs(2, 8, 16, weight_density=0.5, token_density=0.5) == 12288 + 1024


def test_transformer_formula_matches_counted_linear_layers() -> None:
    batch, seq_len, embed_dim = 2, 6, 8
    layer = _TinyTransformerLayer(embed_dim)
    x = torch.randn(batch, seq_len, embed_dim)
    attention_macs = 2 * batch * seq_len**2 * embed_dim  # not an nn.Linear
    counted = model_macs(layer, x)["total"]
    assert counted == transformer_layer_macs(batch, seq_len, embed_dim) - attention_macs

    # Every weight matrix has an even numel, so amount=0.5 prunes exactly half.
    for module in layer.modules():
        if isinstance(module, nn.Linear):
            prune.l1_unstructured(module, "weight", amount=0.5)
    counted = model_macs(layer, x)["total"]
    assert counted == transformer_layer_macs(batch, seq_len, embed_dim, 0.5) - attention_macs


def test_storage_bits_by_hand() -> None:
    t = torch.tensor([[0.0, 1.5, 0.0], [2.0, 0.0, 0.0], [0.0, 0.0, -3.0]])  # numel 9, nnz 3
    assert storage_bits(t) == 9 * 32
    assert storage_bits(t, 8, "dense") == 72
    # bitmap: 9 presence bits + 3 values * 32 bits
    assert storage_bits(t, fmt="bitmap") == 9 + 96
    # coo: ceil(log2(9)) = 4 index bits; 3 * (32 + 4)
    assert storage_bits(t, fmt="coo") == 108
    assert storage_bits(t, value_bits=4, fmt="coo") == 3 * (4 + 4)


@pytest.mark.parametrize(("numel", "index_bits"), [(1, 1), (2, 1), (4, 2), (5, 3), (1024, 10), (1025, 11)])
def test_storage_bits_coo_index_width(numel: int, index_bits: int) -> None:
    t = torch.ones(numel)
    assert storage_bits(t, value_bits=16, fmt="coo") == numel * (16 + index_bits)


def test_storage_bits_all_zero_tensor() -> None:
    t = torch.zeros(4, 4)
    assert storage_bits(t, fmt="bitmap") == 16
    assert storage_bits(t, fmt="coo") == 0


# --------------------------------------------------------------------------
# model_macs
# --------------------------------------------------------------------------


def test_model_macs_dense_equals_formulas() -> None:
    model = _small_cnn()
    macs = model_macs(model, torch.randn(2, 3, 8, 8))
    assert macs["0"] == conv2d_macs(8, 3, 3, (8, 8), batch=2) == 2 * 13824
    assert macs["3"] == linear_macs(512, 10, batch=2)
    assert macs["total"] == macs["0"] + macs["3"]
    assert set(macs) == {"0", "3", "total"}


def test_model_macs_grouped_strided_conv_equals_formula() -> None:
    conv = nn.Conv2d(4, 6, (3, 5), stride=(2, 1), padding=(1, 2), dilation=(2, 1), groups=2)
    out_hw = conv2d_output_size((9, 11), (3, 5), (2, 1), (1, 2), (2, 1))
    # 6 out channels * (4/2) in channels per group * 3*5 kernel * 4*11 positions * 3 examples
    expected = 6 * 2 * 15 * 44 * 3
    assert conv2d_macs(6, 2, (3, 5), out_hw, batch=3) == expected
    assert model_macs(conv, torch.randn(3, 4, 9, 11)) == {"": expected, "total": expected}


def test_model_macs_conv1d_and_token_rows() -> None:
    model = nn.Sequential(nn.Conv1d(2, 4, 3), nn.Flatten(), nn.Linear(32, 5))
    # conv1d: 4 * 2 * 3 weights * (10 - 3 + 1) = 8 positions -> 192
    assert model_macs(model, torch.randn(1, 2, 10))["0"] == 192
    # Linear on (B, L, in): every token is a row, 2 * 5 rows
    linear = nn.Linear(16, 32)
    assert model_macs(linear, torch.randn(2, 5, 16))[""] == linear_macs(16, 32, batch=10)


def test_model_macs_drops_by_pruned_weights_times_positions() -> None:
    model = _small_cnn()
    x = torch.randn(1, 3, 8, 8)
    dense = model_macs(model, x)
    prune.l1_unstructured(model[0], "weight", amount=20)
    prune.l1_unstructured(model[3], "weight", amount=100)
    pruned = model_macs(model, x)
    assert pruned["0"] == dense["0"] - 20 * 8 * 8  # 64 output positions
    assert pruned["3"] == dense["3"] - 100  # one input row
    assert pruned["total"] == dense["total"] - 20 * 64 - 100

    assert hasattr(model[0], "weight_orig") and hasattr(model[0], "weight_mask")
    prune.remove(model[0], "weight")
    prune.remove(model[3], "weight")
    assert model_macs(model, x) == pruned


def test_model_macs_removes_hooks_and_restores_state() -> None:
    model = nn.Sequential(nn.Conv2d(3, 4, 3), nn.BatchNorm2d(4), nn.Flatten(), nn.Linear(144, 2))
    model.train()
    running_mean = model[1].running_mean.clone()
    model_macs(model, torch.randn(2, 3, 8, 8))
    assert _no_forward_hooks(model)
    assert all(m.training for m in model.modules())
    assert torch.equal(model[1].running_mean, running_mean)


def test_model_macs_removes_hooks_when_forward_raises() -> None:
    model = nn.Sequential(nn.Linear(4, 3), nn.Linear(3, 2))
    with pytest.raises(RuntimeError):
        model_macs(model, torch.randn(2, 5))  # wrong feature size
    assert _no_forward_hooks(model)


def test_model_macs_counts_repeated_calls() -> None:
    class Twice(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.fc = nn.Linear(4, 4)

        def forward(self, x: torch.Tensor) -> torch.Tensor:
            return self.fc(self.fc(x))

    assert model_macs(Twice(), torch.randn(1, 4))["fc"] == 2 * 16


# --------------------------------------------------------------------------
# Weights and sparsity
# --------------------------------------------------------------------------


def _two_layer_model() -> nn.Sequential:
    model = nn.Sequential(nn.Linear(10, 10), nn.ReLU(), nn.Linear(4, 5))
    with torch.no_grad():
        model[0].weight.view(-1)[:50] = 0.0  # 50 of 100 zero
    mask = torch.ones(5, 4)
    mask.view(-1)[:5] = 0.0  # 5 of 20 zero, through torch prune
    prune.custom_from_mask(model[2], "weight", mask)
    return model


def test_sparsity_is_numel_weighted() -> None:
    model = _two_layer_model()
    per_layer = layer_sparsity(model)
    assert per_layer == {"0": 0.5, "2": 0.25}
    # (50 + 5) / (100 + 20) = 55/120, while the unweighted mean is 0.375
    assert global_sparsity(model) == 55 / 120
    assert global_sparsity(model) != sum(per_layer.values()) / 2
    assert count_nonzero_weights(model) == 120 - 55


def test_sparsity_same_after_prune_remove() -> None:
    model = _two_layer_model()
    before = (layer_sparsity(model), global_sparsity(model), count_nonzero_weights(model))
    prune.remove(model[2], "weight")
    after = (layer_sparsity(model), global_sparsity(model), count_nonzero_weights(model))
    assert before == after


def test_count_parameters_unchanged_by_pruning() -> None:
    model = nn.Sequential(nn.Linear(10, 10), nn.ReLU(), nn.Linear(4, 5))
    expected = 10 * 10 + 10 + 4 * 5 + 5
    assert count_parameters(model) == expected
    prune.l1_unstructured(model[0], "weight", amount=0.5)
    assert count_parameters(model) == expected
    prune.remove(model[0], "weight")
    assert count_parameters(model) == expected


def test_prunable_weights_names_order_and_effective_values() -> None:
    model = nn.Sequential(nn.Conv2d(1, 2, 3), nn.BatchNorm2d(2), nn.Conv1d(2, 2, 1), nn.Sequential(nn.Linear(3, 3)))
    prune.l1_unstructured(model[0], "weight", amount=3)
    weights = prunable_weights(model)
    assert list(weights) == ["0", "2", "3.0"]
    assert weights["0"].shape == (2, 1, 3, 3)
    assert int(torch.count_nonzero(weights["0"])) == 18 - 3
    assert not weights["0"].requires_grad

    # An optimizer step updates weight_orig but not module.weight until the
    # next forward; the metrics must see the update straight away.
    with torch.no_grad():
        unmasked = model[0].weight_mask.view(-1).nonzero()[0]
        model[0].weight_orig.view(-1)[unmasked] = 0.0
    assert int(torch.count_nonzero(prunable_weights(model)["0"])) == 18 - 4


def test_global_sparsity_without_prunable_layers() -> None:
    with pytest.raises(ValueError, match="no"):
        global_sparsity(nn.Sequential(nn.ReLU()))


# --------------------------------------------------------------------------
# Validation
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: conv2d_output_size((0, 8), 3), r"input_hw\[0\] must be an int >= 1, got 0"),
        (lambda: conv2d_output_size(8, 3, padding=-1), "padding must be an int >= 0"),
        (lambda: conv2d_output_size(8, 3, stride=0), "stride must be an int >= 1"),
        (lambda: conv2d_output_size(8, (3, 3, 3)), "pair of ints"),
        (lambda: conv2d_output_size(4, 7), "does not fit"),
        (lambda: conv2d_macs(-1, 3, 3, 8), "out_channels must be an int >= 1, got -1"),
        (lambda: conv2d_macs(8, 3, 3, 8, batch=0), "batch must be an int >= 1"),
        (
            lambda: conv2d_macs(8, 3, 3, 8, weight_density=1.5),
            r"weight_density must be a number in \[0, 1\], got 1.5",
        ),
        (
            lambda: conv2d_macs(8, 3, 3, 8, activation_density=-0.1),
            "activation_density must be a number in",
        ),
        (lambda: linear_macs(0, 10), "in_features must be an int >= 1"),
        (lambda: linear_macs(10, 10, weight_density=float("nan")), "weight_density"),
        (
            lambda: transformer_layer_macs(1, 8, 16, token_density=2),
            "token_density must be a number in",
        ),
        (lambda: transformer_layer_macs(1, 0, 16), "seq_len must be an int >= 1"),
        (
            lambda: storage_bits(torch.ones(3), fmt="csr"),
            "fmt must be one of 'dense', 'bitmap', 'coo'; got 'csr'",
        ),
        (lambda: storage_bits(torch.ones(3), value_bits=0), "value_bits must be an int >= 1"),
        (lambda: measure_latency(lambda: None, repeats=0), "repeats must be an int >= 1"),
        (lambda: measure_latency(lambda: None, warmup=-1), "warmup must be an int >= 0"),
    ],
)
def test_invalid_arguments_raise_value_error(call: Callable[[], object], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        call()


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: storage_bits([1.0, 0.0]), r"tensor must be torch.Tensor, got list \[1.0, 0.0\]"),
        (lambda: count_parameters("not a model"), "model must be torch.nn.Module, got str 'not a model'"),
        (lambda: model_macs("not a model", torch.ones(1)), "model must be torch.nn.Module"),
        (lambda: layer_sparsity(None), "model must be torch.nn.Module, got NoneType None"),
        (lambda: measure_latency(42), "fn must be collections.abc.Callable, got int 42"),
        (lambda: conv2d_output_size(8, 2.5), "kernel_size must be an int, got float 2.5"),
        (lambda: conv2d_output_size((8, 8.0), 3), r"input_hw\[1\] must be an int, got float 8.0"),
        (lambda: conv2d_macs(True, 3, 3, 8), "out_channels must be an int, got bool True"),
        (lambda: linear_macs(10, 10, weight_density=True), "weight_density must be a real number, got bool"),
        (lambda: linear_macs(10, 10, activation_density="1"), "activation_density must be a real number, got str"),
        (lambda: storage_bits(torch.ones(3), value_bits=8.0), "value_bits must be an int, got float 8.0"),
        (lambda: measure_latency(lambda: None, repeats=2.0), "repeats must be an int"),
    ],
)
def test_wrong_types_raise_type_error(call: Callable[[], object], message: str) -> None:
    with pytest.raises(TypeError, match=message):
        call()


def test_densities_zero_and_one_may_be_ints() -> None:
    assert conv2d_macs(8, 3, 3, 8, weight_density=1, activation_density=1) == 13824
    assert linear_macs(512, 10, weight_density=0) == 0


# --------------------------------------------------------------------------
# Latency
# --------------------------------------------------------------------------


def test_measure_latency_on_trivial_function() -> None:
    calls = []
    result = measure_latency(lambda: calls.append(sum(range(100))), warmup=2, repeats=15)
    assert isinstance(result, LatencyResult)
    assert len(calls) == 2 + 15
    assert result.repeats == 15
    assert 0.0 <= result.p10_ms <= result.median_ms <= result.p90_ms
    with pytest.raises(AttributeError):
        result.median_ms = 0.0  # frozen


def test_measure_latency_percentiles_with_fake_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    # Timed call i (0-based) takes i + 1 ms, so the times are 1..11 ms.
    ticks = iter([t for i in range(11) for t in (100.0 * i, 100.0 * i + (i + 1) / 1e3)])
    monkeypatch.setattr(latency, "time", SimpleNamespace(perf_counter=lambda: next(ticks)))
    result = measure_latency(lambda: None, warmup=0, repeats=11)
    # Linear interpolation over 11 sorted values: p10 at index 1, p90 at index 9.
    assert result.median_ms == pytest.approx(6.0)
    assert result.p10_ms == pytest.approx(2.0)
    assert result.p90_ms == pytest.approx(10.0)


def test_measure_latency_synchronizes_cuda_inside_timing(monkeypatch: pytest.MonkeyPatch) -> None:
    events = []
    clock = iter(range(100))

    def fake_clock() -> float:
        events.append("clock")
        return float(next(clock))

    monkeypatch.setattr(torch.cuda, "is_available", lambda: True)
    monkeypatch.setattr(torch.cuda, "synchronize", lambda: events.append("sync"))
    monkeypatch.setattr(latency, "time", SimpleNamespace(perf_counter=fake_clock))
    measure_latency(lambda: events.append("fn"), warmup=1, repeats=2)
    timed_call = ["sync", "clock", "fn", "sync", "clock"]
    assert events == ["fn"] + timed_call * 2
