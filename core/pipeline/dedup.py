"""Near-duplicate articles (syndicated copies): MinHash signatures, LSH buckets, exact Jaccard to confirm."""
from __future__ import annotations

import zlib
from collections import defaultdict
from typing import Callable

import numpy as np

from core.pipeline.paragraphs import key

SHINGLE = 5
N_HASHES = 64
BANDS = 16  # 16 bands of 4 rows: pairs with Jaccard ≥ ~0.6 meet in some bucket with high probability
_PRIME = (1 << 61) - 1
_rng = np.random.default_rng(20240821)
_A = _rng.integers(1, _PRIME, size=N_HASHES, dtype=np.uint64)
_B = _rng.integers(0, _PRIME, size=N_HASHES, dtype=np.uint64)


def shingles(text: str) -> set[int]:
    tokens = key(text).split()
    if len(tokens) < SHINGLE:
        return {zlib.crc32(" ".join(tokens).encode())} if tokens else set()
    return {zlib.crc32(" ".join(tokens[i : i + SHINGLE]).encode()) for i in range(len(tokens) - SHINGLE + 1)}


def signature(items: set[int]) -> np.ndarray:
    if not items:
        return np.full(N_HASHES, np.iinfo(np.uint64).max, dtype=np.uint64)
    values = np.fromiter(items, dtype=np.uint64)
    with np.errstate(over="ignore"):
        hashed = (values[:, None] * _A[None, :] + _B[None, :]) % np.uint64(_PRIME)
    return hashed.min(axis=0)


def jaccard(a: set[int], b: set[int]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


class NearDuplicateIndex:
    """Add texts in order; `match` finds an earlier text at or above the Jaccard threshold. Texts may be added by
    signature alone (a stored corpus): `lookup(ids)` then gives their shingles when a new text falls in their bucket."""

    def __init__(self, threshold: float, lookup: Callable[[list[str]], dict[str, set[int]]] | None = None) -> None:
        self.threshold = threshold
        self._buckets: dict[tuple[int, bytes], list[str]] = defaultdict(list)
        self._shingles: dict[str, set[int] | None] = {}
        self._lookup = lookup

    @staticmethod
    def fingerprint(text: str) -> tuple[set[int], np.ndarray]:
        items = shingles(text)
        return items, signature(items)

    def match(self, items: set[int], sig: np.ndarray) -> str | None:
        """The id of the most similar earlier text at or above the threshold, else None."""
        best, best_score = None, self.threshold
        candidates = list(dict.fromkeys(other for band in self._bands(sig) for other in self._buckets.get(band, ())))
        unknown = [other for other in candidates if self._shingles[other] is None]
        if unknown and self._lookup is not None:
            self._shingles.update(self._lookup(unknown))
        for other in candidates:
            score = jaccard(items, self._shingles[other] or set())
            if score >= best_score:
                best, best_score = other, score
        return best

    def add(self, doc_id: str, items: set[int] | None, sig: np.ndarray) -> None:
        self._shingles[doc_id] = items
        for band in self._bands(sig):
            self._buckets[band].append(doc_id)

    @staticmethod
    def _bands(sig: np.ndarray):
        rows = N_HASHES // BANDS
        for band in range(BANDS):
            yield band, sig[band * rows : (band + 1) * rows].tobytes()


def to_stored(sig: np.ndarray) -> list[int]:
    """A signature as the store keeps it (int64 values)."""
    return sig.view(np.int64).tolist()


def from_stored(values) -> np.ndarray:
    return np.asarray(values, dtype=np.int64).view(np.uint64)
