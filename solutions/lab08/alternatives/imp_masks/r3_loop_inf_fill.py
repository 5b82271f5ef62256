# alternative: torch: pruned entries get +inf, stable sort of all entries, prune the first k (exact in float64)
def imp_masks(weights, masks, rate, output_rate=None, scope="local"):
    validate_type("weights", weights, Mapping)
    for name in weights:
        validate_type("weight", weights[name], torch.Tensor)
    if not len(weights):
        raise ValueError("no weights")
    if masks is not None:
        validate_type("masks", masks, Mapping)
        for name in masks:
            validate_type("mask", masks[name], torch.Tensor)
            if name in weights and masks[name].shape != weights[name].shape:
                raise ValueError("shape")
    rate = validate_fraction("rate", rate)
    out_rate = rate / 2 if output_rate is None else validate_fraction("output_rate", output_rate)
    if scope not in ["local", "global"]:
        raise ValueError("scope")
    names = list(weights)
    result = {}
    for name in names:
        w = weights[name]
        keep = (
            torch.ones(w.shape, dtype=torch.bool)
            if masks is None or name not in masks
            else masks[name].detach().cpu() != 0
        )
        result[name] = keep.flatten()

    def run(group, p):
        score = torch.cat(
            [
                torch.where(
                    result[n],
                    weights[n].detach().cpu().flatten().double().abs(),
                    torch.tensor(float("inf"), dtype=torch.float64),
                )
                for n in group
            ]
        )
        remaining = sum(int(result[n].sum()) for n in group)
        k = round(p * remaining)
        order = torch.sort(score, stable=True).indices[:k]
        flags = torch.cat([result[n] for n in group]).clone()
        flags[order] = False
        for n, part in zip(group, torch.split(flags, [weights[n].numel() for n in group])):
            result[n] = part

    if scope == "global":
        if len(names) > 1:
            run(names[:-1], rate)
    else:
        for n in names[:-1]:
            run([n], rate)
    run(names[-1:], out_rate)
    return {n: result[n].reshape(weights[n].shape).to(dtype=weights[n].dtype, device=weights[n].device) for n in names}
