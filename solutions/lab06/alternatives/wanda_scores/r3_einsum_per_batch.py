# alternative: per-batch weights n_b/N applied at the end: sum_b (sum of squares_b) / N via einsum
def wanda_scores(weight: torch.Tensor, batches: list[torch.Tensor]) -> torch.Tensor:
    from utils.validation import validate_ndim, validate_shape

    validate_type("weight", weight, torch.Tensor)
    if not weight.is_floating_point():
        raise TypeError("weight must be a floating-point tensor")
    validate_ndim("weight", weight, 2)
    validate_type("batches", batches, (list, tuple))
    if len(batches) == 0:
        raise ValueError("batches must not be empty")
    for batch in batches:
        validate_type("batch", batch, torch.Tensor)
        if not batch.is_floating_point():
            raise TypeError("batch must be a floating-point tensor")
        if batch.dim() == 2:
            validate_shape("batch", batch, (batch.shape[0], weight.shape[1]))
        else:
            validate_ndim("batch", batch, 3)
            validate_shape("batch", batch, (batch.shape[0], batch.shape[1], weight.shape[1]))
    dtype = torch.float64 if torch.float64 in [weight.dtype, *[b.dtype for b in batches]] else torch.float32
    sums = [torch.einsum("...j,...j->j", b.detach().to(dtype), b.detach().to(dtype)) for b in batches]
    count = sum(1 if b.dim() == 2 else b.shape[0] for b in batches)
    scaler_row = torch.stack(sums).sum(dim=0) / count
    return weight.detach().to(dtype).abs().mul(scaler_row.sqrt())
