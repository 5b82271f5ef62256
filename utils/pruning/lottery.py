"""Lottery tickets: iterative magnitude pruning with rewinding, the controls that test it, and early-bird tickets.

The lottery ticket hypothesis (Frankle and Carbin, 2019) says that a dense network trained from its initialisation
``theta_0`` contains a sparse subnetwork, the *winning ticket*, that trains in isolation from the *same* ``theta_0``
to the dense network's accuracy at least as fast. Finding one:

IMP              iterative magnitude pruning: train, prune a fraction ``p`` of the weights still remaining in each
                 layer (the output layer at ``p / 2``), rewind the survivors, train again. After ``r`` rounds a layer
                 keeps about ``(1 - p)^r`` of its weights (:func:`remaining_fraction`).
rewinding        to ``theta_0`` (Frankle and Carbin) or to ``theta_k``, the weights after ``k`` training steps, which
                 deeper networks need (Frankle, Dziugaite, Roy and Carbin, 2020, "Linear mode connectivity and the
                 lottery ticket hypothesis").

The controls decide the hypothesis: the same mask with a fresh initialisation (:func:`random_reinit`); a random mask
of the same per-layer sparsity with the original initialisation (:func:`random_mask_control`); and a dense network of
the same number of weights (:func:`dense_widths`). Liu, Sun, Zhou, Huang and Darrell (2019, "Rethinking the value of
network pruning") found that training the pruned architecture from scratch matches the ticket at a large learning
rate; the random re-init control is that experiment for unstructured masks.

Early-bird tickets (You et al., 2020, "Drawing early-bird tickets") are channel masks drawn from the BatchNorm scales
during training: :func:`early_bird_mask` thresholds all ``|gamma|`` globally as the official code does, and
:func:`early_bird_epoch` stops when the masks of the last 5 epochs are within Hamming distance 0.1 of the newest.

:func:`imp_masks`, :func:`rewind`, :func:`remaining_fraction`, :func:`random_reinit`, :func:`mask_distance`,
:func:`early_bird_mask` and :func:`early_bird_epoch` are Lab 8's graded functions; in the student edition they raise
``NotImplementedError``. The rest of the module (training with a fixed mask, the random-mask control, mask overlap,
widths) works there too.
"""

from __future__ import annotations

import copy
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal, get_args

import torch
import torch.nn.functional as F
from torch import nn

from utils.models import prunable_modules
from utils.pruning.magnitude import global_magnitude_masks, magnitude_mask
from utils.pruning.masks import mask_or_ones, random_mask
from utils.reference import graded_reference
from utils.validation import validate_choice, validate_fraction, validate_int, validate_shape, validate_type

Scope = Literal["local", "global"]
Data = tuple[torch.Tensor, torch.Tensor]


@graded_reference("lab08", "imp_masks")
def imp_masks(
    weights: Mapping[str, torch.Tensor],
    masks: Mapping[str, torch.Tensor] | None,
    rate: float,
    output_rate: float | None = None,
    scope: str = "local",
) -> dict[str, torch.Tensor]:
    """One round of iterative magnitude pruning: the masks after pruning a fraction of the remaining weights.

    Each layer prunes ``round(p * remaining)`` of its still unpruned weights (Python's ``round``, ties to even),
    those of smallest ``|w|``; among equal ``|w|`` the lower index in ``w.flatten()`` goes first. ``p`` is
    ``rate`` for every layer except the **last** one of ``weights``, the output layer, which uses ``output_rate``
    (Frankle and Carbin prune it at half the rate of the others). Pruned entries stay pruned.

    With ``scope="global"``, all layers except the output layer are ranked together: ``round(rate * remaining)``
    of their remaining weights together, ties going to earlier layers, then lower flat index. The output layer is
    still pruned on its own at ``output_rate``.

    Args:
        weights: ``{layer name: trained weight}`` in the model's layer order, the output layer last; not modified.
        masks: current masks by name, each shaped like its weight, 1 where kept and 0 where pruned (any dtype); None
            means nothing is pruned yet. Not modified.
        rate: fraction in ``[0, 1]`` of each layer's remaining weights to prune (an int 0 or 1 means 0.0 or 1.0).
        output_rate: the output layer's fraction in ``[0, 1]``; None means ``rate / 2``.
        scope: ``"local"`` (each layer on its own) or ``"global"`` (one ranking for all but the output layer).

    Returns:
        ``{layer name: new mask}`` in the order of ``weights``, each mask of its weight's shape and dtype, 1.0 where
        kept and 0.0 where pruned.

    Raises:
        TypeError: if ``weights`` or ``masks`` is not a mapping of tensors (a list is not a tensor), or a rate is
            not a real number (a bool is not; numpy scalars are).
        ValueError: if ``weights`` is empty, a mask's shape differs from its weight's, a rate is outside ``[0, 1]``,
            or ``scope`` is unknown. Arguments are validated in signature order (see Conventions).
    """
    validate_type("weights", weights, Mapping)
    for name, w in weights.items():
        validate_type(f"weights[{name!r}]", w, torch.Tensor)
    if not weights:
        raise ValueError("weights must name at least one layer")
    if masks is not None:
        validate_type("masks", masks, Mapping)
    masks = masks or {}
    current = {name: mask_or_ones(w, masks.get(name), f"masks[{name!r}]") for name, w in weights.items()}
    rate = validate_fraction("rate", rate)
    output_rate = rate / 2 if output_rate is None else validate_fraction("output_rate", output_rate)
    validate_choice("scope", scope, get_args(Scope))
    names = list(weights)
    hidden, output = names[:-1], names[-1]
    result = {output: magnitude_mask(weights[output], output_rate, current[output])}
    if scope == "global" and hidden:
        result.update(global_magnitude_masks({n: weights[n] for n in hidden}, rate, {n: current[n] for n in hidden}))
    else:
        result.update({n: magnitude_mask(weights[n], rate, current[n]) for n in hidden})
    return {name: result[name].to(weights[name].dtype) for name in names}


@graded_reference("lab08", "rewind")
def rewind(state: Mapping[str, torch.Tensor], masks: Mapping[str, torch.Tensor]) -> dict[str, torch.Tensor]:
    """Rewind a model's state to saved weights (``theta_0`` or ``theta_k``) under masks: the ticket to retrain.

    Args:
        state: a saved ``model.state_dict()`` (parameters and buffers, e.g. BatchNorm's running statistics) of the
            unpruned model at initialisation or after ``k`` steps; not modified.
        masks: ``{layer name: mask}``, 1 where kept and 0 where pruned (any dtype, bool included); the mask of layer
            ``name`` applies to ``state[name + ".weight"]`` (``"weight"`` for the layer named ``""``). Not modified.

    Returns:
        A new dict with ``state``'s keys in its order: every tensor a copy (changing it never changes ``state``) of
        the same dtype, shape and device, with each masked weight exactly 0.0 where its mask is 0 and equal to the
        saved value where it is not.

    Raises:
        TypeError: if ``state`` or ``masks`` is not a mapping of tensors (a list is not a tensor).
        KeyError: if a mask's layer has no weight in ``state``.
        ValueError: if a mask's shape differs from its weight's. Arguments are validated in signature order (see
            Conventions), the masks one after another in their order.
    """
    validate_type("state", state, Mapping)
    for key, value in state.items():
        validate_type(f"state[{key!r}]", value, torch.Tensor)
    validate_type("masks", masks, Mapping)
    keys = {}
    for name, mask in masks.items():
        validate_type(f"masks[{name!r}]", mask, torch.Tensor)
        key = f"{name}.weight" if name else "weight"
        if key not in state:
            raise KeyError(f"state has no {key!r}; its keys are {list(state)}")
        validate_shape(f"masks[{name!r}]", mask, state[key].shape)
        keys[key] = name
    rewound = {}
    for key, value in state.items():
        value = value.detach().clone()
        if key in keys:
            mask = masks[keys[key]]
            value = torch.where(mask.to(value.device) != 0, value, torch.zeros_like(value))
        rewound[key] = value
    return rewound


@graded_reference("lab08", "remaining_fraction")
def remaining_fraction(sizes: Sequence[int], rate: float, rounds: int, output_rate: float | None = None) -> float:
    """The fraction of a network's weights that ``rounds`` rounds of IMP leave, in closed form.

    A layer pruned at rate ``p`` per round keeps ``(1 - p)^r`` of its weights after ``r`` rounds (ignoring the
    rounding to whole weights). The network keeps the weighted mean over its layers,
    ``sum_l n_l (1 - p_l)^r / sum_l n_l``, with ``p_l = rate`` for every layer except the last (the output layer),
    which uses ``output_rate``.

    Args:
        sizes: number of weights ``n_l`` of each layer, the output layer last; at least one, each ``>= 1``.
        rate: per-round fraction in ``[0, 1]`` for all but the output layer.
        rounds: number of pruning rounds, an int ``>= 0``.
        output_rate: the output layer's per-round fraction; None means ``rate / 2``.

    Returns:
        The remaining fraction, a Python float in ``[0, 1]`` (1.0 after 0 rounds).

    Raises:
        TypeError: if ``sizes`` is not a sequence of ints, ``rounds`` is not an int, or a rate is not a real number
            (a bool is neither; numpy scalars are numbers).
        ValueError: if ``sizes`` is empty or holds a size below 1, or another argument is out of range. Arguments
            are validated in signature order (see Conventions).
    """
    if isinstance(sizes, (str, bytes)) or not isinstance(sizes, Sequence):
        raise TypeError(f"sizes must be a sequence of ints, got {type(sizes).__name__}")
    if len(sizes) == 0:
        raise ValueError("sizes must hold at least one layer")
    sizes = [validate_int(f"sizes[{i}]", n, minimum=1) for i, n in enumerate(sizes)]
    rate = validate_fraction("rate", rate)
    rounds = validate_int("rounds", rounds, minimum=0)
    output_rate = rate / 2 if output_rate is None else validate_fraction("output_rate", output_rate)
    rates = [rate] * (len(sizes) - 1) + [output_rate]
    kept = sum(n * (1 - p) ** rounds for n, p in zip(sizes, rates, strict=True))
    return float(kept / sum(sizes))


@graded_reference("lab08", "random_reinit")
def random_reinit(model: nn.Module, masks: Mapping[str, torch.Tensor], seed: int) -> nn.Module:
    """The random re-initialisation control: the ticket's mask on a fresh random initialisation.

    A deep copy of ``model`` whose every submodule that has a ``reset_parameters()`` method (Linear, Conv, BatchNorm:
    BatchNorm also resets its running statistics) calls it, in ``model.modules()`` order, with torch's global random
    generator seeded by ``torch.manual_seed(seed)`` first; then each masked layer's weight is set to exactly 0.0 where
    its mask is 0. The caller's random state is restored afterwards (``torch.random.fork_rng(devices=[])`` does
    this), so the control changes the initial values and nothing else.

    Args:
        model: a model without attached masks (plain ``weight`` parameters); not modified.
        masks: ``{layer name: mask}`` for layers of :func:`~utils.models.prunable_modules`, 1 kept and 0 pruned (any
            dtype).
        seed: the seed of the new initialisation, an int.

    Returns:
        The new model: the same class, layers, dtypes and training flags as ``model``, with freshly initialised
        parameters and buffers.

    Raises:
        TypeError: if ``model`` is not an ``nn.Module``, ``masks`` is not a mapping of tensors (a list is not a
            tensor), or ``seed`` is not an int (a bool is not).
        KeyError: if a mask names no prunable layer of ``model``.
        ValueError: if a mask's shape differs from its layer's weight. Arguments are validated in signature order
            (see Conventions), the masks one after another in their order.
    """
    validate_type("model", model, nn.Module)
    validate_type("masks", masks, Mapping)
    fresh = copy.deepcopy(model)
    layers = prunable_modules(fresh)
    for name, mask in masks.items():
        validate_type(f"masks[{name!r}]", mask, torch.Tensor)
        if name not in layers:
            raise KeyError(f"no prunable layer named {name!r}; the model has {list(layers)}")
        validate_shape(f"masks[{name!r}]", mask, layers[name].weight.shape)
    seed = validate_int("seed", seed)
    with torch.random.fork_rng(devices=[]):
        torch.manual_seed(seed)
        for module in fresh.modules():
            if hasattr(module, "reset_parameters"):
                module.reset_parameters()
    with torch.no_grad():
        for name, mask in masks.items():
            weight = layers[name].weight
            weight.masked_fill_(mask.to(weight.device) == 0, 0.0)
    return fresh


@graded_reference("lab08", "mask_distance")
def mask_distance(a: torch.Tensor, b: torch.Tensor) -> float:
    """The normalised Hamming distance between two masks: the fraction of entries kept in one and pruned in the other.

    An entry is kept where the mask is nonzero, so a bool mask and a float mask of the same pattern are at distance 0.

    Args:
        a, b: masks of the same shape, any dtype; not modified.

    Returns:
        ``(number of entries where (a != 0) != (b != 0)) / a.numel()``, a Python float in ``[0, 1]`` computed as an
        int divided by an int, so exactly ``0.2`` for 2 of 10 entries (a float32 mean gives 0.2000000030, which is
        above a threshold of 0.2).

    Raises:
        TypeError: if ``a`` or ``b`` is not a tensor (a list is not).
        ValueError: if their shapes differ or they have no entry. Arguments are validated in signature order (see
            Conventions).
    """
    validate_type("a", a, torch.Tensor)
    validate_type("b", b, torch.Tensor)
    validate_shape("b", b, a.shape)
    if a.numel() == 0:
        raise ValueError("masks with no entry have no distance")
    return int(((a != 0) != (b.to(a.device) != 0)).sum()) / a.numel()


def batchnorm_layers(model: nn.Module) -> dict[str, nn.modules.batchnorm._BatchNorm]:
    """Every BatchNorm layer (1d, 2d, 3d) of ``model`` by name, in ``named_modules()`` order."""
    return {name: m for name, m in model.named_modules() if isinstance(m, nn.modules.batchnorm._BatchNorm)}


@graded_reference("lab08", "early_bird_mask")
def early_bird_mask(model: nn.Module, ratio: float) -> torch.Tensor:
    """The early-bird channel mask: one global threshold on the ``|gamma|`` of every BatchNorm layer.

    As in the official code of You et al. (2020): concatenate ``|weight|`` (the scale gamma) of every BatchNorm layer
    in ``model.modules()`` order, sort the values in ascending order, take the threshold at index
    ``int(total * ratio)`` of the sorted values (``int`` truncates), and keep the channels whose ``|gamma|`` is
    strictly greater than it. So the channel at the threshold and every channel tied with it are pruned as well.

    Args:
        model: a model with at least one BatchNorm layer whose scale is learnable; not modified.
        ratio: the pruning ratio, in ``[0, 1)``.

    Returns:
        A 1-D float32 tensor of length ``total`` (all BatchNorm channels, layer after layer), 1.0 where kept and 0.0
        where pruned.

    Raises:
        TypeError: if ``model`` is not an ``nn.Module`` or ``ratio`` is not a real number (a bool is not).
        ValueError: if the model has no BatchNorm scale or ``ratio`` is outside ``[0, 1)``. Arguments are validated
            in signature order (see Conventions): a model without a BatchNorm scale is reported before a bad ratio.
    """
    validate_type("model", model, nn.Module)
    gammas = [m.weight.detach().abs().flatten() for m in batchnorm_layers(model).values() if m.weight is not None]
    if not gammas:
        raise ValueError("the model has no BatchNorm layer with a learnable scale")
    ratio = validate_fraction("ratio", ratio)
    if ratio == 1:
        raise ValueError("ratio must be below 1: the threshold index int(total * ratio) must exist")
    values = torch.cat(gammas)
    threshold = torch.sort(values).values[int(values.numel() * ratio)]
    return (values > threshold).float()


@graded_reference("lab08", "early_bird_epoch")
def early_bird_epoch(history: Sequence[torch.Tensor], window: int = 5, threshold: float = 0.1) -> int | None:
    """The epoch at which an early-bird ticket is drawn from a history of channel masks, or None.

    After each epoch ``e`` the mask ``history[e]`` joins a first-in, first-out queue of the last ``window`` masks.
    Once the queue is full (from epoch ``window - 1`` on), the :func:`mask_distance` from the newest mask to each of
    the ``window - 1`` older masks in the queue is computed; the ticket is drawn at the first epoch where every one of
    these distances is ``<= threshold``. Before the queue is full no ticket is drawn.

    Args:
        history: one mask per epoch (epoch 0 first), all of the same shape; not modified.
        window: the queue's length, an int ``>= 2`` (5 in the paper).
        threshold: the largest distance that counts as "the mask has settled", in ``[0, 1]`` (0.1 in the paper).

    Returns:
        The 0-based epoch index of the first epoch that draws the ticket, or None if none does (also when
        ``history`` holds fewer than ``window`` masks).

    Raises:
        TypeError: if ``history`` is not a sequence of tensors (a list is not a tensor), ``window`` is not an int
            or ``threshold`` not a real number (a bool is neither).
        ValueError: if two masks differ in shape, ``window < 2``, or ``threshold`` is outside ``[0, 1]``. Arguments
            are validated in signature order (see Conventions).
    """
    if isinstance(history, torch.Tensor) or not isinstance(history, Sequence):
        raise TypeError(f"history must be a sequence of tensors, got {type(history).__name__}")
    for epoch, mask in enumerate(history):
        validate_type(f"history[{epoch}]", mask, torch.Tensor)
        validate_shape(f"history[{epoch}]", mask, history[0].shape)
    window = validate_int("window", window, minimum=2)
    threshold = validate_fraction("threshold", threshold)
    for epoch in range(window - 1, len(history)):
        newest = history[epoch]
        older = history[epoch - window + 1 : epoch]
        if all(mask_distance(newest, mask) <= threshold for mask in older):
            return epoch
    return None


# --- Everything below works in the student edition too: it calls none of the graded functions above. -----------


def random_mask_control(
    masks: Mapping[str, torch.Tensor], generator: torch.Generator | None = None
) -> dict[str, torch.Tensor]:
    """The random-mask control: for each layer, a uniformly random mask with exactly as many zeros as its mask.

    Layer after layer (in the mapping's order), ``torch.randperm(numel, generator=generator)`` picks the pruned
    entries, as :func:`~utils.pruning.masks.random_mask` does, so a seeded generator gives the same masks every time.

    Args:
        masks: ``{layer name: mask}``, 1 where kept and 0 where pruned; not modified.
        generator: a seeded CPU ``torch.Generator``.

    Returns:
        ``{layer name: random mask}`` in the same order, each of its mask's shape, dtype and per-layer sparsity.
    """
    return {
        name: random_mask(torch.ones_like(mask), int((mask == 0).sum()), generator=generator)
        for name, mask in masks.items()
    }


def mask_overlap(a: Mapping[str, torch.Tensor], b: Mapping[str, torch.Tensor]) -> float:
    """The Jaccard overlap of the weights two sets of masks keep: ``|kept in both| / |kept in either|``.

    Args:
        a, b: ``{layer name: mask}`` with the same names and shapes; nonzero means kept.

    Returns:
        A float in ``[0, 1]``: 1.0 for identical kept sets (also when both keep nothing), 0.0 for disjoint ones.

    Raises:
        ValueError: if the names or shapes differ.
    """
    if list(a) != list(b):
        raise ValueError(f"the masks name different layers: {list(a)} and {list(b)}")
    both = either = 0
    for name, mask in a.items():
        validate_shape(f"b[{name!r}]", b[name], mask.shape)
        keep_a, keep_b = mask != 0, b[name] != 0
        both += int((keep_a & keep_b).sum())
        either += int((keep_a | keep_b).sum())
    return 1.0 if either == 0 else both / either


def mlp_weight_count(in_features: int, hidden: Sequence[int], num_classes: int) -> int:
    """Number of weights (biases excluded) of a fully connected network ``in_features -> *hidden -> num_classes``."""
    sizes = [in_features, *hidden, num_classes]
    return sum(a * b for a, b in zip(sizes[:-1], sizes[1:], strict=True))


def dense_widths(in_features: int, hidden: Sequence[int], num_classes: int, weights: int) -> tuple[int, ...]:
    """Hidden widths of a *dense* MLP with about ``weights`` weights and the same width ratios as ``hidden``.

    The control "a dense network as small as the ticket": every hidden width is scaled by one factor ``s``, the real
    root of ``mlp_weight_count(in_features, s * hidden, num_classes) = weights`` (found by bisection), then rounded
    (at least 1 unit per layer).

    Args:
        in_features, num_classes: the input and output sizes.
        hidden: the full network's hidden widths, e.g. ``(300, 100)`` for LeNet-300-100.
        weights: the weight budget, e.g. the number a ticket keeps; ``>= 1``.

    Returns:
        The scaled hidden widths.
    """
    validate_int("weights", weights, minimum=1)

    def count(scale: float) -> float:
        sizes = [in_features, *(scale * h for h in hidden), num_classes]
        return sum(a * b for a, b in zip(sizes[:-1], sizes[1:], strict=True))

    low, high = 0.0, 1.0
    while count(high) < weights:
        high *= 2
    for _ in range(100):
        middle = (low + high) / 2
        low, high = (middle, high) if count(middle) < weights else (low, middle)
    return tuple(max(1, round(high * h)) for h in hidden)


@dataclass
class TrainLog:
    """What :func:`train_masked` measured.

    Attributes:
        steps: the training steps at which the model was evaluated (after that many optimizer steps).
        val_loss, test_accuracy: the validation loss and test accuracy at each of those steps.
        early_stop_step: the evaluated step with the lowest validation loss (the first one on a tie), Frankle and
            Carbin's "early-stopping iteration".
        early_stop_accuracy: the test accuracy at that step.
        final_accuracy: the test accuracy after the last step.
        seconds: wall time of the training, evaluations included.
        rewind_state: a copy of ``model.state_dict()`` after ``rewind_step`` steps (``theta_k``), when asked for.
    """

    steps: list[int] = field(default_factory=list)
    val_loss: list[float] = field(default_factory=list)
    test_accuracy: list[float] = field(default_factory=list)
    early_stop_step: int = 0
    early_stop_accuracy: float = 0.0
    final_accuracy: float = 0.0
    seconds: float = 0.0
    rewind_state: dict[str, torch.Tensor] | None = None


def train_masked(
    model: nn.Module,
    masks: Mapping[str, torch.Tensor] | None,
    train_data: Data,
    val_data: Data,
    test_data: Data,
    steps: int,
    lr: float = 1.2e-3,
    batch_size: int = 64,
    seed: int = 0,
    eval_every: int = 10,
    rewind_step: int | None = None,
) -> TrainLog:
    """Train with Adam on minibatches, the masked weights held at exactly 0, and log validation loss and test accuracy.

    The mask is fixed: pruned weights are zeroed before training and again after every optimizer step, so they never
    contribute to a forward pass (the same effect as :func:`~utils.pruning.masks.apply_masks`, without its hooks).

    Args:
        model: trained in place; layers named in ``masks`` must be in :func:`~utils.models.prunable_modules`.
        masks: ``{layer name: mask}`` or None for a dense model.
        train_data, val_data, test_data: ``(inputs, int64 labels)`` tensors.
        steps: optimizer steps; minibatches walk through a fresh permutation of the training set each epoch.
        lr: Adam's learning rate (Frankle and Carbin's 1.2e-3 for LeNet).
        batch_size: examples per step.
        seed: seeds the order of the minibatches.
        eval_every: evaluate after every this many steps (and after the last one).
        rewind_step: save the state after this many steps (0: before training) in ``TrainLog.rewind_state``.

    Returns:
        The :class:`TrainLog`.
    """
    steps = validate_int("steps", steps, minimum=1)
    return train_loop(
        model, dict(masks or {}), train_data, val_data, test_data, steps, lr, batch_size, seed, eval_every, rewind_step
    )


def train_loop(
    model: nn.Module,
    masks: dict[str, torch.Tensor],
    train_data: Data,
    val_data: Data,
    test_data: Data,
    steps: int,
    lr: float,
    batch_size: int,
    seed: int,
    eval_every: int,
    rewind_step: int | None = None,
    after_backward: Callable[[int, torch.optim.Optimizer], None] | None = None,
) -> TrainLog:
    """The loop behind :func:`train_masked`, shared with dynamic sparse training (arguments already checked).

    ``masks`` is read again at every step, so ``after_backward(step, optimizer)``, called when the step's gradients
    are in ``.grad`` and before the optimizer uses them, may replace its entries to move the mask (SET, RigL).
    """
    layers = prunable_modules(model)
    start = time.perf_counter()
    log = TrainLog()
    optimizer = torch.optim.Adam(model.parameters(), lr=lr)
    generator = torch.Generator().manual_seed(seed)
    x, y = train_data

    def enforce() -> None:
        with torch.no_grad():
            for name, mask in masks.items():
                layers[name].weight.mul_(mask)

    def save_if(step: int) -> None:
        if rewind_step is not None and step == rewind_step:
            log.rewind_state = copy.deepcopy(model.state_dict())

    enforce()
    save_if(0)
    order = torch.empty(0, dtype=torch.int64)
    for step in range(1, steps + 1):
        if order.numel() < batch_size:
            order = torch.cat([order, torch.randperm(len(x), generator=generator)])
        batch, order = order[:batch_size], order[batch_size:]
        model.train()
        optimizer.zero_grad()
        F.cross_entropy(model(x[batch]), y[batch]).backward()
        if after_backward is not None:
            after_backward(step, optimizer)
        optimizer.step()
        enforce()
        save_if(step)
        if step % eval_every == 0 or step == steps:
            _log_evaluation(model, log, step, val_data, test_data)
    best = min(range(len(log.steps)), key=lambda i: log.val_loss[i])
    log.early_stop_step, log.early_stop_accuracy = log.steps[best], log.test_accuracy[best]
    log.final_accuracy = log.test_accuracy[-1]
    log.seconds = time.perf_counter() - start
    return log


@torch.no_grad()
def _log_evaluation(model: nn.Module, log: TrainLog, step: int, val_data: Data, test_data: Data) -> None:
    model.eval()
    log.steps.append(step)
    log.val_loss.append(float(F.cross_entropy(model(val_data[0]), val_data[1])))
    log.test_accuracy.append(float((model(test_data[0]).argmax(dim=1) == test_data[1]).float().mean()))


def channel_widths(model: nn.Module, mask: torch.Tensor) -> tuple[int, ...]:
    """How many channels of each BatchNorm layer a concatenated channel mask keeps (at least 1 per layer).

    Args:
        model: the model the mask was drawn from.
        mask: 1-D, one entry per BatchNorm channel, layer after layer in ``model.modules()`` order; nonzero = kept.

    Returns:
        The kept count of each BatchNorm layer, e.g. the ``widths`` of a smaller :class:`~utils.models.DigitsConvNet`.
    """
    sizes = [m.num_features for m in batchnorm_layers(model).values()]
    validate_shape("mask", mask, (sum(sizes),))
    return tuple(max(1, int((part != 0).sum())) for part in torch.split(mask, sizes))


def remaining_counts(masks: Mapping[str, torch.Tensor]) -> dict[str, int]:
    """The number of kept (nonzero) entries of each mask."""
    return {name: int((mask != 0).sum()) for name, mask in masks.items()}


def fraction_kept(masks: Mapping[str, torch.Tensor]) -> float:
    """The fraction of all entries of ``masks`` that are kept (nonzero)."""
    total = sum(mask.numel() for mask in masks.values())
    return sum(remaining_counts(masks).values()) / total if total else 1.0


__all__ = [
    "TrainLog",
    "batchnorm_layers",
    "channel_widths",
    "dense_widths",
    "early_bird_epoch",
    "early_bird_mask",
    "fraction_kept",
    "imp_masks",
    "mask_distance",
    "mask_overlap",
    "mlp_weight_count",
    "random_mask_control",
    "random_reinit",
    "remaining_counts",
    "remaining_fraction",
    "rewind",
    "train_masked",
]
