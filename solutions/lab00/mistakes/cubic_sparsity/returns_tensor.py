# mistake: clamps the progress with torch.clamp and returns the resulting 0-d tensor instead of a Python float
# wrong on: cubic_sparsity(5, 0.8, 0, 10): returns tensor(0.7000), the docstring demands the Python float 0.7
# expect: cubic_sparsity
def cubic_sparsity(
    step: int, final_sparsity: float, begin_step: int, end_step: int, initial_sparsity: float = 0.0
) -> float:
    if end_step <= begin_step:
        raise ValueError("end_step must be greater than begin_step")
    frac = torch.clamp(torch.tensor((step - begin_step) / (end_step - begin_step), dtype=torch.float64), 0.0, 1.0)
    return final_sparsity + (initial_sparsity - final_sparsity) * (1 - frac) ** 3
