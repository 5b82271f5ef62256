# mistake: numpy round trip: fails on bfloat16
# expect: bitmap dtype
def bitmap_encode(weight):
    validate_type("weight", weight, torch.Tensor)
    flat = weight.detach().cpu().numpy().reshape(-1)
    bitmap = flat != 0
    return torch.from_numpy(bitmap), torch.from_numpy(flat[bitmap].copy())
