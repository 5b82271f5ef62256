# mistake: drops infinities as if they were zeros
# expect: 1e-30, inf and NaN are not


def bitmap_encode(weight):
    validate_type("weight", weight, torch.Tensor)
    flat = weight.detach().flatten()
    bitmap = (flat != 0) & torch.isfinite(flat)
    return bitmap, flat[bitmap]
