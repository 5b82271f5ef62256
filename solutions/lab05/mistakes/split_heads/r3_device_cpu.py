# mistake: builds the result with torch.empty on the default device and copies the heads in
# expect: device
def split_heads(x, num_heads):
    validate_type("x", x, torch.Tensor)
    if x.dim() != 3:
        raise ValueError("x must be 3-D")
    validate_int("num_heads", num_heads, 1)
    b, l, e = x.shape
    if e % num_heads:
        raise ValueError("E must be a multiple of num_heads")
    d = e // num_heads
    out = torch.empty(b, num_heads, l, d, dtype=x.dtype)
    for m in range(num_heads):
        out[:, m] = x[:, :, m * d : (m + 1) * d]
    return out
