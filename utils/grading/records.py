"""Values as JSON that carries no code: how a check's answer travels from the grading sandbox to the judge.

A student's function runs in the sandbox; the judge, which never runs student code, compares what it
returned with what the instructor's solution returned. Between the two there is only data: this module
turns tensors, arrays, numbers, strings, containers and raised exceptions into plain JSON, and back.
No pickle, so a record cannot execute anything when the judge reads it.

A record is one JSON object per line of the records file (``MCL_RECORDS``)::

    {"id": "magnitude_mask/ties", "value": <encoded value>}            # the check's answer
    {"id": "magnitude_mask/ties", "error": {"type": ..., "mro": [...], "message": ...}}   # it raised
    plus "spec" (the check's kind, tolerances, hint, mistakes) and "verdict" (the in-kernel result).
"""

from __future__ import annotations

import base64
import json
import math
import os
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import numpy as np
import torch

RECORDS_ENV = "MCL_RECORDS"
CELL_ENV = "MCL_CELL"  # the grader sets it to the running cell's tag, so records say where they came from
MAX_ARRAY_BYTES = 64 * 2**20  # larger answers are recorded as too large rather than filling the disk
MAX_TEXT = 2000  # characters kept of a string, a repr or an exception message
MAX_ITEMS = 10_000  # entries kept of a list or dict

_NUMPY_DTYPES = {
    "bool",
    "uint8",
    "int8",
    "int16",
    "int32",
    "int64",
    "float16",
    "float32",
    "float64",
    "complex64",
    "complex128",
}
# torch dtypes that NumPy lacks travel as float32 values; their own name is kept for the dtype check.
_WIDENED = {"torch.bfloat16": "float32"}


class RecordError(ValueError):
    """A record that is not well-formed JSON of the expected shape (for example, forged by a student)."""


def encode(value: Any, depth: int = 0) -> dict[str, Any]:
    """Encode ``value`` as JSON-ready data; objects of unknown types keep only their class and a short repr."""
    if depth > 20:
        return {"t": "object", "class": "nested too deep", "repr": ""}
    if value is None:
        return {"t": "none"}
    if isinstance(value, bool):
        return {"t": "bool", "v": value}
    if type(value) is int:
        return {"t": "int", "v": str(value)}
    if type(value) is float:
        return {"t": "float", "v": repr(value)}
    if type(value) is str:
        return {"t": "str", "v": value[:MAX_TEXT]}
    if isinstance(value, torch.Tensor):
        return _encode_tensor(value)
    if isinstance(value, np.ndarray):
        return _encode_array(value, "ndarray", str(value.dtype), "cpu")
    if isinstance(value, np.generic):
        return {"t": "npscalar", "dtype": str(value.dtype), "v": repr(value.item())}
    if type(value) in (list, tuple):
        return {"t": type(value).__name__, "v": [encode(item, depth + 1) for item in value[:MAX_ITEMS]]}
    if type(value) is dict:
        items = list(value.items())[:MAX_ITEMS]
        return {"t": "dict", "v": [[encode(k, depth + 1), encode(v, depth + 1)] for k, v in items]}
    return {"t": "object", "class": _class_name(value), "repr": _safe_repr(value)}


def _encode_tensor(tensor: torch.Tensor) -> dict[str, Any]:
    tensor = torch.Tensor.detach(tensor)  # the base-class method, whatever a subclass overrides
    dtype = str(tensor.dtype)
    device = str(tensor.device)
    if tensor.is_sparse or tensor.layout != torch.strided:
        return {"t": "object", "class": f"torch.Tensor with layout {tensor.layout}", "repr": ""}
    if dtype in _WIDENED:
        tensor = tensor.float()
    return _encode_array(tensor.cpu().numpy(), "tensor", dtype, device)


def _encode_array(array: np.ndarray, kind: str, dtype: str, device: str) -> dict[str, Any]:
    if array.dtype.name not in _NUMPY_DTYPES:
        return {"t": "object", "class": f"{kind} of dtype {dtype}", "repr": ""}
    if array.nbytes > MAX_ARRAY_BYTES:
        return {"t": "too_large", "class": kind, "shape": list(array.shape), "dtype": dtype}
    data = base64.b64encode(np.ascontiguousarray(array).tobytes()).decode("ascii")
    return {
        "t": kind,
        "dtype": dtype,
        "np": array.dtype.name,
        "shape": list(array.shape),
        "device": device,
        "data": data,
    }


def _class_name(value: Any) -> str:
    cls = type(value)
    return f"{getattr(cls, '__module__', '?')}.{getattr(cls, '__qualname__', '?')}"


def _safe_repr(value: Any) -> str:
    try:
        text = repr(value)
    except Exception as error:  # a student's __repr__ may raise; the record must still be written
        text = f"<repr raised {type(error).__name__}>"
    return text[:MAX_TEXT] if isinstance(text, str) else ""


def encode_error(error: BaseException) -> dict[str, Any]:
    """An exception as data: its type, its class hierarchy (for ``except`` matching) and its message."""
    mro = [cls.__name__ for cls in type(error).__mro__]
    return {"type": type(error).__name__, "mro": mro, "message": _safe_repr_message(error)}


def _safe_repr_message(error: BaseException) -> str:
    try:
        return str(error)[:MAX_TEXT]
    except Exception:
        return ""


def decode_array(encoded: Mapping[str, Any]) -> np.ndarray:
    """The NumPy array of an encoded tensor or ndarray; raises ``RecordError`` if the record is malformed."""
    try:
        np_dtype = encoded["np"]
        shape = tuple(int(n) for n in encoded["shape"])
        if np_dtype not in _NUMPY_DTYPES or any(n < 0 for n in shape):
            raise RecordError(f"bad dtype or shape in record: {np_dtype}, {shape}")
        raw = base64.b64decode(encoded["data"], validate=True)
        count = math.prod(shape)
        if len(raw) != count * np.dtype(np_dtype).itemsize:
            raise RecordError("record data does not match its shape")
        return np.frombuffer(raw, dtype=np_dtype).reshape(shape)
    except (KeyError, TypeError, ValueError) as error:
        raise RecordError(f"malformed array record: {error}") from error


def number(encoded: Mapping[str, Any]) -> float | int | None:
    """The number inside an encoded int, float, bool or NumPy scalar, or None when it holds no number."""
    kind, text = encoded.get("t"), str(encoded.get("v"))
    try:
        if kind == "bool":
            return int(encoded["v"] is True)
        if kind == "int" or (kind == "npscalar" and text.lstrip("-").isdigit()):
            return int(text)
        if kind in ("float", "npscalar"):
            return float(text)
    except (KeyError, ValueError):
        return None
    return None


def describe(encoded: Mapping[str, Any]) -> str:
    """A short name of an encoded value's type, as messages show it (``torch.Tensor``, ``int``, ``list``...)."""
    kind = encoded.get("t")
    names = {"tensor": "torch.Tensor", "ndarray": "numpy.ndarray", "none": "None", "npscalar": "numpy scalar"}
    if kind == "object":
        return str(encoded.get("class", "object"))
    if kind == "too_large":
        return f"{encoded.get('class')} too large to record ({encoded.get('shape')})"
    return names.get(str(kind), str(kind))


# --- the records file -----------------------------------------------------------------------------------------


def records_path() -> Path | None:
    """Where checks append their records while grading, or None in a student's own session."""
    path = os.environ.get(RECORDS_ENV)
    return Path(path) if path else None


def append(record: Mapping[str, Any]) -> None:
    """Append one record to the records file (a no-op outside grading)."""
    path = records_path()
    if path is None:
        return
    tagged = {**record, "cell": os.environ.get(CELL_ENV)}
    with path.open("a", encoding="utf-8") as handle:
        handle.write(json.dumps(tagged, allow_nan=False) + "\n")


def read(path: Path, limit_bytes: int = 512 * 2**20) -> Iterator[dict[str, Any]]:
    """The well-formed records of a file, in order; malformed lines are skipped (a forged file cannot crash us)."""
    if not path.is_file() or path.stat().st_size > limit_bytes:
        return
    with path.open(encoding="utf-8", errors="replace") as handle:
        for line in handle:
            try:
                record = json.loads(line)
            except json.JSONDecodeError:
                continue
            if isinstance(record, dict) and isinstance(record.get("id"), str):
                yield record
