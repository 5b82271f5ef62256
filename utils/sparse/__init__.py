"""Sparse formats, their exact bit costs, sparse kernels and Huffman coding (Lab 1).

encodings   bitmap, run-length (Deep Compression's relative indices) and CSR encoders, with decoders
costs       exact storage cost in bits of a matrix in each format
formats     one class per format (Dense, Bitmap, RunLength, COO, CSR, CSC, NMPacked) and the cheapest format
kernels     CSR and N:M sparse products: readable torch references and numba kernels (csr_spmv_fast, csr_spmm,
            nm_spmm)
huffman     Huffman code lengths, canonical codes, encoding, decoding and the saving over fixed-width codes
"""

from utils.sparse.costs import FORMATS, encoding_bits, index_bits
from utils.sparse.encodings import bitmap_decode, bitmap_encode, csr_from_dense, rle_decode, rle_encode
from utils.sparse.formats import (
    COO,
    CSC,
    CSR,
    Bitmap,
    Dense,
    NMPacked,
    RunLength,
    SparseFormat,
    best_encoding,
)
from utils.sparse.huffman import (
    HuffmanReport,
    huffman_code,
    huffman_code_lengths,
    huffman_decode,
    huffman_encode,
    huffman_report,
)
from utils.sparse.kernels import (
    csr_spmm,
    csr_spmm_reference,
    csr_spmv,
    csr_spmv_fast,
    nm_spmm,
    nm_spmm_reference,
    validate_csr,
    warm_up_kernels,
)

__all__ = [
    "COO",
    "CSC",
    "CSR",
    "FORMATS",
    "Bitmap",
    "Dense",
    "HuffmanReport",
    "NMPacked",
    "RunLength",
    "SparseFormat",
    "best_encoding",
    "bitmap_decode",
    "bitmap_encode",
    "validate_csr",
    "csr_from_dense",
    "csr_spmm",
    "csr_spmm_reference",
    "csr_spmv",
    "csr_spmv_fast",
    "encoding_bits",
    "huffman_code",
    "huffman_code_lengths",
    "huffman_decode",
    "huffman_encode",
    "huffman_report",
    "index_bits",
    "nm_spmm",
    "nm_spmm_reference",
    "rle_decode",
    "rle_encode",
    "warm_up_kernels",
]
