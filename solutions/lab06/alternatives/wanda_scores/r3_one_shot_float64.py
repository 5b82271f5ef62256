# alternative: one sum over all tokens in float64, divided by the total number of sequences, cast to the result dtype
def wanda_scores(weight: torch.Tensor, batches: list[torch.Tensor]) -> torch.Tensor:
    if not isinstance(weight, torch.Tensor) or not torch.is_floating_point(weight):
        raise TypeError("weight must be a floating-point tensor")
    if weight.ndim != 2:
        raise ValueError("weight must be 2-D")
    if not isinstance(batches, (list, tuple)):
        raise TypeError("batches must be a list or tuple")
    if not batches:
        raise ValueError("batches is empty")
    for i, batch in enumerate(batches):
        if not isinstance(batch, torch.Tensor) or not torch.is_floating_point(batch):
            raise TypeError(f"batches[{i}] must be a floating-point tensor")
        if batch.ndim not in (2, 3) or batch.shape[-1] != weight.shape[1]:
            raise ValueError(f"batches[{i}] has a bad shape")
    wide = weight.dtype == torch.float64 or any(b.dtype == torch.float64 for b in batches)
    out_dtype = torch.float64 if wide else torch.float32
    total = torch.zeros(weight.shape[1], dtype=torch.float64, device=weight.device)
    sequences = 0
    for batch in batches:
        sequences += batch.shape[0] if batch.ndim == 3 else 1
        total = total + batch.detach().double().pow(2).flatten(0, -2).sum(dim=0)
    norms = (total / sequences).sqrt()
    return (weight.detach().double().abs() * norms).to(out_dtype)
