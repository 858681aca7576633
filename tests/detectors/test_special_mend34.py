"""The review of special34 (mend34): a health term is a named worker's sickness cause only
when its own sentence tells that worker's absence with the term after the absence word
(special_absence); a chat speaker owns only her own absence; a sickness context is searched on
the term's line, and a care receiver or a relative owns the term after it; only a determiner
negation opens a denied list, closed by the language's own disjunction (special_rules
.in_negated_list); an animal or a surface rules out a biometric term only as its lower-case
owner or object; "opgepakt", "meldplicht", "locked up" are criminal only as an arrest or a
justice duty. All names synthetic; each table holds the reviewer's reproductions and cases of
our own."""

from __future__ import annotations

import pytest

from detectors.special_absence import LINE_REACH, line_around
from detectors.special_category import find_special

H, B, C = "SPECIAL_HEALTH", "SPECIAL_BIOMETRIC", "SPECIAL_CRIMINAL"
R = "naaste"  # (stop 37 mend) a relative's or care receiver's health: rules.toml relative_label


def _found(text: str, lang: str) -> list[tuple[str, str, str]]:
    return [(m.entity, m.term, m.label) for m in find_special(text, lang)]


# (1, 2, 6) a name and an absence word on the line, but the term is no absent worker's cause:
# another sentence, the term before the absence word, a bare "Afwezig"/"Uitval", an absence
# from an event, a denial after, a resident's, a relative's or a patient's illness, a chat
# speaker telling of someone else
NOT_A_CAUSE = [
    ("nl", "Afwezig: Tom, Lisa. Agenda: voorlichting diabetes en burn-out preventie.", []),
    ("nl", "Planning wk 12: Daan Verbeek ochtend, Inge middag. Ziek melden bij griep voor 7 uur.",
     []),
    ("en", "News: Prince Harry absent from ceremony, diabetes charity event later", []),
    ("en", ("Training schedule: Emma Jones - first aid course (asthma, diabetes, epilepsy) - "
            "absent trainer replaced"), []),
    ("nl", "Uitval lijn 3 door storing, Tom belt monteur; diabetes-kit in EHBO-kast aangevuld",
     []),
    ("en", "Tom was absent from the quiz; the answer was diabetes.", []),
    ("nl", "Emma Jansen ziek? Nee hoor. Heeft wel migraine-pillen bij zich voor Kees.", []),
    ("nl", ("Dienst 7-15: Anouk Bakker, zorg voor zieke bewoner kamer 12 (diabetes, insuline "
            "om 8u)"), []),
    # the son's flu is his health data, as "haar zoontje, die heeft griep" (stop 37: "zijn"
    # before a relative ties as "haar"), but no cause of Daan's absence: no label
    ("nl", "Daan Verbeek blijft thuis met zijn zoontje, die heeft griep.", [(H, "griep", R)]),
    ("nl", "ma: Fatima thuis, haar moeder is ziek (kanker)", [(H, "kanker", R)]),
    ("nl", "[08:00] Anouk: bewoner kamer 3 ziek, griep, arts gebeld", []),
    ("en", "[08:00] Anouk: resident in room 3 is sick, flu, called the GP", []),
    ("nl", ("Grap van Daan: waarom ging de computer naar huis? Hij was ziek, een virus! "
            "Migraine van die grappen"), []),
    ("en", "Sanne sent home the samples. She said the patient has hepatitis.",
     [(H, "hepatitis", R)]),
    # our own
    ("en", "Liam Walsh absent at the awards night; the theme was diabetes.", []),
    ("nl", "Sem de Wit afwezig bij de training over epilepsie.", []),
    ("nl", "Mila thuis, haar vader is ziek (longontsteking)", [(H, "longontsteking", R)]),
    ("en", "[09:10] Ruby: resident in room 4 is sick, pneumonia", []),
    ("en", "Noah phoned in sick. His son has chickenpox.", [(H, "chickenpox", R)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), NOT_A_CAUSE)
def test_no_cause_unless_the_sentence_tells_the_workers_absence(
        lang: str, text: str, expected: list) -> None:
    assert _found(text, lang) == expected, text


# (2) the absence word opens the chat message: the speaker's own (no cause), whatever name
# follows in another sentence; a name before it: that worker's cause
ABSENCE = [
    ("nl", "[07:00] Kees: ziek, migraine. Groet aan Emma", [(H, "migraine", "")]),
    ("nl", "[06:30] Thijs: ziek, buikgriep. Groetjes aan Noor", [(H, "buikgriep", "")]),
    ("nl", "wo – Lieke Mulder ziek, griep. Bas vult in.", [(H, "griep", "oorzaak")]),
    ("en", "Tue: Jordan Price called in sick with tonsillitis", [(H, "tonsillitis", "cause")]),
    # the absence word opens a cell of a row whose earlier cell names the worker
    ("nl", '"70314","Femke Dijkstra","2026-03-02","ziek - migraine, naar huis"',
     [(H, "migraine", "oorzaak")]),
    # no other subject before the speaker's own absence word, in whatever language
    ("nl", "[21:40] Marek: jutro nie ma mnie, mam zwolnienie, griep", [(H, "griep", "")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), ABSENCE)
def test_whose_absence_the_sentence_tells(lang: str, text: str, expected: list) -> None:
    assert _found(text, lang) == expected, text


# (3) "not", "never" deny a verb, not a list; a contrast or a cause ends a list; a list closes
# right after its item with the language's own "of"/"or"
NOT_DENIED = [
    ("en", "I did not work for a year because of burn-out.", [(H, "burn-out", "")]),
    ("en", "I was not able to work for six months because of depression.",
     [(H, "depression", "")]),
    ("en", "I could not finish my contract because of pregnancy.", [(H, "pregnancy", "")]),
    ("en", "I have no back problems, asthma that flares up in spring or autumn.",
     [(H, "asthma", "")]),
    ("nl", "Ik heb geen rugklachten, astma speelt op in de lente of de herfst.",
     [(H, "astma", "")]),
    ("nl", "Geen idee waarom, maar mijn epilepsie of migraine speelt op.",
     [(H, "epilepsie migraine", "")]),
    ("en", "I have not worked since 2020, depression or burnout, the doctor wasn't sure.",
     [(H, "depression burnout", "")]),
    ("en", "Never had a day off in 10 years, except when I was treated for cancer or flu.",
     [(H, "cancer flu", "")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), NOT_DENIED)
def test_a_verb_negation_or_a_broken_list_denies_nothing(
        lang: str, text: str, expected: list) -> None:
    assert _found(text, lang) == expected, text


DENIED = [
    ("nl", "Hier staat geen diagnose, medicatie of voorgeschiedenis van astma."),
    ("en", "No diagnosis, medication or history of asthma is recorded."),
    ("nl", "Zonder astma, migraine of diabetes in de familie."),
]


@pytest.mark.parametrize(("lang", "text"), DENIED)
def test_a_determiner_negation_denies_its_list(lang: str, text: str) -> None:
    assert _found(text, lang) == [], text


# (4) surnames, a nationality, a place in the room, a noodle, a person told: a real enrolment
ENROLMENTS = [
    ("nl", "Vingerafdruktemplate van medewerker Ruud Vogel verwijderd na uitdienst.",
     [(B, "vingerafdruktemplate", "")]),
    ("en", "Fingerprint template stored for Polish worker Marek Nowak, linked to badge 4471.",
     [(B, "fingerprint template", "")]),
    ("en", "Ana Costa's fingerprint template is stored on the clock by the TV in the canteen.",
     [(B, "fingerprint template", "")]),
    ("nl", "Sanne Visser klokt in met haar vingerafdruk bij de ramen van de kantine.",
     [(B, "vingerafdruk", "")]),
    ("en", ("Dylan Clarke told me his DNA test showed he carries the BRCA2 gene, he told the "
            "vet too."), [(B, "dna test", ""), (B, "brca2", "")]),
    ("nl", "Vingerafdruktemplate van Lotte Kat opgeslagen in het kloksysteem.",
     [(B, "vingerafdruktemplate", "")]),
    ("nl", "Vingerafdruktemplate van Lotte de Koe opgeslagen in het kloksysteem.",
     [(B, "vingerafdruktemplate", "")]),
    ("en", "Face template of Mia Cat enrolled at the gate reader.", [(B, "face template", "")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), ENROLMENTS)
def test_a_name_or_a_room_word_keeps_an_enrolment(lang: str, text: str, expected: list) -> None:
    assert _found(text, lang) == expected, text


NO_PERSONS_TRAIT = [
    ("nl", "Het DNA-profiel van de labrador is binnen."),
    ("nl", "Vingerafdrukken op de ruiten van de kantine."),
    ("en", "DNA test of the dog came back."),
    ("en", "The cat's DNA test came back."),
    ("en", "[18:02] Jesse: my dog got his DNA results back, half husky"),
    ("nl", "Alle glazen tussendeuren: vingerafdrukken weghalen voor vrijdag."),
]


@pytest.mark.parametrize(("lang", "text"), NO_PERSONS_TRAIT)
def test_an_animals_or_a_surfaces_trait_is_no_ones(lang: str, text: str) -> None:
    assert _found(text, lang) == [], text


# (5) a ticket picked up, a fault fixed, a duty at sickness, a shop locked
NOT_CRIMINAL = [
    ("nl", "Het ticket is opgepakt door Bram"),
    ("nl", "Ik heb hem opgepakt, de storing aan lijn 2 is verholpen."),
    ("nl", "De uitzendkracht heeft een meldplicht bij ziekte"),
    ("en", "Kieran locked up the warehouse at 10"),
    ("en", "I locked up the shop every night as key holder."),
    ("nl", "Storing opgepakt door monteur."),
    ("nl", "We hebben een meldplicht bij datalekken."),
    ("nl", "Ik heb een meldplicht bij ziekte."),
    ("en", "Locked up the office at 9, keys with Dana."),
]


@pytest.mark.parametrize(("lang", "text"), NOT_CRIMINAL)
def test_a_task_or_a_duty_is_no_arrest(lang: str, text: str) -> None:
    assert _found(text, lang) == [], text


ARRESTS = [
    ("nl", "De politie heeft hem opgepakt, hij zit nu op het bureau.",
     [(C, "politie heeft hem opgepakt", "")]),
    ("nl", "Sven heeft een meldplicht bij de reclassering op maandag.",
     [(C, "meldplicht bij de reclassering", "")]),
    ("en", "I was locked up in prison for two years.", [(C, "locked up in prison", "")]),
    ("nl", "Daan heeft een meldplicht elke maandag bij de reclassering.",
     [(C, "meldplicht", "")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), ARRESTS)
def test_an_arrest_or_a_justice_duty_is_criminal(lang: str, text: str, expected: list) -> None:
    assert _found(text, lang) == expected, text


def test_a_long_line_is_read_back_at_most_line_reach() -> None:
    # (7) one unbroken line: the term's line read back LINE_REACH, not to the text's start
    text = "x" * 5000
    assert line_around(text, 4000, 4005) == (4000 - LINE_REACH, 4005 + LINE_REACH)
    assert line_around("a\nFatima ziek (griep)\nb", 15, 20) == (2, 21)
