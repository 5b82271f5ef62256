# mistake: goes through numpy, which lacks bfloat16
# expect: bfloat16


def bitmap_encode(weight):
    validate_type("weight", weight, torch.Tensor)
    flat = weight.detach().flatten().numpy()
    bitmap = flat != 0
    return torch.from_numpy(bitmap), torch.from_numpy(flat[bitmap].copy())
