# mistake: "normalises" -0.0 to +0.0 through a flattened view, which writes into the caller's tensor
# wrong on: w = torch.tensor([-0.0, 1.0]); bitmap_encode(w): afterwards torch.signbit(w[0]) is False, but the input must not be modified
# expect: must not change
def bitmap_encode(weight: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
    flat = weight.detach().reshape(-1)
    flat[flat == 0] = 0  # store a clean +0 for every zero
    present = flat != 0
    return present, flat[present]
