# mistake: compressed ties to the smallest label (torch.mode)
# expect: ties
def pie_mask(dense_predictions, compressed_predictions):

    a = modal_labels(dense_predictions)
    modal_labels(compressed_predictions)
    b = compressed_predictions.long().mode(0).values
    if a.shape != b.shape:
        raise ValueError("N differs")
    return a != b
