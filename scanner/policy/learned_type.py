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

from detectors.bow_model import BowModel, explain, features, load_model, text_probabilities
from scanner.policy.doc_structure import MARK, structure

if TYPE_CHECKING:
    from scanner.policy.classify import Doc, Verdict

# when the model overrules the rules (decide_with), chosen by leave-one-set-out CV over the
# ten DEV document sets (detectors/data/learned/README.md)
RULES_SURE = 5  # points (doc_signals.toml): a title word and a heading, or a file name and two words
SURE = 0.6
# different words a text needs before the model speaks: on a note of a line or two its
# probabilities are its prior (the shortest training document has 13, most over 28)
MIN_WORDS = 25
CV_SURE = 0.85
RULES_UNLIKELY = 0.2
# the model overrules even sure rules when it is this sure and gives their type at most
# 1 - VERY_SURE: the rules count topic words, and minutes or a letter from the UWV full of
# absence words score high as an absence record (never to or from a CV, nor against an MRZ)
VERY_SURE = 0.95
MODEL = Path(__file__).resolve().parents[2] / "detectors" / "data" / "learned" / "doc_type.json"


@lru_cache(maxsize=1)
def model() -> BowModel:
    return load_model(MODEL)


def fields(doc: Doc) -> dict[str, str]:
    """What the model reads: the title (first lines or subject), the text after the marker
    words of its form (doc_structure: a table, a letter, an e-mail, who it speaks of) and
    an e-mail's attachment names; never the file name (the rules weigh it)."""
    return {"t": doc.title, "b": f"{structure(doc.text)}\n{doc.text}", "a": doc.attachments}


def type_probabilities(doc: Doc) -> dict[str, float]:
    return text_probabilities(model(), fields(doc))


def decide(verdict: Verdict) -> tuple[str, str]:
    """(doc_type, reason): the rules' verdict, or the model's type where the rules are
    unsure and it is sure, or sure and it is very sure (``decide_with``)."""
    doc = verdict.doc
    if doc is None or _model_silent(verdict, len(doc.tokens)) or (
            verdict.doc_type == "cv" and _rules_sure(verdict)):
        # a CV the rules are sure of stays one whatever the model says: not asked
        return verdict.doc_type, verdict.reason  # decide_with's answer, without the model
    doc_type, why = decide_with(verdict, type_probabilities(doc), len(doc.tokens))
    if why is None:
        return verdict.doc_type, verdict.reason
    m = model()
    words = [f.split(":", 1)[1].replace("_", " ")
             for f, c in explain(m, features(fields(doc), m.config), doc_type, top=8)
             if c > 0 and "<d" not in f and MARK not in f]  # nor does a digit shape
    return doc_type, f"{why}; words: {', '.join(words[:4]) or '-'}"


def decide_with(verdict: Verdict, p: Mapping[str, float],
                words: int) -> tuple[str, str | None]:
    """(doc_type, why the model overruled the rules, or None when it did not), for a text
    of ``words`` different words that the model gives the probabilities ``p``.

    The model decides where the rules are unsure (their best type scored below RULES_SURE),
    the text has at least MIN_WORDS different words, the model gives the rules' type less
    than RULES_UNLIKELY and its own at least SURE (CV_SURE for a CV: a CV's precision
    matters most); where the rules are sure, only when it is VERY_SURE of its type and gives
    the rules' type at most 1 - VERY_SURE, neither being a CV. A video file, a genre title and a
    type about one person for a text about no one (``vetoed``) are the rules' (hard
    constraints); so is an MRZ, but for the one choice it leaves: an ID copy, or a CV that carries a scan of one (id-document-on-cv).
    Chosen by leave-one-set-out cross-validation (detectors/data/learned/README.md)."""
    rules = verdict.doc_type
    best = "cv" if verdict.mrz else max(p, key=p.__getitem__)
    sure = CV_SURE if best == "cv" and not verdict.mrz else SURE
    if _model_silent(verdict, words) or best == rules or best in verdict.vetoed:
        return rules, None
    if _rules_sure(verdict):
        if not _very_sure(verdict, p, best):
            return rules, None
    elif p.get(best, 0.0) < sure or p.get(rules, 0.0) >= RULES_UNLIKELY:
        return rules, None
    return best, (f"learned model: {best} {p[best]:.2f} (the rules said {rules}, "
                  f"{p.get(rules, 0.0):.2f})")


def _model_silent(verdict: Verdict, words: int) -> bool:
    """Whether the model is not asked at all: a hard constraint (a video file, a genre title,
    an MRZ the rules read as a CV's), or a note too short for it."""
    if verdict.fixed or words < MIN_WORDS:
        return True
    return verdict.mrz and verdict.doc_type != "id_copy"


def _very_sure(verdict: Verdict, p: Mapping[str, float], best: str) -> bool:
    """Whether the model overrules sure rules: VERY_SURE of its type, no CV either way (a
    CV's rules are the strictest), no MRZ."""
    return (not verdict.mrz and "cv" not in (best, verdict.doc_type)
            and p.get(best, 0.0) >= VERY_SURE
            and p.get(verdict.doc_type, 0.0) <= 1 - VERY_SURE)


def _rules_sure(verdict: Verdict) -> bool:
    """Whether the rules are sure of their type (the model must then be VERY_SURE), once the
    model is asked at all (``_model_silent``): never beside an MRZ, whose weight makes the
    rules' score high (not a measure here)."""
    return not verdict.mrz and max(verdict.scores.values(), default=0) >= RULES_SURE
