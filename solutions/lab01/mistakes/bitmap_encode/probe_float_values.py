# mistake: values converted to float32
# expect: dtype


def bitmap_encode(weight):
    validate_type("weight", weight, torch.Tensor)
    flat = weight.detach().flatten()
    bitmap = flat != 0
    return bitmap, flat[bitmap].float()
