"""Kinds found on special-doctype-rules-34 (stop 45: the airport division), tested with cases
of our own (synthetic names):

- a toolbox talk or a leaflet asks its reader "Last van slaapproblemen? Maak een afspraak met
  de bedrijfsarts": a question that opens its sentence, names no one and is not answered
  states no one's health; a question about a named person ("Piet belde: last van
  migraine?"), a form's answered question and a statement stay health data;
- what a renewal or an access requires ("A renewal requires a new enrolment appointment
  (fingerprint verification ...)", "Voor verlenging is een nieuwe vingerafdruk nodig") is
  nobody's biometric data yet; an enrolment done stays data.
"""

from __future__ import annotations

import pytest

from detectors import detect


def _special(text: str, entity: str, lang: str = "nl") -> list[str]:
    return [text[d.start:d.end] for d in detect(text, lang, document=True) if d.entity == entity]


@pytest.mark.parametrize("text", [
    ("Toolbox ploegendienst 12 maart, gegeven door Ilse Verbeek\n\nSlaap goed tussen twee nachtdiensten: verduisterende "
     "gordijnen, geen schermen voor het slapen. Last van hoofdpijn? Drink genoeg water en meld "
     "het bij je leidinggevende als het aanhoudt.\n"),
    ("Werkinstructie tillen (opgesteld door Ruud Kamphuis, preventiemedewerker)\n- Til met rechte rug.\n- Last van rugklachten? Bel het "
     "arbo-spreekuur op werkdagen tussen 9 en 11 uur.\n"),
])
def test_an_open_question_to_the_reader_states_nothing(text: str) -> None:
    assert _special(text, "SPECIAL_HEALTH") == []


@pytest.mark.parametrize("text", [
    "Telefoonnotitie 3 maart\nPiet belde: last van migraine? Hij denkt van wel, komt morgen niet.",
    "Jan heeft al weken last van migraine en blijft vandaag thuis.",
])
def test_a_question_about_someone_or_a_statement_stays_health(text: str) -> None:
    assert _special(text, "SPECIAL_HEALTH"), text


@pytest.mark.parametrize("lang, text", [
    ("en", ("Airport Pass Desk\n\nTo: Flexwerk Noord - aviation team\nDate: 4 March 2027\n\n"
            "Dear planner,\n\nThe passes below, issued to your staff, expire in April. A renewal\n"
            "requires a valid VGB and a new enrolment appointment (fingerprint verification takes\n"
            "about ten minutes per person; please bring the old pass).\n\n"
            "Badge B-1120 - K. Mensah - expires 04-04-2027\nBadge B-1187 - P. Nowak - expires "
            "19-04-2027\n\nKind regards,\nPass Desk\n")),
    ("nl", ("Pasbureau luchthaven\n\nAan: Flexwerk Noord - team luchtvaart\nDatum: 4 maart 2027\n"
            "\nBeste planner,\n\nDe onderstaande passen verlopen in april. Voor verlenging is een "
            "nieuwe registratie van de vingerafdruk nodig (de afname duurt ongeveer tien minuten; "
            "neem de oude pas en een ID-bewijs mee).\n\nPas P-3321 - S. Yilmaz - verloopt "
            "04-04-2027\n\nMet vriendelijke groet,\nPasbureau\n")),
])
def test_what_a_renewal_requires_is_nobodys_data_yet(lang: str, text: str) -> None:
    assert _special(text, "SPECIAL_BIOMETRIC", lang) == []


def test_an_enrolment_done_stays_biometric_data() -> None:
    text = ("Pasaanvraag\nNaam: Oksana Petrenko\nBiometrische registratie: vingerafdrukken "
            "afgenomen op 12-02-2027, template opgeslagen in het passysteem.\n")
    assert _special(text, "SPECIAL_BIOMETRIC")
