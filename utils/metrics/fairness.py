"""Fairness audits of compressed models: per-group metrics, parity gaps, disparate harm and forgotten examples.

group metrics     :func:`group_metric` evaluates any metric on each group of a sensitive attribute (fairlearn's
                  ``MetricFrame.by_group``); :func:`metric_difference` and :func:`metric_ratio` reduce the
                  per-group values to one gap, ``between_groups`` or ``to_overall``, as ``MetricFrame.difference``
                  and ``MetricFrame.ratio`` do.
parity            :func:`demographic_parity_difference` (selection rates of ``y_pred == 1``) and
                  :func:`equalized_odds_difference` (true and false positive rates, ``agg="worst_case"`` or
                  ``"mean"``), equal to fairlearn's functions of the same names.
compression harm  :func:`compression_disparity`: each group's accuracy drop from a dense to a compressed model.
PIEs              Pruning Identified Exemplars (Hooker, Courville, Clark, Dauphin and Frome, 2019, "What do
                  compressed deep neural networks forget?"): :func:`modal_labels` is the most frequent label over a
                  population of models, ties to the largest label as the official code's ``.mode().max()``;
                  :func:`pie_mask` marks the examples whose modal label differs between a dense and a compressed
                  population. The true label plays no part.
protection        :func:`protect_mask`: the top-k share of critical-weight scores to keep dense or in full precision
                  (Al Hakim et al., preserving fairness and safety in quantized LLMs by critical-weight protection).

Labels, predictions and groups are 1-D integer tensors (never bool or floating); the binary metrics take labels in
{0, 1} with 1 the positive class. Rates are computed in float64. Groups come out in ascending order.

:func:`group_metric`, :func:`metric_difference`, :func:`demographic_parity_difference`,
:func:`equalized_odds_difference`, :func:`compression_disparity`, :func:`modal_labels`, :func:`pie_mask` and
:func:`protect_mask` are Lab 9's graded functions; in the student edition they raise ``NotImplementedError``.
:func:`metric_ratio` works there too.
"""

from __future__ import annotations

import numbers
from collections.abc import Callable, Mapping

import torch

from utils.reference import graded_reference
from utils.validation import validate_choice, validate_fraction, validate_type

METHODS = ("between_groups", "to_overall")
AGGREGATIONS = ("worst_case", "mean")

__all__ = [
    "AGGREGATIONS",
    "METHODS",
    "compression_disparity",
    "demographic_parity_difference",
    "equalized_odds_difference",
    "group_metric",
    "metric_difference",
    "metric_ratio",
    "modal_labels",
    "pie_mask",
    "protect_mask",
]


def _check_integer_vector(name: str, value: object, length: int | None = None) -> torch.Tensor:
    """A 1-D integer tensor (not bool), non-empty, of ``length`` entries when given."""
    validate_type(name, value, torch.Tensor)
    assert isinstance(value, torch.Tensor)
    if value.dtype == torch.bool or value.dtype.is_floating_point or value.dtype.is_complex:
        raise TypeError(f"{name} must have an integer dtype, got {value.dtype}.")
    if value.dim() != 1 or value.numel() == 0:
        raise ValueError(f"{name} must be a non-empty 1-D tensor, got shape {tuple(value.shape)}.")
    if length is not None and value.numel() != length:
        raise ValueError(f"{name} must have {length} entries like y_true, got {value.numel()}.")
    return value


def _check_binary(name: str, value: object, length: int | None = None) -> torch.Tensor:
    labels = _check_integer_vector(name, value, length)
    if not bool(((labels == 0) | (labels == 1)).all()):
        raise ValueError(f"{name} must hold only 0 and 1.")
    return labels


def _check_weights(sample_weight: object, length: int) -> torch.Tensor | None:
    """None, or a 1-D real tensor of ``length`` positive weights, returned as float64."""
    if sample_weight is None:
        return None
    validate_type("sample_weight", sample_weight, torch.Tensor)
    assert isinstance(sample_weight, torch.Tensor)
    if sample_weight.dtype == torch.bool or sample_weight.dtype.is_complex:
        raise TypeError(f"sample_weight must have a real dtype, got {sample_weight.dtype}.")
    if sample_weight.dim() != 1 or sample_weight.numel() != length:
        raise ValueError(f"sample_weight must be 1-D with {length} entries, got shape {tuple(sample_weight.shape)}.")
    weights = sample_weight.detach().double()
    if not bool((weights > 0).all()):
        raise ValueError("every sample_weight must be > 0.")
    return weights


def _check_real(name: str, value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        raise TypeError(f"{name} must be a real number, got {type(value).__name__} {value!r}.")
    return float(value)


def _check_by_group(by_group: object) -> list[float]:
    validate_type("by_group", by_group, Mapping)
    assert isinstance(by_group, Mapping)
    values = [_check_real(f"by_group[{key!r}]", v) for key, v in by_group.items()]
    if not values:
        raise ValueError("by_group must hold at least one group.")
    return values


def _weighted_rate(hit: torch.Tensor, among: torch.Tensor, weights: torch.Tensor | None) -> float:
    """Weighted share of ``hit`` among the rows where ``among`` is True; 0.0 when no row qualifies (as sklearn's
    ``confusion_matrix(normalize="true")``, which fairlearn's rates use, returns for an empty row)."""
    w = torch.ones(hit.shape, dtype=torch.float64) if weights is None else weights
    total = float(w[among].sum())
    return float(w[among & hit].sum()) / total if total > 0 else 0.0


@graded_reference("lab09", "group_metric")
def group_metric(
    metric: Callable[..., object],
    y_true: torch.Tensor,
    y_pred: torch.Tensor,
    groups: torch.Tensor,
    sample_weight: torch.Tensor | None = None,
) -> dict[int, float]:
    """The value of ``metric`` on each group's rows, as fairlearn's ``MetricFrame(...).by_group``.

    For each distinct value ``g`` of ``groups``, in ascending order, ``metric`` is called on that group's rows, in
    their original order: ``metric(y_true[rows], y_pred[rows])``, or ``metric(y_true[rows], y_pred[rows],
    sample_weight[rows])`` when weights are given. Its result is converted with ``float``.

    Args:
        metric: any callable taking two (or, with weights, three) tensors and returning a number.
        y_true: tensor whose first dimension has ``N >= 1`` rows; any dtype; not modified.
        y_pred: tensor with the same first dimension; any dtype; not modified.
        groups: 1-D integer tensor (not bool) of ``N`` group ids; not modified.
        sample_weight: None or a 1-D real tensor of ``N`` weights, passed through as they are.

    Returns:
        ``{group id as a Python int: value as a Python float}``, keys in ascending order.

    Raises:
        TypeError: if ``metric`` is not callable, an argument that should be a tensor is not, or ``groups`` has a
            bool or floating dtype. Arguments are checked in signature order.
        ValueError: if ``y_true`` has no rows or ``y_pred``, ``groups`` or ``sample_weight`` do not match its
            ``N`` rows (``groups`` and ``sample_weight`` must be 1-D).
    """
    if not callable(metric):
        raise TypeError(f"metric must be callable, got {type(metric).__name__}.")
    validate_type("y_true", y_true, torch.Tensor)
    if y_true.dim() == 0 or len(y_true) == 0:
        raise ValueError("y_true must have at least one row.")
    validate_type("y_pred", y_pred, torch.Tensor)
    if y_pred.dim() == 0 or len(y_pred) != len(y_true):
        raise ValueError(f"y_pred must have {len(y_true)} rows like y_true.")
    _check_integer_vector("groups", groups, len(y_true))
    if sample_weight is not None:
        validate_type("sample_weight", sample_weight, torch.Tensor)
        if sample_weight.dim() != 1 or len(sample_weight) != len(y_true):
            raise ValueError(f"sample_weight must be 1-D with {len(y_true)} entries.")
    result = {}
    for group in torch.unique(groups).tolist():
        rows = (groups == group).nonzero().flatten()
        args = (
            (y_true[rows], y_pred[rows]) if sample_weight is None else (y_true[rows], y_pred[rows], sample_weight[rows])
        )
        result[int(group)] = float(metric(*args))
    return result


@graded_reference("lab09", "metric_difference")
def metric_difference(
    by_group: Mapping[int, float], overall: float | None = None, method: str = "between_groups"
) -> float:
    """The gap between groups, as fairlearn's ``MetricFrame.difference``.

    ``"between_groups"``: ``max(by_group) - min(by_group)``. ``"to_overall"``: ``max |v - overall|`` over the
    groups' values ``v``. A single group gives 0.0 between groups.

    Args:
        by_group: ``{group: value}`` with at least one group; values are real numbers (not bool).
        overall: the metric on all rows, a real number (not bool); needed for ``"to_overall"`` only.
        method: ``"between_groups"`` or ``"to_overall"``.

    Returns:
        The gap, a Python float ``>= 0``.

    Raises:
        TypeError: if ``by_group`` is not a mapping or holds a value that is not a real number, or ``overall`` is
            neither None nor a real number. Arguments are checked in signature order.
        ValueError: if ``by_group`` is empty, ``method`` is unknown, or ``method="to_overall"`` with ``overall``
            None.
    """
    values = _check_by_group(by_group)
    if overall is not None:
        overall = _check_real("overall", overall)
    validate_choice("method", method, METHODS)
    if method == "between_groups":
        return max(values) - min(values)
    if overall is None:
        raise ValueError('method="to_overall" needs the overall value.')
    return max(abs(v - overall) for v in values)


def metric_ratio(by_group: Mapping[int, float], overall: float | None = None, method: str = "between_groups") -> float:
    """The ratio between groups, as fairlearn's ``MetricFrame.ratio`` (1.0 means parity).

    ``"between_groups"``: ``min(by_group) / max(by_group)``. ``"to_overall"``: the smallest ``v / overall`` over
    the groups, each ratio above 1 replaced by its inverse, so that a group far above the overall value counts as
    much as one far below. The caller keeps the denominators nonzero.

    Raises:
        TypeError, ValueError: as :func:`metric_difference`.
    """
    values = _check_by_group(by_group)
    if overall is not None:
        overall = _check_real("overall", overall)
    validate_choice("method", method, METHODS)
    if method == "between_groups":
        return min(values) / max(values)
    if overall is None:
        raise ValueError('method="to_overall" needs the overall value.')
    ratios = [v / overall for v in values]
    return min(1 / r if r > 1 else r for r in ratios)


def _group_rates(
    hit: torch.Tensor, among: torch.Tensor, groups: torch.Tensor, weights: torch.Tensor | None
) -> tuple[dict[int, float], float]:
    """Per-group and overall weighted rates of ``hit`` among the rows where ``among`` holds."""
    by_group = {}
    for group in torch.unique(groups).tolist():
        rows = groups == group
        by_group[int(group)] = _weighted_rate(hit[rows], among[rows], None if weights is None else weights[rows])
    return by_group, _weighted_rate(hit, among, weights)


def _gap(by_group: dict[int, float], overall: float, method: str) -> float:
    values = list(by_group.values())
    if method == "between_groups":
        return max(values) - min(values)
    return max(abs(v - overall) for v in values)


@graded_reference("lab09", "demographic_parity_difference")
def demographic_parity_difference(
    y_true: torch.Tensor,
    y_pred: torch.Tensor,
    groups: torch.Tensor,
    *,
    sample_weight: torch.Tensor | None = None,
    method: str = "between_groups",
) -> float:
    """The gap in selection rate between groups, as fairlearn's ``demographic_parity_difference``.

    A group's selection rate is the (weighted) share of its rows with ``y_pred == 1``:
    ``sum(w * [y_pred == 1]) / sum(w)``, computed in float64; ``y_true`` is checked but plays no part. The gap is
    taken by ``method`` as in :func:`metric_difference`; ``"to_overall"`` compares with the selection rate of all
    rows.

    Args:
        y_true: 1-D integer tensor (not bool) of ``N >= 1`` labels in {0, 1}; not used beyond the checks.
        y_pred: 1-D integer tensor of ``N`` predictions in {0, 1}.
        groups: 1-D integer tensor of ``N`` group ids.
        sample_weight: None (every row weighs 1) or a 1-D real tensor (not bool) of ``N`` weights, each ``> 0``.
        method: ``"between_groups"`` or ``"to_overall"``.

    Returns:
        A Python float in ``[0, 1]``.

    Raises:
        TypeError: if a tensor argument is not a tensor, or has a bool (or, for labels and groups, floating)
            dtype. Arguments are checked in signature order.
        ValueError: if the tensors are not 1-D of the same length ``N >= 1``, labels are not in {0, 1}, a weight is
            not positive, or ``method`` is unknown.
    """
    labels = _check_binary("y_true", y_true)
    predictions = _check_binary("y_pred", y_pred, len(labels))
    _check_integer_vector("groups", groups, len(labels))
    weights = _check_weights(sample_weight, len(labels))
    validate_choice("method", method, METHODS)
    everyone = torch.ones(len(labels), dtype=torch.bool)
    by_group, overall = _group_rates(predictions == 1, everyone, groups, weights)
    return _gap(by_group, overall, method)


@graded_reference("lab09", "equalized_odds_difference")
def equalized_odds_difference(
    y_true: torch.Tensor,
    y_pred: torch.Tensor,
    groups: torch.Tensor,
    *,
    sample_weight: torch.Tensor | None = None,
    method: str = "between_groups",
    agg: str = "worst_case",
) -> float:
    """The gap in true and false positive rates between groups, as fairlearn's ``equalized_odds_difference``.

    Per group, ``TPR = sum(w * [y_pred == 1] * [y_true == 1]) / sum(w * [y_true == 1])`` and ``FPR`` the same among
    the rows with ``y_true == 0``, in float64; a rate whose denominator is empty is 0.0 (as fairlearn, through
    sklearn's ``confusion_matrix(normalize="true")``). The TPR gap and the FPR gap are each taken by ``method`` (as
    :func:`metric_difference`; ``"to_overall"`` compares with the rates of all rows), then combined by ``agg``:
    ``"worst_case"`` is the larger of the two, ``"mean"`` their average.

    Args:
        y_true: 1-D integer tensor (not bool) of ``N >= 1`` labels in {0, 1}.
        y_pred: 1-D integer tensor of ``N`` predictions in {0, 1}.
        groups: 1-D integer tensor of ``N`` group ids.
        sample_weight: None or a 1-D real tensor (not bool) of ``N`` weights, each ``> 0``.
        method: ``"between_groups"`` or ``"to_overall"``.
        agg: ``"worst_case"`` or ``"mean"``.

    Returns:
        A Python float in ``[0, 1]``.

    Raises:
        TypeError: as :func:`demographic_parity_difference`.
        ValueError: as :func:`demographic_parity_difference`, and for an unknown ``agg``.
    """
    labels = _check_binary("y_true", y_true)
    predictions = _check_binary("y_pred", y_pred, len(labels))
    _check_integer_vector("groups", groups, len(labels))
    weights = _check_weights(sample_weight, len(labels))
    validate_choice("method", method, METHODS)
    validate_choice("agg", agg, AGGREGATIONS)
    selected = predictions == 1
    tpr_gap = _gap(*_group_rates(selected, labels == 1, groups, weights), method)
    fpr_gap = _gap(*_group_rates(selected, labels == 0, groups, weights), method)
    return max(tpr_gap, fpr_gap) if agg == "worst_case" else (tpr_gap + fpr_gap) / 2


@graded_reference("lab09", "compression_disparity")
def compression_disparity(
    y_true: torch.Tensor, dense_pred: torch.Tensor, compressed_pred: torch.Tensor, groups: torch.Tensor
) -> dict[int, float]:
    """Each group's accuracy drop from the dense to the compressed model: who pays for compression.

    ``drop[g] = accuracy of dense_pred on group g - accuracy of compressed_pred on group g``, accuracies being the
    share of the group's rows whose prediction equals ``y_true``. Positive means the compressed model is worse on
    that group. Any way of computing it in float64 passes (checks allow 1e-12).

    Args:
        y_true: 1-D integer tensor (not bool) of ``N >= 1`` class labels (any integers).
        dense_pred: 1-D integer tensor of ``N`` predicted labels of the dense model.
        compressed_pred: 1-D integer tensor of ``N`` predicted labels of the compressed model.
        groups: 1-D integer tensor of ``N`` group ids (for example the classes, ``groups = y_true``).

    Returns:
        ``{group id as a Python int: drop as a Python float in [-1, 1]}``, keys in ascending order.

    Raises:
        TypeError: if an argument is not a tensor or has a bool or floating dtype. Arguments are checked in
            signature order.
        ValueError: if an argument is not 1-D, ``y_true`` is empty, or the lengths differ.
    """
    labels = _check_integer_vector("y_true", y_true)
    dense = _check_integer_vector("dense_pred", dense_pred, len(labels))
    compressed = _check_integer_vector("compressed_pred", compressed_pred, len(labels))
    _check_integer_vector("groups", groups, len(labels))
    drops = {}
    for group in torch.unique(groups).tolist():
        rows = groups == group
        count = int(rows.sum())
        dense_accuracy = int((dense[rows] == labels[rows]).sum()) / count
        compressed_accuracy = int((compressed[rows] == labels[rows]).sum()) / count
        drops[int(group)] = dense_accuracy - compressed_accuracy
    return drops


def _check_population(name: str, predictions: object) -> torch.Tensor:
    validate_type(name, predictions, torch.Tensor)
    assert isinstance(predictions, torch.Tensor)
    if predictions.dtype == torch.bool or predictions.dtype.is_floating_point or predictions.dtype.is_complex:
        raise TypeError(f"{name} must have an integer dtype, got {predictions.dtype}.")
    if predictions.dim() != 2 or predictions.shape[0] == 0:
        raise ValueError(f"{name} must have shape (models >= 1, examples), got {tuple(predictions.shape)}.")
    if predictions.numel() and int(predictions.min()) < 0:
        raise ValueError(f"{name} must hold labels >= 0.")
    return predictions


@graded_reference("lab09", "modal_labels")
def modal_labels(predictions: torch.Tensor) -> torch.Tensor:
    """The most frequent label of each example over a population of models; ties go to the largest label.

    Hooker et al.'s official code takes ``.mode().max()`` of each example's labels across models: among labels
    that occur equally often, the largest wins (``torch.mode`` and ``numpy``'s argmax of counts pick the smallest).

    Args:
        predictions: integer tensor (not bool) of shape ``(M, N)``: the label that model ``m`` predicts for example
            ``n``, labels ``>= 0``, ``M >= 1`` models, ``N >= 0`` examples; not modified.

    Returns:
        A new int64 tensor of shape ``(N,)``.

    Raises:
        TypeError: if ``predictions`` is not a tensor or has a bool or floating dtype.
        ValueError: if it is not 2-D, has no model (``M == 0``) or holds a negative label.
    """
    _check_population("predictions", predictions)
    labels = predictions.long()
    classes = int(labels.max()) + 1 if labels.numel() else 1
    counts = torch.zeros(labels.shape[1], classes, dtype=torch.int64)
    counts.scatter_add_(1, labels.T.cpu(), torch.ones(labels.T.shape, dtype=torch.int64))
    # Flipped, argmax's first maximum is the largest label among the tied ones.
    return (classes - 1 - counts.flip(1).argmax(dim=1)).to(predictions.device)


@graded_reference("lab09", "pie_mask")
def pie_mask(dense_predictions: torch.Tensor, compressed_predictions: torch.Tensor) -> torch.Tensor:
    """Pruning Identified Exemplars: where the modal label of the compressed population differs from the dense one's.

    An example is a PIE iff ``modal_labels(dense_predictions) != modal_labels(compressed_predictions)`` (ties to
    the largest label in each population). The true label plays no part: a PIE may be one the compressed models
    get right and the dense ones wrong.

    Args:
        dense_predictions: integer tensor (not bool) ``(M, N)`` of labels ``>= 0`` from ``M >= 1`` dense models.
        compressed_predictions: integer tensor ``(K, N)`` from ``K >= 1`` compressed models; ``K`` may differ from
            ``M``. Neither is modified.

    Returns:
        A bool tensor of shape ``(N,)``, True at the PIEs.

    Raises:
        TypeError: as :func:`modal_labels`, for either argument.
        ValueError: as :func:`modal_labels`, or if the two have different numbers of examples ``N``. Each argument
            is checked on its own, in signature order, before the two numbers of examples are compared.
    """
    _check_population("dense_predictions", dense_predictions)
    _check_population("compressed_predictions", compressed_predictions)
    if dense_predictions.shape[1] != compressed_predictions.shape[1]:
        raise ValueError(
            f"the populations must label the same examples: {dense_predictions.shape[1]} and "
            f"{compressed_predictions.shape[1]}."
        )
    return modal_labels(dense_predictions) != modal_labels(compressed_predictions)


@graded_reference("lab09", "protect_mask")
def protect_mask(scores: torch.Tensor, fraction: float) -> torch.Tensor:
    """The critical weights to protect: True at the ``k`` largest scores, ``k = round(fraction * scores.numel())``.

    ``round`` is Python's (ties to even: ``round(2.5) == 2``). Scores are ranked by their signed value, largest
    first (a negative score means the weight matters more to the other groups); among equal scores the lower index
    in ``scores.flatten()`` is protected first.

    Args:
        scores: floating tensor of any shape (float16, bfloat16, float32 or float64) on any device, the ``meta``
            device included (only the result's shape, dtype and device exist there); not modified.
        fraction: share of the entries to protect, a real number in ``[0, 1]`` (an int 0 or 1, a numpy scalar;
            not a bool).

    Returns:
        A new bool tensor of ``scores``' shape, on its device, with no autograd history.

    Raises:
        TypeError: if ``scores`` is not a tensor or not floating point, or ``fraction`` is not a real number.
            ``scores`` is checked first.
        ValueError: if ``fraction`` is outside ``[0, 1]``.
    """
    validate_type("scores", scores, torch.Tensor)
    if not scores.dtype.is_floating_point:
        raise TypeError(f"scores must be a floating tensor, got {scores.dtype}.")
    k = round(validate_fraction("fraction", fraction) * scores.numel())
    order = torch.sort(scores.detach().flatten(), descending=True, stable=True).indices
    mask = torch.zeros(scores.numel(), dtype=torch.bool, device=scores.device)
    mask[order[:k]] = True
    return mask.reshape(scores.shape)
