"""Shared code of the labs, one module per kind of thing.

data      offline datasets and cached torchvision downloads
models    small models and which of their layers get pruned
train     seeded training and evaluation loops
pruning   reference pruning methods, schedules, sensitivity scans (agree with torch.nn.utils.prune)
metrics   sparsity, parameter, MAC, storage and latency accounting
plots     the course's standard figures
grading   helpers for notebook test cells
"""
