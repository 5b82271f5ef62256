# mistake: abs(w) > 0 drops NaN (NaN is not zero)
# expect: bitmap dtype
def bitmap_encode(weight):
    validate_type("weight", weight, torch.Tensor)
    flat = weight.reshape(-1)
    bitmap = flat.abs() > 0
    values = flat[bitmap]
    return bitmap, values
