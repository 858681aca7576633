"""Kinds of hard negatives (a special-category word that states nothing about a person) seen
on the DEV blind sets, each with its positive twin (detectors/special_rules.py)."""

from __future__ import annotations

import pytest

from detectors.special_category import find_special

NOTHING = [
    # a field that says a feature is switched off is a setting, no one's data
    ("nl", "Camera 3 ingang\nGezichtsherkenning: functie staat UIT (conform privacyverklaring)\n"),
    ("en", "Camera 2 lobby\nFace recognition: disabled (per privacy notice)\n"),
    # biometric know-how in a CV's skills or work section is work, not anyone's data
    ("nl", ("Vaardigheden\n- Installatie van toegangscontrole en biometrie (vingerafdruk, "
           "gezichtsherkenning)\n")),
    ("en", ("Experience\nLab technician, Genome Center\n- Genetic testing of samples, DNA "
           "profile analysis\n")),
    # a product line of a quote: a quantity before the device
    ("nl", ("Offerte\nArtikelen: 2x ProFace-X (gezichts- en vingerafdrukherkenning), 4x "
           "toegangspas.\n")),
    ("en", "Quote\nItems: 3 pcs FaceStation (face recognition, fingerprint), 10 cards.\n"),
    # "aangehouden" as a decision: postponed, no arrest
    ("nl", "Besluitenlijst\nInstemmingsaanvraag roosters: aangehouden\n"),
    # a long sentence under a label that is no field about someone, in no form
    ("nl", "Agenda\nAanvraag nieuwe werktijden: aangehouden tot de volgende vergadering.\n"),
    # the term as a modifier of a job title
    ("nl", "Profiel: Kerkelijk werker / jongerenwerker\n"),
    ("en", "I have worked 3 years in elderly care on dementia wards and loved it."),
    # a statement term in a CV's work section is the work ("enkelband": an ankle monitor)
    ("en", ("Experience\n2015 - 2020 Policy officer, Reclassering Nederland\n- Supervised "
            "clients with an ankle monitor (enkelband)\n")),
    ("nl", ("Werkervaring\nMedewerker toezicht, Reclassering\n- Begeleiding van cliënten "
            "met een enkelband\n")),
    # a weak head inside another word: "epipen-houders" is no "<origin> ouders"
    ("nl", "BHV-instructie\nDe epipen-houders staan in de EHBO-lijst.\n"),
    ("nl", "Lijst van epipen-houders: zie map BHV."),
    # the kind of organisation with "ik"/"hij" near it is no one's union
    ("nl", "Het werk van een vakbond spreekt mij erg aan, daarom solliciteer ik."),
    ("nl", "Hij heeft het recht zich te laten bijstaan door de vakbond."),
    ("nl", "Hij kan bij een geschil de vakbond inschakelen, zoals de cao zegt."),
    ("en", "I admire the work a trade union does for temps."),
    # a ground of discrimination names a kind of data, no one's
    ("nl", ("Meldpunt\nVoel je je gediscrimineerd op grond van afkomst of huidskleur? Meld "
            "het me.\n")),
    ("en", "Report it to me if you are treated differently regardless of ethnicity."),
    ("nl", "Ik vind discriminatie op grond van afkomst of huidskleur onacceptabel."),
    # a sentence listing three categories is a list, also when the rules ruled one out
    ("nl", ("Ik vraag nooit naar discriminatie op grond van afkomst, vakbondslidmaatschap, "
            "religie of politieke voorkeur.\n")),
    ("en", "I condemn discrimination on the basis of ethnicity or skin colour."),
]


@pytest.mark.parametrize(("lang", "text"), [
    ("nl", ("Naam: S. de Vries\nVerzuim: 3 dagen | Arbeidsongeval (letsel): nee | "
            "Zwangerschap gerelateerd: nee\n")),
    ("en", "Name: S. de Vries\nAbsence: 3 days | Work accident: no | Pregnancy related: no\n"),
    ("en", "Name: S. de Vries\nSurgery (planned): none\n"),
])
def test_field_answered_no_in_a_record(lang: str, text: str) -> None:
    """A health term naming an inline field whose value is a no states nothing, also in a
    record about one person."""
    assert find_special(text, lang, record=True) == []

FOUND = [
    ("nl", "Medewerker: S. de Vries\nGezichtsherkenning: template opgeslagen 12-03\n",
     "SPECIAL_BIOMETRIC"),
    # a log line opening with a full date is no CV timeline
    ("en", ("Access log\n2024-03-05 14:22:10  face match  subject_id=10234 name=Jansen P.  "
           "confidence=0.987\n"), "SPECIAL_BIOMETRIC"),
    # a field about the form's person still states it
    ("nl", "Medewerker: Sanne de Vries\nOpmerking: aangehouden door de politie op 3 maart\n",
     "SPECIAL_CRIMINAL"),
    ("nl", "Notities recruiter: Surinaams-Javaans, wil geen varkensvlees in de kantine\n",
     "SPECIAL_ETHNICITY"),
    # the person's own union, and a membership: still found
    ("nl", "Ik heb mijn vakbond om advies gevraagd over mijn contract.", "SPECIAL_TRADE_UNION"),
    ("nl", "Hij is lid van de vakbond sinds 2019.", "SPECIAL_TRADE_UNION"),
    ("en", "She asked her union rep to join the meeting.", "SPECIAL_TRADE_UNION"),
    # a party role on a CV's work line is held
    ("nl", "Ervaring\n2019 - heden  Fractievoorzitter SP, gemeenteraad Oss\n",
     "SPECIAL_POLITICS"),
    # a ticked option and a question answered with a ticked yes
    ("nl", "9. Heeft u een migratieachtergrond?\n   [x] ja, Surinaams-Hindoestaans   [ ] nee\n",
     "SPECIAL_ETHNICITY"),
    ("nl", "Religie: [ ] geen  [x] islam  [ ] christendom\n", "SPECIAL_RELIGION"),
    ("en", "Are you a trade union member? [x] yes [ ] no\n", "SPECIAL_TRADE_UNION"),
]


def test_unticked_yes_is_nothing() -> None:
    text = "9. Heeft u een migratieachtergrond?\n   [ ] ja   [x] nee\n"
    assert find_special(text, "nl") == []


def test_fact_sheet_taken_for_a_record() -> None:
    """A text about no one states no one's illness, also when taken for a record."""
    sheet = ("Informatieblad verzuim\nWat doe je bij een burn-out? Medewerkers met een hernia, "
             "diabetes of depressie kunnen contact opnemen met de bedrijfsarts. Wij bieden "
             "iedere medewerker ondersteuning volgens ons verzuimbeleid.\n")
    assert find_special(sheet, "nl", record=True) == []
    record = "Verzuimregistratie\nNaam: S. de Vries\nOorzaak: hernia, herstel verwacht.\n"
    assert find_special(record, "nl", record=True) != []


@pytest.mark.parametrize(("lang", "text"), NOTHING)
def test_states_nothing(lang: str, text: str) -> None:
    assert find_special(text, lang) == []


@pytest.mark.parametrize(("lang", "text", "entity"), FOUND)
def test_still_found(lang: str, text: str, entity: str) -> None:
    assert entity in {m.entity for m in find_special(text, lang)}
