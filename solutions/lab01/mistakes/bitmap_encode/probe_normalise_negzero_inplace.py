# mistake: writes 0.0 over -0.0 in the caller's weight (modifies the input)
# expect: the inputs must not change


def bitmap_encode(weight):
    validate_type("weight", weight, torch.Tensor)
    with torch.no_grad():
        weight[weight == 0] = 0
    flat = weight.detach().flatten()
    bitmap = flat != 0
    return bitmap, flat[bitmap]
