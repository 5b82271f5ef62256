# mistake: sums per row with torch.bincount(rows, weights=...) without minlength, so trailing empty rows vanish from y
# wrong on: csr_spmv(torch.tensor([0, 1, 1]), torch.tensor([0]), torch.tensor([2.0]), torch.tensor([3.0])): returns [6.] instead of [6., 0.]
# expect: csr_spmv
def csr_spmv(indptr: torch.Tensor, indices: torch.Tensor, data: torch.Tensor, x: torch.Tensor) -> torch.Tensor:
    if x.dim() != 1:
        raise ValueError(f"x must be 1-D, got shape {tuple(x.shape)}")
    if x.dtype != data.dtype:
        raise ValueError(f"x must have data's dtype {data.dtype}, got {x.dtype}")
    if indptr.dim() != 1 or indices.dim() != 1 or data.dim() != 1 or indices.numel() != data.numel():
        raise ValueError("indptr, indices and data must be 1-D, indices and data of one length")
    if indptr.numel() == 0 or indptr[0] != 0 or indptr[-1] != data.numel():
        raise ValueError("indptr must start at 0 and end at len(data)")
    if indices.numel() and indices.max() >= x.numel():
        raise ValueError("a column index is >= len(x)")
    rows_n = indptr.numel() - 1
    rows = torch.repeat_interleave(torch.arange(rows_n, device=data.device), torch.diff(indptr))
    return torch.bincount(rows, weights=data * x[indices]).to(data.dtype)
