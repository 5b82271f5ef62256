# mistake: always gives the new layers a bias
# expect: bias is None
def prune_heads(
    query: nn.Linear, key: nn.Linear, value: nn.Linear, output: nn.Linear, num_heads: int, heads: list[int]
) -> tuple[nn.Linear, nn.Linear, nn.Linear, nn.Linear]:
    for name, layer in (("query", query), ("key", key), ("value", value), ("output", output)):
        validate_type(name, layer, nn.Linear)
    num_heads = validate_int("num_heads", num_heads, minimum=1)
    width = query.out_features
    if width % num_heads or key.out_features != width or value.out_features != width or output.in_features != width:
        raise ValueError(f"the layers' widths do not fit num_heads = {num_heads}")
    validate_type("heads", heads, (list, tuple))
    removed = [validate_int("a head index", h, minimum=0, maximum=num_heads - 1) for h in heads]
    if len(set(removed)) != len(removed):
        raise ValueError(f"heads must not repeat a head, got {heads!r}")
    head_dim = width // num_heads
    rows = torch.tensor(
        [h * head_dim + d for h in range(num_heads) if h not in removed for d in range(head_dim)],
        dtype=torch.int64,
        device=query.weight.device,
    )

    def sliced(layer, dim):
        weight = layer.weight.detach()
        shape = (layer.in_features, len(rows)) if dim == 0 else (len(rows), layer.out_features)
        new = nn.Linear(*shape, bias=True, device=weight.device, dtype=weight.dtype)
        with torch.no_grad():
            new.weight.copy_(weight.index_select(dim, rows))
            if layer.bias is not None:
                new.bias.copy_(layer.bias.detach()[rows] if dim == 0 else layer.bias.detach())
        return new

    return sliced(query, 0), sliced(key, 0), sliced(value, 0), sliced(output, 1)
