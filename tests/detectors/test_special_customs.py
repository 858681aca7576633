"""Religious words that name food, an event, a day off or a building (detectors/
special_customs.py, data customs.toml, issue #15 stop 38): no one's belief, read by the
phrase the term stands in. A person who eats, keeps, celebrates or fasts it, or a person
named in its clause, still states it. All names synthetic."""

from __future__ import annotations

import pytest

from detectors import detect
from detectors.special_customs import CustomsDataError, load_customs

RELIGION = "SPECIAL_RELIGION"


def _religion(text: str, language: str) -> bool:
    return any(d.entity == RELIGION for d in detect(text, language, document=True))


DIET_AS_FOOD = [
    ("en", "CV - Marta Nowak\nExperience\n2020-2024 Cook, Utrecht\nOther: cooked halal and kosher meals for the hotel's wedding guests"),
    ("nl", "Cv Sanne de Wit\nInteresses: koken, vooral Marokkaanse en halal gerechten voor vrienden"),
    ("nl", "Intake Joost Peters\nKandidaat heeft ervaring in een halal keuken en een koosjere cateraar."),
    ("en", "CV - Amina Diallo\nHobbies: baking, running a small market stall with halal / vegan / gluten-free snacks"),
    ("nl", "Cv Mark de Boer\nOverig: vrijwilliger bij de voedselbank, sorteren van halal en vegetarische pakketten"),
    ("en", "Intake note - Noah Levi\nThe candidate managed the kosher kitchen of a conference hotel for two years."),
    ("nl", "Dossier Hatice Demir\nWerknemer bereidt in de bedrijfskantine dagelijks de halal maaltijden (kip, rund)."),
    ("en", "CV - Omar Farouk\nOther: food safety lead, certified halal production line (poultry), 2019-2023"),
    ("nl", "Cv Youssef Amrani\nHobby's: barbecueën met vrienden (halal vlees van de slager om de hoek)"),
    # (stop 41) the writer's own trade, a first person in its clause: a cook's work
    ("nl", ("Motivatie\nBij Grillhuis Anatolia kookte ik jarenlang halal voor groepen tot 250 "
           "couverts, dus ik ken de voorschriften.")),
    ("en", ("Cover letter\nAt the airport caterer I prepared kosher trays daily and I know the "
           "certification requirements well.")),
]


@pytest.mark.parametrize("language, text", DIET_AS_FOOD)
def test_a_diet_word_of_food_is_no_ones_belief(language: str, text: str) -> None:
    assert not _religion(text, language)


FESTIVAL_AS_EVENT = [
    ("en", "CV - Ravi Patel\nOther: ran the office's Eid and New Year staff lunches for three years."),
    ("nl", "Cv Fatma Yilmaz\nOverig: organiseerde de Divali- en kerstborrels van de afdeling."),
    ("en", "CV - Anjali Rao\nInterests: event planning (Diwali dinners, Christmas parties) for the student union."),
    ("nl", "Intake Karim Bouali\nKandidaat verzorgde bij de vorige werkgever de iftar-pakketten voor de late dienst."),
    ("en", "Appraisal - Hassan Ali\nThe employee set up the Ramadan iftar buffet for guests in the Garden Room."),
    ("nl", "Cv Meryem Kaya\nHobby's: versieren, o.a. de Suikerfeest-lunch en het kerstdiner van de buurtvereniging"),
    ("en", "CV - Sarah Klein\nOther: volunteer, Hanukkah market stall of the neighbourhood association (2022)"),
    ("nl", "Beoordeling Ali Yilmaz\nWerknemer regelt ieder jaar de Offerfeest-maaltijd voor de klanten van de slagerij."),
]


@pytest.mark.parametrize("language, text", FESTIVAL_AS_EVENT)
def test_a_festival_naming_an_event_is_no_ones_belief(language: str, text: str) -> None:
    assert not _religion(text, language)


LEAVE_CLAUSE = [
    ("nl", "Arbeidsovereenkomst\nWerknemer: Emre Yildiz, Lindenlaan 4, Hengelo\nArt. 7 Bijzondere dagen. Werknemer mag in overleg een vakantiedag opnemen voor het Offerfeest of Divali."),
    ("nl", "Uitzendovereenkomst fase A\nUitzendkracht: Daan Vos\nDe uitzendkracht kan op verzoek vrij krijgen op Suikerfeest (vakantie-uren)."),
    ("en", "Employment contract\nEmployee: Samir Haddad, 12 Elm Road\nClause 12. The employee may take a day off for Eid al-Fitr or Diwali from their annual leave."),
    ("en", "Agency worker terms\nWorker: Olga Petrova\nThe worker can book annual leave for Passover or Eid al-Adha by arrangement with the planner."),
    ("nl", "Contract Fleur Jansen (werknemer)\nCao art. 21: de werknemer heeft recht op een vrije dag voor Suikerfeest, te verrekenen met vakantie-uren."),
    ("en", "Offer letter - Ana Souza\nPolicy: each employee is entitled to one floating holiday, e.g. for Diwali."),
    ("nl", "Arbeidsovereenkomst\nWerknemer: Bram Kok\nWerknemer kan na aanvraag bij de planner vrij nemen op Offerfeest, Pesach of Chanoeka."),
    ("en", "Placement terms\nCandidate: Lena Fischer\nLeave rules: the candidate may request time off for Yom Kippur up to 4 weeks ahead."),
]


@pytest.mark.parametrize("language, text", LEAVE_CLAUSE)
def test_a_festival_as_a_granted_day_off_is_no_ones_belief(language: str, text: str) -> None:
    assert not _religion(text, language)


BUILDING = [
    ("en", "CV - Jan Bakker\nInterests: volunteer at the soup kitchen in the old church hall on Mill Lane."),
    ("nl", "Cv Kees Smit\nHobby's: fotograferen, klussen in het kerkgebouw van de buurt."),
    ("en", "CV - Ruth Cohen\nHobbies: bell-ringing, restoring the church tower in Deventer (2019)."),
    ("nl", "Intake Piet Mulder\nKandidaat deed de schoonmaak op het terrein van de moskee aan de Kanaalweg."),
]


@pytest.mark.parametrize("language, text", BUILDING)
def test_a_place_of_worship_naming_a_building_is_no_ones_belief(language: str,
                                                                text: str) -> None:
    assert not _religion(text, language)


STATED = [
    # a person who eats, keeps, celebrates or fasts it
    ("en", "Personal: I only eat halal food, so please tell the canteen."),
    ("nl", "Notitie planner: Daan Hermans eet koosjer, graag doorgeven aan de cateraar."),
    ("en", "Because I keep kosher myself I know how a separate kitchen works."),
    ("nl", "Ik vier Divali met mijn familie en vraag daarom 12 november vrij."),
    ("en", "Yusuf fasts during Ramadan and asked for early shifts until the end of March."),
    ("nl", "Verlofaanvraag: ik wil graag vrij op het Suikerfeest, ik ben moslim."),
    # a person named in the clause of a granted day off
    ("nl", "Afspraak: Mehmet Aydın mag op het Offerfeest vrij, hij viert het met zijn gezin."),
    ("en", "Priya Nair celebrates Diwali at home and is off on 1 November."),
]


@pytest.mark.parametrize("language, text", STATED)
def test_a_person_who_keeps_it_still_states_it(language: str, text: str) -> None:
    assert _religion(text, language)


def test_a_bad_customs_file_names_its_key(tmp_path) -> None:
    bad = tmp_path / "customs.toml"
    bad.write_text('[nl]\ndiet_terms = ["Halal"]\n', encoding="utf-8")
    with pytest.raises(CustomsDataError, match="diet_terms"):
        load_customs.__wrapped__(bad)
