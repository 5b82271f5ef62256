# alternative: deepcopy of each layer, then new Parameters from torch.cat of slices
import copy


def prune_heads(query, key, value, output, num_heads, heads):
    for name, layer in zip(("query", "key", "value", "output"), (query, key, value, output)):
        validate_type(name, layer, nn.Linear)
    num_heads = validate_int("num_heads", num_heads, 1)
    e = query.out_features
    if not (key.out_features == e and value.out_features == e and e % num_heads == 0 and output.in_features == e):
        raise ValueError("widths do not fit")
    validate_type("heads", heads, (list, tuple))
    seen = set()
    for h in heads:
        h = validate_int("head", h, 0, num_heads - 1)
        if h in seen:
            raise ValueError("repeated head")
        seen.add(h)
    d = e // num_heads
    kept = [h for h in range(num_heads) if h not in seen]

    def cut(t, dim):
        parts = [t.detach().narrow(dim, h * d, d) for h in kept]
        if not parts:
            shape = list(t.shape)
            shape[dim] = 0
            return t.detach().new_empty(shape)
        return torch.cat(parts, dim=dim).clone()

    result = []
    for layer in (query, key, value):
        new = copy.deepcopy(layer)
        new.weight = nn.Parameter(cut(layer.weight, 0))
        if layer.bias is not None:
            new.bias = nn.Parameter(cut(layer.bias, 0))
        new.out_features = len(kept) * d
        result.append(new)
    new = copy.deepcopy(output)
    new.weight = nn.Parameter(cut(output.weight, 1))
    new.in_features = len(kept) * d
    result.append(new)
    return tuple(result)
