"""The generic bag-of-words model: tokenising, features, scoring, explaining, loading, and a
trainer that gives the same weights for the same data."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from detectors.bow_model import (
    FORMAT,
    BowModel,
    BowModelError,
    FeatureConfig,
    explain,
    features,
    load_model,
    model_from_json,
    model_to_json,
    probabilities,
    text_probabilities,
    tokenize,
)
from detectors.bow_train import TrainConfig, train, vocabulary

# A small fixture of our own: three kinds of short texts, Dutch and English.
FIXTURE = [
    ("Werkervaring 2019 - heden verkoper. Opleiding mbo. Vaardigheden: Excel", "cv"),
    ("Work experience 2018 - present cashier. Education: college. Skills: Excel", "cv"),
    ("Curriculum vitae. Opleiding hbo 2012 - 2016. Werkervaring magazijn", "cv"),
    ("Loonstrook januari. Brutoloon 2.400,00 loonheffing nettoloon", "payslip"),
    ("Payslip March. Gross pay 2,100.00 wage tax net pay", "payslip"),
    ("Salarisstrook februari brutoloon loonheffing nettoloon vakantiegeld", "payslip"),
    ("Notulen teamoverleg. Aanwezig: team. Actiepunten: planning rooster", "other"),
    ("Minutes of the team meeting. Present: team. Action points: planning", "other"),
    ("Factuur 2024-113 voor detachering. Totaal te betalen binnen 30 dagen", "other"),
]
CLASSES = ("cv", "payslip", "other")
FAST = TrainConfig(steps=120, rate=0.1, min_df=1, max_features=200)


def _docs() -> list[dict[str, float]]:
    return [features({"b": text}, FeatureConfig()) for text, _ in FIXTURE]


def _model() -> BowModel:
    return train(_docs(), [label for _, label in FIXTURE], CLASSES, FeatureConfig(), FAST)


@pytest.mark.parametrize("text, expected", [
    ("Werkervaring: Verkoper", ["werkervaring", "verkoper"]),
    ("Work EXPERIENCE, skills.", ["work", "experience", "skills"]),
    ("2019 – heden", ["<d4>", "heden"]),
    ("BSN 111222333", ["bsn", "<d9>"]),  # a number is kept as its shape only
    ("tel. 0612345678901", ["tel", "<d9>"]),  # shapes stop at nine digits
    ("Zürich, Ærø, café", ["zürich", "ærø", "café"]),  # letters of any script
    ("hobby's & e-mail_adres", ["hobby", "s", "e", "mail", "adres"]),
    ("", []),
])
def test_tokenize(text: str, expected: list[str]) -> None:
    assert tokenize(text) == expected


def test_features_are_per_field_and_unit_length() -> None:
    feats = features({"t": "Curriculum vitae", "b": "opleiding opleiding werkervaring"},
                     FeatureConfig())
    assert set(feats) == {"t:curriculum", "t:vitae", "t:curriculum_vitae", "b:opleiding",
                          "b:werkervaring", "b:opleiding_opleiding", "b:opleiding_werkervaring"}
    for field in ("t", "b"):
        assert math.isclose(sum(v * v for f, v in feats.items() if f.startswith(field)), 1.0)
    # sublinear: a word said twice weighs 1 + log 2 against once
    assert math.isclose(feats["b:opleiding"] / feats["b:werkervaring"], 1 + math.log(2))


def test_features_without_bigrams_with_char_ngrams_and_a_limit() -> None:
    feats = features({"b": "cv ervaring"}, FeatureConfig(bigrams=False, char_ngrams=(4,)))
    assert "b:cv" in feats and "b:cv_ervaring" not in feats
    assert {"b:# cv ", "b:# erv", "b:#ring"} <= set(feats)
    assert set(features({"b": "cv ervaring"}, FeatureConfig(max_chars=2))) == {"b:cv"}


def test_probabilities_sum_to_one_and_pick_the_class() -> None:
    model = _model()
    for text, label in FIXTURE:
        p = probabilities(model, features({"b": text}, model.config))
        assert math.isclose(sum(p.values()), 1.0)
        assert max(p, key=p.__getitem__) == label
    unseen = probabilities(model, features({"b": "Vaardigheden en opleiding"}, model.config))
    assert max(unseen, key=unseen.__getitem__) == "cv"


def test_the_fast_path_scores_as_the_features() -> None:
    model = _model()
    for config in (model.config, FeatureConfig(bigrams=False, char_ngrams=(3, 4))):
        m = BowModel(model.classes, model.bias, {**model.weights, "b:#ing": (1.0, 0.5, -1.5),
                                                 "t:excel": (0.3, 0.0, -0.3)}, config, {})
        for text, _ in FIXTURE:
            fields = {"t": text[:30], "b": text, "x": "unknown field"}
            slow = probabilities(m, features(fields, config))
            fast = text_probabilities(m, fields)
            assert all(math.isclose(slow[c], fast[c], rel_tol=1e-9) for c in m.classes)


def test_unknown_words_leave_the_bias() -> None:
    model = BowModel(("a", "b"), (0.0, math.log(3)), {"b:x": (1.0, -1.0)}, FeatureConfig(), {})
    p = probabilities(model, features({"b": "nothing known here"}, model.config))
    assert math.isclose(p["b"], 0.75)


def test_explain_lists_the_strongest_features_first() -> None:
    model = BowModel(("cv", "other"), (0.0, 0.0),
                     {"b:opleiding": (2.0, -2.0), "b:notulen": (-3.0, 3.0), "b:de": (0.1, 0.0)},
                     FeatureConfig(bigrams=False), {})
    feats = features({"b": "de opleiding notulen"}, model.config)
    top = explain(model, feats, "cv", top=2)
    assert [f for f, _ in top] == ["b:notulen", "b:opleiding"]
    assert top[0][1] < 0 < top[1][1]  # against a CV, then for it
    assert explain(model, features({"b": "onbekend"}, model.config), "cv") == []


def test_a_model_file_round_trips(tmp_path: Path) -> None:
    model = _model()
    path = tmp_path / "m.json"
    path.write_text(json.dumps(model_to_json(model)), encoding="utf-8")
    loaded = load_model(path)
    assert loaded == BowModel(model.classes, model.bias, model.weights, model.config,
                              json.loads(json.dumps(model.meta)))


@pytest.mark.parametrize("content, says", [
    (None, "cannot read the model"),
    ("{not json", "invalid JSON"),
    ('["a list"]', "format is not"),
    (json.dumps({"format": "other-format"}), "format is not"),
    (json.dumps({"format": FORMAT, "classes": ["a"]}), "bad or missing"),
    (json.dumps({"format": FORMAT, "classes": ["a", "b"], "bias": [0, 0],
                 "features": {"bigrams": True, "char_ngrams": [], "max_chars": 10},
                 "weights": {"b:x": [1.0]}}), "one per class"),
    (json.dumps({"format": FORMAT, "classes": ["a", "b"], "bias": [0, "x"],
                 "features": {"bigrams": True, "char_ngrams": [], "max_chars": 10},
                 "weights": {}}), "bad or missing"),
])
def test_a_missing_or_corrupt_file_is_a_clear_error(tmp_path: Path, content: str | None,
                                                     says: str) -> None:
    path = tmp_path / "weights.json"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(BowModelError, match=says) as err:
        load_model(path)
    assert str(path) in str(err.value)


def test_model_from_json_names_where_it_came_from() -> None:
    with pytest.raises(BowModelError, match="^builtin: "):
        model_from_json({}, "builtin")


def test_the_trainer_is_deterministic() -> None:
    first, second = _model(), _model()
    assert json.dumps(model_to_json(first)) == json.dumps(model_to_json(second))
    assert first.meta["documents"] == len(FIXTURE)


def test_the_trainer_keeps_the_strongest_features_rounded() -> None:
    small = train(_docs(), [label for _, label in FIXTURE], CLASSES, FeatureConfig(),
                  TrainConfig(steps=60, rate=0.1, min_df=1, max_features=10, digits=2))
    assert len(small.weights) == 10
    assert all(round(x, 2) == x for w in small.weights.values() for x in w)
    assert all(math.isclose(sum(w), 0.0, abs_tol=0.05) for w in small.weights.values())


def test_vocabulary_leaves_out_rare_features() -> None:
    docs = [{"a": 1.0, "b": 1.0}, {"a": 1.0}, {"c": 1.0, "a": 1.0}]
    assert vocabulary(docs, 2) == ["a"]
    assert vocabulary(docs, 1) == ["a", "b", "c"]
