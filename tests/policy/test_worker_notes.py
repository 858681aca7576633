"""`sickness-diagnosis` in the employer's own notes about a worker (issue #15, stop 35).

The SPEC's rule is the cause of an illness "in an absence or other HR record". Notes the
employer keeps about one worker often hold no administration word, but their form says whose
they are (scanner/policy/employer_side.py): the HR side is a party (title, a header field, an
inline transcript header, the signature), or a field label names the worker. A colleagues'
chat, a candidate's note, minutes and a work-capacity status are none. Such a note is read for
the sickness rule only: a BSN in it has left the personnel file (`bsn-outside-hr` holds).
All names and numbers are made up; the BSN passes the 11-check.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from scanner.extract.limits import Limits
from scanner.models import SourceItem
from scanner.scan_item import ScanConfig, process_file

NOTES = {
    # a memo whose sender is the night shift's supervisor
    "memo-supervisor.txt": ("MEMO\nFrom: supervisor night shift\nTo: Karin Vos\nRe: Luuk\n\n"
                            "Luuk Hendriks left at 02:00, his epilepsy medication was changed "
                            "last week and he felt dizzy.\n"),
    # a voicemail transcript with its header inline, parts split by bars
    "voicemail.txt": ("Voicemail | from: Jan de Wit | to: planning | 06:10\n"
                      "goeiemorgen, met jan, ik red het vandaag niet, mijn hernia speelt "
                      "weer op, morgen bel ik terug\n"),
    # a letter to the worker, signed by HR after the comma
    "brief-afspraken.txt": ("Betreft: afspraken rooster\n\nSevda Yilmaz heeft chronische "
                            "migraine. Zolang die niet onder controle is werkt zij geen "
                            "nachtdiensten.\n\nGroet,\nPetra Smit, HR-adviseur\n"),
    # an e-mail signed with the role in brackets
    "mail-teamlead.txt": ("Subject: Ruben next week\n\nHi Sam, Ruben Bos has asthma and the "
                          "dust in hall 4 makes it worse; can he work in packing instead?\n\n"
                          "Thanks,\nMo (team lead)\n"),
    # a form whose field label names the worker
    "formulier-aanpassing.txt": ("Formulier aanpassing werkplek\nNaam werknemer: Sven Kuipers\n"
                                 "Datum: 4 maart\nToelichting: Sven heeft epilepsie en mag "
                                 "niet op de heftruck rijden.\n"),
    "employee-form.txt": ("Workplace adjustment\nEmployee name: Laura Visser\nNotes: Laura "
                          "was diagnosed with diabetes and needs a short break every two "
                          "hours.\n"),
    # a manager's note of a talk, the role in the title
    "gespreksverslag.txt": ("Gespreksverslag leidinggevende - K. Jansen\n\nKees vertelde dat "
                            "hij sinds de zomer een depressie heeft en in behandeling is. "
                            "Afgesproken: 24 uur per week tot oktober.\n"),
    # a comment sheet whose author is a party
    "opmerkingen.txt": ("Opmerkingen week 12\nIngevuld door: ploegleider B-ploeg\n"
                        "Bas de Boer kan niet tillen ivm zijn hernia, alleen inpakken.\n"),
    # a client's form about a temp, the worker named by the field label
    "beoordeling-flexkracht.txt": ("Beoordeling\nFlexkracht: Ewa Nowak\nOpdrachtgever: "
                                   "Kwekerij Zonneveld\nOpmerking: Ewa moet om de paar uur "
                                   "insuline spuiten voor haar diabetes, dat gaat prima.\n"),
}
NOT_NOTES = {
    # colleagues among themselves; "planning" in a message is no party
    "groepsapp.txt": ("[09:01] Jan: wie ruilt zaterdag met mij?\n[09:02] Kim: ik niet, mijn "
                      "migraine is terug\n[09:03] Jan: ok ik pas de planning aan\n"),
    # a candidate's message to HR: a candidate document, not the employer's note
    "kandidaat.txt": ("Aan: HR\nVan: Noor Vermeulen\nOnderwerp: sollicitatie orderpicker\n\n"
                      "Ik heb epilepsie, maar ben al twee jaar aanvalsvrij.\n"),
    # minutes name the team leader among those present
    "notulen.txt": ("Notulen werkoverleg 3 april\nAanwezig: teamleider, Jan, Kim\n"
                    "1. Kim vertelde dat ze migraine heeft.\n2. Rondvraag: geen.\n"),
}


def _scan(path: Path, text: str, policy: Path | None = None) -> tuple[str, set[str]]:
    path.write_text(text, encoding="utf-8")
    item = SourceItem(path=str(path), member=None, size=path.stat().st_size,
                      modified=datetime(2026, 3, 1, tzinfo=UTC))
    cfg = ScanConfig(key=b"test-key-0123456789", policy_path=policy, limits=Limits(),
                     now=datetime(2026, 3, 2, tzinfo=UTC))
    (result, *_) = process_file(item, cfg)
    return result.file.doc_type, {r for f in result.findings for r in f.rules}


@pytest.mark.parametrize("name", sorted(NOTES))
def test_a_health_term_in_the_employers_note_about_a_worker_is_a_diagnosis(
        tmp_path: Path, name: str) -> None:
    doc_type, rules = _scan(tmp_path / name, NOTES[name])
    assert doc_type == "other"
    assert {"sickness-diagnosis", "special-category"} <= rules


@pytest.mark.parametrize("name", sorted(NOT_NOTES))
def test_a_health_term_elsewhere_is_special_category_only(tmp_path: Path, name: str) -> None:
    _, rules = _scan(tmp_path / name, NOT_NOTES[name])
    assert "special-category" in rules
    assert "sickness-diagnosis" not in rules


def test_a_work_capacity_status_in_a_note_is_no_diagnosis(tmp_path: Path) -> None:
    text = ("Notitie HR\nMedewerker: Tim Verbeek\nTim staat in het doelgroepregister "
            "banenafspraak; de no-riskpolis is aangevraagd.\n")
    _, rules = _scan(tmp_path / "doelgroep.txt", text)
    assert "sickness-diagnosis" not in rules


def test_a_bsn_in_a_note_sent_on_is_still_outside_hr(tmp_path: Path) -> None:
    text = ("Van: HR\nAan: Bouwbedrijf Dekker\nOnderwerp: Jelle\n\nJelle de Groot start "
            "maandag bij jullie, zijn BSN is 111222333.\n")
    _, rules = _scan(tmp_path / "doorgestuurd.txt", text)
    assert "bsn-outside-hr" in rules


def test_a_policy_can_switch_hr_records_off(tmp_path: Path) -> None:
    policy = tmp_path / "policy.toml"
    policy.write_text("[rules.sickness-diagnosis]\nhr_records = false\n", encoding="utf-8")
    _, rules = _scan(tmp_path / "formulier.txt", NOTES["formulier-aanpassing.txt"], policy)
    assert "special-category" in rules and "sickness-diagnosis" not in rules


# a note about a pregnancy: its other health words are the pregnancy's, no illness's
PREGNANCY_NOTES = {
    "zwanger-misselijk.txt": ("Notitie HR\nMedewerker: Yara Mulder\nYara vertelde dat ze "
                              "zwanger is en elke ochtend misselijk is; zij begint voorlopig "
                              "om tien uur.\n"),
    "pregnant-nausea.txt": ("HR note\nEmployee: Grace Okafor\nGrace told me she is pregnant "
                            "and has bad nausea in the mornings; day shifts only for now.\n"),
    "zwanger-rugpijn.txt": ("Aan: HR\nVan: teamleider inpak\nOnderwerp: Fenna\n\nFenna is "
                            "28 weken zwanger en heeft rugpijn bij het tillen; graag ander "
                            "werk voor haar.\n"),
}


@pytest.mark.parametrize("name", sorted(PREGNANCY_NOTES))
def test_a_pregnancys_complaints_in_a_note_are_no_diagnosis(tmp_path: Path, name: str) -> None:
    _, rules = _scan(tmp_path / name, PREGNANCY_NOTES[name])
    assert "special-category" in rules
    assert "sickness-diagnosis" not in rules


def test_a_condition_of_pregnancy_in_a_note_is_a_diagnosis(tmp_path: Path) -> None:
    text = ("Notitie HR\nMedewerker: Yara Mulder\nYara heeft zwangerschapsdiabetes en moet "
            "tijdens haar dienst insuline spuiten.\n")
    _, rules = _scan(tmp_path / "zwangerschapsdiabetes.txt", text)
    assert "sickness-diagnosis" in rules


# a relative's or a care receiver's illness in a note about a worker (care leave, a family
# history) is no illness of the worker's
RELATIVES_NOTES = {
    "zorgverlof.txt": ("Notitie HR\nMedewerker: Joris Visser\nJoris vraagt zorgverlof omdat "
                       "zijn moeder borstkanker heeft.\n"),
    "father-care-home.txt": ("HR note\nEmployee: Adam Nowak\nAdam asked for two days off "
                             "because his father has dementia and moves to a care home.\n"),
    "calamiteitenverlof.txt": ("Aan: HR\nVan: Sanne de Bruijn\nOnderwerp: verlof\n\nIk vraag "
                               "calamiteitenverlof aan omdat mijn zoontje astma heeft en in "
                               "het ziekenhuis ligt.\n"),
    "broer.txt": ("Dagboek teamleider - wk 14\nKees was maandag vrij, zijn broer heeft een "
                  "hartinfarct gehad.\n"),
}
OWN_NOTES = {
    # the worker's own illness, a relative named after it or elsewhere
    "migraine-moeder.txt": ("Notitie HR\nMedewerker: Eva Smit\nEva heeft last van migraine. Haar "
                            "moeder brengt haar vandaag naar huis.\n"),
    "diabetes-father.txt": ("HR note\nEmployee: Omar Haddad\nOmar has diabetes, like his "
                            "father; he needs a break every three hours.\n"),
    # both: the worker's own illness still breaks the rule
    "beide.txt": ("Notitie HR\nMedewerker: Lotte Kok\nLotte vraagt zorgverlof omdat haar vader "
                  "kanker heeft. Zelf heeft ze sinds maart een hernia.\n"),
}


@pytest.mark.parametrize("name", sorted(RELATIVES_NOTES))
def test_a_relatives_illness_in_a_note_is_no_diagnosis(tmp_path: Path, name: str) -> None:
    _, rules = _scan(tmp_path / name, RELATIVES_NOTES[name])
    assert "sickness-diagnosis" not in rules


@pytest.mark.parametrize("name", sorted(OWN_NOTES))
def test_the_workers_own_illness_beside_a_relative_is_a_diagnosis(tmp_path: Path,
                                                                  name: str) -> None:
    _, rules = _scan(tmp_path / name, OWN_NOTES[name])
    assert "sickness-diagnosis" in rules
