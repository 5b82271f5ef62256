# mistake: compares the numbers of examples before checking each argument
# expect: TypeError
def pie_mask(dense_predictions, compressed_predictions):

    def mode(p):
        if p.shape[1] == 0:
            return torch.zeros(0, dtype=torch.long)
        p = p.long()
        c = int(p.max()) + 1
        counts = torch.zeros(c, p.shape[1], dtype=torch.long).scatter_add_(0, p, torch.ones_like(p))
        return c - 1 - counts.flip(0).argmax(0)

    def check(name, p):
        validate_type(name, p, torch.Tensor)
        if p.dtype == torch.bool or p.is_floating_point() or p.is_complex():
            raise TypeError(name)
        if p.dim() != 2 or p.shape[0] == 0 or bool((p < 0).any()):
            raise ValueError(name)

    if dense_predictions.shape[-1] != compressed_predictions.shape[-1]:
        raise ValueError("N differs")
    check("dense_predictions", dense_predictions)
    check("compressed_predictions", compressed_predictions)
    return mode(dense_predictions) != mode(compressed_predictions)
