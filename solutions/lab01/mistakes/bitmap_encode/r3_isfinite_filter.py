# mistake: drops infinities and NaN as 'not real values'
# expect: bitmap dtype
def bitmap_encode(weight):
    validate_type("weight", weight, torch.Tensor)
    flat = weight.reshape(-1)
    bitmap = (flat != 0) & torch.isfinite(flat)
    values = flat[bitmap]
    return bitmap, values
