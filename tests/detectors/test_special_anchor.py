"""A special category needs an identifiable person the statement is about (issue #15): kinds
of texts about a system, a policy, an organisation or the reader that the DEV sets flagged,
each with a twin about one person (detectors/special_category.py _anchored,
detectors/special_rules.py, detectors/data/special/rules.toml)."""

from __future__ import annotations

import pytest

from detectors.special_category import find_special

BIOMETRIC, HEALTH, UNION = "SPECIAL_BIOMETRIC", "SPECIAL_HEALTH", "SPECIAL_TRADE_UNION"

NOTHING = [
    # what a trait would be used for, in a proposal or a refusal: a system, no one's data
    ("nl", ("Notulen ondernemingsraad 12 maart\nAanwezig: Anna Bakker (vz), Pieter de Wit\n\n"
            "3. Instemmingsverzoek tijdregistratie\nDe directie wil inklokken met vingerafdruk "
            "invoeren voor de tijdregistratie. De OR stemt niet in.\n")),
    ("nl", ("Notulen OR-vergadering\n4. Tijdregistratie\nHet voorstel om de vingerafdruk te "
            "gebruiken voor tijdregistratie wordt door de OR afgewezen.\n")),
    # an app's feature on the reader's own phone: the employer holds nothing
    ("en", ("Hi Mark,\n\nYou can use Face ID or your fingerprint to log in to the payroll app "
            "on your own phone. It stays on your phone.\n\nKind regards,\nIT helpdesk")),
    ("en", "Subject: new app\nThe app supports fingerprint login on your own device.\n"),
    ("nl", "Nieuwsbrief maart\nVanaf april kun je inloggen met je vingerafdruk op je telefoon.\n"),
    # a product line and a law on the term's own line
    ("nl", "Offerte 2025-114\nArtikel 3: vingerafdrukterminal, 2 stuks, prijs op aanvraag.\n"),
    ("en", ("Article 9 GDPR\nProcessing of fingerprint data is prohibited unless an exception "
            "applies.\n")),
    # a membership named as a noun, no one's: a policy in minutes
    ("nl", ("Notulen klantoverleg\n3. Staking\nDe FNV heeft een staking aangekondigd. "
            "Lidmaatschap van de vakbond vragen wij niet uit; dat registreren we niet.\n")),
    ("en", ("Client meeting notes\nThe union announced a strike. Membership of the union is "
            "never asked or recorded by us.\n")),
    # a union, a party or a church as an employer or as a letter's addressee
    ("nl", "Motivatie\nIk werk graag voor FNV Afdeling Metaal, omdat ik van organiseren houd.\n"),
    ("nl", "Ik werk sinds 2019 bij de FNV als administratief medewerker.\n"),
    ("nl", ("Aan: FNV afdeling Zorg\nBetreft: sollicitatie medewerker ledenadministratie\n\n"
            "Beste lezer,\nGraag solliciteer ik naar de functie.\n")),
    # the writer as an object, the reader as the clause's subject: an instruction
    ("en", ("Sickness absence protocol\n1. If you are ill, call your manager before 09:00.\n"
            "2. Send me (HR) an e-mail when you are back at work.\n")),
    ("en", ("Absence policy\nEmployees who report sick must call their team leader. Let me "
            "know if you have questions about the occupational health doctor.\n")),
    # a first-person word joined by a hyphen is part of a name (an occupational health service)
    ("en", ("Absence protocol\n9. After six weeks send the problem analysis to Arbo-Me, then "
            "to the occupational health doctor.\n")),
]

STATED = [
    ("nl", ("Inschrijving tijdregistratie\nNaam: Jan de Vries\nPersoneelsnummer: 10234\n"
            "Vingerafdruk geregistreerd: ja (template opgeslagen op de terminal)\n"), BIOMETRIC),
    ("nl", ("Verslag\nMedewerker P. Jansen klokt sinds maandag in met zijn vingerafdruk voor de "
            "tijdregistratie.\n"), BIOMETRIC),
    ("en", "Ahmed now logs in with his fingerprint at the depot terminal.\n", BIOMETRIC),
    # a log row: the use is a field of a row about one badge holder
    ("nl", "Tijdstip: 2024-05-02 07:58\nPersoneelsnr: 40213\nVerificatie: vingerafdruk\n",
     BIOMETRIC),
    ("en", "Time: 2024-05-02 07:58\nBadge: 40213\nVerification: fingerprint\nResult: OK\n",
     BIOMETRIC),
    ("nl", "Per 1 maart klokken alle medewerkers in met hun vingerafdruk.", BIOMETRIC),
    ("en", "The safe opens with the manager's fingerprint.", BIOMETRIC),
    # a membership noun after its person
    ("nl", "Dhr. Bakker meldde dat zijn lidmaatschap van de FNV per 1 mei loopt.", UNION),
    ("en", "Minutes works council\nPresent: Anna Smit (FNV member), Tom Baker\n", UNION),
    # work and a membership in one sentence; a membership in a letter to HR
    ("nl", "Ik werk bij de gemeente en ben lid van de FNV.\n", UNION),
    ("nl", "Ik werk als chauffeur en ben al tien jaar FNV-lid.\n", UNION),
    ("en", "I work for a logistics firm and I am a member of Unite.\n", UNION),
    ("nl", "Hij werkt bij Albert Heijn en is lid van de PVV.\n", "SPECIAL_POLITICS"),
    ("nl", ("Aan: HR\nBetreft: contributie\nIk ben lid van de FNV en wil de contributie laten "
            "inhouden.\n"), UNION),
    ("nl", "Nevenactiviteiten\nKaderlid FNV-afdeling Metaal sinds 2018.\n", UNION),
    # a contract's article heading above the term is no product or law text around it
    ("nl", "Artikel 9 Tijdregistratie\nHij heeft zijn vingerafdruk laten registreren.\n",
     BIOMETRIC),
    ("nl", "Artikel 9\nSanne klokt in met haar vingerafdruk.\n", BIOMETRIC),
    ("en", "Article 9\nHe clocks in with his fingerprint.\n", BIOMETRIC),
    # "me" asked of the reader, then the writer's own words
    ("nl", ("Hoi Lisa, stuur me je rooster; ik heb morgen een afspraak bij de fysiotherapeut "
            "voor mijn knie.\n"), HEALTH),
    ("en", "Can you call me? I have a migraine today and stay home.\n", HEALTH),
    ("en", ("Hi Sarah, I had an appointment with the occupational health doctor about my "
            "back pain today.\n"), HEALTH),
]


@pytest.mark.parametrize(("lang", "text"), NOTHING)
def test_no_person_no_category(lang: str, text: str) -> None:
    assert find_special(text, lang) == [], text


@pytest.mark.parametrize(("lang", "text", "entity"), STATED)
def test_person_category(lang: str, text: str, entity: str) -> None:
    assert entity in {m.entity for m in find_special(text, lang)}, text
