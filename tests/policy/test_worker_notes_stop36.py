"""The employer's own records about a worker, read by more of their form (issue #15, stop 36).

Three readings of who keeps a document (scanner/policy/employer_side.py), each a structure,
not a phrase: a message transcript whose speaker carries a role of the HR side ("[18:05]
Ilse (planner):": the worker talks with the employer, not among colleagues); a field label
made of a comment word and a party ("Opmerkingen leidinggevende:", "Manager comments:"); and
a keeper named by the head of their role ("opleidingscoördinator", "site coordinator",
"vestigingsleider") in a header field or a signature. In any HR record an intellectual
disability is health data but no illness (default.toml except_terms). All names are made
up.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from scanner.extract.limits import Limits
from scanner.models import SourceItem
from scanner.scan_item import ScanConfig, process_file

SPEAKER_ROLES = {
    "wa-planner.txt": ("[07:41] Sander Pauwels: kan ik donderdag vrij? ik moet naar de "
                       "fysiotherapeut voor mijn hernia\n[07:50] Femke (planner): ja, ik "
                       "zet je eruit\n"),
    "teams-hr.txt": ("[14:02] Joyce, HR: hoi Mehmet, hoe gaat het?\n[14:05] Mehmet Kaya: "
                     "beter, de longontsteking is bijna weg, maandag ben ik er weer\n"),
    "export-teamleader.txt": ("03-02-2026 09:12 - Tom (team lead): how are you doing?\n"
                              "03-02-2026 09:20 - Aylin Demir: still dizzy from the "
                              "concussion, doctor says one more week\n"),
    "shift-swap.txt": ("[19:30] Lena Novak: can someone take my Friday? I have chemo that "
                       "morning\n[19:33] Rik (shift leader): I'll sort it, take care\n"),
    "ploegleider.txt": ("[06:02] Jaap Mulder: ik kom niet, migraine\n[06:05] Willem, "
                        "ploegleider: ok beterschap\n"),
    "casemanager.txt": ("[10:15] Sofie (casemanager): hoe ging het bij de psycholoog?\n"
                        "[10:21] Bart Jacobs: goed, we werken aan de paniekaanvallen\n"),
    "supervisor.txt": ("[22:10] Marek Wisniewski: my asthma is bad tonight, can I leave at "
                       "midnight?\n[22:12] Carla (supervisor): yes, go home\n"),
    "hr-adviseur.txt": ("[11:00] Nadia El Idrissi: is mijn reuma een reden voor een "
                        "aangepaste stoel?\n[11:04] Petra (HR-adviseur): ja, ik vraag hem "
                        "aan\n"),
}
COMMENT_LABELS = {
    "beoordeling.txt": ("Beoordelingsgesprek 2026 - Youssef Amrani\nScore: goed\nOpmerkingen "
                        "leidinggevende: Youssef gaf aan dat zijn dyslexie de rapportages "
                        "zwaar maakt; hij krijgt spraaksoftware.\n"),
    "review.txt": ("Annual review - Sara Lind\nRating: strong\nManager comments: Sara shared "
                   "that she has Crohn's disease; flexible start times agreed.\n"),
    "toelichting-hr.txt": ("Verlofaanvraag 12-14 mei\nAanvrager: Koen Dijkstra\nToelichting "
                           "HR: Koen heeft een knieoperatie, daarna zes weken herstel.\n"),
    "feedback-tl.txt": ("Proeftijdevaluatie\nGeplaatst per 1 maart: Emma Willems\n"
                        "Feedback van de teamleider: Emma heeft diabetes en neemt haar pauzes "
                        "op vaste tijden, geen probleem.\n"),
    "notes-hr.txt": ("Exit interview - Daniel Price\nReason for leaving: relocation\nNotes "
                     "from HR: Daniel mentioned his long covid made the night shifts hard.\n"),
    "supervisor-notes.txt": ("Probation check\nSupervisor notes: Jonas has epilepsy, no work at "
                             "height.\nNext check: June\n"),
    "remarks.txt": ("Training evaluation forklift\nTrainee: Priya Raman\nRemarks line manager: "
                    "Priya has a frozen shoulder, practical test moved to May.\n"),
    "oordeel.txt": ("Functioneringsgesprek\nNaam: Gerrit Hoekstra\nOordeel door de "
                    "leidinggevende: Gerrit is herstellende van een hartinfarct en werkt "
                    "halve dagen.\n"),
}
KEEPER_ROLES = {
    "opleiding.txt": ("Registratie opleidingen\nCursus: VCA basis\nDeelnemer: Harm Bos\n"
                      "Opmerking: examen uitgesteld, Harm heeft een hersenschudding.\n"
                      "Registratie: M. de Wit, opleidingscoördinator\n"),
    "site-log.txt": ("Site diary 4 March\nLogged by: site coordinator\nMilan Petrovic went "
                     "home at 11:00 with a migraine attack.\n"),
    "vestiging.txt": ("Dagnotitie 9 april\nGenoteerd door: vestigingsleider Eindhoven\n"
                      "Tamara Lopes is naar huis met een maagbloeding.\n"),
    "signature.txt": ("Re: Ilse's workstation\n\nIlse van Dam has carpal tunnel syndrome; we "
                      "ordered a vertical mouse.\n\nRegards,\nOwen Hughes, facilities "
                      "coordinator\n"),
    "ingevuld.txt": ("Formulier werkplekonderzoek\nIngevuld door: Lisa (preventiecoördinator)\n"
                     "Anouk Meijer heeft een RSI-klacht aan de rechterpols.\n"),
    "registered.txt": ("Fitness-for-work note\nRegistered by: training coordinator\nOmar Saleh "
                       "cannot wear the respirator because of his sinusitis.\n"),
    "ploeg.txt": ("Overdracht nachtdienst\nVan: ploegleidster C-ploeg\nGijs Bakker is om 03:00 "
                  "weggegaan met een nierbekkenontsteking.\n"),
    "cordinatrice.txt": ("Notitie 2 juni\nOpgesteld door: planningscoördinatrice\nHenk Smit "
                         "heeft een peesontsteking en draait alleen zittend werk.\n"),
}
NOT_EMPLOYERS = {
    # colleagues among themselves: no speaker has a role
    "collegas.txt": ("[09:01] Kim: wie ruilt zaterdag?\n[09:02] Daan: ik niet, mijn "
                     "hooikoorts is erg\n[09:04] Kim: ok\n"),
    # a role named in a message, not as its speaker's
    "rol-in-bericht.txt": ("[08:00] Sven: ik heb weer last van mijn astma\n[08:01] Mila: zeg "
                           "het tegen de planner, die regelt het\n"),
    # a colleague's label in brackets is no party
    "collega-rol.txt": ("[12:00] Bram (collega): hoe is het met je rug?\n[12:03] Ruud: "
                        "hernia, helaas\n"),
    # a label that names a party without a comment word is no field of the HR side's
    "manager-veld.txt": ("Winkelrooster week 12\nManager: Lisa\n[x] Bram\n\nBram heeft "
                         "griep, zegt zijn broer.\n"),
    # a personal message from a named sender with no role
    "prive.txt": ("Van: Karin Smit\nAan: Joost\n\nIk heb sinds vorige week bronchitis, het "
                  "feestje gaat niet door.\n"),
}
# an intellectual disability is a lasting state, no illness (default.toml except_terms);
# a condition beside it is still one
INTELLECTUAL = {
    "lvb-contract.txt": ("Arbeidsovereenkomst\nWerkgever: Groenwerk B.V.\nWerknemer: Ravi "
                         "Doekharan\nRavi heeft een licht verstandelijke beperking en werkt "
                         "met een jobcoach.\nLoon: 1.950,00 bruto per maand\n"),
    "lvb-note.txt": ("Notitie HR\nMedewerker: Jeroen Wijns\nJeroen heeft een LVB; "
                     "opdrachten graag kort en op papier.\n"),
    "learning-note.txt": ("HR note\nEmployee: Kyle Adams\nKyle has a learning disability and "
                          "works with a job coach on Mondays.\n"),
    "intellectual.txt": ("Memo to HR\nFrom: team leader packing\nMaya Singh has an "
                         "intellectual disability; her tasks are shown with pictures.\n"),
    "dagboek.txt": ("Dagboek teamleider - wk 3\nMedewerker: Stefan Kok\nStefan heeft een "
                    "verstandelijke beperking, de jobcoach komt dinsdag.\n"),
}
INTELLECTUAL_AND_ILL = {
    "lvb-epilepsie.txt": ("Notitie HR\nMedewerker: Jeroen Wijns\nJeroen heeft een LVB en "
                          "epilepsie; geen werk op hoogte.\n"),
}


def _scan(path: Path, text: str) -> set[str]:
    path.write_text(text, encoding="utf-8")
    item = SourceItem(path=str(path), member=None, size=path.stat().st_size,
                      modified=datetime(2026, 3, 1, tzinfo=UTC))
    cfg = ScanConfig(key=b"test-key-0123456789", policy_path=None, limits=Limits(),
                     now=datetime(2026, 3, 2, tzinfo=UTC))
    (result, *_) = process_file(item, cfg)
    return {r for f in result.findings for r in f.rules}


@pytest.mark.parametrize("docs, name", [(d, n) for d in (SPEAKER_ROLES, COMMENT_LABELS,
                                                         KEEPER_ROLES) for n in sorted(d)])
def test_a_condition_in_the_employers_record_is_a_diagnosis(
        tmp_path: Path, docs: dict[str, str], name: str) -> None:
    assert {"sickness-diagnosis", "special-category"} <= _scan(tmp_path / name, docs[name])


@pytest.mark.parametrize("name", sorted(NOT_EMPLOYERS))
def test_a_condition_outside_the_employers_records_is_special_category_only(
        tmp_path: Path, name: str) -> None:
    rules = _scan(tmp_path / name, NOT_EMPLOYERS[name])
    assert "special-category" in rules
    assert "sickness-diagnosis" not in rules


@pytest.mark.parametrize("name", sorted(INTELLECTUAL))
def test_an_intellectual_disability_in_an_hr_record_is_no_diagnosis(tmp_path: Path,
                                                                   name: str) -> None:
    rules = _scan(tmp_path / name, INTELLECTUAL[name])
    assert "special-category" in rules
    assert "sickness-diagnosis" not in rules


def test_a_condition_beside_an_intellectual_disability_is_a_diagnosis(tmp_path: Path) -> None:
    name = "lvb-epilepsie.txt"
    assert "sickness-diagnosis" in _scan(tmp_path / name, INTELLECTUAL_AND_ILL[name])
