# mistake: w*w > 0 drops tiny float32 values whose square underflows
# expect: bitmap dtype
def bitmap_encode(weight):
    validate_type("weight", weight, torch.Tensor)
    flat = weight.reshape(-1)
    bitmap = flat * flat > 0
    values = flat[bitmap]
    return bitmap, values
