# mistake: rebuilds values from a Python list with torch.tensor (int32 -> int64, float16 -> float32)
# expect: bitmap_encode
def bitmap_encode(weight):
    validate_type("weight", weight, torch.Tensor)
    flat = weight.reshape(-1)
    bitmap = flat != 0
    return bitmap, torch.tensor([v for v in flat[bitmap].tolist()])
