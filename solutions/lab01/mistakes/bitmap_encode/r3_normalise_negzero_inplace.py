# mistake: writes +0.0 over -0.0 in the caller's tensor
# expect: bitmap dtype
def bitmap_encode(weight):
    validate_type("weight", weight, torch.Tensor)
    weight[weight == 0] = 0
    flat = weight.reshape(-1)
    bitmap = flat != 0
    return bitmap, flat[bitmap]
