"""The learned second opinion on special categories (detectors/special_learned.py): loading,
the combination rules on a small model of our own, and the shipped model on our own documents."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from detectors import detect
from detectors.bow_model import BowModel, FeatureConfig, model_to_json
from detectors.special_category import candidates, is_weakly_tied, with_second_opinion
from detectors.special_learned import (
    DIAGNOSIS,
    FORMAT,
    Learned,
    LearnedDataError,
    Thresholds,
    evidence,
    load_learned,
    probabilities,
    second_opinion,
    sentence_scores,
)

CLASSES = ("SPECIAL_RELIGION", "SPECIAL_HEALTH", DIAGNOSIS)
# log-odds per feature: religion words, health words, an absence record's words
WEIGHTS = {
    "b:hoofddoek": (60.0, 0.0, 0.0), "b:bid": (36.0, 0.0, 0.0), "b:ik": (1.0, 1.0, 0.0),
    "b:rugklachten": (0.0, 60.0, 18.0), "b:ziek": (0.0, 6.0, 36.0),
    "b:verzuim": (0.0, 0.0, 60.0), "b:<d4>": (9.0, 0.0, 0.0), "b:vrijwilliger": (-24.0, 0.0, 0.0),
}
# the models read documents (MIN_WORDS): our short statements within a page of neutral words
FILLER = "\n" + " ".join(f"regel{i} staat hier" for i in range(20)) + "."


def page(text: str) -> str:
    return text + FILLER


SMALL = Learned(BowModel(CLASSES, (-2.0, -2.0, -2.0), WEIGHTS, FeatureConfig(max_chars=6000), {}),
                Thresholds(add=0.9, add_health=0.9, drop=0.05, evidence=2.0, diagnosis=0.9))


def test_a_confident_category_with_a_sentence_that_carries_it_is_added() -> None:
    text = page("Ik draag een hoofddoek en bid elke dag. Verder niets.")
    op = second_opinion(text, set(), set(), SMALL)
    assert [(c, ev.word) for c, _, ev in op.add] == [("SPECIAL_RELIGION", "hoofddoek")]
    ev = op.add[0][2]
    assert text[ev.start : ev.end] == "hoofddoek"


def test_no_add_without_confidence_or_without_a_sentence() -> None:
    assert second_opinion(page("Ik lees."), set(), set(), SMALL).add == ()  # p below add
    # confident over the whole text, but no one sentence weighs enough
    spread = page("Hoofddoek. Bid.")
    learned = Learned(SMALL.model, Thresholds(add=0.5, add_health=0.5, drop=0.0, evidence=70.0,
                                              diagnosis=1.1))
    assert second_opinion(spread, set(), set(), learned).add == ()


def test_the_word_of_a_learned_finding_is_never_a_number() -> None:
    text = "2019 2020 2021 2022 hoofddoek 2023"
    ev = evidence(text, SMALL, "SPECIAL_RELIGION")
    assert ev is not None and ev.word == "hoofddoek"


def test_a_rule_finding_the_model_finds_very_unlikely_is_dropped() -> None:
    op = second_opinion(page("Vrijwilliger vrijwilliger."), {"SPECIAL_RELIGION"},
                        {"SPECIAL_RELIGION"}, SMALL)
    assert op.drop == {"SPECIAL_RELIGION"}
    kept = second_opinion(page("Ik bid, hoofddoek."), {"SPECIAL_RELIGION"}, set(), SMALL)
    assert kept.drop == frozenset()


def test_a_confident_diagnosis_marks_health_or_adds_it() -> None:
    text = page("Verzuim: ziek gemeld.\nOorzaak volgens medewerker rugklachten en ziek.")
    with_health = second_opinion(text, {"SPECIAL_HEALTH"}, {"SPECIAL_HEALTH"}, SMALL)
    assert with_health.diagnosis is not None and with_health.diagnosis_evidence is None
    # health added by the model itself: that finding is marked, no second one
    alone = second_opinion(text, set(), set(), SMALL)
    assert [c for c, _, _ in alone.add] == ["SPECIAL_HEALTH"]
    assert alone.diagnosis is not None and alone.diagnosis_evidence is None
    # no health at all: the sentence that carries the diagnosis is the finding
    no_health = Learned(SMALL.model, Thresholds(add=1.01, add_health=1.01, drop=0.0,
                                                evidence=2.0, diagnosis=0.9))
    op = second_opinion(text, set(), set(), no_health)
    assert op.diagnosis_evidence is not None and op.diagnosis_evidence.word == "verzuim"


def test_a_short_text_is_left_to_the_rules() -> None:
    text = "Ik draag een hoofddoek en bid elke dag."  # a line: fewer than MIN_WORDS words
    assert probabilities(text, SMALL)["SPECIAL_RELIGION"] > 0.99
    assert second_opinion(text, set(), set(), SMALL).add == ()
    assert second_opinion("Reden verzuim: ziek", {"SPECIAL_HEALTH"}, set(), SMALL).drop == set()


def test_probabilities_are_independent_per_class() -> None:
    p = probabilities(page("hoofddoek rugklachten"), SMALL)
    assert p["SPECIAL_RELIGION"] > 0.9 and p["SPECIAL_HEALTH"] > 0.9 and p[DIAGNOSIS] < 0.5


@pytest.mark.parametrize("content, message", [
    (None, "cannot read"),
    ("{not json", "cannot read"),
    (json.dumps({"format": "other"}), "not a learned-models file"),
    (json.dumps({"format": FORMAT, "thresholds": {"add": 0.9}, "model": {}}), "not a model"),
])
def test_a_bad_data_file_is_a_clear_error(tmp_path: Path, content: str | None,
                                          message: str) -> None:
    path = tmp_path / "learned.json"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(LearnedDataError, match=message) as e:
        load_learned(path)
    assert str(path) in str(e.value)


def test_a_file_written_as_the_trainer_writes_it_loads(tmp_path: Path) -> None:
    path = tmp_path / "learned.json"
    path.write_text(json.dumps({"format": FORMAT, "thresholds": SMALL.thresholds.__dict__,
                                "model": model_to_json(SMALL.model)}), encoding="utf-8")
    assert load_learned(path) == SMALL


def _with(**changes: float) -> Learned:
    return Learned(SMALL.model, Thresholds(**{**SMALL.thresholds.__dict__, **changes}))


# a long text whose one statement the whole text's words dilute
LONG = ("Werkervaring\n" + "".join(f"Regel {i}: planning en administratie gedaan.\n"
                                     for i in range(60)) + "Ik draag een hoofddoek.\n")


def test_a_passage_is_scored_as_a_text_of_its_own_over_the_whole_text() -> None:
    best = sentence_scores(LONG, SMALL)
    p, ev = best["SPECIAL_RELIGION"]
    assert p > 0.99 > probabilities(LONG, SMALL)["SPECIAL_RELIGION"]
    assert LONG[ev.start : ev.end] == "hoofddoek"
    # the whole text is read, not its first max_chars
    assert len(LONG) > 2000 and ev.start > 2000
    assert "SPECIAL_HEALTH" not in best  # no passage carries a health word


def test_passages_scored_for_some_classes_score_as_for_all() -> None:
    # the second opinion asks only the open classes: the same figures and words for them
    for text in (LONG, page("Ik ben ziek. Rugklachten, ik bid en draag een hoofddoek."),
                 LONG + "Verzuim: ziek gemeld, rugklachten 2024."):
        whole = sentence_scores(text, SMALL)
        for asked in (["SPECIAL_HEALTH"], [DIAGNOSIS, "SPECIAL_RELIGION"]):
            assert sentence_scores(text, SMALL, asked) == {c: whole[c] for c in asked
                                                            if c in whole}
    shipped = load_learned()
    note = LONG + "Medewerker is moslim en lid van de FNV. Hij heeft diabetes."
    whole = sentence_scores(note, shipped)
    asked = ["SPECIAL_TRADE_UNION", "SPECIAL_RELIGION"]
    assert sentence_scores(note, shipped, asked) == {c: whole[c] for c in asked if c in whole}


def test_a_category_one_passage_states_is_added_only_above_the_gate() -> None:
    # the whole text gives religion p ~0.3 (above SENTENCE_GATE), one passage ~1.0
    learned = _with(add=1.01, add_health=1.01, sentence=0.99)
    op = second_opinion(LONG, set(), set(), learned)
    assert [(c, ev.word) for c, _, ev in op.add] == [("SPECIAL_RELIGION", "hoofddoek")]
    # switched off (the default), or below the gate: no second pass
    assert second_opinion(LONG, set(), set(), _with(add=1.01, add_health=1.01)).add == ()
    plain = LONG.replace("Ik draag een hoofddoek.", "Ik draag een jas.")
    assert second_opinion(plain, set(), set(), learned).add == ()


def test_the_veto_drops_only_weakly_tied_findings_of_an_unlikely_category() -> None:
    learned = _with(veto=0.5)
    text = page("Registratie: vingerafdruk template opgeslagen. Ik lees.")
    weak = frozenset({"SPECIAL_RELIGION"})
    both = {"SPECIAL_RELIGION", "SPECIAL_HEALTH"}
    assert second_opinion(text, both, both, learned, weak).veto == weak
    assert second_opinion(text, both, both, learned).veto == set()  # no weak finding
    assert second_opinion(text, both, both, SMALL, weak).veto == set()  # veto off
    # a passage that states the category keeps it
    stated = page("Registratie: template opgeslagen.\nIk draag een hoofddoek.")
    assert second_opinion(stated, both, both, learned, weak).veto == set()


@pytest.mark.parametrize(("lang", "text"), [
    ("nl", "CV\nBeveiligingssystemen: cctv, toegangscontrole en biometrie.\n" + FILLER),
    ("nl", "Werkbon\n- biometrische templates versleuteld op de controller\n" + FILLER),
])
def test_weakly_tied_is_data_words_with_no_person_around(lang: str, text: str) -> None:
    found = [m for m in candidates(text, lang) if m.entity == "SPECIAL_BIOMETRIC"]
    assert found and all(is_weakly_tied(text, m, lang) for m in found)


@pytest.mark.parametrize(("lang", "text"), [
    ("nl", "Registratie\nMedewerker J. Smit: gezichtsscan vastgelegd voor de tijdklok.\n"),
    ("en", "Enrolment\nEmployee A. Jones: face template stored for the time clock.\n"),
])
def test_a_person_around_the_data_is_no_weak_tie(lang: str, text: str) -> None:
    found = [m for m in candidates(text, lang) if m.entity == "SPECIAL_BIOMETRIC"]
    assert found and not any(is_weakly_tied(text, m, lang) for m in found)
    long = "Planning\n" + "".join(f"Week {i}: diensten ingepland en uren doorgegeven.\n"
                                    for i in range(60)) + text
    assert "SPECIAL_BIOMETRIC" in {d.entity for d in detect(long, lang)}


def test_an_older_file_without_veto_or_sentence_loads_with_them_off(tmp_path: Path) -> None:
    path = tmp_path / "learned.json"
    old = {k: v for k, v in SMALL.thresholds.__dict__.items() if k not in ("veto", "sentence")}
    path.write_text(json.dumps({"format": FORMAT, "thresholds": old,
                                "model": model_to_json(SMALL.model)}), encoding="utf-8")
    th = load_learned(path).thresholds
    assert (th.veto, th.sentence) == (0.0, 1.01)


def test_the_shipped_model_loads_with_its_cross_validated_thresholds() -> None:
    learned = load_learned()
    assert set(learned.model.classes) >= {"SPECIAL_HEALTH", "SPECIAL_BIOMETRIC", DIAGNOSIS}
    assert 0.5 <= learned.thresholds.add <= 1.01
    assert learned.model.meta["leave_one_set_out"]


def test_with_second_opinion_keeps_text_order_and_rule_names() -> None:
    found = with_second_opinion("Ik heb diabetes.", [], "nl")
    assert all(m.rule_key == "learned" for m in found)
    assert with_second_opinion("   ", [], "nl") == []


# Our own documents, each category NL and EN, first and third person, notes, e-mails and
# forms: the rules with the shipped second opinion report the category ...
POSITIVE = [
    ('SPECIAL_RELIGION', 'nl',
     ('Beste Ilse,\n\nDank voor het gesprek van dinsdag. Zoals ik al zei ben ik '
      'praktiserend moslim; op vrijdagmiddag wil ik graag naar het vrijdaggebed in de '
      'moskee.\n\nGroet,\nSamira')),
    ('SPECIAL_RELIGION', 'en',
     ('Hi Tom,\n\nQuick note before Monday: I am an observant Jew and keep the Sabbath, '
      'so I cannot work Friday evenings or Saturdays.\n\nBest,\nDaniel')),
    ('SPECIAL_HEALTH', 'nl',
     ('Gespreksverslag\nMedewerker: P. de Wit\nMedewerker vertelt dat hij sinds maart '
      'onder behandeling is bij de cardioloog wegens hartritmestoornissen.\n')),
    ('SPECIAL_HEALTH', 'en',
     ('Dear hiring team,\n\nI want to be open: I have type 1 diabetes and use an '
      'insulin pump, which does not affect my work.\n\nKind regards,\nEmma')),
    ('SPECIAL_TRADE_UNION', 'nl',
     ('Notitie intake\nKandidaat geeft aan al tien jaar lid te zijn van de FNV en '
      'kaderlid in de metaal.\n')),
    ('SPECIAL_TRADE_UNION', 'en',
     ('Candidate notes\nHe told me he has been a Unite member for years and is a shop '
      'steward at his current site.\n')),
    ('SPECIAL_POLITICS', 'nl',
     ('Motivatie\nIk ben sinds 2018 actief lid van GroenLinks en stond vorig jaar op de '
      'kieslijst in mijn gemeente.\n')),
    ('SPECIAL_POLITICS', 'en',
     ('Cover letter\nOutside work I canvass for the Green Party every election and I am '
      'a party member.\n')),
    ('SPECIAL_SEXUAL_ORIENTATION', 'nl',
     ('Hoi Mark,\n\nIk wil het even kwijt: ik ben lesbisch en woon samen met mijn '
      'vriendin. Ik vind het fijn als het team dat weet.\n\nLiefs,\nNoor')),
    ('SPECIAL_SEXUAL_ORIENTATION', 'en',
     ('Intake notes\nCandidate mentioned he is gay and married to his husband, and '
      'asked about the diversity network.\n')),
    ('SPECIAL_ETHNICITY', 'nl',
     ('Verslag kennismaking\nKandidate vertelt dat zij van Molukse afkomst is en '
      'opgroeide in een Molukse wijk in Culemborg.\n')),
    ('SPECIAL_ETHNICITY', 'en',
     ('Screening notes\nApplicant says she is of Roma descent and has faced '
      'discrimination at previous employers.\n')),
    ('SPECIAL_CRIMINAL', 'nl',
     ('Dossiernotitie\nKandidaat is in 2021 veroordeeld voor diefstal en heeft een '
      'taakstraf van 80 uur uitgevoerd.\n')),
    ('SPECIAL_CRIMINAL', 'en',
     ('File note\nThe candidate disclosed a conviction for fraud in 2019 and served a '
      'suspended sentence.\n')),
    ('SPECIAL_BIOMETRIC', 'nl',
     ('Registratie toegang\nMedewerker: J. Smit\nVingerafdruktemplate opgeslagen in het '
      'toegangssysteem op 12-03-2024.\n')),
    ('SPECIAL_BIOMETRIC', 'en',
     ('Access enrolment\nEmployee: A. Jones\nFace template enrolled and stored for the '
      'time clock on 4 March.\n')),
]
# ... and our own hard negatives (care work, a church, union or party as employer, absence
# without a cause, "VOG aanwezig", a thesis, a training on discrimination) stay clean.
NEGATIVE = [
    ('nl', ('Vacature verzorgende IG\nWij zoeken een verzorgende voor onze afdeling '
      'psychogeriatrie. Ervaring met dementie en diabeteszorg is een pré.\n')),
    ('en', ('Job advert: care worker\nWe are looking for a care worker for our dementia unit. '
      'Experience with diabetes care is welcome.\n')),
    ('nl', ('Curriculum vitae\nWerkervaring\n2019 - heden  Administratief medewerker, '
      'Protestantse Gemeente Utrecht\n2016 - 2019  Receptionist, Moskee '
      'Al-Fath\nOpleiding\nMBO Secretarieel\n')),
    ('en', ('CV\nExperience\n2018 - present  Office manager, Unison regional office\n2015 - '
      '2018  Policy adviser, Labour Party group\nEducation\nBA Politics\n')),
    ('nl', ('Ziekmelding\nMedewerker: K. Bakker\nDatum: 3 maart\nMedewerker heeft zich ziek '
      'gemeld. Verwachte duur: onbekend. Geen bijzonderheden.\n')),
    ('en', ('Absence record\nEmployee: S. Patel\nReported sick on 3 March. Expected back next '
      'week. No further details.\n')),
    ('nl', ('Onboarding checklist\nVOG aanwezig: ja\nContract getekend: ja\nBadge uitgereikt: '
      'ja\n')),
    ('nl', ('Scriptie: de invloed van religie op arbeidsparticipatie van jongeren in '
      'Rotterdam.\nBegeleider: dr. A. Visser\n')),
    ('en', ('Training invitation\nAll staff are invited to a workshop on preventing '
      'discrimination based on religion, ethnicity or sexual orientation.\n')),
    # special12: a hospital, a party, a union as employer; studies; sector experience; a
    # policy; a training invitation; a VOG held; a long CV with every kind of work word
    ('nl', ('Curriculum vitae\nWerkervaring\n2017 - heden  Verpleegkundige, afdeling oncologie, '
      'Ziekenhuis Rivierenland\n2014 - 2017  Medewerker secretariaat, FNV Metaal\n'
      'Opleiding\nHBO-V, Hogeschool Utrecht\n')),
    ('en', ('Curriculum vitae\nExperience\n2019 - present  Press officer, Labour Party regional '
      'office\n2016 - 2019  Receptionist, St Mary\'s Catholic Church\nEducation\nMA Political '
      'Science, thesis on trade union membership among temp workers\n')),
    ('nl', ('Profiel\nRuime ervaring in de GGZ, verslavingszorg en de reclassering; ik begeleid '
      'cliënten met psychische problemen naar werk.\n')),
    ('nl', ('Privacybeleid kandidaten\nWij registreren geen gegevens over gezondheid, '
      'godsdienst, afkomst of vakbondslidmaatschap van kandidaten. Een VOG vragen wij alleen '
      'voor functies in de zorg.\n')),
    ('nl', ('Uitnodiging\nBeste collega\'s, op 12 maart is de training "Omgaan met agressie en '
      'diabetes op de werkvloer". Aanmelden bij HR.\n')),
    ('en', ('Dear colleagues,\nYou are invited to our session on supporting employees with '
      'long-term health conditions and on our new union consultation policy.\n')),
    ('nl', ('Checklist indiensttreding\nNaam: P. de Vries\nVOG aanwezig: ja (screening Justis '
      '2023)\nID gecontroleerd: ja\nContract getekend: ja\n')),
    ('nl', ('Curriculum vitae\n' + "".join(f"- Project {i}: planning, administratie, klantcontact "
      "en rapportage voor de afdeling inkoop.\n" for i in range(40))
      + 'Vaardigheden: Excel, SAP, Engels\n')),
]

@pytest.mark.parametrize("entity, lang, text", POSITIVE)
def test_own_documents_are_reported(entity: str, lang: str, text: str) -> None:
    assert entity in {d.entity for d in detect(text, lang)}


@pytest.mark.parametrize("lang, text", NEGATIVE)
def test_own_hard_negatives_stay_clean(lang: str, text: str) -> None:
    assert not [d for d in detect(text, lang) if d.entity.startswith("SPECIAL_")]


def test_the_special_trainer_learns_from_the_shipped_models_sets_unless_told(
        tmp_path: Path) -> None:
    from detectors.data.special import train_learned

    shipped = tmp_path / "learned.json"
    shipped.write_text(json.dumps({"model": {"meta": {"sets": ["special-doctype-rules-2"]}}}))
    assert train_learned.chosen_sets(["t"], shipped) == ["special-doctype-rules-2"]
    assert train_learned.chosen_sets(["t", "--sets", "x"], shipped) == ["x"]
    sets = tmp_path / "blind"
    for n in (1, 2, 10):
        (sets / f"special-doctype-rules-{n}").mkdir(parents=True)
    assert [p.name for p in train_learned._folders(sets, ["special-doctype-rules-10",
                                                          "special-doctype-rules-2"])] == [
        "special-doctype-rules-2", "special-doctype-rules-10"]
    assert len(train_learned._folders(sets, None)) == 3
