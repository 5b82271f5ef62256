# alternative: its own vote counts: one_hot sums, largest label via a reversed argmax
def pie_mask(dense_predictions: torch.Tensor, compressed_predictions: torch.Tensor) -> torch.Tensor:
    modal_labels(dense_predictions)
    modal_labels(compressed_predictions)

    def votes(p):
        if p.shape[1] == 0:
            return torch.zeros(0, dtype=torch.int64)
        counts = F.one_hot(p.long(), int(p.max()) + 1).sum(dim=0)
        return counts.shape[1] - 1 - counts.flip(1).argmax(dim=1)

    if dense_predictions.shape[1] != compressed_predictions.shape[1]:
        raise ValueError("the two populations must label the same examples")
    return votes(dense_predictions) != votes(compressed_predictions)
