# mistake: indexes with nonzero().squeeze(): one nonzero gives a 0-d values tensor
# expect: shape


def bitmap_encode(weight):
    validate_type("weight", weight, torch.Tensor)
    flat = weight.detach().flatten()
    bitmap = flat != 0
    return bitmap, flat[torch.nonzero(bitmap).squeeze()]
