# alternative: calls modal_labels, compares with ne()
def pie_mask(dense_predictions, compressed_predictions):

    before = modal_labels(dense_predictions)
    after = modal_labels(compressed_predictions)
    if before.numel() != after.numel():
        raise ValueError("dense and compressed have different numbers of examples")
    return torch.ne(before, after).to(torch.bool)
