# mistake: a 0-d weight keeps its 0-d shape (no flatten)
# expect: shape


def bitmap_encode(weight):
    validate_type("weight", weight, torch.Tensor)
    flat = weight.detach().flatten() if weight.dim() > 0 else weight.detach()
    bitmap = flat != 0
    return bitmap, flat[bitmap].reshape(-1)
