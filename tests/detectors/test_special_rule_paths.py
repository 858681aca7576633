"""Rule paths that tied a special-category term to no one's data (special-doctype-rules-9,
seen as shapes), each kind with NL and EN variants and a positive twin that must stay
(detectors/special_rules.py, special_category.py; data: rules.toml, parties.txt)."""

from __future__ import annotations

import pytest

from detectors.special_category import find_special

NOTHING = [
    # an employer that shares a party's acronym (CSU, a cleaning company)
    ("nl", "Ik heb 9 jaar ervaring bij CSU en Hago als schoonmaker."),
    ("nl", "Hoi Sanne, ik zag je al bij CSU. Hoe bevalt het daar?"),
    ("nl", "Werkgever: Jansen (schoonmaakbedrijf, voorheen CSU Cleaning)\n"),
    # "Denk" opening a sentence is the verb, not the party DENK
    ("nl", "Je hebt een VOG nodig voor de zorg.\nDenk aan de aanvraag, ze vragen er zeker om."),
    ("nl", "Denk eraan dat hij zijn rooster doorgeeft."),
    ("nl", "- Denk mee over de planning; hij is er ook bij."),
    # a leave written as a truncated compound is leave, not a pregnancy
    ("nl", "Art. 9 Verlof\nWerknemer heeft recht op zwangerschap- en bevallingsverlof."),
    ("nl", "De werknemer heeft recht op zwangerschaps-/bevallingsverlof conform de WAZO."),
    ("nl", "Zij kan gebruikmaken van zwangerschaps- of geboorteverlof, zegt de werknemer."),
    # a right to something is anyone's who needs it
    ("nl", "De werknemer heeft recht op betaald zwangerschapsverlof van 16 weken."),
    ("en", "The employee is entitled to maternity leave and to paid sick leave."),
    # "bevallen" as liking
    ("nl", "Het werk is haar altijd goed bevallen, ze wil graag verder."),
    ("nl", "De opdracht is hem prima bevallen."),
    ("nl", "In het gesprek is besproken hoe het werk bevalt en of zij aanpassingen wil."),
    # writing for a church by its name is an office, not a belief
    ("nl", "Betreft: uw aanvraag (namens Hervormde Gemeente Zeist)\n\nGeachte heer,"),
    ("nl", "Namens de Protestantse Kerk Utrecht nodig ik u uit voor een gesprek."),
    ("en", "On behalf of the Catholic Diocese of Utrecht, we invite you."),
    # biometric data of a counted group, or a count of devices: a system, no one's data
    ("nl", "Opgeslagen: vingerafdruktemplate van ruim 140 medewerkers voor in- en uitklokken."),
    ("nl", "De gezichtsprofielen van alle bezoekers worden na 24 uur gewist."),
    ("en", "Stored: fingerprint templates of 120 employees for clocking in and out."),
    ("en", "Work done:\n- installed firmware on 4 fingerprint readers and 2 face terminals\n"),
    ("nl", "Werkbon\n- 3 vingerafdrukterminals geplaatst bij de ingang\n"),
    # a work label known by its head word
    ("nl", "CV\n\nTechnische specialisaties: cctv's, toegangscontrole en biometrie.\n"),
    ("nl", "CV\n\nRelevante vaardigheden: biometrie, camerabewaking.\n"),
    ("en", "CV\n\nTechnical skills: access control and biometrics.\n"),
    # a truncated compound completed by a device: two readers, no one's fingerprint
    ("nl", "Beveiliger\n▪ installatie van vingerafdruk- en gezichtsherkenningslezers\n"),
    ("en", "Technician\n- installed fingerprint- and face-recognition readers at the gate\n"),
    # a CV's timeline line with a year range is work
    ("nl", "Werkervaring\n2019-2023  Handhaver BOA, aanhouding van verdachten, proces-verbaal\n"),
    # a crime as the topic of work
    ("en", "At a retail store, I dealt with the police about shoplifting incidents."),
    # a pronoun whose person is a worker (the doctor), in a text addressed to anyone
    ("nl", ("9. Wat doet de bedrijfsarts?\nDe bedrijfsarts adviseert over je herstel; hij "
            "bespreekt met je je mogelijkheden en beperking.")),
    ("en", "The company doctor advises on recovery; he discusses your options and limitations."),
    # one option of a question answered no
    ("nl", "Werkgerelateerd? nee   Oorzaak (zwanger/ongeval/orgaandonatie)? nee\n"),
    ("en", "Work related? no   Cause (pregnancy/accident)? no\n"),
]

FOUND = [
    ("nl", "Ik ben lid van de CDU en stem op de CSU in Beieren.", "SPECIAL_POLITICS"),
    ("nl", "Ali is actief binnen DENK.", "SPECIAL_POLITICS"),
    ("nl", "Ik stem op Denk, dat weet iedereen.", "SPECIAL_POLITICS"),
    ("nl", "Hij is lid van Denk sinds 2019.", "SPECIAL_POLITICS"),
    ("nl", "De werknemer meldt dat zij zwanger is.", "SPECIAL_HEALTH"),
    ("nl", "De werknemer heeft long- en darmkanker.", "SPECIAL_HEALTH"),
    ("nl", "Ze is vorige week bevallen van een dochter.", "SPECIAL_HEALTH"),
    ("en", "She told me she is pregnant and will take leave in June.", "SPECIAL_HEALTH"),
    ("nl", "Ik ben lid van de Hervormde Gemeente Zeist.", "SPECIAL_RELIGION"),
    ("en", "I am a member of the Catholic Church.", "SPECIAL_RELIGION"),
    ("nl", "Hij is raadslid namens de VVD.", "SPECIAL_POLITICS"),
    ("nl", "Opgeslagen: vingerafdruktemplate van medewerker J. Jansen voor het inklokken.",
     "SPECIAL_BIOMETRIC"),
    ("en", "Her fingerprint template is stored on the terminal.", "SPECIAL_BIOMETRIC"),
    ("nl", "Medische gegevens: diabetes type 1", "SPECIAL_HEALTH"),
    ("nl", "De medewerker is bij de bedrijfsarts geweest; hij heeft een beperking in het tillen.",
     "SPECIAL_HEALTH"),
    ("nl", "Jan belde vanmorgen. Hij heeft een burn-out.", "SPECIAL_HEALTH"),
    ("en", "Other: Unison member and steward (2019–2023)", "SPECIAL_TRADE_UNION"),
    ("nl", "Nevenfunctie: gemeenteraadslid namens DENK, gemeente Zaandam", "SPECIAL_POLITICS"),
    ("en", "He moved to Utrecht with his boyfriend.\n- New incident: none",
     "SPECIAL_SEXUAL_ORIENTATION"),
    ("nl", "Zijn vingerafdruk- en irisscan zijn opgeslagen als template.", "SPECIAL_BIOMETRIC"),
    ("nl", "Oorzaak (zwanger/ongeval)? ja, zwanger sinds maart\nMedewerker is zwanger.",
     "SPECIAL_HEALTH"),
]


@pytest.mark.parametrize(("lang", "text"), NOTHING)
def test_states_nothing(lang: str, text: str) -> None:
    assert [(m.entity, m.rule) for m in find_special(text, lang)] == []


@pytest.mark.parametrize(("lang", "text", "entity"), FOUND)
def test_still_found(lang: str, text: str, entity: str) -> None:
    assert entity in {m.entity for m in find_special(text, lang)}
