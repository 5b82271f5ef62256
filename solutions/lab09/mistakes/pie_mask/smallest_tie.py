# mistake: torch.mode for both populations
# expect: ties to the smallest label
def pie_mask(dense_predictions: torch.Tensor, compressed_predictions: torch.Tensor) -> torch.Tensor:
    modal_labels(dense_predictions)
    modal_labels(compressed_predictions)
    dense_votes = torch.mode(dense_predictions.long(), dim=0).values
    compressed_votes = torch.mode(compressed_predictions.long(), dim=0).values
    if dense_predictions.shape[1] != compressed_predictions.shape[1]:
        raise ValueError("the two populations must label the same examples")
    return dense_votes != compressed_votes
