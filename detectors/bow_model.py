"""A small linear bag-of-words model: tokenise, features, load weights, score, explain.

Generic: the fields, n-grams and classes come with the weights file, written by a trainer
(``detectors/bow_train.py``; the document-type model: ``detectors/data/learned/``). At run
time scoring is dictionary lookups and a softmax, no numpy: a worker loads one JSON file.
Multinomial logistic regression: https://en.wikipedia.org/wiki/Multinomial_logistic_regression
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path
from typing import Any

FORMAT = "privacyscan-bow-1"
# Letters of any script, or a run of digits; no language's word list: a Dutch and an English
# text are tokenised alike. A digit run becomes its shape by length ("2019" -> "<d4>"), so a
# model learns "a year", never one year or one number (and never keeps an identifier).
WORD = re.compile(r"[^\W\d_]+|\d+")


class BowModelError(ValueError):
    """A weights file that is missing, unreadable or not a model; the message names it."""


@dataclass(frozen=True)
class FeatureConfig:
    """How text becomes features: which n-grams of which fields, and how many characters
    of each field are read."""

    bigrams: bool = True
    char_ngrams: tuple[int, ...] = ()  # e.g. (4,): 4-grams inside each word (" cv ", "erva")
    max_chars: int = 6000

    def as_json(self) -> dict[str, Any]:
        return {"bigrams": self.bigrams, "char_ngrams": list(self.char_ngrams),
                "max_chars": self.max_chars}


@dataclass(frozen=True)
class BowModel:
    """Classes, a bias per class and, per feature, one weight per class."""

    classes: tuple[str, ...]
    bias: tuple[float, ...]
    weights: Mapping[str, tuple[float, ...]]
    config: FeatureConfig
    meta: Mapping[str, Any]


def tokenize(text: str) -> list[str]:
    """Lower-case words and digit shapes.

    >>> tokenize("Werkervaring: 2019 – heden, Zürich")
    ['werkervaring', '<d4>', 'heden', 'zürich']
    """
    return [f"<d{min(len(t), 9)}>" if t[0].isdigit() else t
            for t in WORD.findall(text.lower())]


def features(fields: Mapping[str, str], config: FeatureConfig) -> dict[str, float]:
    """Each field's words (``field:word``), word bigrams (``field:a_b``) and character
    n-grams (``field:#gram``), counted sublinearly (1 + log n), scaled to unit length per
    field so a long document weighs as much as a short one.

    >>> sorted(features({"t": "CV cv"}, FeatureConfig(bigrams=False)).items())
    [('t:cv', 1.0)]
    """
    out: dict[str, float] = {}
    for name, text in fields.items():
        counts = _counts(tokenize(text[: config.max_chars]), config)
        values = {f"{name}:{f}": 1.0 + math.log(n) for f, n in counts.items()}
        norm = math.sqrt(sum(v * v for v in values.values())) or 1.0
        out.update((f, v / norm) for f, v in values.items())
    return out


def _counts(tokens: list[str], config: FeatureConfig) -> Counter[str]:
    counts = Counter(tokens)
    if config.bigrams:
        counts.update(f"{a}_{b}" for a, b in pairwise(tokens))
    for n in config.char_ngrams:
        counts.update(f"#{w[i:i + n]}" for t in tokens if t[0] != "<"
                      for w in (f" {t} ",) for i in range(len(w) - n + 1))
    return counts


def logits(model: BowModel, feats: Mapping[str, float]) -> list[float]:
    """The bias plus each known feature's value times its weight, per class."""
    total = list(model.bias)
    weights = model.weights
    for f, v in feats.items():
        w = weights.get(f)
        if w is not None:
            total = [t + v * x for t, x in zip(total, w, strict=True)]
    return total


def probabilities(model: BowModel, feats: Mapping[str, float]) -> dict[str, float]:
    """Softmax of the logits: each class's probability (they sum to 1)."""
    z = logits(model, feats)
    top = max(z)
    e = [math.exp(x - top) for x in z]
    s = sum(e)
    return {c: x / s for c, x in zip(model.classes, e, strict=True)}


def explain(model: BowModel, feats: Mapping[str, float], cls: str,
            top: int = 5) -> list[tuple[str, float]]:
    """The features that weigh most for ``cls`` against the mean of the other classes in
    this text, strongest first: (feature, contribution)."""
    k = model.classes.index(cls)
    others = len(model.classes) - 1
    parts = [(f, v * (w[k] - (sum(w) - w[k]) / others))
             for f, v in feats.items() if (w := model.weights.get(f)) is not None]
    parts.sort(key=lambda p: (-abs(p[1]), p[0]))
    return [(f, round(c, 4)) for f, c in parts[:top]]


def load_model(path: Path) -> BowModel:
    """The model in a weights file. Raises BowModelError naming the file when it is
    missing, is not JSON, or is not a model of this format."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as e:
        raise BowModelError(f"{path}: cannot read the model ({e.strerror or e})") from e
    except ValueError as e:
        raise BowModelError(f"{path}: not a model file (invalid JSON: {e})") from e
    return model_from_json(data, str(path))


def model_from_json(data: Any, where: str = "model") -> BowModel:
    """A BowModel from its JSON object; BowModelError (naming ``where``) if it is not one."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise BowModelError(f"{where}: not a model file (format is not {FORMAT!r})")
    try:
        classes = tuple(str(c) for c in data["classes"])
        bias = tuple(float(b) for b in data["bias"])
        weights = {str(f): tuple(float(x) for x in w) for f, w in data["weights"].items()}
        cfg = data["features"]
        config = FeatureConfig(bool(cfg["bigrams"]), tuple(int(n) for n in cfg["char_ngrams"]),
                               int(cfg["max_chars"]))
    except (KeyError, TypeError, ValueError, AttributeError) as e:
        raise BowModelError(f"{where}: not a model file (bad or missing {e})") from e
    if len(bias) != len(classes) or any(len(w) != len(classes) for w in weights.values()):
        raise BowModelError(f"{where}: not a model file (a weight row is not one per class)")
    return BowModel(classes, bias, weights, config, data.get("meta", {}))


def model_to_json(model: BowModel) -> dict[str, Any]:
    """The JSON object ``model_from_json`` reads (features sorted: a stable file)."""
    return {"format": FORMAT, "classes": list(model.classes), "bias": list(model.bias),
            "features": model.config.as_json(), "meta": dict(model.meta),
            "weights": {f: list(model.weights[f]) for f in sorted(model.weights)}}
