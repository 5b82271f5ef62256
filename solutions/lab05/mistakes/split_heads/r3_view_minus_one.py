# mistake: view(b, l, M, -1) cannot infer -1 for an empty tensor (E = 0 or B = 0): RuntimeError
# expect: E = 0
def split_heads(x, num_heads):
    validate_type("x", x, torch.Tensor)
    if x.dim() != 3:
        raise ValueError("x must be 3-D")
    validate_int("num_heads", num_heads, 1)
    b, l, e = x.shape
    if e % num_heads:
        raise ValueError("E must be a multiple of num_heads")
    return x.view(b, l, num_heads, -1).transpose(1, 2)
