# alternative: np.sign on a float64 copy, cast back to the grad's dtype
def bn_l1_subgradient(model, lam):
    if not isinstance(model, nn.Module):
        raise TypeError("model must be an nn.Module")
    if isinstance(lam, (bool, np.bool_)) or not isinstance(lam, (int, float, np.integer, np.floating)):
        raise TypeError("lam must be a real number")
    if not np.isfinite(lam) or lam < 0:
        raise ValueError("bad lam")
    for module in model.modules():
        if isinstance(module, _BatchNorm) and module.affine:
            w = module.weight
            signs = np.sign(w.detach().cpu().double().numpy())
            step = torch.from_numpy(signs * float(lam)).to(dtype=w.dtype, device=w.device)
            if w.grad is None:
                w.grad = step
            else:
                w.grad.add_(step)
