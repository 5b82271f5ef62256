# alternative: the notebook's own modal_labels on each side, then compare
def pie_mask(dense_predictions, compressed_predictions):
    dense = modal_labels(dense_predictions)
    compressed = modal_labels(compressed_predictions)
    if dense.numel() != compressed.numel():
        raise ValueError("dense and compressed populations must cover the same examples")
    return torch.ne(dense, compressed)
