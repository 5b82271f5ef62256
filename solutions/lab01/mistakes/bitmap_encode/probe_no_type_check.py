# mistake: a list for weight raises AttributeError, not TypeError
# expect: TypeError


def bitmap_encode(weight):
    flat = weight.detach().flatten()
    bitmap = flat != 0
    return bitmap, flat[bitmap]
