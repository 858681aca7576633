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
from dataclasses import dataclass, field
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


Key = str | tuple[str, str]  # a word or '#'-gram, or a bigram


@dataclass(frozen=True)
class BowModel:
    """Classes, a bias per class and, per feature, one weight per class (``tables``: the
    same weights per field, keyed as ``_counts`` counts, for the fast path)."""

    classes: tuple[str, ...]
    bias: tuple[float, ...]
    weights: Mapping[str, tuple[float, ...]]
    config: FeatureConfig
    meta: Mapping[str, Any]
    tables: Mapping[str, Mapping[Key, tuple[float, ...]]] = field(
        init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        tables: dict[str, dict[Key, tuple[float, ...]]] = {}
        for name, w in self.weights.items():
            where, _, feature = name.partition(":")
            tables.setdefault(where, {})[_key_of(feature)] = w
        object.__setattr__(self, "tables", tables)


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
        counts = _counts(text, config)
        norm = _norm(counts)
        out.update((f"{name}:{_key_name(k)}", _tf(n) / norm) for k, n in counts.items())
    return out


def _counts(text: str, config: FeatureConfig) -> Counter[Key]:
    """Words (str), bigrams ((a, b): no string built per pair) and '#'-grams of a text."""
    tokens = tokenize(text[: config.max_chars])
    counts: Counter[Key] = Counter(tokens)
    if config.bigrams:
        counts.update(pairwise(tokens))
    for n in config.char_ngrams:
        counts.update(f"#{w[i:i + n]}" for t in tokens if t[0] != "<"
                      for w in (f" {t} ",) for i in range(len(w) - n + 1))
    return counts


def _key_name(key: Key) -> str:
    return key if isinstance(key, str) else f"{key[0]}_{key[1]}"


def _key_of(name: str) -> Key:
    """'a_b' is a bigram: a token never holds '_' (WORD), a '#'-gram may."""
    if name.startswith("#") or "_" not in name:
        return name
    a, b = name.split("_", 1)
    return (a, b)


_TF = [0.0, *(1.0 + math.log(n) for n in range(1, 64))]


def _tf(n: int) -> float:
    return _TF[n] if n < 64 else 1.0 + math.log(n)


def _norm(counts: Counter[Key]) -> float:
    return math.sqrt(sum(_tf(n) ** 2 for n in counts.values())) or 1.0


def logits(model: BowModel, feats: Mapping[str, float]) -> list[float]:
    """The bias plus each known feature's value times its weight, per class."""
    total = list(model.bias)
    weights = model.weights
    for f, v in feats.items():
        w = weights.get(f)
        if w is not None:
            total = [t + v * x for t, x in zip(total, w, strict=True)]
    return total


def text_logits(model: BowModel, fields: Mapping[str, str]) -> list[float]:
    """``logits(model, features(fields, model.config))`` without building a feature name
    per word and pair: the field's counted words and pairs met with its own table."""
    total = list(model.bias)
    for name, text in fields.items():
        table = model.tables.get(name)
        if table and text:
            total = _counted_logits(total, table, _counts(text, model.config))
    return total


def _counted_logits(total: list[float], table: Mapping[Key, tuple[float, ...]],
                    counts: Counter[Key]) -> list[float]:
    """``total`` plus each known key's weights times its value (1 + log n over the field's
    length). The length from how many keys occur n times (most once), the known keys by set
    intersection grouped by count: one column sum per group, not a loop over every key."""
    norm = math.sqrt(sum(_tf(n) ** 2 * k for n, k in Counter(counts.values()).items())) or 1.0
    by_count: dict[int, list[tuple[float, ...]]] = {}
    for key in counts.keys() & table.keys():
        by_count.setdefault(counts[key], []).append(table[key])
    for n, rows in by_count.items():
        v = _tf(n) / norm
        total = [t + v * sum(col) for t, col in zip(total, zip(*rows, strict=True), strict=True)]
    return total


def text_probabilities(model: BowModel, fields: Mapping[str, str]) -> dict[str, float]:
    """Each class's probability for the fields' texts (the fast path of ``probabilities``)."""
    return _softmax(model, text_logits(model, fields))


def probabilities(model: BowModel, feats: Mapping[str, float]) -> dict[str, float]:
    """Softmax of the logits: each class's probability (they sum to 1)."""
    return _softmax(model, logits(model, feats))


def _softmax(model: BowModel, z: list[float]) -> dict[str, float]:
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
