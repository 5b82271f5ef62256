# alternative: views the weights as (M, D, E) heads and index_selects the kept heads; clone into nn.Parameter
def prune_heads(query, key, value, output, num_heads, heads):
    for name, layer in zip(("query", "key", "value", "output"), (query, key, value, output)):
        if not isinstance(layer, nn.Linear):
            raise TypeError(f"{name} must be an nn.Linear")
    m = validate_int("num_heads", num_heads, 1)
    e_out = query.out_features
    if {key.out_features, value.out_features} != {e_out} or e_out % m or output.in_features != e_out:
        raise ValueError("widths do not fit")
    if not isinstance(heads, (list, tuple)):
        raise TypeError("heads must be a list or tuple")
    seen = set()
    for h in heads:
        h = validate_int("heads[i]", h, 0, m - 1)
        if h in seen:
            raise ValueError("repeated head")
        seen.add(h)
    d = e_out // m
    kept = torch.tensor(sorted(set(range(m)) - seen), dtype=torch.long, device=query.weight.device)

    def rows(layer):
        w = (
            layer.weight.detach()
            .view(m, d, layer.in_features)
            .index_select(0, kept)
            .reshape(len(kept) * d, layer.in_features)
        )
        new = nn.Linear(layer.in_features, len(kept) * d, bias=layer.bias is not None, dtype=w.dtype, device=w.device)
        new.weight = nn.Parameter(w.clone())
        if layer.bias is not None:
            new.bias = nn.Parameter(layer.bias.detach().view(m, d).index_select(0, kept).reshape(-1).clone())
        return new

    w = (
        output.weight.detach()
        .view(output.out_features, m, d)
        .index_select(1, kept)
        .reshape(output.out_features, len(kept) * d)
    )
    out = nn.Linear(len(kept) * d, output.out_features, bias=output.bias is not None, dtype=w.dtype, device=w.device)
    out.weight = nn.Parameter(w.clone())
    if output.bias is not None:
        out.bias = nn.Parameter(output.bias.detach().clone())
    return rows(query), rows(key), rows(value), out
