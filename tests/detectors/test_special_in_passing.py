"""Special categories said in passing (issue #15, stop 33): what people write about themselves
and others in chats, call notes and short e-mails, and the same words about nobody, an
animal, a news item, a vacancy or a venue. Every case is our own sentence (Faker nl_NL-style
names); each kind has twins that must not fire."""

from __future__ import annotations

import pytest

from detectors import detect
from detectors.special_category import find_special
from detectors.special_subject import is_about_no_one

CV = ("LOTTE DE GROOT\nData analyst | Utrecht\n\nPROFILE\nI moved to Utrecht with my partner "
      "{partner} in 2021.\n")


def _found(text: str, lang: str) -> set[str]:
    return {d.entity for d in detect(text, lang) if d.entity.startswith("SPECIAL_")}


@pytest.mark.parametrize(("lang", "text", "entity"), [
    # first person in a chat, the "ik" left out or said
    ("nl", "Yusuf: ik ga vrijdag naar de moskee, dus 's middags vrij graag", "RELIGION"),
    ("nl", "Intake 3/5 - Bilal K.\nkan niet op vrijdagmiddag ivm het vrijdaggebed.", "RELIGION"),
    ("nl", "Gerrit: zondag kan ik niet, ik zit in de kerkenraad van onze gemeente.", "RELIGION"),
    ("en", "Tobias: Sundays don't work for me, I'm a pastor at a small church in Almere.",
     "RELIGION"),
    ("nl", "Daan: ik zit bij de FNV sinds vorig jaar, klopt mijn loonstrook?", "TRADE_UNION"),
    ("nl", "Kees: ik ben bij de vakbond en die zegt dat het loon te laat is.", "TRADE_UNION"),
    ("nl", "Planner: zij is lid van de bond, dus let op met de roosters.", "TRADE_UNION"),
    ("nl", "Noor: kan ik zaterdag ruilen? moet nog 40 uur werkstraf doen", "CRIMINAL"),
    ("nl", "Naima: ik ben van Aruba en woon sinds 2019 in Rotterdam.", "ETHNICITY"),
    ("en", "Hi, I am Somali and I have my permit since 2020. Is there work for me?",
     "ETHNICITY"),
    ("nl", "Fenna: ik ben half Surinaams, mijn moeder komt uit Paramaribo.", "ETHNICITY"),
    # third person in a planner's chat
    ("nl", "Teamleider: ze zit aan de chemo, dus even geen nachtdiensten voor Sanne.", "HEALTH"),
    # the lay words of a chat or a call note
    ("nl", "Gesprek met Stijn Bakker\nZei zelf: \"ik heb een hartafwijking, dus niet tillen\".",
     "HEALTH"),
    ("nl", "Hij is opgenomen geweest voor zijn drankprobleem en start nu weer.", "HEALTH"),
    ("en", "Liam called: he had his appendix removed yesterday.", "HEALTH"),
])
def test_said_in_passing(lang: str, text: str, entity: str) -> None:
    assert f"SPECIAL_{entity}" in _found(text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    # an animal's illness
    ("nl", "Merel: ik moet om 5 uur weg, mijn hond heeft epilepsie en krijgt om 6 zijn pil."),
    ("en", "Jade: leaving early today, our cat has diabetes and needs insulin at six."),
    # a news item or a study read by the writer
    ("nl", "Ruben: ik lees dat 1 op de 4 chauffeurs rugklachten heeft, iets voor de nieuwsbrief?"),
    ("en", "Emma: I read that one in five nurses has burnout symptoms, maybe a workshop?"),
    # the clients of care work
    ("nl", "Ik werk al 4 jaar met ouderen met dementie en parkinson in een verpleeghuis."),
    ("en", "I have worked with elderly with dementia for five years."),
    # a venue named after an identity, an event in a church
    ("nl", "Jesse: vanavond borrel in die gay bar bij het station? ja prima, 19:00"),
    ("nl", "Lotte: zondag naar een concert in de Grote Kerk geweest, Mozart. echt mooi"),
    ("en", "Tom: we went to an organ concert in the old church on Sunday, lovely"),
    # anyone: a question about recording, an event for everyone
    ("nl", "Anouk: mogen we noteren of iemand gelovig is als die geen diensten op zondag wil?"),
    ("nl", "HR: op 2 april is er een iftar op kantoor voor iedereen die wil, opgeven bij Sara."),
    # a word mentioned in quotation marks
    ("nl", "DPO: noteer alleen de beschikbaarheid (\"niet op zondag\"), niet de reden."),
    # a prison as a workplace
    ("nl", "Recruiter: je begint 1 juni als inrichtingswerker. Gevangenis is wel even wennen."),
])
def test_the_same_words_about_no_one(lang: str, text: str) -> None:
    assert _found(text, lang) == set()


@pytest.mark.parametrize(("text", "found"), [
    ("[10:02] Luuk de Vries: mijn vriend en ik gaan in juni trouwen!", True),
    ("Iris: mijn vriendin en ik wonen nu 3 jaar samen, dus ik verhuis niet", True),
    ("Iris: mijn vriend en ik gaan in juni trouwen!", False),  # another sex
    ("Luuk: mijn vriend en ik gaan vrijdag naar de film", False),  # a friend
    ("Iris: mijn vriendin en ik gaan vaak hardlopen", False),
    # a note on the speaker in brackets
    ("Bram (oproepkracht, m): mijn man haalt me om 6 uur op", True),
    ("Bram (oproepkracht, m): mijn vrouw haalt me om 6 uur op", False),
])
def test_a_couple_said_in_a_chat(text: str, found: bool) -> None:
    assert ("SPECIAL_SEXUAL_ORIENTATION" in _found(text, "nl")) is found


@pytest.mark.parametrize(("text", "found"), [
    ("Belnotitie - Fleur Jansen (kandidaat)\nZei: \"mijn vrouw en ik zoeken een huis in Delft\".",
     True),
    ("Belnotitie - Bram Jansen (kandidaat)\nZei: \"mijn vrouw en ik zoeken een huis in Delft\".",
     False),
    # a quotation of no known speaker is not the writer's
    ("Notitie\nOp de borrel hoorde ik: \"mijn man en ik gaan scheiden\".\nGroeten, Mark", False),
])
def test_quoted_speech_is_its_speakers(text: str, found: bool) -> None:
    assert ("SPECIAL_SEXUAL_ORIENTATION" in _found(text, "nl")) is found


@pytest.mark.parametrize(("text", "found"), [
    (CV.format(partner="Eva"), True),
    (CV.format(partner="Tom"), False),
    ("Hi Anna,\nI'm off 3-10 May, my husband and I are moving house.\nBest, Daniel Evans\n", True),
    ("Hi Anna,\nI'm off 3-10 May, my wife and I are moving house.\nBest, Daniel Evans\n", False),
])
def test_a_writer_in_capitals_or_after_a_short_closing(text: str, found: bool) -> None:
    assert ("SPECIAL_SEXUAL_ORIENTATION" in _found(text, "en")) is found


def test_a_field_labels_qualifier_keeps_its_field() -> None:
    text = ("Verzuimdossier\nNaam: Henk Smit\nOorzaak volgens medewerker: ontregelde suikers, "
            "nieuwe insulinepomp.\n")
    found = [m for m in find_special(text, "nl", record=True) if m.entity == "SPECIAL_HEALTH"]
    assert found and all(m.label == "oorzaak" for m in found)


def test_a_notes_title_naming_its_person_is_no_text_about_no_one() -> None:
    text = ("Functioneringsgesprek - Joyce Visser, orderpicker\nAfspraken uit de cao besproken.\n"
            "Ze gaf aan dat ze lid van de FNV is.\n")
    assert not is_about_no_one(text, "nl")
    assert "SPECIAL_TRADE_UNION" in _found(text, "nl")
    assert is_about_no_one("Cao-nieuws\nDe cao is verlengd. Wij informeren u.\nLid worden van "
                           "de vakbond kan via de website.", "nl")


@pytest.mark.parametrize(("text", "found"), [
    ("DPO: noteer alleen \"ramadan\" als reden als de medewerker het zelf vraagt.", False),
    ("Kandidaat Yara Smit\nGeloof: \"islam\"\n", True),  # a field's quoted value
])
def test_a_quoted_word_is_a_mention_but_a_quoted_field_value_is_not(text: str,
                                                                   found: bool) -> None:
    assert ("SPECIAL_RELIGION" in _found(text, "nl")) is found
