# mistake: divides by a's kept entries
# expect: kept entries
def mask_distance(a: torch.Tensor, b: torch.Tensor) -> float:
    if not isinstance(a, torch.Tensor) or not isinstance(b, torch.Tensor):
        raise TypeError("a and b must be tensors")
    if a.shape != b.shape:
        raise ValueError(f"shapes differ: {tuple(a.shape)} and {tuple(b.shape)}")
    if a.numel() == 0:
        raise ValueError("masks with no entry have no distance")
    return int(((a != 0) ^ (b != 0)).sum()) / int((a != 0).sum())
