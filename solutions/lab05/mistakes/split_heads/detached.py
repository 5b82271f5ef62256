# mistake: detaches the result
# expect: keeps autograd
def split_heads(x: torch.Tensor, num_heads: int) -> torch.Tensor:
    validate_type("x", x, torch.Tensor)
    if x.dim() != 3:
        raise ValueError(f"x must have shape (B, L, E), got shape {tuple(x.shape)}")
    num_heads = validate_int("num_heads", num_heads, minimum=1)
    batch, length, embed = x.shape
    if embed % num_heads:
        raise ValueError(f"the width {embed} is not a multiple of num_heads = {num_heads}")
    return x.view(batch, length, num_heads, embed // num_heads).transpose(1, 2).detach()
