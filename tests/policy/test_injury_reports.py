"""Injuries in accident and incident reports: health data, and a sickness cause (issue #15).

An accident report names the injured worker and, under a field of its own ("Letsel:",
"Injury:", "Aard van het letsel:"), what happened to them: the fields of the Arbeidsinspectie's
melding arbeidsongeval and of Eurostat's ESAW ("type of injury", "part of body injured"). The
term under such a field is that worker's injury (rules.toml health_term_labels) and, recorded
by the employer, the nature of what keeps them from work (the sickness rule's `labels`). The
injuries are words of every ESAW type of injury (health.toml), also of one side's body part
("gebroken linkerenkel", "broken left ankle"). A report without an injury, a first-aid
course and a safety procedure name no one's. All names are made up.

(stop 61) An accident's or an incident's report is the hurt worker's sickness record only
where it records their absence ("Verzuim: 3 dagen", "Lost time: two shifts"): its injury is
then why they were away. A report that records none, or denies one ("Verzuim: nee", "Lost
time: none"), is the employer's accident register: its injury is health data
(special-category), no absence's cause (hr_record.records_absence; DEV writers labelled the
rule on 21 of 23 reports with an absence and on 5 of 59 without).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from detectors.special_category import find_special
from scanner.models import TextChunk
from scanner.policy.hr_record import records_absence
from tests.policy.scanned import scan_text

REPORTS = {
    # a Dutch form, the injury's kind under its own label
    "melding-ongeval.txt": ("Melding arbeidsongeval\nSlachtoffer: Bram Kuiper\nTijdstip: 06:40,"
                            " hal 2\nAard van het letsel: hersenschudding en een hoofdwond\n"
                            "Verzuim: ja, naar verwachting 3 dagen\n"
                            "Maatregel: helmplicht bij de stellingen\n"),
    # a burn of one side's hand, the field written in lower case, the absence in a sentence
    "verbranding.txt": ("Incidentverslag keuken\nmedewerker: Ilse Bosman\nletsel: "
                        "tweedegraads verbranding aan de rechterhand\nafgehandeld door: "
                        "chef-kok; Ilse is de rest van de week ziek gemeld\n"),
    # an English incident form
    "incident-form.txt": ("INCIDENT FORM\nEmployee: Sophie Janssen\nLocation: loading bay C\n"
                          "Type of injury: dislocated shoulder\nWitness: none\n"
                          "Lost time: two shifts\n"),
    # a log line of a poisoning, the injuries field after the event
    "co-log.txt": ("Site log 14 November\nEvent: heater fault in the cabin of crane 2\n"
                   "Person: Tomasz Zielinski (crane driver)\nInjuries sustained: carbon "
                   "monoxide poisoning, kept in hospital overnight\n"),
    # a wound and a bruise of one side's knee
    "schaafwond.txt": ("Registratie ongeval fietsenstalling\nBetrokkene: Noa Hendriks\n"
                       "Verwonding: schaafwond en kneuzing van de linkerknie\n"),
    # a fracture of one side's wrist, the side a word before the part
    "fracture.txt": ("Accident report, warehouse 5\nInjured worker: Ahmed Bakkali\nInjury: "
                     "fractured right wrist, cast for six weeks\nOff work until 3 April\n"),
    # (stop 61) the injury told in the report's own words, the absence in a field
    "snijwond-verzuim.txt": ("Incidentmelding magazijn\nMelder: Jeroen Smit (orderpicker)\n"
                             "Betrokkene: Jeroen Smit zelf\n\nWat gebeurde er?\nBij het "
                             "openen van een doos schoot het mes uit: een diepe snijwond in "
                             "mijn linkerduim, op de huisartsenpost gehecht.\n\nVerzuim: ja, "
                             "3 dagen.\n"),
    # a sports word for a torn ligament
    # (stop 62: the accident register's title yields to `other`; it records the absence)
    "blessure.txt": ("Ongevalsregistratie personeelsuitje\nNaam: Lieke Vos\nBlessure: "
                     "gescheurde kruisband bij het voetbaltoernooi\nVerzuim: 6 weken\n"),
    # an injury word of the heat, in a note of the day
    "heat.txt": ("Daily safety note, roofing crew\nAffected: Ryan Doyle\nNature of injury: "
                 "heat stroke, taken to A&E by ambulance\n"),
}
# (stop 61) the same reports recording no absence, or denying one: the injury is health data
# of the one hurt, no sickness's cause
NO_ABSENCE = {
    "melding-zonder-verzuim.txt": ("Melding arbeidsongeval\nSlachtoffer: Bram Kuiper\n"
                                   "Aard van het letsel: hersenschudding en een hoofdwond\n"
                                   "Verzuim: nee, werkt aangepast door\n"),
    "incident-no-lost-time.txt": ("INCIDENT FORM\nEmployee: Sophie Janssen\n"
                                  "Type of injury: dislocated shoulder\nLost time: none\n"),
    "accident-register.txt": ("Accident report, warehouse 5\nInjured worker: Ahmed Bakkali\n"
                              "Injury: fractured right wrist\nWitness: the shift lead\n"),
    "vinkjes.txt": ("Incidentmelding werkplaats\nBetrokkene: Noa Hendriks\n"
                    "Letsel: snijwond in de linkerhand, gehecht\n"
                    "[ ] met verzuim   [x] zonder verzuim\n"),
}
NO_INJURY = {
    # an accident report whose injury field says there is none
    "geen-letsel.txt": ("Melding incident\nBetrokkene: Kees Brouwer\nWat gebeurde: pallet "
                        "viel om bij het laden\nLetsel: geen, alleen materiële schade\n"),
    "no-injury.txt": ("Incident report\nEmployee: Mia Clarke\nDescription: forklift touched "
                      "a rack upright\nInjury: none\n"),
    "nvt.txt": ("Near-miss registration\nWorker: Dennis Koster\nInjury type: n/a\n"),
    # a first-aid course lists the injuries it teaches about, of no one
    "ehbo-cursus.txt": ("Cursus EHBO 2026\nInhoud: het verzorgen van brandwonden, een "
                        "schaafwond, een hersenschudding en een botbreuk. Twee dagdelen, "
                        "inclusief reanimatie.\n"),
    # a procedure says what to do with an injury, of anyone
    "procedure.txt": ("Procedure bedrijfsongevallen\nBij een ongeval met letsel belt de "
                      "leidinggevende 112 en meldt hij het binnen 24 uur aan de "
                      "Arbeidsinspectie. Een hersenschudding of een fractuur is altijd "
                      "meldplichtig als het slachtoffer wordt opgenomen.\n"),
    # an injury field of a course or a policy names no one's injury: only a report naming
    # the injured person in a field of its own (the mend of stop 36)
    "ehbo-letsel.txt": ("Cursus EHBO voor ploegleiders\nLetsel: brandwonden, kneuzingen en "
                        "een gebroken arm leren verzorgen\nDuur: 1 dag\n"),
    "veiligheidsbeleid.txt": ("Veiligheidsbeleid magazijn\nAard van het letsel: elke "
                              "snijwond of hersenschudding wordt binnen een uur gemeld.\n"),
    "bhv-les.txt": ("Lesprogramma BHV\nVerwondingen: schaafwond, brandwond en botbreuk "
                    "in de praktijkles\nLocatie: kantine\n"),
    "policy-injury.txt": ("Health and safety policy\nInjury: every injury must be logged "
                          "the same day.\nType of injury: burns, fractures and concussion "
                          "are reportable.\n"),
    "first-aid.txt": ("First aid course outline\nInjuries: sprained ankle, frostbite and "
                      "heat stroke, with practice on a dummy\n"),
    # a manual's or a work instruction's hazards under a generic note label, after a word of
    # risk or prevention, and a drug policy's positive test: anyone's (the mend of stop 36)
    "manual-note.txt": ("Operating manual, angle grinder\nNote: risk of electric shock when "
                        "the cable is damaged.\nAdvice: wear a face shield to prevent a "
                        "chemical burn.\n"),
    "handleiding.txt": ("Handleiding hogedrukreiniger\nOpmerking: kans op elektrocutie bij "
                        "een natte stekker.\nAdvies: oordoppen dragen tegen gehoorschade.\n"),
    "werkinstructie.txt": ("Werkinstructie vriescel\nBijzonderheden: draag thermokleding om "
                           "bevriezing of onderkoeling te voorkomen.\n"),
    "cold-store.txt": ("Cold store procedure\nDetails: gloves protect against frostbite; "
                       "take a break every hour to avoid hypothermia.\n"),
    "drugsbeleid.txt": ("Alcohol- en drugsbeleid\nToelichting: positief getest op cannabis "
                        "betekent direct van het terrein.\n"),
    "drug-policy.txt": ("Drug and alcohol policy\nNote: a positive result for cocaine "
                        "means removal from site.\n"),
    # a product sheet's burns are a glove's protection
    "gloves.txt": ("Product sheet\nThese gloves protect against chemical burns and "
                   "abrasion. Size 9, EN 388.\n"),
}


@pytest.mark.parametrize("name", sorted(REPORTS))
def test_an_injury_under_an_injury_field_is_the_workers_sickness_cause(
        tmp_path: Path, name: str) -> None:
    _, entities, rules = scan_text(tmp_path / name, REPORTS[name])
    assert "SPECIAL_HEALTH" in entities
    assert {"sickness-diagnosis", "special-category"} <= rules


@pytest.mark.parametrize("name", sorted(NO_ABSENCE))
def test_an_injury_in_a_report_that_records_no_absence_is_no_sickness_cause(
        tmp_path: Path, name: str) -> None:
    _, entities, rules = scan_text(tmp_path / name, NO_ABSENCE[name])
    assert "SPECIAL_HEALTH" in entities
    assert "sickness-diagnosis" not in rules


@pytest.mark.parametrize("name", sorted(NO_INJURY))
def test_a_report_without_an_injury_or_about_no_one_is_no_health_finding(
        tmp_path: Path, name: str) -> None:
    _, entities, rules = scan_text(tmp_path / name, NO_INJURY[name])
    assert "SPECIAL_HEALTH" not in entities
    assert "sickness-diagnosis" not in rules


@pytest.mark.parametrize("text, language, term", [
    ("Na de val van de ladder heeft hij een gebroken linkerenkel.", "nl",
     "gebroken linkerenkel"),
    ("Ze heeft haar rechterpols verstuikt bij het tillen.", "nl", "rechterpols verstuikt"),
    ("Ahmed is off with a sprained left ankle.", "en", "sprained left ankle"),
    ("She has second-degree burns after the fryer accident.", "en", "second-degree burns"),
    ("Hij heeft een hersenschudding opgelopen.", "nl", "hersenschudding"),
    ("He got frostbite on the cold-store night shift.", "en", "frostbite"),
    ("Zij liep een koolmonoxidevergiftiging op in de loods.", "nl", "koolmonoxidevergiftiging"),
    ("He has noise-induced hearing loss from the press line.", "en", "noise-induced hearing"),
    # a person as subject under a generic label still states their injury
    ("Opmerking: Femke heeft gisteren een hitteberoerte gehad op het dak.", "nl",
     "hitteberoerte"),
    ("Note: Liam got an electric shock from the panel this morning.", "en", "electric shock"),
    ("Ruben is positief getest op cocaïne en naar huis gestuurd.", "nl",
     "positief getest op cocaïne"),
])
def test_injuries_of_every_kind_and_side_are_health_terms(text: str, language: str,
                                                         term: str) -> None:
    found = [text[m.start : m.end].lower() for m in find_special(text, language)
             if m.entity == "SPECIAL_HEALTH"]
    assert any(term in f for f in found), found


@pytest.mark.parametrize(("line", "absent"), [
    ("Verzuim: 4 dagen.", True),
    ("Lost time: two shifts and a day", True),
    ("LOST TIME INJURY", True),
    ("Hij is sindsdien ziek gemeld.", True),
    ("Off work for a week", True),
    ("Verzuim: nee", False),
    ("Verzuim: geen; hij werkt door met aangepast werk.", False),
    ("geen verzuim", False),
    ("Lost time: 0 hours", False),
    ("Lost time - none recorded", False),
    ("There was no lost time.", False),
    ("[ ] met verzuim   [x] zonder verzuim", False),
    ("Naar het ziekenhuis gebracht voor een foto", False),
    # a number that holds a denial's digit is no denial
    ("Hij is sinds 10 dagen ziek.", True),
    ("Verzuim: 0 dagen", False),
    ("Verzuim: n.v.t.", False),
    ("Lost time: none.", False),
    ("Verzuim: 0,5 dag", True),
    # (stop 62) the date the worker came back on records the absence before it; the rest of
    # a shift gone home, or work resumed the next day, records none
    ("Jasper is weer aan het werk op 14 april.", True),
    ("She was back on Thursday after two days at home.", True),
    ("Back at work on 3 June, light duties.", True),
    ("Ging de rest van de dienst naar huis; de volgende dag het werk hervat.", False),
    # (stop 78) the worker could not work
    ("Plaster for four weeks. Unable to work from 2 May.", True),
    ("Gips om de pols, kan voorlopig niet werken.", True),
    ("Unfit for work until the check-up on Friday.", True),
])
def test_an_absence_recorded_or_denied(line: str, absent: bool) -> None:
    assert records_absence([TextChunk(line, "body")]) is absent
