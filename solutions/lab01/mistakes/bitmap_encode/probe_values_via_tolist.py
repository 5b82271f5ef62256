# mistake: rebuilds values with torch.tensor(list) on the CPU, losing the device and int dtype
# expect: dtype


def bitmap_encode(weight):
    validate_type("weight", weight, torch.Tensor)
    flat = weight.detach().flatten()
    bitmap = flat != 0
    return bitmap, torch.tensor(flat[bitmap].tolist())
