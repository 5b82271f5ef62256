# alternative: unflatten the width into (M, D) and movedim
def split_heads(x, num_heads):
    validate_type("x", x, torch.Tensor)
    if x.dim() != 3:
        raise ValueError("x must be 3-D")
    validate_int("num_heads", num_heads, 1)
    if x.size(-1) % num_heads:
        raise ValueError("E must be a multiple of num_heads")
    return x.unflatten(2, (int(num_heads), x.size(-1) // int(num_heads))).movedim(2, 1)
