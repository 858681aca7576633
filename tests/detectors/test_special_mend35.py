"""The mend of stop 35 (special35's CV sections): addresses, sights, sports clubs and topics
in a hobby section are no one's faith, party or union; a built community body does not read a
place name ("Kerkrade"); a section stops at the next CV heading and is a person's only in a
text about one person. Every text is our own, names and places synthetic."""

from __future__ import annotations

import pytest

from detectors import special_category, special_rules, special_sections
from detectors.special_category import find_special
from detectors.special_subject import is_about_no_one
from tests.detectors.test_special_sections import P, R, U, _entities
from tests.work_count import lines_run

ORGS = {R, P, U}


# an address, a sight, a sports club or a topic in a personal or hobby section
NOT_OWN = [
    ("en", "Personal\n12 Church Lane\nLeeds LS1 2AB"),
    ("nl", "Persoonlijk\nAchter de Kerk 12\n3511 AB Utrecht"),
    ("en", "Personal\nFlat 3, Temple Court, London"),
    ("en", "Interests\nVisiting mosques and cathedrals on city trips, photography"),
    ("nl", "Hobby's\nFotograferen van kerken en moskeeën"),
    ("nl", "Hobby's\nVoetbal bij VV De Kerk"),
    ("en", "Interests\nWatching the Labour Party conference on TV"),
    ("en", "Interests\nPolitics, UNISON history"),
    # our own wording
    ("en", "Personal details\n48 Chapel Road, Hull HU3 2QT"),
    ("nl", "Over mij\nKerkpad 7\n4811 KP Breda"),
    ("nl", "Hobby's: hockey bij HC De Kerk, koken"),
    ("en", "Hobbies\nPhotographing old churches and synagogues"),
    ("nl", "Interesses\nStedentrips, bezoeken van synagoges en musea"),
    ("en", "Interests\nFootball with Temple FC on Sundays"),
    ("nl", "Hobby's\nKijken naar het VVD-congres op tv"),
    ("en", "Hobbies: reading, GMB history, cycling"),
    ("nl", "Hobby's: fotograferen, moskeeën en kerken op stedentrips"),
]


@pytest.mark.parametrize("lang, text", NOT_OWN)
def test_address_sight_club_or_topic_states_nothing(lang: str, text: str) -> None:
    assert _entities(text, lang) & ORGS == set()


# a place with an office, a membership or a body beside it stays the person's own
OWN = [
    ("nl", "Hobby's\nZingen in het kerkkoor, tennis", R),
    ("nl", "Vrijwilligerswerk\nOuderling van de Nieuwe Kerk in Gouda", R),
    ("en", "Volunteering\nMember of the synagogue's youth group, 2019 - present", R),
]
# (stop 43) work done at a place of worship, with no office, membership or possessive, is
# where the person volunteers or sings, not their faith: the writers of six blind sets
# (12, 13, 24, 25, 29, 30) label it so, one (14) otherwise
PLACE_ACTIVITIES = [
    ("nl", "Vrijwilligerswerk\nVrijwilliger bij de moskee in Gouda"),
    ("en", "Volunteering\nYouth group leader at the synagogue, 2019 - present"),
    ("en", "Other\n- Sing alto in the choir of the Nieuwe Kerk Haarlem (Sunday services)"),
]


@pytest.mark.parametrize("lang, text", PLACE_ACTIVITIES)
def test_an_activity_at_a_place_of_worship_states_no_faith(lang: str, text: str) -> None:
    assert _entities(text, lang) & ORGS == set()


@pytest.mark.parametrize("lang, text, entity", OWN)
def test_place_with_a_role_stays_own(lang: str, text: str, entity: str) -> None:
    assert entity in _entities(text, lang)


# a place name that reads as an inflected built body ("Kerkrade" as "kerkraad")
PLACES = [
    ("nl", "Ik woon in Kerkrade."),
    ("nl", "Penningmeester tennisclub Kerkrade-West"),
    ("nl", "schaken bij SV Kerkrade"),
    ("nl", "Nevenfuncties\nPenningmeester tennisclub Kerkrade-West"),
    ("nl", "Lidmaatschappen: biljartvereniging Kerkrade"),
    ("nl", "Ik ben lid van de harmonie in Kerkrade."),
    ("nl", "Hobby's\nWandelen rond Kerkrade en Heerlen"),
    ("nl", "Vrijwilligerswerk: voedselbank Kerkrade"),
    ("nl", "Ik ben geboren in Kerkrade en werk nu in Sittard."),
    ("nl", "Nevenfunctie: bestuurslid wijkraad Kerkrade-Oost"),
]


@pytest.mark.parametrize("lang, text", PLACES)
def test_place_name_is_no_community_body(lang: str, text: str) -> None:
    assert R not in _entities(text, lang)


BODIES = [
    ("nl", "Ik ben lid van de kerkraad.", R),
    ("nl", "Nevenfuncties: secretaris van twee parochieraden", R),
]


@pytest.mark.parametrize("lang, text, entity", BODIES)
def test_built_body_stays(lang: str, text: str, entity: str) -> None:
    assert entity in _entities(text, lang)


# a section ends at the CV's next section; an organisation's report or newsletter has no own
# sections
SECTION_ENDS = [
    ("en", "Interests\nRunning\nJobs\nTreasurer, Central Mosque Birmingham (paid, 20 h)"),
    ("nl", "Hobby's\nZingen, fietsen\nBanen\nConciërge moskee Al-Fath, Rotterdam"),
    ("en", "Interests\nRunning\nCareer\nYouth worker, St Mary's Parish (2018-2021)"),
    ("nl", ("Jaarverslag 2025\n\nMaatschappelijke betrokkenheid\nOns bedrijf sponsort de "
            "jeugdgroep van de moskee in Utrecht.")),
    ("nl", ("Nieuwsbrief\n\nVrijwilligerswerk\nDit jaar helpen we de parochie in Schiedam "
            "met de inzameling.")),
    # our own wording
    ("nl", "Hobby's\nKoken\nWerkervaring\nSchoonmaker, parochie Sint-Jan, Deventer"),
    ("en", "Hobbies\nCycling\nEmployment\nAdministrator, Parish of St Luke, Bristol"),
    ("nl", "Nevenfuncties\nScheidsrechter\nLoopbaan\nKoster in dienst van de parochie, 32 uur"),
    ("en", "Volunteering\nFood bank\nExperience\nCaretaker at the Hindu temple community centre"),
    ("en", "Newsletter\n\nCommunity involvement\nThis year we supported the mosque youth group."),
    ("nl", "Nieuwsbrief maart\n\nVrijwilligerswerk\nOnze medewerkers hielpen het kerkkoor."),
    ("en", "Annual report 2024\n\nVolunteering\nOur staff gave 300 hours to the parish council."),
    ("nl", "Vrijwilligerswerk\nWij sponsoren de jeugdgroep van de synagoge in Enschede."),
]


@pytest.mark.parametrize("lang, text", SECTION_ENDS)
def test_section_ends_at_the_next_heading_and_is_a_persons(lang: str, text: str) -> None:
    assert _entities(text, lang) & ORGS == set()


# a long line of an own section is read around each term, not whole for every one: the work
# grows with the line, and a word far before a term (a topic two hundred characters back)
# does not reach it
def test_long_own_section_line_is_read_linearly() -> None:
    files = (special_sections.__file__, special_rules.__file__, special_category.__file__)

    def run(n: int) -> int:
        text = "Hobby's: " + "zingen in het kerkkoor, " * n
        return lines_run(files, lambda: find_special(text, "nl"))

    small, large = run(60), run(120)
    assert large <= 2.2 * small
    text = "Hobby's: " + "zingen in het kerkkoor, " * 400
    assert len(find_special(text, "nl")) == 400


FAR_WORDS = [
    ("nl", "Hobby's: boeken over vogels, " + "wandelen, " * 25 + "zingen in het kerkkoor", R),
    ("en", "Interests: books about birds, " + "hiking, " * 30 + "singing in the church choir", R),
    ("nl", "Hobby's: lezingen, " + "koken, " * 35 + "vrijwilliger in de parochie", R),
    ("en", "Interests: lectures, " + "chess, " * 35 + "member of the parish council", R),
]


@pytest.mark.parametrize("lang, text, entity", FAR_WORDS)
def test_a_word_far_before_a_term_does_not_reach_it(lang: str, text: str, entity: str) -> None:
    assert entity in _entities(text, lang)


# a first person in a community's body is its member; work done for one is a client's
OWN_BODIES = [
    ("nl", "Sinds 2018 zit ik in het moskeebestuur van Schiedam.", R),
    ("en", "I am a trustee on the mosque committee.", R),
    ("en", "I am a member of my local congregation.", R),
    ("nl", "Ik ben actief in mijn parochie.", R),
    # our own wording
    ("nl", "Ik zit al jaren in het kerkbestuur.", R),
    ("en", "I sit on the church council.", R),
    ("nl", "Sinds vorig jaar ben ik secretaris van de moskeevereniging.", R),
    ("en", "I have served on the synagogue board since 2015.", R),
    ("nl", "Ik help elke week mee in mijn parochie.", R),
    ("en", "I volunteer with my congregation on Saturdays.", R),
    ("nl", "Ik ben penningmeester van het synagogebestuur.", R),
    ("en", "I chair the parish council in our village.", R),
]


@pytest.mark.parametrize("lang, text, entity", OWN_BODIES)
def test_first_person_in_a_community_body(lang: str, text: str, entity: str) -> None:
    assert entity in _entities(text, lang)


CLIENT_BODIES = [
    ("nl", "Ik deed de boekhouding van een moskeevereniging en een tennisclub als zzp'er."),
    ("en", "I did the accounts for the church council as a freelancer."),
    ("nl", "Ik verzorgde de salarisadministratie voor het moskeebestuur, in opdracht."),
    ("en", "I cleaned the parish office every week as a contractor."),
    ("nl", "Ik was de accountant van de kerkenraad van een dorp in Drenthe."),
    ("en", "I audited a synagogue board's books for my employer."),
    ("nl", "Voor een klant beheerde ik de website van de moskeevereniging."),
    ("en", "I maintained the parish council's website for a client."),
]


@pytest.mark.parametrize("lang, text", CLIENT_BODIES)
def test_work_for_a_community_body_is_a_clients(lang: str, text: str) -> None:
    assert R not in _entities(text, lang)


E = "SPECIAL_ETHNICITY"
# an origin after a nationality or birthplace label is the person's only when no other people
# stand between; "background" and "origin" are no labels of the person's origin
OTHERS_ORIGIN = [
    ("en", "Background: recruitment campaigns aimed at candidates of Moroccan descent"),
    # our own wording
    ("en", "Background: a study of pupils of Pakistani descent"),
    ("en", "Nationality: British, mentors students of Nigerian descent"),
    ("en", "Nationality: Dutch, coaches employees of Turkish descent"),
    ("nl", "Nationaliteit: Nederlands, werft medewerkers van Marokkaanse afkomst"),
    ("nl", "Nationaliteit: Nederlandse, begeleidt studenten van Turkse afkomst"),
    ("nl", "Geboorteplaats: Utrecht, werkt met jongeren van Surinaamse afkomst"),
    ("en", "Place of birth: Leeds, supports families of Jamaican descent"),
    ("en", "Country of birth: Netherlands, advises candidates of Eritrean descent"),
    ("nl", "Nationaliteit: Nederlandse, bezoekers van Koerdische afkomst welkom"),
]


@pytest.mark.parametrize("lang, text", OTHERS_ORIGIN)
def test_origin_of_other_people_after_a_label(lang: str, text: str) -> None:
    assert E not in _entities(text, lang)


OWN_ORIGIN = [
    ("nl", "Nationaliteit: Nederlandse, van Eritrese afkomst"),
    ("en", "Nationality: British, of Somali descent"),
    ("nl", "Geboorteland: Nederland, van Marokkaanse afkomst"),
    ("en", "Citizenship: Dutch, of Indonesian descent"),
]


@pytest.mark.parametrize("lang, text", OWN_ORIGIN)
def test_own_origin_beside_a_nationality(lang: str, text: str) -> None:
    assert E in _entities(text, lang)


H = "SPECIAL_HEALTH"
# a referral the speaker made, or a break word inside a job's entry: a professional's work
PROFESSIONAL = [
    ("nl", "Ik heb als stagiair patiënten doorverwezen naar de kliniek voor eetstoornissen."),
    ("nl", "2019 - 2021  Sportmasseur, Herstel & Balans\n  - sporters met een hernia"),
    # our own wording
    ("nl", "Als huisarts heb ik veel patiënten verwezen naar de kliniek voor angststoornissen."),
    ("nl", "Als coach heb ik deelnemers doorverwezen naar een kliniek voor burn-out."),
    ("nl", "Ik heb gezinnen doorverwezen naar de kliniek voor verslaving."),
    ("nl", "Als verpleegkundige heb ik cliënten doorverwezen naar de kliniek voor verslaving."),
    ("nl", "2021 - heden  Trainer, Onderbreking BV\n  - medewerkers met burn-out"),
    ("nl", "2014 - 2016  Sportmasseur bij Herstelcentrum Zuid\n  - sporters met een hernia"),
    ("en", "2019 - 2021  Massage therapist, Recovery Rooms Ltd\n  - clients with a slipped disc"),
    ("en", "2020 - 2022  Physio, Recovery Plus\n  - athletes with a torn ACL"),
]


@pytest.mark.parametrize("lang, text", PROFESSIONAL)
def test_professionals_referral_or_job_entry_is_no_health(lang: str, text: str) -> None:
    assert H not in _entities(text, lang)


# referred passively or as the object, or a break word first in its entry: the person's
TREATED = [
    ("nl", "Ik werd doorverwezen naar de kliniek voor eetstoornissen."),
    ("nl", "Ik ben verwezen naar de kliniek voor verslaving."),
    ("nl", "De huisarts heeft mij doorverwezen naar de poli voor depressie."),
    ("en", "I was referred to the clinic for eating disorders."),
    ("nl", "2022-2023 Loopbaanonderbreking: herstel van een burn-out"),
    ("en", "Jan 2017 - Dec 2017 Career break\n  - treatment for cancer"),
    ("nl", "2020 - 2021  Herstel na een hernia-operatie"),
]


@pytest.mark.parametrize("lang, text", TREATED)
def test_referred_or_on_a_break_is_health(lang: str, text: str) -> None:
    assert H in _entities(text, lang)


# period lines of a vacancy, a policy or a cao table (a figure or a share after the period,
# or a document kind as the title) are no one's timeline
NO_TIMELINE = [
    ("nl", ("Vacature\n2020 - heden Groei naar 200 medewerkers\n2018 - 2020 Start in Utrecht\n"
           "Wij zoeken collega's; lid van de FNV zijn is geen bezwaar.")),
    ("nl", ("Verzuimbeleid\n2023 - 2024 Verzuim 4,1%\n2024 - 2025 Verzuim 3,8%\n"
           "Medewerkers melden zich ziek bij de leidinggevende.")),
    ("nl", ("Cao lonen\n2024 - 2025 Loonsverhoging 3%\n2025 - 2026 Loonsverhoging 2,5%\n"
           "Wij verhogen de lonen voor alle werknemers.")),
    # our own wording
    ("en", ("Vacancy\n2019 - present Grew to 150 staff\n2015 - 2019 Founded in Leeds\n"
           "We welcome applicants; union members are welcome to apply.")),
    ("en", ("Absence policy\n2023 - 2024 Absence 4.2%\n2024 - 2025 Absence 3.9%\n"
           "Employees must report sickness to their manager.")),
    ("nl", ("Vacature\n2021 - heden Opening 2 vestigingen\n2016 - 2021 Start in Zwolle\n"
           "Wij zoeken een planner. Je bent lid van de FNV? Geen probleem.")),
    ("nl", ("Privacybeleid\n2024 - 2025 Nieuwe werkwijze\n2025 - heden Evaluatie\n"
           "Wij verwerken gegevens van medewerkers zorgvuldig.")),
    ("en", ("Sickness policy\n2022 - 2023 Training for 40 managers\n2023 - 2024 New process\n"
           "Employees must call their manager.")),
    ("nl", ("Nieuwsbrief\n2023 - 2024 Omzet 12 miljoen\n2024 - 2025 Omzet 14 miljoen\n"
           "Wij danken alle medewerkers.")),
]


@pytest.mark.parametrize("lang, text", NO_TIMELINE)
def test_period_rows_of_a_document_are_no_timeline(lang: str, text: str) -> None:
    assert is_about_no_one(text, lang)


def test_vacancy_with_period_lines_states_no_membership() -> None:
    assert U not in _entities(NO_TIMELINE[0][1], "nl")
