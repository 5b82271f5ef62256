# mistake: truncates the larger population to the smaller size
# expect: PIE masks
def pie_mask(dense_predictions, compressed_predictions):

    k = (
        min(dense_predictions.shape[0], compressed_predictions.shape[0])
        if dense_predictions.dim() == 2 and compressed_predictions.dim() == 2
        else None
    )
    a = modal_labels(dense_predictions[:k] if k else dense_predictions)
    b = modal_labels(compressed_predictions[:k] if k else compressed_predictions)
    if a.shape != b.shape:
        raise ValueError("N differs")
    return a != b
