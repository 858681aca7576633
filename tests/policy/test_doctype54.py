"""Classification kinds read at stop 54 (special-doctype-rules-48), tested with texts of our
own: a letter or an e-mail that names a payslip without an amount asks about one, explains
one or sends one along (a parent's question, a template): no payslip. A payslip pasted into
a message shows its money and stays one.
"""

from __future__ import annotations

import pytest

from scanner.models import TextChunk
from tests.policy.scanned import classified as _type


@pytest.mark.parametrize("text, name", [
    (("Beste salarisadministratie,\n\nMijn zoon Luuk werkt sinds maart als vakkenvuller via "
      "jullie. Op zijn loonstrook van april staan maar 12 uur, terwijl hij er 18 heeft "
      "gewerkt (zaterdag tot 21.30). Willen jullie dat nakijken?\n\nMet vriendelijke groet,\n"
      "Ingrid Smeets\n"), "vraag_loonstrook_luuk.txt"),
    (("Hi Noor,\n\nAttached you will find your payslip for period 7 and a short note on how "
      "to read your payslip. Questions? Reply to this mail before Friday 17.00.\n\n"
      "Kind regards,\nPayroll team\n"), "payslip_period7_mail.txt"),
    (("Beste [voornaam],\n\nIn de bijlage vind je je salarisstrook over periode [nn]. Bewaar "
      "je salarisstrook goed: er staan je BSN en je IBAN op.\n\nGroeten,\n"
      "[naam medewerker salarisadministratie]\n"), "sjabloon_salarisstrook.txt"),
])
def test_a_letter_about_a_payslip_is_no_payslip(text: str, name: str) -> None:
    assert _type(text, name) != "payslip", text


def test_a_payslip_in_a_message_is_still_one() -> None:
    text = ("Beste Luuk,\n\nHieronder je loonstrook van april.\n\nPeriode: april\n"
            "Bruto loon: € 612,40\nLoonheffing: € 0,00\nNetto loon: € 598,15\n"
            "Uitbetaald op rekening NL20INGB0001234567\n\nMet vriendelijke groet,\n"
            "Salarisadministratie\n")
    assert _type(text, "loonstrook_april.txt") == "payslip"


@pytest.mark.parametrize("text", [
    ("Van: r.demir1999@example.com\nAan: privacy@uitzendbureau.example\nOnderwerp: AVG\n\n"
     "Goedemiddag,\n\nIk heb twee jaar geleden via jullie bij een distributiecentrum gewerkt. "
     "Ik wil graag inzage in wat jullie van mij bewaren (artikel 15 AVG) en daarna mag mijn cv "
     "met mijn werkervaring verwijderd worden.\n\nIk ben te vinden onder mijn oude "
     "personeelsnummer 40417.\n\nMet vriendelijke groet,\nRecep Demir\n"),
    ("Dear privacy team,\n\nUnder the GDPR I make a subject access request: please send me a "
     "copy of my CV, my motivation letter and any notes about me, and tell me how long you "
     "keep them. I worked through your agency in 2024.\n\nKind regards,\nJoanna Nowak\n"),
])
def test_a_data_subject_request_is_no_motivation_letter(text: str) -> None:
    assert _type(text) != "motivation_letter", text


def test_a_privacy_officers_application_is_still_a_motivation_letter() -> None:
    text = ("Geachte heer, mevrouw,\n\nMet veel enthousiasme solliciteer ik naar de functie van "
            "privacy officer bij uw organisatie. In mijn huidige baan bij een zorginstelling "
            "zorg ik dat wij de AVG naleven: ik handel inzageverzoeken en datalekken af en "
            "train collega's. Ik ben nauwkeurig en communicatief sterk, en ik wil mijn kennis "
            "graag inzetten in een grotere organisatie.\n\nGraag licht ik mijn motivatie toe in "
            "een gesprek.\n\nMet vriendelijke groet,\nSaskia Verbruggen\n")
    assert _type(text, "motivatiebrief_privacy_officer.txt") == "motivation_letter"


@pytest.mark.parametrize("text", [
    ("Stichting Pensioenfonds Flexwerk\nPostbus 100, 3500 AA Utrecht\n\nMevrouw T. Okafor\n"
     "Dorpsstraat 4\n6543 AB Nijmegen\n\nBetreft: uw pensioenopbouw\n\nBeste mevrouw Okafor,\n\n"
     "Via uw werkgever bouwt u sinds 1 maart pensioen op in de Basisregeling. Uw "
     "deelnemersnummer is 5521-0098. Burgerservicenummer: 123456782.\n\nMet vriendelijke groet,\n"
     "Afdeling Deelnemers\n"),
    ("Deurwaarderskantoor Smit & De Boer\nAan: de salarisadministratie van uw organisatie\n\n"
     "Betreft: beslag onder derden op loon\nDebiteur: dhr. P. Yilmaz, BSN 123456782\n\n"
     "Wij leggen beslag onder u op het loon van debiteur, met inachtneming van de "
     "beslagvrije voet. Wij verzoeken u binnen vier weken een verklaring af te leggen.\n"),
])
def test_a_pension_funds_or_a_garnishment_letter_is_an_hr_record(text: str) -> None:
    from scanner.policy.hr_record import is_hr_record

    assert _type(text) == "other"
    assert is_hr_record("other", [TextChunk(text, "body")], title=text.split("\n", 1)[0].lower())
