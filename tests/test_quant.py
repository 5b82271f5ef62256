"""utils.quant against the field's own tools: torch.ao.quantization's observers (scale and zero-point, bit for bit),
torch's fake-quantize kernels (values and straight-through gradients), scikit-learn's k-means, and bitsandbytes'
NF4 (codes, absmax and dequantized values, bit for bit)."""

from __future__ import annotations

import numpy as np
import pytest
import torch
from torch import nn

from utils.quant.fake_quant import fake_quantize
from utils.quant.integer import IntegerModel, fixed_point_multiplier, integer_linear
from utils.quant.kmeans import codebook_storage_bits, kmeans_quantize, shared_weights
from utils.quant.observers import (
    MinMaxObserver,
    MovingAverageMinMaxObserver,
    MSEObserver,
    PercentileObserver,
    observe_min_max,
)
from utils.quant.ops import QuantOps
from utils.quant.qat import QATLayer, calibrate, fold_batchnorm, prepare_qat
from utils.quant.size import layer_bits, model_bits
from utils.quant.uniform import (
    dequantize,
    fake_quantize_weight,
    qrange,
    quantize,
    quantize_per_channel,
    quantize_per_group,
    scale_zero_point,
)

REFERENCE_OPS = QuantOps(scale_zero_point, quantize, fake_quantize, observe_min_max, integer_linear)

# torch.ao.quantization is deprecated for its quantize entry points (torchao replaces them); its observers still
# import in torch 2.15. When they are gone, compare with torchao.quantization.choose_qparams_affine instead.
ao = pytest.importorskip("torch.ao.quantization.observer")

SCHEMES = [
    (torch.qint8, torch.per_tensor_symmetric, True, True),
    (torch.qint8, torch.per_tensor_affine, False, True),
    (torch.quint8, torch.per_tensor_symmetric, True, False),
    (torch.quint8, torch.per_tensor_affine, False, False),
]
CHANNEL_SCHEMES = {
    torch.per_tensor_symmetric: torch.per_channel_symmetric,
    torch.per_tensor_affine: torch.per_channel_affine,
}


def _tensor_cases() -> list[torch.Tensor]:
    torch.manual_seed(0)
    return [
        torch.randn(50) * 3 + 1,
        torch.rand(40) * 5,  # all positive: the range is stretched to include 0
        -torch.rand(40) * 2,  # all negative
        torch.zeros(10),  # min == max == 0: the eps floor
        torch.full((6,), 2.5),  # min == max > 0
        torch.full((6,), -0.75),  # min == max < 0
        torch.tensor([1e-9, -3e-9]),  # a tiny range
    ]


@pytest.mark.parametrize(("dtype", "qscheme", "symmetric", "signed"), SCHEMES)
def test_scale_zero_point_equals_torch_min_max_observer(dtype, qscheme, symmetric, signed):
    for x in _tensor_cases():
        observer = ao.MinMaxObserver(dtype=dtype, qscheme=qscheme)
        observer(x)
        want_scale, want_zero_point = observer.calculate_qparams()
        lo, hi = observe_min_max(x)
        scale, zero_point = scale_zero_point(lo, hi, 8, symmetric, signed)
        assert scale.dtype == torch.float32 and zero_point.dtype == torch.int64
        assert torch.equal(scale.reshape(1), want_scale), (x, scale, want_scale)
        assert torch.equal(zero_point.reshape(1), want_zero_point.to(torch.int64)), (x, zero_point, want_zero_point)


@pytest.mark.parametrize(("dtype", "qscheme", "symmetric", "signed"), SCHEMES)
@pytest.mark.parametrize("ch_axis", [0, 1, -1])
def test_per_channel_qparams_equal_torch_per_channel_observer(dtype, qscheme, symmetric, signed, ch_axis):
    torch.manual_seed(1)
    x = torch.randn(5, 4, 3) * torch.tensor([0.1, 1.0, 10.0])
    x[1] = 0.0  # an all-zero channel (along axis 0)
    x[:, 2] = 1.5  # a constant channel (along axis 1)
    observer = ao.PerChannelMinMaxObserver(ch_axis=ch_axis, dtype=dtype, qscheme=CHANNEL_SCHEMES[qscheme])
    lo = hi = None
    for batch in (x, x * 0.5 - 1):  # the running range over two batches
        observer(batch)
        lo, hi = observe_min_max(batch, lo, hi, ch_axis)
    assert torch.equal(lo, observer.min_val) and torch.equal(hi, observer.max_val)
    want_scale, want_zero_point = observer.calculate_qparams()
    scale, zero_point = scale_zero_point(lo, hi, 8, symmetric, signed)
    assert torch.equal(scale, want_scale)
    assert torch.equal(zero_point, want_zero_point.to(torch.int64))


def _observer_at(bits: int, symmetric: bool, signed: bool, ch_axis: int | None = None):
    """torch.ao's observer for our ``bits``: its default range at 8 bits, an explicit ``quant_min/quant_max`` below."""
    qmin, qmax = qrange(bits, signed)
    options = {"dtype": torch.qint8 if signed else torch.quint8}
    if bits < 8:
        options |= {"quant_min": qmin, "quant_max": qmax}
    if ch_axis is None:
        qscheme = torch.per_tensor_symmetric if symmetric else torch.per_tensor_affine
        return ao.MinMaxObserver(qscheme=qscheme, **options)
    qscheme = torch.per_channel_symmetric if symmetric else torch.per_channel_affine
    return ao.PerChannelMinMaxObserver(ch_axis=ch_axis, qscheme=qscheme, **options)


@pytest.mark.parametrize("bits", [2, 3, 4, 5, 6, 7, 8])
@pytest.mark.parametrize("symmetric", [True, False])
@pytest.mark.parametrize("signed", [True, False])
def test_qparams_at_every_width_equal_torch_ao(bits, symmetric, signed):
    """Unsigned symmetric is the subtle case: 128 for the default quint8 range, (qmin + qmax) // 2 for explicit ones."""
    for x in _tensor_cases():
        observer = _observer_at(bits, symmetric, signed)
        observer(x)
        want_scale, want_zero_point = observer.calculate_qparams()
        scale, zero_point = scale_zero_point(x.min(), x.max(), bits, symmetric, signed)
        assert torch.equal(scale.reshape(1), want_scale), (bits, x)
        assert int(zero_point) == int(want_zero_point), (bits, x, zero_point, want_zero_point)
    torch.manual_seed(3)
    weight = torch.randn(6, 5) * torch.tensor([0.01, 0.1, 1.0, 10.0, 100.0])
    weight[:, 1] = 0.0
    observer = _observer_at(bits, symmetric, signed, ch_axis=1)
    observer(weight)
    want_scale, want_zero_point = observer.calculate_qparams()
    scale, zero_point = scale_zero_point(weight.amin(0), weight.amax(0), bits, symmetric, signed)
    assert torch.equal(scale, want_scale) and torch.equal(zero_point, want_zero_point.to(torch.int64))


def test_unsigned_symmetric_zero_points_are_torch_aos():
    zero_points = [int(scale_zero_point(torch.tensor(-1.0), torch.tensor(1.0), b, True, False)[1]) for b in (2, 4, 8)]
    assert zero_points == [1, 7, 128]


def test_min_max_observer_module_and_moving_average_equal_torch():
    torch.manual_seed(2)
    batches = [torch.randn(8, 3) * (i + 1) for i in range(4)]
    for ch_axis in (None, 1):
        ours = MinMaxObserver(ch_axis)
        ours_avg = MovingAverageMinMaxObserver(ch_axis)
        if ch_axis is None:
            theirs, theirs_avg = ao.MinMaxObserver(), ao.MovingAverageMinMaxObserver()
        else:
            theirs = ao.PerChannelMinMaxObserver(ch_axis=ch_axis, dtype=torch.quint8, qscheme=torch.per_channel_affine)
            theirs_avg = ao.MovingAveragePerChannelMinMaxObserver(
                ch_axis=ch_axis, dtype=torch.quint8, qscheme=torch.per_channel_affine
            )
        for batch in batches:
            for observer in (ours, ours_avg, theirs, theirs_avg):
                observer(batch)
        for mine, torch_observer in ((ours, theirs), (ours_avg, theirs_avg)):
            scale, zero_point = mine.calculate_qparams(8, False, False)
            want_scale, want_zero_point = torch_observer.calculate_qparams()
            assert torch.allclose(scale.reshape(-1), want_scale, rtol=1e-6, atol=0)
            assert torch.equal(zero_point.reshape(-1), want_zero_point.to(torch.int64).reshape(-1))


def test_observe_min_max_edge_cases():
    lo, hi = torch.tensor(-1.0), torch.tensor(2.0)
    same = observe_min_max(torch.empty(0), lo, hi)
    assert same[0] is lo and same[1] is hi
    with pytest.raises(ValueError):
        observe_min_max(torch.empty(0))
    with pytest.raises(ValueError):
        observe_min_max(torch.ones(3), lo, None)
    assert observe_min_max(torch.tensor([3.0, -4.0]), lo, hi) == (torch.tensor(-4.0), torch.tensor(3.0))


def test_percentile_and_mse_observers():
    torch.manual_seed(3)
    x = torch.randn(4000)
    x[0] = 40.0  # one outlier
    percentile = PercentileObserver(percentile=99.0)
    percentile(x)
    lo, hi = percentile.range()
    assert torch.isclose(hi, torch.quantile(x.double(), 0.99).float()) and hi < 5

    def roundtrip(values, a, b):
        scale, zero_point = scale_zero_point(a, b, 4, False, False)
        return fake_quantize(values, scale, zero_point, 4, False)

    mse = MSEObserver(roundtrip)
    mse(x)
    lo, hi = mse.range()
    error = (roundtrip(x, lo, hi) - x).pow(2).mean()
    assert hi < 40 and error < (roundtrip(x, x.min(), x.max()) - x).pow(2).mean()


def test_quantize_rounds_halves_to_even_and_clamps():
    x = torch.tensor([0.5, 1.5, 2.5, -2.5, -0.5, 1000.0, -1000.0])
    assert quantize(x, 1.0, 0, 8, True).tolist() == [0, 2, 2, -2, 0, 127, -128]
    assert quantize(x, 1.0, 3, 4, False).tolist() == [3, 5, 5, 1, 3, 15, 0]
    q = quantize(x, 0.5, 10, 8, False)
    assert q.dtype == torch.int32
    assert torch.equal(dequantize(q, 0.5, 10), (q.double() - 10).float() * 0.5)
    with pytest.raises(TypeError):
        quantize(torch.ones(2, dtype=torch.int64), 1.0, 0)
    with pytest.raises(ValueError):
        quantize(x, 1.0, 0, bits=9)
    with pytest.raises(TypeError):
        dequantize(torch.ones(2), 1.0, 0)


def test_quantize_divides_by_the_scale_where_torch_multiplies_by_its_inverse():
    """The lab's rule is round(x / scale); torch's kernels round x * (1 / scale), one step apart on near-halves."""
    x = torch.tensor([-12.15, -11.15, -10.15])  # in float32, each x / 0.1 lies a rounding error above a half
    assert quantize(x, 0.1, 0).tolist() == [-121, -111, -101]
    theirs = torch.fake_quantize_per_tensor_affine(x, 0.1, 0, -128, 127) / torch.tensor(0.1)
    assert torch.round(theirs).tolist() == [-122, -112, -102]
    assert torch.round(x * (1 / torch.tensor(0.1))).tolist() == [-122, -112, -102]


@pytest.mark.parametrize(("bits", "signed"), [(8, True), (8, False), (4, True), (3, False), (2, True)])
def test_fake_quantize_values_and_gradients_equal_torch(bits, signed):
    qmin, qmax = qrange(bits, signed)
    torch.manual_seed(4)
    x = (torch.randn(500) * 10).requires_grad_()
    scale, zero_point = 2.0**-3, (qmin + qmax + 1) // 2  # a power-of-two scale: x / s == x * (1 / s) exactly
    ours = fake_quantize(x, scale, zero_point, bits, signed)
    (grad,) = torch.autograd.grad(ours.sum(), x)
    theirs = torch.fake_quantize_per_tensor_affine(x, scale, zero_point, qmin, qmax)
    (want,) = torch.autograd.grad(theirs.sum(), x)
    assert torch.equal(ours, theirs) and torch.equal(grad, want)
    assert 0 < float(grad.sum()) < x.numel()  # some values clamped, some not
    (plain,) = torch.autograd.grad(fake_quantize(x, scale, zero_point, bits, signed, clipped=False).sum(), x)
    assert torch.equal(plain, torch.ones_like(x))


def test_fake_quantize_per_channel_equals_torch():
    torch.manual_seed(5)
    w = (torch.randn(4, 6) * torch.tensor([[0.5], [1.0], [2.0], [4.0]])).requires_grad_()
    scale = torch.tensor([2.0**-6, 2.0**-5, 2.0**-4, 2.0**-6])
    zero_point = torch.tensor([0, 1, -2, 0])
    ours = fake_quantize(w, scale[:, None], zero_point[:, None], 8, True)
    theirs = torch.fake_quantize_per_channel_affine(w, scale, zero_point.int(), 0, -128, 127)
    assert torch.equal(ours, theirs)
    g1, g2 = (torch.autograd.grad(v.pow(2).sum(), w)[0] for v in (ours, theirs))
    assert torch.equal(g1, g2)


@pytest.mark.parametrize("axis", [0, 1, -1])
def test_quantize_per_channel_any_axis_matches_per_slice_quantization(axis):
    torch.manual_seed(6)
    w = torch.randn(3, 4, 5)
    q, scale, zero_point = quantize_per_channel(w, 4, axis, symmetric=False)
    assert q.shape == w.shape and scale.shape == (w.shape[axis],)
    for c in range(w.shape[axis]):
        piece = w.select(axis, c)
        s, z = scale_zero_point(piece.min(), piece.max(), 4, False, True)
        assert torch.equal(q.select(axis, c), quantize(piece, s, z, 4, True))
        assert torch.equal(scale[c], s) and torch.equal(zero_point[c], z)


def test_per_group_and_granularity_round_trip_errors():
    torch.manual_seed(7)
    w = torch.randn(8, 128)
    w[0, 0] = 30.0  # an outlier hurts the whole tensor, one channel, or one group
    q, scale, _ = quantize_per_group(w, 4, 32)
    assert q.shape == w.shape and scale.shape == (8, 4)
    errors = {
        g: float((fake_quantize_weight(w, 4, g, group_size=32) - w).pow(2).mean())
        for g in ("tensor", "channel", "group")
    }
    assert errors["group"] < errors["channel"] < errors["tensor"]


def _conv_net() -> nn.Sequential:
    torch.manual_seed(8)
    net = nn.Sequential(
        nn.Conv2d(1, 4, 3, padding=1),
        nn.BatchNorm2d(4),
        nn.ReLU(),
        nn.MaxPool2d(2),
        nn.Conv2d(4, 6, 3, stride=2, padding=1),
        nn.ReLU(),
        nn.Flatten(),
        nn.Linear(24, 5),
    )
    net[1].running_mean.uniform_(-0.5, 0.5)
    net[1].running_var.uniform_(0.5, 2.0)
    return net.eval()


def test_fold_batchnorm_keeps_the_function_and_leaves_the_model_alone():
    net = _conv_net()
    x = torch.randn(3, 1, 8, 8)
    folded = fold_batchnorm(net)
    assert isinstance(folded[1], nn.Identity) and isinstance(net[1], nn.BatchNorm2d)
    assert torch.allclose(folded(x), net(x), atol=1e-5)


def test_prepare_qat_swaps_layers_and_trains_through_the_ste():
    net = fold_batchnorm(_conv_net())
    qat = prepare_qat(net, REFERENCE_OPS, weight_bits=4, act_bits=8)
    assert all(isinstance(qat[i], QATLayer) for i in (0, 4, 7)) and not any(
        isinstance(m, QATLayer) for m in net.modules()
    )
    x = torch.randn(16, 1, 8, 8)
    calibrate(qat, [x])
    loss = qat.train()(x).pow(2).mean()
    loss.backward()
    assert all(p.grad is not None and p.grad.abs().sum() > 0 for p in qat.parameters())
    assert torch.equal(qat[0].quantized_weight().detach(), fake_quantize_weight(net[0].weight.detach(), 4))


def test_fixed_point_multiplier():
    for m in (0.9999, 0.5, 0.3, 1e-3, 3.14159e-6):
        multiplier, shift = fixed_point_multiplier(m)
        assert 2**30 <= multiplier < 2**31 and abs(multiplier / 2**shift - m) <= m * 2**-30
    with pytest.raises(ValueError):
        fixed_point_multiplier(1.5)


def test_integer_linear_rounds_halves_up_and_clamps():
    q_x = torch.tensor([[3, 5], [0, 0]], dtype=torch.int32)
    q_w = torch.tensor([[1, -1], [2, 1]], dtype=torch.int8)
    out = integer_linear(q_x, 2, q_w, torch.tensor([1, 0]), 2**30, 31, 10, 8, False)
    # acc = [[1 - 3 + 1, 2 + 3], [-2 + 2 + 1, -4 - 2]] = [[-1, 5], [1, -6]]; times 1/2 -> -0.5, 2.5, 0.5, -3
    assert out.tolist() == [[10, 13], [11, 7]] and out.dtype == torch.int32


def test_integer_model_matches_the_fake_quant_model_within_one_step():
    net = fold_batchnorm(_conv_net())
    torch.manual_seed(9)
    calibration = torch.randn(64, 1, 8, 8)
    ops = REFERENCE_OPS
    qat = calibrate(prepare_qat(net, ops, 8, 8, quantize_output=True), [calibration])
    integer = IntegerModel(qat, ops)
    x = torch.randn(32, 1, 8, 8)
    with torch.no_grad():
        steps = (integer(x) - qat.eval()(x)).abs() / qat[-1].out.qparams()[0]
    assert float(steps.max()) <= 1.0 + 1e-4
    assert integer.integer_forward(x).dtype == torch.int32


def test_kmeans_matches_scikit_learn_lloyd_from_the_same_linear_init():
    sklearn_cluster = pytest.importorskip("sklearn.cluster")
    torch.manual_seed(10)
    w = torch.randn(300, dtype=torch.float64)
    codebook, indices = kmeans_quantize(w, 3, iterations=0)
    assert torch.equal(codebook, torch.linspace(float(w.min()), float(w.max()), 8, dtype=torch.float64))
    codebook, indices = kmeans_quantize(w, 3, iterations=300)
    init = torch.linspace(float(w.min()), float(w.max()), 8, dtype=torch.float64)[:, None].numpy()
    theirs = sklearn_cluster.KMeans(8, init=init, n_init=1, max_iter=300, tol=0, algorithm="lloyd").fit(
        w[:, None].numpy()
    )
    assert torch.allclose(codebook, torch.from_numpy(theirs.cluster_centers_[:, 0]), atol=1e-10)
    assert torch.equal(indices, torch.from_numpy(theirs.labels_).long())
    assert shared_weights(codebook, indices).shape == w.shape
    assert codebook_storage_bits(300, 3) == 300 * 3 + 8 * 32


def test_size_accounting_with_lab1_encodings():
    layer = nn.Linear(10, 4)
    with torch.no_grad():
        layer.weight[:, :5] = 0
    assert layer_bits(layer.weight, 4, "dense", 4 * 32) == 40 * 4 + 128
    assert layer_bits(layer.weight, 4, "csr") == 20 * (4 + 4) + 5 * 5
    assert model_bits(nn.Sequential(layer), 32) == 40 * 32


def test_nf4_equals_bitsandbytes_bit_for_bit():
    functional = pytest.importorskip("bitsandbytes.functional", reason="bitsandbytes does not import here")
    from utils.quant.nf4 import NF4Linear, bnb_linear4bit, nf4_dequantize, nf4_levels, nf4_quantize

    torch.manual_seed(11)
    for shape, blocksize in (((16, 64), 64), ((7, 9), 64), ((5, 33), 32), ((3,), 64)):
        w = torch.randn(shape)
        w.view(-1)[0] = 0.0
        packed, state = functional.quantize_4bit(w, blocksize=blocksize, quant_type="nf4")
        ours, absmax = nf4_quantize(w, blocksize)
        assert torch.equal(nf4_levels(), state.code)
        assert torch.equal(ours, packed.reshape(-1)) and torch.equal(absmax, state.absmax)
        assert torch.equal(nf4_dequantize(ours, absmax, shape, blocksize), functional.dequantize_4bit(packed, state))
    layer = nn.Linear(64, 8)
    x = torch.randn(4, 64)
    with torch.no_grad():
        assert torch.allclose(NF4Linear(layer)(x), bnb_linear4bit(layer)(x), atol=1e-3)  # bnb sums in another order


def test_bad_arguments_raise_clear_errors():
    from utils.quant.observers import make_observer

    with pytest.raises(ValueError):
        scale_zero_point(torch.tensor(1.0), torch.tensor(0.0))
    with pytest.raises(ValueError):
        scale_zero_point(torch.zeros(2), torch.ones(3))
    with pytest.raises(TypeError):
        scale_zero_point(torch.tensor(0.0), torch.tensor(1.0), True)
    with pytest.raises(ValueError):
        quantize_per_channel(torch.ones(2, 2), 8, 2)
    with pytest.raises(ValueError):
        quantize_per_group(torch.ones(2, 10), 4, 4)
    with pytest.raises(ValueError):
        fake_quantize_weight(torch.ones(2, 2), 4, "row")
    with pytest.raises(ValueError):
        make_observer("histogram")
    with pytest.raises(ValueError):
        kmeans_quantize(torch.empty(0), 2)
    with pytest.raises(TypeError):
        integer_linear(torch.ones(2, 2), 0, torch.ones(2, 2, dtype=torch.int8), None, 2**30, 31, 0)
    weight_only = prepare_qat(nn.Sequential(nn.Linear(4, 2)), REFERENCE_OPS, 8, None, quantize_output=True)
    with pytest.raises(ValueError, match="act_bits"):
        IntegerModel(weight_only, REFERENCE_OPS)


def test_graded_functions_follow_the_argument_convention():
    """Numpy scalars are numbers, bools are not, lists are not tensors, and the first bad argument decides."""
    x = torch.tensor([-1.0, 0.3, 2.0])
    q = torch.tensor([1, 2, 3], dtype=torch.int32)
    q_x, q_w = torch.ones(2, 3, dtype=torch.int32), torch.ones(4, 3, dtype=torch.int8)
    assert torch.equal(quantize(x, np.float32(0.25), np.int64(3), np.int64(4)), quantize(x, 0.25, 3, 4))
    assert torch.equal(dequantize(q, np.float32(0.5), np.int64(1)), dequantize(q, 0.5, 1))
    assert torch.equal(fake_quantize(x, np.float64(0.25), np.int64(1), np.int64(4)), fake_quantize(x, 0.25, 1, 4))
    assert torch.equal(
        quantize_per_channel(x.view(3, 1), np.int64(4), np.int64(-2))[0], quantize_per_channel(x.view(3, 1), 4)[0]
    )
    assert torch.equal(kmeans_quantize(x, np.int64(1), np.int64(2))[0], kmeans_quantize(x, 1, 2)[0])
    bad_types = [
        lambda: quantize(x, 1.0, 0, True),
        lambda: quantize([0.5], 1.0, 0),
        lambda: quantize(x, 1.0, 0, 8, 1),
        lambda: dequantize([1, 2], 0.5, 0),
        lambda: dequantize(q, 0.5, True),
        lambda: scale_zero_point([0.0], torch.tensor(1.0)),
        lambda: scale_zero_point(x[0], x[2], 8, 1),
        lambda: quantize_per_channel(x.view(3, 1), 8, True),
        lambda: observe_min_max(x, ch_axis=True),
        lambda: observe_min_max([1.0]),
        lambda: fake_quantize(x, 0.1, 0, 8, True, 1),
        lambda: kmeans_quantize(x, True),
        lambda: kmeans_quantize(x, 2, 3.0),
        lambda: integer_linear(q_x, True, q_w, None, 2**30, 31, 0),
        lambda: integer_linear(q_x, 0, q_w, torch.ones(4), 2**30, 31, 0),
        # signature order: the first bad argument decides
        lambda: quantize(torch.ones(3, dtype=torch.int64), 1.0, 0, 9),
        lambda: quantize_per_channel(x.view(3, 1), True, 5),
        lambda: integer_linear(q_x.float(), 0, q_w[None], None, 2**30, 31, 0),
        lambda: observe_min_max([1.0], torch.tensor(0.0), None),
    ]
    for call in bad_types:
        with pytest.raises(TypeError):
            call()
    for call in [
        lambda: scale_zero_point(torch.zeros(2), torch.ones(3), True),
        lambda: quantize_per_channel(torch.tensor(1.0), True),
        lambda: kmeans_quantize(torch.empty(0), True),
        lambda: kmeans_quantize(x, 9, 2.0),
        lambda: fake_quantize(x, 0.1, 0, 9),
    ]:
        with pytest.raises(ValueError):
            call()
