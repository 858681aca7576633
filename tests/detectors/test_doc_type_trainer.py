"""The document-type trainer (detectors/data/learned/train.py) on a small fixture of our own:
it reads a set as a scan does, gives the same file for the same data, and its
leave-one-set-out table prints scores only."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from detectors.bow_model import load_model
from detectors.bow_train import TrainConfig
from detectors.data.learned import cross_validate, train
from tests.policy.confused_docs import ALL

FAST = TrainConfig(l2=1e-4, steps=80, rate=0.1, min_df=1, max_features=300)


def _write_set(root: Path, name: str, docs: list[tuple[str, str]]) -> Path:
    folder = root / name
    (folder / "docs").mkdir(parents=True)
    lines = []
    for n, (doc_type, text) in enumerate(docs):
        (folder / "docs" / f"{n:03}-document.txt").write_text(text, encoding="utf-8")
        lines.append(json.dumps({"doc": f"{n:03}-document.txt", "doc_type": doc_type}))
    (folder / "labels.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def fixture_sets(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("sets")
    _write_set(root, "special-doctype-rules-1", ALL[0::2])
    _write_set(root, "special-doctype-rules-2", ALL[1::2])
    return root


def test_a_set_is_read_as_the_classifier_reads_it(fixture_sets: Path) -> None:
    assert train.set_names(fixture_sets) == ["special-doctype-rules-1", "special-doctype-rules-2"]
    examples = train.read_set(fixture_sets / "special-doctype-rules-1")
    assert [e.doc_type for e in examples] == [t for t, _ in ALL[0::2]]
    assert all(dict(e.fields)["b"] and e.rules and e.set_name.endswith("-1") for e in examples)


def test_the_trainer_writes_the_same_file_for_the_same_data(fixture_sets: Path,
                                                            tmp_path: Path) -> None:
    files = []
    for n in range(2):
        examples = [e for name in train.set_names(fixture_sets)
                    for e in train.read_set(fixture_sets / name)]
        files.append(tmp_path / f"model-{n}.json")
        train.write(train.fit(examples, FAST), files[-1])
    assert files[0].read_bytes() == files[1].read_bytes()
    model = load_model(files[0])
    assert model.meta["trained_on"] == train.set_names(fixture_sets)
    assert set(model.classes) == {t for t, _ in ALL}


def test_the_cross_validation_table_prints_scores_only(
        fixture_sets: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(train, "TRAINING", FAST)
    monkeypatch.setattr(cross_validate, "fit", lambda ex: train.fit(ex, FAST))
    examples = [e for name in train.set_names(fixture_sets)
                for e in train.read_set(fixture_sets / name)]
    cross_validate.print_table(examples)
    out = capsys.readouterr().out
    assert "special-doctype-rules-1" in out and "special-doctype-rules-2" in out
    assert out.count("/") >= 3 * 3  # accuracy/precision of rules, model, combined per row
    words = {w for _, text in ALL for w in text.split() if len(w) > 6}
    assert not [w for w in words if w in out]  # no document's words


def test_figures() -> None:
    f = cross_validate.figures(["cv", "cv", "other", "payslip"], ["cv", "other", "cv", "payslip"])
    assert (f.accuracy, f.cv_precision) == (0.5, 0.5)
    assert cross_validate.figures([], []).accuracy == 1.0


def test_the_model_learns_no_name(fixture_sets: Path) -> None:
    """issue #15: an invented person's name is no feature, though every CV of the training
    sets names her; a word that is also a surname ("visser") stays a word."""
    assert "kowalczyk" in train.names() and "visser" not in train.names()
    examples = [e for name in train.set_names(fixture_sets)
                for e in train.read_set(fixture_sets / name)]
    named = [replace(e, fields=tuple((k, f"{v}\nagnieszka kowalczyk, visser") for k, v in e.fields))
             if e.doc_type == "cv" else e for e in examples]
    model = train.fit(named, FAST)
    words = {t for f in model.weights for t in f.split(":", 1)[1].split("_")}
    assert "visser" in words and not words & {"agnieszka", "kowalczyk"}


def test_the_shipped_model_holds_no_name() -> None:
    model = load_model(train.OUT)
    words = {t for f in model.weights for t in f.split(":", 1)[1].split("_")}
    assert not words & train.names()


def test_a_word_of_one_set_only_is_not_learned() -> None:
    feats = [{"b:cv": 0.5, "b:flexwerk": 0.5}, {"b:cv": 1.0}, {"b:flexwerk": 1.0}]
    assert train.shared(feats, ["s-1", "s-2", "s-1"]) == [{"b:cv": 0.5}, {"b:cv": 1.0}, {}]
    assert train.shared(feats, ["s-1"] * 3) == feats  # one set: nothing to compare with


def test_the_trainer_learns_from_the_shipped_models_sets_unless_told(tmp_path: Path) -> None:
    """A set that lands in the folder later (held out, or a fresh DEV set) is not learned
    from by a plain rerun; ``--sets`` chooses."""
    shipped = tmp_path / "doc_type.json"
    shipped.write_text(json.dumps({"meta": {"trained_on": ["special-doctype-rules-1"]}}))
    assert train.chosen_sets(["train.py"], shipped) == ["special-doctype-rules-1"]
    assert train.chosen_sets(["train.py", "--cv", "--sets", "a,b"], shipped) == ["a", "b"]
    assert train.chosen_sets(["train.py"]) == json.loads(
        train.OUT.read_text("utf-8"))["meta"]["trained_on"]


def test_a_document_typed_by_another_convention_is_not_learned(fixture_sets: Path,
                                                               tmp_path: Path) -> None:
    """blind/conventions.toml lists documents whose writer typed them by a convention the
    project did not take: the trainer reads the set without them (one convention learned)."""
    root = tmp_path / "sets"
    folder = _write_set(root, "special-doctype-rules-1", ALL[0::2][:3])
    (root / train.CONVENTIONS).write_text(
        '[doc_type.special-doctype-rules-1]\ndocuments = ["001"]\n', encoding="utf-8")
    examples = train.read_set(folder)
    assert [e.doc_type for e in examples] == [ALL[0::2][0][0], ALL[0::2][2][0]]


def test_every_document_the_conventions_list_is_in_its_set() -> None:
    """A number in blind/conventions.toml or tests/eval/conventions/ names a document of its
    set (a typo would silently keep a document in, or leave one out of, training and the
    figures without them)."""
    data = train.read_conventions()
    assert "special-doctype-rules-25" in data["doc_type"]  # (a stop-40 file is read too)
    listed = [(name, number) for table in data.values() for name, body in table.items()
              for numbers in (body.values() if isinstance(body, dict) else ())
              if isinstance(numbers, list) for number in numbers]
    assert listed
    for name, number in listed:
        assert list((train.SETS / name / "docs").glob(f"{number}-*")), (name, number)


def test_a_later_stops_conventions_are_read_beside_the_frozen_file(tmp_path: Path) -> None:
    """The blind folder's conventions.toml is frozen; a later stop's file in the
    `conventions` folder beside the sets' folder is read with it, and a set's key given
    twice is an error naming the file."""
    sets = tmp_path / "blind"
    sets.mkdir()
    (sets / train.CONVENTIONS).write_text('[doc_type.s-1]\ndocuments = ["001"]\n',
                                          encoding="utf-8")
    added = tmp_path / train.ADDED_CONVENTIONS
    added.mkdir()
    (added / "stop40.toml").write_text('[rules.s-1]\nbsn-on-cv = ["002"]\n'
                                       '[doc_type.s-2]\ndocuments = ["003"]\n', encoding="utf-8")
    read = train.read_conventions(sets / train.CONVENTIONS)
    assert read == {"doc_type": {"s-1": {"documents": ["001"]}, "s-2": {"documents": ["003"]}},
                    "rules": {"s-1": {"bsn-on-cv": ["002"]}}}
    (added / "stop41.toml").write_text('[doc_type.s-1]\ndocuments = ["004"]\n',
                                       encoding="utf-8")
    with pytest.raises(ValueError, match="stop41.toml"):
        train.read_conventions(sets / train.CONVENTIONS)
