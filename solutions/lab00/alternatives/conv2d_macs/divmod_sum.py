# alternative: output sizes with divmod, nnz from (weight != 0).sum().item()
def conv2d_macs(weight: torch.Tensor, input_hw: tuple[int, int], stride: int = 1, padding: int = 0) -> int:
    kernel_h, kernel_w = weight.shape[-2], weight.shape[-1]
    in_h, in_w = input_hw
    out_h = divmod(in_h + 2 * padding - kernel_h, stride)[0] + 1
    out_w = divmod(in_w + 2 * padding - kernel_w, stride)[0] + 1
    nonzero = int((weight != 0).sum().item())
    return nonzero * out_h * out_w
