"""Kinds of ethnic origin and sexual orientation statements in notes, forms, CVs and e-mails
(issue #15), each with a twin that states nothing about a person (detectors/data/special/
ethnicity.toml, sexual_orientation.toml, rules.toml, link.toml)."""

from __future__ import annotations

import pytest

from detectors.special_category import find_special

ETHNICITY, ORIENTATION = "SPECIAL_ETHNICITY", "SPECIAL_SEXUAL_ORIENTATION"
RELIGION = "SPECIAL_RELIGION"

FOUND = [
    # mixed origin and colour said of a person
    ("nl", "Gespreksnotitie: hij is van gemengde komaf, vader Surinaams.", ETHNICITY),
    ("nl", "Kandidate vertelde dat ze biraciaal is.", ETHNICITY),
    ("nl", "Ze is een blanke vrouw van 40 en werkt in Zwolle.", ETHNICITY),
    ("nl", "Dhr. Bakker is half Indonesisch.", ETHNICITY),
    ("en", "Notes: he is biracial and asked about the team.", ETHNICITY),
    ("en", "He is mixed-race and grew up in Leeds.", ETHNICITY),
    ("en", "The candidate is a woman of colour.", ETHNICITY),
    ("en", "She is ethnically Chinese, born in Jakarta.", ETHNICITY),
    ("en", "Her family is Moluccan.", ETHNICITY),
    ("en", "She is South Asian and speaks Urdu.", ETHNICITY),
    # a compound origin either way round
    ("en", "She is Dutch-Moroccan.", ETHNICITY),
    ("en", "He describes himself as British-Nigerian.", ETHNICITY),
    ("nl", "Mevrouw is Nederlands-Surinaams.", ETHNICITY),
    # a note in brackets between the origin and its head
    ("en", "Personal details\nBorn in Lagos and of Nigerian (Yoruba) descent\n", ETHNICITY),
    ("nl", "Personalia\nVan Surinaamse (Hindostaanse) afkomst.\n", ETHNICITY),
    # a parent's origin: about the person
    ("nl", "Zijn ouders zijn Molukkers.", ETHNICITY),
    # a possessive after a preposition ties the term to the person, a client in the clause
    # notwithstanding
    ("nl", "De klant vroeg naar zijn Marokkaanse achtergrond.", ETHNICITY),
    ("en", "The client asked about his Nigerian descent.", ETHNICITY),
    ("nl", "Hij vertelde dat de klant geen probleem heeft met het vasten tijdens de ramadan.",
     RELIGION),
    # a wish about who may know is no denial
    ("nl", "Hij wil niet dat zijn geaardheid bekend wordt bij de klant.", ORIENTATION),
    ("en", "She does not want her sexuality discussed with the client.", ORIENTATION),
    ("nl", "Hij wil niet dat zijn Marokkaanse afkomst in het dossier komt.", ETHNICITY),
    # a conjunction opens a new clause: "team" after it is no work word of the term
    ("en", "She is bisexual and her team knows.", ORIENTATION),
    # a place after the term is where it is known, not a work word ruling it out
    ("en", "She is openly bisexual in the team.", ORIENTATION),
    ("nl", "Hij is homo binnen het team, iedereen weet het.", ORIENTATION),
    ("nl", "Ze is biseksueel en haar team weet het.", ORIENTATION),
    # orientation by a partner's sex, attraction, coming out
    ("nl", "Hij is uit de kast sinds zijn twintigste.", ORIENTATION),
    ("nl", "Ze heeft een relatie met een andere vrouw.", ORIENTATION),
    ("nl", "Hij valt op jongens, vertelde hij.", ORIENTATION),
    ("nl", "Hij en zijn vriendje gaan samenwonen.", ORIENTATION),
    ("nl", "Ze heeft een partner van hetzelfde geslacht.", ORIENTATION),
    ("nl", "Haar partner is ook een vrouw.", ORIENTATION),
    ("en", "He lives with his boyfriend in Utrecht.", ORIENTATION),
    ("en", "Her partner is a woman.", ORIENTATION),
    ("en", "He is attracted to men.", ORIENTATION),
    ("en", "She has a female partner.", ORIENTATION),
]

NOTHING = [
    # "bi-" opening a word is no orientation
    ("en", "He attended the bi-annual review of the team."),
    # an organisation's character is no one's belief
    ("nl", ("Medewerker: S. Jansen\nStandplaats: de opdrachtgever is een school op katholieke "
            "grondslag.")),
    ("en", "Employee: S. Jansen\nThe client is an organisation with a Catholic ethos."),
    # a client right before the term still names the employer
    ("nl", "Klant: Moskee Al-Fath, receptie."),
    # a range of colours is no person of colour
    ("en", "The printer offers a range of colour options."),
    # "gemengde achtergrond" of skills
    ("nl", "Ik heb een gemengde achtergrond in techniek en zorg."),
]


def test_bi_prefix_is_no_orientation() -> None:
    found = find_special("Hij heeft een bi-culturele achtergrond (Turks en Nederlands).", "nl")
    assert ORIENTATION not in {m.entity for m in found}


@pytest.mark.parametrize(("lang", "text", "entity"), FOUND)
def test_stated(lang: str, text: str, entity: str) -> None:
    assert entity in {m.entity for m in find_special(text, lang)}, text


@pytest.mark.parametrize(("lang", "text"), NOTHING)
def test_states_nothing(lang: str, text: str) -> None:
    assert find_special(text, lang) == [], text


# Religion, biometric and criminal kinds: a note's clause with its subject left out, a
# biometric field answered yes in a form about a person, everyday words for detention.
MORE_FOUND = [
    ("nl", "Notities\n- Alevitisch, viert geen Ramadan (wel de cemevi)\n", "SPECIAL_RELIGION"),
    ("nl", "Notitie HR: heeft op zondag verplichtingen, is gereformeerd.", "SPECIAL_RELIGION"),
    ("nl", "Woont in Utrecht met twee kinderen; is katholiek.", "SPECIAL_RELIGION"),
    ("en", "Notes\n- Sikh, wears a turban at work\n", "SPECIAL_RELIGION"),
    ("nl", "Naam: J. de Vries\nVingerafdruk geregistreerd: ja\n", "SPECIAL_BIOMETRIC"),
    ("nl", "Naam: J. de Vries\nVingerafdruk: ja\n", "SPECIAL_BIOMETRIC"),
    ("en", "Employee: J. Smith\nFingerprint enrolled: yes\n", "SPECIAL_BIOMETRIC"),
    ("nl", "Hij ontgrendelt zijn werktelefoon met Face ID.", "SPECIAL_BIOMETRIC"),
    ("en", "He clocks in with his thumbprint.", "SPECIAL_BIOMETRIC"),
    ("nl", "Hij heeft gezeten, vertelde hij in het gesprek.", "SPECIAL_CRIMINAL"),
    ("nl", "Kandidaat is bekend bij de politie.", "SPECIAL_CRIMINAL"),
    ("en", "Employee J. Smith was dismissed for theft.", "SPECIAL_CRIMINAL"),
    # political opinion by activism and a vote
    ("nl", "Hij is klimaatactivist bij Extinction Rebellion.", "SPECIAL_POLITICS"),
    ("nl", "Ze stemt links, vertelde ze bij de intake.", "SPECIAL_POLITICS"),
    ("en", "He is a climate activist and protested against the new airport.",
     "SPECIAL_POLITICS"),
    # a place after the term is where, not a work word ruling it out
    ("nl", "Dhr. Jansen heeft een seksuele relatie met een collega op de afdeling.",
     "SPECIAL_SEXUAL_ORIENTATION"),
    # "as a" before an identity, with "I" in the clause
    ("en", "Volunteer, Switchboard helpline: as a gay man I support callers.",
     "SPECIAL_SEXUAL_ORIENTATION"),
    ("en", "I volunteer at the LGBT helpline as a gay man myself.", "SPECIAL_SEXUAL_ORIENTATION"),
    # dues to a place of worship on a payslip or a form
    ("nl", "Loonstrook maart\nNaam: A. El Amrani\nInhouding contributie moskee   10,00\n",
     "SPECIAL_RELIGION"),
    ("nl", "Naam: A. El Amrani\nKerkbijdrage (vrijwillig): 15,00\n", "SPECIAL_RELIGION"),
    ("en", "Payslip\nName: J. Smith\nDeductions: church contribution 12.00\n", "SPECIAL_RELIGION"),
    # refugee status said of a person
    ("nl", "Hij kwam in 2015 als vluchteling naar Nederland.", "SPECIAL_ETHNICITY"),
    ("nl", "Kandidate is statushouder en volgt een taalcursus.", "SPECIAL_ETHNICITY"),
    ("en", "She came to the Netherlands as a refugee in 2016.", "SPECIAL_ETHNICITY"),
    # a fingerprint used to clock in, log in or open something is held
    ("nl", "Per 1 maart klokken alle medewerkers in met hun vingerafdruk.", "SPECIAL_BIOMETRIC"),
    ("nl", "De kluis wordt geopend met de vingerafdruk van de filiaalmanager.",
     "SPECIAL_BIOMETRIC"),
    ("en", "The safe opens with the manager's fingerprint.", "SPECIAL_BIOMETRIC"),
    # a union writing for its member
    ("nl", ("CNV Vakmensen\nBetreft: bezwaar ontslag\nNamens ons lid, de heer P. Jansen, "
            "maken wij bezwaar.\n"), "SPECIAL_TRADE_UNION"),
    ("en", "Unite the Union\nWe write on behalf of our member, Mr P. Jones.\n",
     "SPECIAL_TRADE_UNION"),
    # DNA alone, with a data word or a person
    ("nl", "Naam: J. de Vries\nDNA: afgenomen op 12-03\n", "SPECIAL_BIOMETRIC"),
    ("en", "His DNA was taken and stored in the database.", "SPECIAL_BIOMETRIC"),
]

MORE_NOTHING = [
    ("nl", "Wij respecteren ieders geloof, is ons motto."),
    ("nl", "Naam: J. de Vries\nVingerafdruk: nee\n"),
    ("nl", "Vingerafdruk: ja\n"),  # a setting in no form about anyone
    # an alderman or the council is the municipality's
    ("nl", "Namens de wethouder van de afdeling Werk en Inkomen sturen wij u deze brief."),
    # a group the writer works with, not who the writer is
    ("en", "As a volunteer I supported gay men with housing."),
    ("nl", "Als vrijwilliger begeleid ik moslims bij inburgering."),
    ("nl", "Hij begeleidt als jobcoach Marokkanen en Turken naar werk."),
    # fleeing a scene is no flight from a country; refugees in general are no one
    ("nl", "De dader is gevlucht via de achteruitgang."),
    ("en", "The suspect fled on foot."),
    ("nl", "Wij helpen vluchtelingen aan werk."),
    ("nl", "De moskee vraagt geen contributie."),
    ("en", "The study covered people of any (self-reported) descent."),
    # DNA as a figure of speech
    ("nl", "Klantgericht werken zit in ons DNA."),
    ("nl", "Techniek zit in mijn DNA, daarom solliciteer ik."),
    ("en", "Service is in our DNA, and in my DNA too."),
]


@pytest.mark.parametrize(("lang", "text", "entity"), MORE_FOUND)
def test_more_stated(lang: str, text: str, entity: str) -> None:
    assert entity in {m.entity for m in find_special(text, lang)}, text


@pytest.mark.parametrize(("lang", "text"), MORE_NOTHING)
def test_more_states_nothing(lang: str, text: str) -> None:
    assert find_special(text, lang) == [], text
