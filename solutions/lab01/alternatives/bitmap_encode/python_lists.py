# alternative: plain Python over weight.flatten().tolist() (exact for every dtype here), the lists turned back into tensors with explicit dtypes
def bitmap_encode(weight: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
    validate_type("weight", weight, torch.Tensor)  # the course's argument convention
    entries = weight.detach().flatten().tolist()
    bits = [entry != 0 for entry in entries]
    kept = [entry for entry in entries if entry != 0]
    return (
        torch.tensor(bits, dtype=torch.bool, device=weight.device),
        torch.tensor(kept, dtype=weight.dtype, device=weight.device),
    )
