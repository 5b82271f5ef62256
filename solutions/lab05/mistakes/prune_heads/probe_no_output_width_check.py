# mistake: does not check output's input width
# expect: ValueError
def prune_heads(
    query: nn.Linear, key: nn.Linear, value: nn.Linear, output: nn.Linear, num_heads: int, heads: list[int]
) -> tuple[nn.Linear, nn.Linear, nn.Linear, nn.Linear]:
    for name, layer in (("query", query), ("key", key), ("value", value), ("output", output)):
        validate_type(name, layer, nn.Linear)
    num_heads = validate_int("num_heads", num_heads, 1)
    width = query.out_features
    if key.out_features != width or value.out_features != width or width % num_heads:
        raise ValueError("the layers' widths do not fit num_heads.")
    validate_type("heads", heads, (list, tuple))
    for h in heads:
        validate_int("head index", h, 0, num_heads - 1)
    if len(set(int(h) for h in heads)) != len(heads):
        raise ValueError("a head index is repeated.")
    d = width // num_heads
    removed = {int(h) for h in heads}
    kept = [h for h in range(num_heads) if h not in removed]
    device, dtype = query.weight.device, query.weight.dtype
    index = torch.tensor([h * d + i for h in kept for i in range(d)], dtype=torch.long, device=device)

    def rows(layer):
        new = nn.Linear(
            layer.in_features,
            len(kept) * d,
            bias=layer.bias is not None,
            dtype=layer.weight.dtype,
            device=layer.weight.device,
        )
        with torch.no_grad():
            new.weight.copy_(layer.weight.index_select(0, index))
            if layer.bias is not None:
                new.bias.copy_(layer.bias.index_select(0, index))
        return new

    out = nn.Linear(
        len(kept) * d,
        output.out_features,
        bias=output.bias is not None,
        dtype=output.weight.dtype,
        device=output.weight.device,
    )
    with torch.no_grad():
        out.weight.copy_(output.weight.index_select(1, index))
        if output.bias is not None:
            out.bias.copy_(output.bias)
    return rows(query), rows(key), rows(value), out
