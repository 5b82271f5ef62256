# alternative: NumPy: np.clip the progress into [0, 1] and evaluate s_f - (s_f - s_i) * (1 - p) ** 3 (equal to the spec up to float rounding)
import numpy as np


def cubic_sparsity(
    step: int, final_sparsity: float, begin_step: int, end_step: int, initial_sparsity: float = 0.0
) -> float:
    from utils.validation import validate_fraction, validate_int

    step = validate_int("step", step)
    final_sparsity = validate_fraction("final_sparsity", final_sparsity)
    begin_step = validate_int("begin_step", begin_step)
    end_step = validate_int("end_step", end_step)
    if end_step <= begin_step:
        raise ValueError("end_step must be greater than begin_step")
    initial_sparsity = validate_fraction("initial_sparsity", initial_sparsity)
    if end_step <= begin_step:
        raise ValueError(f"end_step ({end_step}) must be greater than begin_step ({begin_step})")
    progress = np.clip((step - begin_step) / (end_step - begin_step), 0.0, 1.0)
    return float(final_sparsity - (final_sparsity - initial_sparsity) * (1.0 - progress) ** 3)
