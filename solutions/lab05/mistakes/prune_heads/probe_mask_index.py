# mistake: selects with a boolean mask, which the meta device the docstring requires does not support
# expect: meta
def prune_heads(query, key, value, output, num_heads, heads):
    for name, layer in (("query", query), ("key", key), ("value", value), ("output", output)):
        if not isinstance(layer, nn.Linear):
            raise TypeError(f"{name} must be an nn.Linear")
    num_heads = validate_int("num_heads", num_heads, 1)
    e = query.out_features
    if key.out_features != e or value.out_features != e or e % num_heads or output.in_features != e:
        raise ValueError("widths do not fit num_heads")
    if not isinstance(heads, (list, tuple)):
        raise TypeError("heads must be a list or tuple")
    heads = [validate_int("heads[i]", h, 0, num_heads - 1) for h in heads]
    if len(set(heads)) < len(heads):
        raise ValueError("repeated head")
    d = e // num_heads
    mask = torch.ones(num_heads, d, dtype=torch.bool)
    mask[heads] = False
    mask = mask.flatten().to(query.weight.device)
    width = int(mask.sum()) if mask.device.type != "meta" else (num_heads - len(heads)) * d
    out = []
    with torch.no_grad():
        for layer in (query, key, value):
            new = nn.Linear(
                layer.in_features,
                width,
                bias=layer.bias is not None,
                device=layer.weight.device,
                dtype=layer.weight.dtype,
            )
            new.weight.copy_(layer.weight[mask])
            if layer.bias is not None:
                new.bias.copy_(layer.bias[mask])
            out.append(new)
        new = nn.Linear(
            width,
            output.out_features,
            bias=output.bias is not None,
            device=output.weight.device,
            dtype=output.weight.dtype,
        )
        new.weight.copy_(output.weight[:, mask])
        if output.bias is not None:
            new.bias.copy_(output.bias)
        out.append(new)
    return tuple(out)
