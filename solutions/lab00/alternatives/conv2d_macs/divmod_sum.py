# alternative: output sizes with divmod, nnz from (weight != 0).sum().item()
def conv2d_macs(weight: torch.Tensor, input_hw: tuple[int, int], stride: int = 1, padding: int = 0) -> int:
    from utils.validation import validate_int, validate_type

    validate_type("weight", weight, torch.Tensor)
    if weight.dim() != 4:
        raise ValueError("weight must be (M, C, R, S)")
    validate_type("input_hw", input_hw, (tuple, list))
    if len(input_hw) != 2:
        raise ValueError("input_hw must be (H, W)")
    input_hw = (validate_int("H", input_hw[0], minimum=1), validate_int("W", input_hw[1], minimum=1))
    stride = validate_int("stride", stride, minimum=1)
    padding = validate_int("padding", padding, minimum=0)
    kernel_h, kernel_w = weight.shape[-2], weight.shape[-1]
    in_h, in_w = input_hw
    out_h = divmod(in_h + 2 * padding - kernel_h, stride)[0] + 1
    out_w = divmod(in_w + 2 * padding - kernel_w, stride)[0] + 1
    nonzero = int((weight != 0).sum().item())
    return nonzero * out_h * out_w
