# mistake: returns the original layers when heads is empty (not new layers)
# expect: shares memory
def prune_heads(query, key, value, output, num_heads, heads):
    for name, layer in (("query", query), ("key", key), ("value", value), ("output", output)):
        validate_type(name, layer, nn.Linear)
    validate_int("num_heads", num_heads, 1)
    width = query.out_features
    if key.out_features != width or value.out_features != width or width % num_heads or output.in_features != width:
        raise ValueError("the layers' widths do not fit num_heads")
    validate_type("heads", heads, (list, tuple))
    for h in heads:
        validate_int("head", h, 0, num_heads - 1)
    if len(set(heads)) != len(heads):
        raise ValueError("repeated head")
    if not heads:
        return query, key, value, output
    d = width // num_heads
    removed = {int(h) for h in heads}
    rows = [h * d + i for h in range(num_heads) if h not in removed for i in range(d)]
    index = torch.tensor(rows, dtype=torch.long, device=query.weight.device)

    def rebuild(layer, dim):
        weight = layer.weight.index_select(dim, index)
        bias = layer.bias
        if bias is not None and dim == 0:
            bias = bias.index_select(0, index)
        new = nn.Linear(
            weight.shape[1], weight.shape[0], bias=bias is not None, dtype=weight.dtype, device=weight.device
        )
        with torch.no_grad():
            new.weight.copy_(weight)
            if bias is not None:
                new.bias.copy_(bias)
        return new

    return rebuild(query, 0), rebuild(key, 0), rebuild(value, 0), rebuild(output, 1)
