# mistake: tests abs(w) > 0, so NaN counts as zero
# expect: 1e-30, inf and NaN are not


def bitmap_encode(weight):
    validate_type("weight", weight, torch.Tensor)
    flat = weight.detach().flatten()
    bitmap = flat.abs() > 0
    return bitmap, flat[bitmap]
