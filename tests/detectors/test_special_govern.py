"""An exclusion word rules a special-category term out only where it governs it: in one
phrase, no clause boundary, no stating verb or person word between (detectors/special_govern.py).
Each kind has its twin: the same words governed (nothing) and not governed (a finding)."""

from __future__ import annotations

import pytest

from detectors.special_category import find_special
from detectors.special_govern import governs
from detectors.special_lexicon import load_lexicon

# the exclusion governs the term: work, study, a relative, an agreement -> no finding
GOVERNED = [
    ("nl", "Vrijwilliger bij een katholieke school in Utrecht."),
    ("nl", "Ik heb als verpleegkundige op de afdeling oncologie gewerkt."),
    ("nl", "Ik heb ervaring met cliënten met autisme en een verstandelijke beperking."),
    ("nl", "Ik werk als begeleider van jongeren die kampen met autisme."),  # a relative clause
    ("nl", "Als docent op een islamitische basisschool geef ik les in groep 8."),
    ("nl", "Scriptie: criminaliteit onder jongeren in de Randstad."),  # the exclusion as label
    ("nl", "Mijn oma had dementie en woonde bij ons in."),  # a relative as the subject
    ("nl", "In de cao is afgesproken dat de FNV het overleg voert."),  # an agreement as topic
    ("nl", "Vrijwilliger\nKatholieke Jeugdraad, 2015 - 2018"),  # a CV's short lines
    ("en", "Volunteer at a Catholic school."),
    ("en", "I have experience with clients with autism."),
    ("en", "Nurse on the diabetes ward of a city hospital."),
    ("en", "I work as a support worker for people who suffer from epilepsy."),
    ("en", "My father had cancer when I was young."),
    ("en", "Under the collective agreement the union is consulted on rosters."),
]

# a verb that states something of the clause's person, or a conjunction, ends the phrase:
# the trigger before the exclusion decides -> a finding
NOT_GOVERNED = [
    ("nl", "Ik werk in een team en ben zelf katholiek.", "SPECIAL_RELIGION"),
    ("nl", "Ik werkte bij de thuiszorg en heb sinds vorig jaar diabetes.", "SPECIAL_HEALTH"),
    ("nl", "Ik werk op een afdeling met veel collega's, maar ben zelf moslim.",
     "SPECIAL_RELIGION"),
    ("nl", "Ik deed vrijwilligerswerk voor de voedselbank en stem al jaren op de SP.",
     "SPECIAL_POLITICS"),
    ("nl", "Ik heb ervaring in de logistiek en ben sinds 2018 homoseksueel getrouwd.",
     "SPECIAL_SEXUAL_ORIENTATION"),
    ("en", "I volunteer at the food bank and am a practising Catholic.", "SPECIAL_RELIGION"),
    ("en", "I worked in a team of six and was a member of Unison.", "SPECIAL_TRADE_UNION"),
    ("en", "I did an internship at the council, because I am a member of the Labour Party.",
     "SPECIAL_POLITICS"),
    ("en", "I have worked in the sector for years and have epilepsy myself.", "SPECIAL_HEALTH"),
]


@pytest.mark.parametrize("lang, text", GOVERNED)
def test_a_governed_exclusion_rules_the_term_out(lang: str, text: str) -> None:
    assert find_special(text, lang) == []


@pytest.mark.parametrize("lang, text, entity", NOT_GOVERNED)
def test_an_exclusion_across_a_clause_does_not(lang: str, text: str, entity: str) -> None:
    assert entity in {m.entity for m in find_special(text, lang)}


@pytest.mark.parametrize("text, word, term, expected", [
    ("vrijwilliger bij een katholieke school", "vrijwilliger", "katholieke", True),
    ("in een team en ben katholiek", "team", "katholiek", False),
    ("afdeling 3: vingerafdruk geregistreerd", "afdeling", "vingerafdruk", False),
    ("patiënten met diabetes", "patiënten met", "diabetes", True),
    ("begeleider van jongeren die kampen met autisme", "begeleider", "autisme", True),
    ("begeleider van jongeren en heeft zelf autisme", "begeleider", "autisme", False),
])
def test_governs(text: str, word: str, term: str, expected: bool) -> None:
    lex = load_lexicon("nl")
    trigger = next(t for t in lex.triggers.finditer(text) if t.group() == word)
    assert governs(text, trigger, text.index(term), lex) is expected


@pytest.mark.parametrize("lang, text", [
    ("nl", ("Nieuwsbrief december\nWij wensen alle medewerkers fijne feestdagen. Onze "
            "collega's moeten hun uren voor vrijdag invoeren.\nFatima is moslim en viert het "
            "Suikerfeest.\n")),
    ("en", ("Newsletter December\nWe wish all our employees a good holiday. Staff must "
            "submit their hours by Friday. All workers receive a gift.\nYusuf is a practising "
            "Muslim and fasts.\n")),
])
def test_a_text_about_no_one_keeps_a_statement_that_names_its_person(lang: str,
                                                                     text: str) -> None:
    assert [m.entity for m in find_special(text, lang)] == ["SPECIAL_RELIGION"]
