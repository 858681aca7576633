"""The keyword gate (detectors/keyword_gate.py) closes only over strings a label pattern
cannot match: labels and context windows are scored as with every pattern run in full."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from detectors import context, keyword_gate, labels
from detectors.labels import Label
from detectors.registry import OWN_ENTITIES

EVAL = Path(__file__).resolve().parents[1] / "eval" / "data"
SEED = 20261201
# characters that IGNORECASE matches to an ASCII letter ("ſ" is "s", "K" (Kelvin) is "k")
_FOLDING = ["ſ", "\u212a", "İ", "ı", "é", "Ö"]


def _eval_windows() -> list[str]:
    texts = [json.loads(line)["text"] for f in sorted(EVAL.glob("*.jsonl"))
             for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [t[i : i + 60] for t in texts for i in range(0, len(t), 23)]


def _label_words() -> list[str]:
    tables = [t for t in context.context_words().values() if isinstance(t, dict)]
    return sorted({w.lstrip("*") for t in tables for k in ("context", "stems", "decoy", "tails")
                   for w in t.get(k, []) if isinstance(w, str)})


def _mixed(rng: random.Random, words: list[str]) -> str:
    """Label words, cased and glued as people write them, between other words and values."""
    parts = []
    for _ in range(rng.randint(1, 6)):
        w = rng.choice([*words, "Jansen", "06-12345678", "de", "met", "Casino", "Idee"])
        w = rng.choice([w, w.upper(), w.title(), w + rng.choice(["nummer", "nr.", "-nr", ""])])
        if rng.random() < 0.05:
            w = w.replace(rng.choice("skiI"), rng.choice(_FOLDING))
        parts.append(w + rng.choice([" ", ": ", "/", "-", ", ", "\n", ". ", ""]))
    return "".join(parts)


@pytest.fixture(scope="module")
def strings() -> list[str]:
    rng = random.Random(SEED)
    words = _label_words()
    return _eval_windows()[:12_000] + [_mixed(rng, words) for _ in range(8_000)]


@pytest.fixture(scope="module")
def gated() -> list[keyword_gate.Pattern]:
    context.validate_data([*OWN_ENTITIES])
    for entity in OWN_ENTITIES:
        context.patterns(entity)
    labels._negation()
    return [p for p, keys in keyword_gate._KEYS.values() if keys is not None]


def test_a_closed_gate_means_no_match(strings: list[str], gated: list[keyword_gate.Pattern]
                                      ) -> None:
    assert len(gated) >= 13  # every entity's context and decoy words, the negations
    closed = matched = 0
    for pattern in gated:
        for s in strings:
            found = pattern.search(s) is not None
            if not keyword_gate.may_hold((pattern,), s):
                assert not found, (pattern.pattern[:60], s)
                closed += 1
            matched += found
    assert closed > 100_000 and matched > 2_000  # the gate closed often; matches were seen


def test_folding_characters_keep_the_gate_open() -> None:
    p = labels.context_regex(["bsn"], ["sofi"])
    assert p is not None
    assert keyword_gate.may_hold((p,), "ſofi-nr") == 1 and p.search("ſofi-nr")
    assert keyword_gate.may_hold((p,), "Naam: Jan") == 0
    assert keyword_gate.may_hold((None, p), "BSN") == 2
    odd = labels.context_regex(["\u212aluis"], [])  # a word an ASCII label may hold unseen
    assert odd is not None and keyword_gate.may_hold((odd,), "kluis") == 1


def test_labels_and_windows_score_as_without_the_gate(strings: list[str],
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    entities = [e for e in OWN_ENTITIES if e != "PERSON"]

    def scored() -> list[object]:
        out = []
        for entity in entities:
            ctx, decoy = context.patterns(entity)
            for s in strings[::3]:
                out.append(labels.decisive_hit(ctx, decoy, s))
                out.append(context.nearest(ctx, s, len(s) // 2, len(s) // 2 + 1, 25))
        return out

    gated = scored()
    monkeypatch.setattr(keyword_gate, "may_hold",
                        lambda patterns, s: sum(1 << i for i in range(len(patterns))))
    monkeypatch.setattr(labels, "may_hold", keyword_gate.may_hold)
    monkeypatch.setattr(context, "may_hold", keyword_gate.may_hold)
    assert gated == scored()
    assert sum(x is not None for x in gated) > 1_000


def test_label_hits_remembered_are_the_hits_read(strings: list[str]) -> None:
    """decisive_hit remembers a label's hit (an export repeats its header as the label of
    every row): the same hit as reading the label anew, and only for patterns that stay."""
    import re

    labels._HITS.clear()
    ctx, decoy = context.patterns("NL_BSN")
    for s in strings[:3_000] * 2 + ["bsn "] * 50:
        assert labels.decisive_hit(ctx, decoy, s) == labels._decisive_hit(ctx, decoy, s), s
    assert (id(ctx), id(decoy), "bsn ") in labels._HITS
    passing = re.compile("bsn", re.IGNORECASE)  # compiled here, not registered: may go
    assert labels.decisive_hit(passing, None, "bsn ") is not None
    assert (id(passing), id(None), "bsn ") not in labels._HITS
    assert len(labels._HITS) <= labels._MAX_HITS


def test_label_evidence_remembered_is_the_evidence_read(strings: list[str]) -> None:
    """label_evidence remembers what a label reads as (context._label_hit): per label the
    same evidence as reading it anew, a decoy word's still read in its text, and a score
    or a word list changed after (data files reloaded) is read, not remembered."""
    context._LABEL_HITS.clear()
    for entity in ("NL_BSN", "DATE_OF_BIRTH", "PHONE_NUMBER"):
        for s in strings[:1_500] * 2:
            text = f"{s}123456782"
            fresh = context._read_label(*context.patterns(entity), context.label_before(
                text, len(s)))
            ev = context.label_evidence(entity, text, len(s))
            # (a period's word apart from the value is no label: context.period_word_apart)
            assert (ev is None) == (fresh[1] is None or context.period_word_apart(
                entity, text, len(s), fresh[0], fresh[1])), s
            if fresh[1] is not None and fresh[1].kind == "context":
                word = fresh[1].word.lower()
                assert ev == (context.scores(entity).label, f"label '{word}'",
                              Label(word, "context"))
    assert len(context._LABEL_HITS) <= context._MAX_LABEL_HITS
    ctx, decoy = context.patterns("NL_BSN")
    bsn = Label("bsn", "context")
    assert context._label_hit(ctx, decoy, 0.5, "BSN: ")[2] == (0.5, "label 'bsn'", bsn)
    assert context._label_hit(ctx, decoy, 0.9, "BSN: ")[2] == (0.9, "label 'bsn'", bsn)
