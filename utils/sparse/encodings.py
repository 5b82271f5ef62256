"""Lossless sparse encodings of a tensor: bitmap, run-length (Deep Compression's relative indices) and CSR.

Every encoder reads the tensor in row-major order (``tensor.flatten()``) and treats an entry as zero when
``entry == 0`` (so ``-0.0`` is zero and NaN is not). Each has a decoder that gives back the dense tensor exactly.
"""

from __future__ import annotations

import math

import torch

from utils.reference import graded_reference
from utils.validation import validate_int, validate_ndim, validate_type


@graded_reference("lab01", "bitmap_encode")
def bitmap_encode(weight: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
    """Bitmap encoding: one presence bit per entry, plus the nonzero values.

    Args:
        weight: tensor of any shape (empty and 0-d included) and dtype (bfloat16, which NumPy lacks, included); it
            is not modified.

    Returns:
        ``(bitmap, values)``:

        * ``bitmap``: ``torch.bool``, shape ``(weight.numel(),)``: True where ``weight.flatten() != 0``.
        * ``values``: shape ``(nnz,)``, the nonzero entries of ``weight.flatten()`` in that order, with
          ``weight``'s dtype and device.

        An entry is zero when ``entry == 0``: ``-0.0`` is zero; tiny values, infinities and NaN are not.

    Raises:
        TypeError: if ``weight`` is not a tensor.
    """
    validate_type("weight", weight, torch.Tensor)
    flat = weight.detach().flatten()
    bitmap = flat != 0
    return bitmap, flat[bitmap].clone()


@graded_reference("lab01", "bitmap_decode")
def bitmap_decode(bitmap: torch.Tensor, values: torch.Tensor, shape: tuple[int, ...]) -> torch.Tensor:
    """The dense tensor that :func:`bitmap_encode` encoded.

    Args:
        bitmap: ``torch.bool`` tensor of shape ``(prod(shape),)``.
        values: 1-D tensor with one entry per True in ``bitmap``, in order.
        shape: the dense tensor's shape, a tuple (``torch.Size`` is one) of ints ``>= 0`` (``()`` for a 0-d
            tensor).

    Returns:
        A new tensor of shape ``shape`` with ``values``' dtype: ``values`` at the True positions of ``bitmap`` (in
        row-major order), 0 elsewhere.

    Raises:
        TypeError: if ``bitmap`` or ``values`` is not a tensor, ``shape`` is not a tuple, or a size in ``shape`` is
            not an int.
        ValueError: if ``bitmap`` is not a 1-D bool tensor, ``values`` is not 1-D, a size is negative, ``bitmap``
            does not have ``prod(shape)`` entries, or ``values`` does not have one entry per True in ``bitmap``.
            Checked in signature order (see Conventions): ``bitmap``, ``values``, then ``shape``, each by itself
            (type, then value), and only then the lengths of ``bitmap`` and ``values``, which need ``shape``.
    """
    validate_type("bitmap", bitmap, torch.Tensor)
    if bitmap.dtype != torch.bool or bitmap.dim() != 1:
        raise ValueError(f"bitmap must be a 1-D bool tensor, got {bitmap.dtype} {tuple(bitmap.shape)}")
    validate_type("values", values, torch.Tensor)
    if values.dim() != 1:
        raise ValueError(f"values must be 1-D, got shape {tuple(values.shape)}")
    validate_type("shape", shape, tuple)
    numel = math.prod(validate_int("a size in shape", size, 0) for size in shape)
    if bitmap.numel() != numel:
        raise ValueError(f"bitmap must have prod(shape) = {numel} entries, got {bitmap.numel()}")
    if values.numel() != int(bitmap.sum()):
        raise ValueError(
            f"values must be 1-D with one entry per True in bitmap ({int(bitmap.sum())}), "
            f"got shape {tuple(values.shape)}"
        )
    dense = torch.zeros(numel, dtype=values.dtype, device=values.device)
    dense[bitmap.to(values.device)] = values
    return dense.reshape(tuple(int(size) for size in shape))


@graded_reference("lab01", "rle_encode")
def rle_encode(weight: torch.Tensor, run_bits: int) -> tuple[torch.Tensor, torch.Tensor]:
    """Run-length encoding of the zeros before each nonzero entry (Deep Compression's relative indices).

    The flattened tensor is stored as entries ``(run, value)``, each meaning "``run`` zeros, then ``value``".
    A run is stored in ``run_bits`` bits, so it is at most ``max_run = 2**run_bits - 1``.

    Specification: scan ``weight.flatten()`` counting ``z``, the zeros since the last stored entry. At each
    nonzero entry ``x``:

    * while ``z > max_run``: store the filler ``(max_run, 0)`` (``max_run`` zeros, then an explicit 0, which
      covers ``max_run + 1`` positions) and subtract ``max_run + 1`` from ``z``;
    * store ``(z, x)`` and reset ``z`` to 0.

    An entry is zero when ``entry == 0`` (``-0.0`` too; NaN is not). Zeros after the last nonzero entry are not
    stored (the decoder is given ``numel``). Example with
    ``run_bits=2``: ``[0, 0, 0, 0, 0, 7, 0, 3]`` gives ``runs = [3, 1, 1]`` and ``values = [0, 7, 3]``.

    Args:
        weight: tensor of any shape (empty and 0-d included); it is not modified.
        run_bits: bits per stored run, an int >= 1.

    Returns:
        ``(runs, values)``, both 1-D with one entry per stored entry and on ``weight``'s device: ``runs`` as
        ``torch.int64``, ``values`` with ``weight``'s dtype.

    Raises:
        TypeError: if ``weight`` is not a tensor or ``run_bits`` is not an int (numpy integers are; a bool is not).
        ValueError: if ``run_bits < 1``. Checked in signature order (see Conventions): ``weight``, then
            ``run_bits``.
    """
    validate_type("weight", weight, torch.Tensor)
    max_run = 2 ** validate_int("run_bits", run_bits, 1) - 1
    flat = weight.detach().flatten()
    nonzero = torch.nonzero(flat != 0).flatten().tolist()
    runs: list[int] = []
    positions: list[int] = []  # flat position of each stored value; -1 marks a filler zero
    previous = -1
    for index in nonzero:
        zeros = index - previous - 1
        while zeros > max_run:
            runs.append(max_run)
            positions.append(-1)
            zeros -= max_run + 1
        runs.append(zeros)
        positions.append(index)
        previous = index
    picks = torch.tensor(positions, dtype=torch.int64, device=flat.device)
    values = torch.where(picks >= 0, flat[picks.clamp(min=0)], torch.zeros((), dtype=flat.dtype, device=flat.device))
    return torch.tensor(runs, dtype=torch.int64, device=flat.device), values


def rle_decode(runs: torch.Tensor, values: torch.Tensor, numel: int) -> torch.Tensor:
    """The flattened tensor that :func:`rle_encode` encoded: ``numel`` entries, trailing zeros restored.

    Args:
        runs: 1-D integer tensor, the zeros before each value.
        values: 1-D tensor of the same length.
        numel: the number of entries of the encoded tensor.

    Returns:
        A 1-D tensor of ``numel`` entries with ``values``' dtype and device.

    Raises:
        ValueError: if ``runs`` and ``values`` differ in length, a run is negative, or they cover more than
            ``numel`` positions.
    """
    validate_type("runs", runs, torch.Tensor)
    validate_type("values", values, torch.Tensor)
    numel = validate_int("numel", numel, 0)
    if runs.dim() != 1 or values.shape != runs.shape:
        raise ValueError(
            f"runs and values must be 1-D of one length, got {tuple(runs.shape)} and {tuple(values.shape)}"
        )
    if bool((runs < 0).any()):
        raise ValueError("runs must be >= 0")
    positions = torch.cumsum(runs.to(torch.int64) + 1, 0) - 1
    if positions.numel() and int(positions[-1]) >= numel:
        raise ValueError(f"the runs and values cover {int(positions[-1]) + 1} positions, more than numel={numel}")
    dense = torch.zeros(numel, dtype=values.dtype, device=values.device)
    dense[positions.to(values.device)] = values
    return dense


@graded_reference("lab01", "csr_from_dense")
def csr_from_dense(matrix: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    """Compressed sparse row (CSR) arrays of a matrix, equal to ``scipy.sparse.csr_array``'s.

    Args:
        matrix: 2-D tensor of shape ``(R, C)`` (R or C may be 0); it is not modified.

    Returns:
        ``(indptr, indices, data)``:

        * ``indptr``: ``torch.int64``, shape ``(R + 1,)``, ``indptr[0] == 0``; row ``i``'s nonzeros are entries
          ``indptr[i]`` to ``indptr[i + 1] - 1`` of ``indices`` and ``data``.
        * ``indices``: ``torch.int64``, shape ``(nnz,)``: the column of each nonzero, row by row, columns in
          ascending order within a row.
        * ``data``: shape ``(nnz,)``, the nonzero values in the same order, with ``matrix``'s dtype and device.

        All three are on ``matrix``'s device. Entries equal to 0 (``-0.0`` too) are never stored; NaN is.

    Raises:
        TypeError: if ``matrix`` is not a tensor.
        ValueError: if ``matrix`` is not 2-D.
    """
    validate_type("matrix", matrix, torch.Tensor)
    validate_ndim("matrix", matrix, 2)
    matrix = matrix.detach()
    rows, cols = torch.nonzero(matrix, as_tuple=True)  # row-major order: rows, then columns ascending
    counts = torch.bincount(rows, minlength=matrix.shape[0])
    indptr = torch.cat([torch.zeros(1, dtype=torch.int64, device=matrix.device), torch.cumsum(counts, 0)])
    return indptr, cols.to(torch.int64), matrix[rows, cols].clone()
