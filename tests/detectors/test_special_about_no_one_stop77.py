"""Special categories a sentence states about no one (issue #15, stop 77), and the person's
own statements beside them that stay. Synthetic texts, made-up names.

- A placeholder after a form of address or a person's noun ('"Mr. Z", 58', "patiënt X"): a
  training case or a template, no one identifiable (special_rules.PLACEHOLDER).
- What a first person learned or saw of a condition in general ("I learned how fast a
  stroke ...", "leerde ik hoe snel ..."; rules.toml knowing_openers): the learner's
  experience, no one's illness.
- A pronoun's clause after a blank line does not look back into a heading ("Minutes - team
  meeting ...": the heading's job word makes no worker of "he").
- A question about whoever needs or wants a thing ("Priya asks who needs Eid swaps"; rules.toml
  anyone, as Dutch "vraagt wie" already was).
- A question that no one answers, the text going on with a sentence of its own ("Ben je lid
  van een vakbond? Dan ..."): a job ad or a leaflet asks its reader
  (special_roles._moves_on).
"""

from __future__ import annotations

import pytest

from detectors import detect


def _special(text: str, lang: str) -> list[str]:
    return [text[d.start:d.end] for d in detect(text, lang, document=True)
            if d.entity.startswith("SPECIAL_")]


@pytest.mark.parametrize(("text", "lang"), [
    (('Practice case 3 – "Mr. Z", 58, known epilepsy, calls at night after a seizure of '
     'five minutes. Trainer: Lotte Brink'), "en"),
    ("Casus 2: meneer Y heeft epilepsie en belt om 04:00 met een aanval. Docent: Lotte Brink",
     "nl"),
    ("Patiënt X heeft diabetes en meldt zich met verwardheid. Docent: Lotte Brink", "nl"),
    # what the writer learned or saw in general
    (("During my placement on a stroke unit I learned how fast a stroke can get worse.\n\n"
     "Kind regards,\nNoor Haddad"), "en"),
    ("Op de spoedpost leerde ik hoe snel astma kan verslechteren.\n\nGroet,\nNoor Haddad", "nl"),
    ("As a volunteer I saw how epilepsy affects whole families.\n\nBest,\nNoor Haddad", "en"),
    # who needs or wants it, asked of anyone (rules.toml anyone)
    ("Team meeting. Priya wants to know who needs Eid swaps this spring; add them to the rota.", "en"),
    ("Planning: Priya asked who wants leave for Diwali this year.", "en"),
    # a question to the reader, the text going on
    (("Vacature planner. Iedereen is welkom. Ben je lid van een vakbond? Dan weet je dat onze "
     "cao met twee bonden is afgesloten. Contact: Sanne de Wit"), "nl"),
    (("Join our team! Member of a trade union? Our collective agreement was signed with both "
     "unions. Contact: Sanne de Wit"), "en"),
])
def test_no_one_s_data(text: str, lang: str) -> None:
    assert _special(text, lang) == []


@pytest.mark.parametrize(("text", "lang", "term"), [
    ("Mrs. Yilmaz is pregnant and works day shifts only.", "en", "pregnant"),
    ("Mevrouw B. heeft epilepsie en werkt alleen overdag.", "nl", "epilepsie"),
    ("In 2020 I learned that I have diabetes.", "en", "diabetes"),
    ("I learned how to live with my diabetes.", "en", "diabetes"),
    ("Ik heb astma en leerde hoe ik daarmee om moet gaan.", "nl", "astma"),
    ("Priya celebrates Eid with her family and asked who wants her Sunday shift.", "en",
     "Eid"),
    # an answer opens with an interjection; the question names its person
    ("Sanne de Wit: vakbondslid? Zeker, al jaren en met plezier.", "nl", "vakbondslid"),
    ("Ik ben lid van een vakbond? Dat zegt Sanne de Wit over mij.", "nl",
     "lid van een vakbond"),
    # a heading's job word across a blank line is no clause before the pronoun
    (("Minutes - team meeting reception, 4 March\n\n1. News: Bram is off this week, he has "
     "migraine.\n"), "en", "migraine"),
])
def test_the_persons_own_stays(text: str, lang: str, term: str) -> None:
    assert term in _special(text, lang)
