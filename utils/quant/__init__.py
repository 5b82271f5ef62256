"""Quantization: uniform quantizers, observers, fake quantization with straight-through estimators, QAT,
integer-only inference, k-means weight sharing and NF4 (Lab 7).

uniform      integer ranges, scale and zero-point (as torch.ao's observers compute them), quantize, dequantize,
             per tensor, per channel (any axis) and per group
observers    min-max (running), moving-average min-max, percentile and MSE-optimal clipping observers
ops          QuantOps, the functions a quantized model computes with (the student's own in Lab 7)
fake_quant   fake quantization with the clipped or plain straight-through estimator; the FakeQuantize module
qat          prepare_qat (Linear and Conv2d with fake-quantized weights and inputs), calibration, BatchNorm folding
integer      integer-only Linear and Conv2d: int8 products, int32 accumulation and bias, fixed-point requantization
kmeans       k-means weight sharing with linear initialisation, and the codebook + index storage cost
trained      trained quantization: centroid gradients (the sum of each cluster's weight gradients) and codebook
             fine-tuning (Deep Compression's second stage)
nf4          4-bit NormalFloat blockwise quantization, bit for bit as bitsandbytes; NF4 Linear layers
size         storage of pruned and quantized weights in Lab 1's sparse formats

Import from the submodules (``from utils.quant.uniform import quantize``). The graded functions of Lab 7 are left
out of the student edition, so code that calls them there needs the student's own (see ``QuantOps``).
"""
