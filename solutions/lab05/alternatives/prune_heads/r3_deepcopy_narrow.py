# alternative: deepcopies each layer, then replaces its parameters with torch.cat of narrow() slices
def prune_heads(query, key, value, output, num_heads, heads):
    import copy

    for name, layer in (("query", query), ("key", key), ("value", value), ("output", output)):
        validate_type(name, layer, nn.Linear)
    validate_int("num_heads", num_heads, 1)
    e = query.out_features
    if not (key.out_features == value.out_features == e == output.in_features) or e % num_heads != 0:
        raise ValueError("bad widths")
    validate_type("heads", heads, (list, tuple))
    for h in heads:
        validate_int("head", h, 0, num_heads - 1)
    if len(set(int(h) for h in heads)) < len(heads):
        raise ValueError("heads repeat")
    d = e // num_heads
    kept = [h for h in range(num_heads) if h not in set(int(x) for x in heads)]

    def take(t, dim):
        if not kept:
            return t.detach().narrow(dim, 0, 0).clone()
        return torch.cat([t.detach().narrow(dim, h * d, d) for h in kept], dim=dim)

    new = []
    for layer in (query, key, value):
        c = copy.deepcopy(layer)
        c.weight = nn.Parameter(take(layer.weight, 0))
        if layer.bias is not None:
            c.bias = nn.Parameter(take(layer.bias, 0))
        c.out_features = len(kept) * d
        new.append(c)
    c = copy.deepcopy(output)
    c.weight = nn.Parameter(take(output.weight, 1))
    c.in_features = len(kept) * d
    new.append(c)
    return tuple(new)
