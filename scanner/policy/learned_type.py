"""The learned second opinion on a document's type, beside the rules (classify.py).

A bag-of-words model (detectors/bow_model.py) trained on labelled documents
(detectors/data/learned/README.md) gives each type a probability; `decide` says when it
overrules the rules. Hard constraints stay with the rules: a video file, a genre named in
the title ("verzuimprotocol"), an MRZ (an ID copy, or a CV carrying one).
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from detectors.bow_model import BowModel, explain, features, load_model, probabilities

if TYPE_CHECKING:
    from scanner.policy.classify import Doc, Verdict

# when the model overrules the rules (decide_with), chosen by leave-one-set-out CV
RULES_SURE = 5  # points (doc_signals.toml): a title word and a heading, or a file name and two words
SURE = 0.6
CV_SURE = 0.9
RULES_UNLIKELY = 0.3
MODEL = Path(__file__).resolve().parents[2] / "detectors" / "data" / "learned" / "doc_type.json"


@lru_cache(maxsize=1)
def model() -> BowModel:
    return load_model(MODEL)


def fields(doc: Doc) -> dict[str, str]:
    """What the model reads: the title (first lines or subject), the text and an e-mail's
    attachment names; never the file name (the rules weigh it)."""
    return {"t": doc.title, "b": doc.text, "a": doc.attachments}


def type_probabilities(doc: Doc) -> dict[str, float]:
    m = model()
    return probabilities(m, features(fields(doc), m.config))


def decide(verdict: Verdict) -> tuple[str, str]:
    """(doc_type, reason): the rules' verdict, or the model's type where it finds the rules'
    type unlikely and its own likely (``decide_with``)."""
    if verdict.fixed or verdict.mrz or verdict.doc is None:
        return verdict.doc_type, verdict.reason
    p = type_probabilities(verdict.doc)
    doc_type, why = decide_with(verdict.doc_type, max(verdict.scores.values(), default=0),
                                verdict.mrz, verdict.fixed, p)
    if why is None:
        return verdict.doc_type, verdict.reason
    m = model()
    words = [f.split(":", 1)[1].replace("_", " ")
             for f, c in explain(m, features(fields(verdict.doc), m.config), doc_type, top=8)
             if c > 0 and "<d" not in f]  # a digit shape says nothing to a reader
    return doc_type, f"{why}; words: {', '.join(words[:4]) or '-'}"


def decide_with(rules: str, points: int, mrz: bool, fixed: bool,
                p: Mapping[str, float]) -> tuple[str, str | None]:
    """(doc_type, why the model overruled the rules, or None when it did not).

    The model decides where the rules are unsure (their best type scored ``points`` below
    RULES_SURE), it gives the rules' type less than RULES_UNLIKELY and its own at least SURE
    (CV_SURE for a CV: a CV's precision matters most). A video file, a genre title and an
    MRZ are the rules' (hard constraints). Chosen by leave-one-set-out cross-validation
    (detectors/data/learned/README.md)."""
    best = max(p, key=p.__getitem__)
    sure = CV_SURE if best == "cv" else SURE
    if fixed or mrz or best == rules or points >= RULES_SURE or p[best] < sure or (
            p.get(rules, 0.0) >= RULES_UNLIKELY):
        return rules, None
    return best, (f"learned model: {best} {p[best]:.2f} (the rules said {rules}, "
                  f"{p.get(rules, 0.0):.2f})")
