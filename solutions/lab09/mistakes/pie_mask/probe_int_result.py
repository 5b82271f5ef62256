# mistake: returns an int64 0/1 tensor instead of bool
# expect: bool
def pie_mask(dense_predictions, compressed_predictions):

    a = modal_labels(dense_predictions)
    b = modal_labels(compressed_predictions)
    if a.shape != b.shape:
        raise ValueError("different numbers of examples")
    return (a != b).long()
