"""Train a ``bow_model.BowModel``: multinomial logistic regression with an L2 penalty, by
full-batch gradient descent (Adam) on sparse features, in numpy only.

Deterministic: the same documents and labels give the same weights (sorted vocabulary, a
fixed number of steps, no random start). Used by trainers, never at scan time.
Adam: https://arxiv.org/abs/1412.6980
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from detectors.bow_model import BowModel, FeatureConfig


@dataclass(frozen=True)
class TrainConfig:
    """How hard the weights are pulled to zero, how long it trains, what is kept."""

    l2: float = 1e-3  # the penalty l2 * |W|^2 / 2 beside the (weighted) mean loss
    steps: int = 300
    rate: float = 0.05
    min_df: int = 2  # a feature in fewer documents is left out (a name, a typo)
    max_features: int = 4000  # kept after training, by their largest weight
    balanced: bool = True  # each class weighs as much in the loss, however few its documents
    digits: int = 3  # weights are rounded: a small, stable file

    def as_json(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in self.__dataclass_fields__}


@dataclass(frozen=True)
class _Sparse:
    rows: np.ndarray
    cols: np.ndarray
    vals: np.ndarray
    n: int
    d: int


def vocabulary(docs: Sequence[Mapping[str, float]], min_df: int) -> list[str]:
    """Features that occur in at least ``min_df`` documents, sorted."""
    df = Counter(f for doc in docs for f in doc)
    return sorted(f for f, n in df.items() if n >= min_df)


def _matrix(docs: Sequence[Mapping[str, float]], vocab: list[str]) -> _Sparse:
    index = {f: i for i, f in enumerate(vocab)}
    triples = [(r, index[f], v) for r, doc in enumerate(docs)
               for f, v in sorted(doc.items()) if f in index]
    rows, cols, vals = (np.array(x) for x in zip(*triples, strict=True)) if triples else (
        np.zeros(0, int), np.zeros(0, int), np.zeros(0))
    return _Sparse(rows.astype(np.int64), cols.astype(np.int64), vals.astype(np.float64),
                   len(docs), len(vocab))


def _scores(x: _Sparse, w: np.ndarray, b: np.ndarray) -> np.ndarray:
    z = np.stack([np.bincount(x.rows, weights=x.vals * w[x.cols, k], minlength=x.n)
                  for k in range(w.shape[1])], axis=1)
    out: np.ndarray = z + b
    return out


def _softmax(z: np.ndarray) -> np.ndarray:
    e = np.exp(z - z.max(axis=1, keepdims=True))
    out: np.ndarray = e / e.sum(axis=1, keepdims=True)
    return out


def _gradient(x: _Sparse, y: np.ndarray, sample: np.ndarray, w: np.ndarray, b: np.ndarray,
              l2: float) -> tuple[np.ndarray, np.ndarray]:
    g = (_softmax(_scores(x, w, b)) - y) * sample[:, None]
    gw = np.stack([np.bincount(x.cols, weights=x.vals * g[x.rows, k], minlength=x.d)
                   for k in range(w.shape[1])], axis=1)
    return gw + l2 * sample.sum() * w, g.sum(axis=0)


def _adam(x: _Sparse, y: np.ndarray, sample: np.ndarray,
          cfg: TrainConfig) -> tuple[np.ndarray, np.ndarray]:
    k = y.shape[1]
    params = [np.zeros((x.d, k)), np.zeros(k)]
    m = [np.zeros_like(p) for p in params]
    v = [np.zeros_like(p) for p in params]
    for t in range(1, cfg.steps + 1):
        grads = _gradient(x, y, sample, params[0], params[1], cfg.l2)
        for i, g in enumerate(grads):
            m[i] = 0.9 * m[i] + 0.1 * g
            v[i] = 0.999 * v[i] + 0.001 * g * g
            step = (m[i] / (1 - 0.9**t)) / (np.sqrt(v[i] / (1 - 0.999**t)) + 1e-8)
            params[i] = params[i] - cfg.rate * step
    return params[0], params[1]


def _sample_weights(labels: Sequence[str], classes: Sequence[str], balanced: bool) -> np.ndarray:
    """Per document, summing to 1: each class weighs alike when ``balanced``."""
    counts = Counter(labels)
    raw = np.array([1.0 / (len(classes) * counts[c]) if balanced else 1.0 for c in labels])
    out: np.ndarray = raw / raw.sum()
    return out


def train(docs: Sequence[Mapping[str, float]], labels: Sequence[str], classes: Sequence[str],
          features: FeatureConfig, cfg: TrainConfig = TrainConfig(),
          meta: Mapping[str, Any] | None = None) -> BowModel:
    """A model of ``classes`` from documents' features (``bow_model.features``) and labels;
    the ``max_features`` strongest features are kept, their weights rounded."""
    vocab = vocabulary(docs, cfg.min_df)
    x = _matrix(docs, vocab)
    y = np.array([[label == c for c in classes] for label in labels], dtype=np.float64)
    w, b = _adam(x, y, _sample_weights(labels, classes, cfg.balanced), cfg)
    w = w - w.mean(axis=1, keepdims=True)  # softmax is the same; a feature's row sums to 0
    strength = np.abs(w).max(axis=1)
    keep = sorted(np.argsort(-strength, kind="stable")[: cfg.max_features].tolist())
    weights = {vocab[i]: tuple(round(float(x), cfg.digits) for x in w[i]) for i in keep}
    bias = tuple(round(float(x), cfg.digits) for x in b - b.mean())
    info = {**(meta or {}), "train": cfg.as_json(), "documents": len(labels),
            "vocabulary": len(vocab)}
    return BowModel(tuple(classes), bias, weights, features, info)


def chosen_sets(argv: Sequence[str], shipped: Sequence[str]) -> list[str]:
    """The labelled sets a trainer learns from: ``--sets a,b`` on its command line, else the
    shipped model's own (``shipped``), so that a set written later (held out, or a fresh DEV
    one) is never learned from merely because it lies in the folder."""
    for k, arg in enumerate(argv):
        if arg == "--sets" and k + 1 < len(argv):
            return [s for s in argv[k + 1].split(",") if s]
    return list(shipped)
