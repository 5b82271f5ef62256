# mistake: any compressed model that disagrees with the dense mode
# expect: ANY compressed model
def pie_mask(dense_predictions: torch.Tensor, compressed_predictions: torch.Tensor) -> torch.Tensor:
    dense_votes = modal_labels(dense_predictions)
    compressed_votes = modal_labels(compressed_predictions)
    if dense_predictions.shape[1] != compressed_predictions.shape[1]:
        raise ValueError("the two populations must label the same examples")
    return (compressed_predictions.long() != dense_votes).any(dim=0)
