# alternative: the official add_batch loop with in-place ops on its own tensors and torch.norm
def wanda_scores(weight: torch.Tensor, batches: list[torch.Tensor]) -> torch.Tensor:
    validate_type("weight", weight, torch.Tensor)
    if weight.dtype not in (torch.float16, torch.bfloat16, torch.float32, torch.float64):
        raise TypeError("weight must be floating-point")
    if weight.dim() != 2:
        raise ValueError("weight must be 2-D")
    validate_type("batches", batches, (list, tuple))
    if len(batches) < 1:
        raise ValueError("no batches")
    for inp in batches:
        validate_type("batch", inp, torch.Tensor)
        if not inp.dtype.is_floating_point:
            raise TypeError("batch must be floating-point")
        if inp.dim() not in (2, 3):
            raise ValueError("batch must be 2-D or 3-D")
        if inp.shape[-1] != weight.shape[-1]:
            raise ValueError("wrong number of features")
    dtype = torch.float32
    if weight.dtype == torch.float64 or any(inp.dtype == torch.float64 for inp in batches):
        dtype = torch.float64
    columns = weight.shape[1]
    scaler_row = torch.zeros(columns, dtype=dtype, device=weight.device)
    nsamples = 0
    for inp in batches:
        if inp.dim() == 2:
            inp = inp.unsqueeze(0)
        tmp = inp.shape[0]
        inp = inp.detach().reshape(-1, columns).t().to(dtype)
        scaler_row *= nsamples / (nsamples + tmp)
        nsamples += tmp
        scaler_row += torch.norm(inp, p=2, dim=1) ** 2 / nsamples
    return torch.abs(weight.detach().to(dtype)) * torch.sqrt(scaler_row.reshape((1, -1)))
