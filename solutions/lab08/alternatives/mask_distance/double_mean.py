# alternative: logical_xor and a float64 mean
def mask_distance(a: torch.Tensor, b: torch.Tensor) -> float:
    validate_type("a", a, torch.Tensor)
    validate_type("b", b, torch.Tensor)
    if a.shape != b.shape:
        raise ValueError(f"shapes differ: {tuple(a.shape)} and {tuple(b.shape)}")
    if a.numel() == 0:
        raise ValueError("masks with no entry have no distance")
    return torch.logical_xor(a != 0, b != 0).double().mean().item()
