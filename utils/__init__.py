"""Shared code of the labs, one subpackage per topic so that ten labs can share it.

data/        offline datasets (digits, MNIST-1D, arrests, hearts, Python docs text), cached torchvision downloads,
             stratified seeded splits
models/      small models (LeNet-300-100, an MNIST-1D MLP, a digits conv net), the offline pretrained MiniLM, and
             which of their layers get pruned
pruning/     reference pruning: masks, magnitude and structured pruning, schedules, sensitivity scans (masks agree
             with torch.nn.utils.prune), saliency and OBS, network slimming and L0 gates, lottery tickets
sparse/      sparse encodings, their exact bit costs, and sparse kernels (numba)
quant/       uniform and non-uniform quantization: observers, fake-quant with STE, QAT, integer-only inference,
             k-means, NF4 (agrees with torch.ao observers and bitsandbytes)
metrics/     parameter, nonzero and sparsity counts, MACs, storage bits, latency
train        seeded training and evaluation loops
plots        the course's standard figures
intervals    the mean and 95% t interval over seeds that every comparison of methods reports
validation   the argument checks every module uses (TypeError for a wrong type, ValueError for a bad value)
reference    graded_reference, the mark on reference implementations that the student edition leaves out
grading/     helpers for notebook test cells
"""

# Lab setup cells look for this name: a student's own utils.py beside a notebook would shadow the package.
__course__ = "Model Compression Labs"
