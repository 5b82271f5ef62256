# mistake: True where they agree
# expect: AGREE
def pie_mask(dense_predictions: torch.Tensor, compressed_predictions: torch.Tensor) -> torch.Tensor:
    dense_votes = modal_labels(dense_predictions)
    compressed_votes = modal_labels(compressed_predictions)
    if dense_predictions.shape[1] != compressed_predictions.shape[1]:
        raise ValueError("the two populations must label the same examples")
    return dense_votes == compressed_votes
