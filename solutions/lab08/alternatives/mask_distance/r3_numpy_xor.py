# alternative: numpy logical_xor, count over size
def mask_distance(a, b):
    if not isinstance(a, torch.Tensor):
        raise TypeError("a must be a tensor")
    if not isinstance(b, torch.Tensor):
        raise TypeError("b must be a tensor")
    if tuple(a.shape) != tuple(b.shape):
        raise ValueError("shapes differ")
    if a.numel() == 0:
        raise ValueError("empty")
    x = a.detach().cpu().numpy() != 0
    y = b.detach().cpu().numpy() != 0
    return int(np.logical_xor(x, y).sum()) / int(x.size)
