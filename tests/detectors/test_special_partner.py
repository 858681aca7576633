"""Orientation said by a partner's sex (special_partner, issue #15): found only when the
writer's gender is known and the partner's is the same; every case has twins that must not
fire (a partner of the other sex, no one's gender known, a name given to both sexes)."""

from __future__ import annotations

import pytest
from faker import Faker

from detectors.special_category import find_special
from detectors.special_partner import name_genders, same_sex_partners, writer_sex

ORIENTATION = "SPECIAL_SEXUAL_ORIENTATION"
NL = "Geachte heer, mevrouw,\n\n{body}\n\nMet vriendelijke groet,\n{name} Bakker\n"
EN = "Dear hiring team,\n\n{body}\n\nKind regards,\n{name} Smith\n"


def _oriented(text: str, lang: str) -> bool:
    return any(m.entity == ORIENTATION for m in find_special(text, lang))


@pytest.mark.parametrize(("lang", "template", "name", "body"), [
    ("nl", NL, "Mark", "Mijn man en ik verhuizen in mei naar Zwolle."),
    ("nl", NL, "Sanne", "Samen met mijn vrouw run ik een kleine boerderij."),
    ("nl", NL, "Thijs", "Mijn echtgenoot werkt als verpleegkundige."),
    ("en", EN, "Lisa", "My wife and I moved to Leiden last year."),
    ("en", EN, "Peter", "My husband works in Utrecht, so the location suits us."),
    ("en", EN, "Lisa", "My partner Anne and I moved to Leiden last year."),
    ("nl", NL, "Daan", "Met mijn partner Thijs woon ik in Arnhem."),
    # (stop 48) "not that" opens a clause: it denies no partner
    ("en", EN, "Peter", ("Please keep this between us, and also not that my husband drives me "
                        "to the hospital.")),
])
def test_same_sex_partner_found(lang: str, template: str, name: str, body: str) -> None:
    assert _oriented(template.format(name=name, body=body), lang)


@pytest.mark.parametrize(("lang", "template", "name", "body"), [
    ("nl", NL, "Sanne", "Mijn man en ik verhuizen in mei naar Zwolle."),  # other sex
    ("nl", NL, "Mark", "Samen met mijn vrouw run ik een kleine boerderij."),
    ("en", EN, "Peter", "My wife and I moved to Leiden last year."),
    ("en", EN, "Lisa", "My partner Tom and I moved to Leiden last year."),
    ("nl", NL, "Kim", "Mijn man en ik verhuizen in mei naar Zwolle."),  # either sex
    ("nl", NL, "Daan", "Met mijn partner woon ik in Arnhem."),  # partner's sex unknown
    ("nl", NL, "Sanne", "Mijn vriendin en ik gaan vaak hardlopen."),  # a friend, mostly
])
def test_partner_of_the_other_or_an_unknown_sex_is_no_orientation(
        lang: str, template: str, name: str, body: str) -> None:
    assert not _oriented(template.format(name=name, body=body), lang)


def test_no_writer_known_no_inference() -> None:
    assert not _oriented("Mijn man en ik verhuizen in mei naar Zwolle.", "nl")
    assert not _oriented("My husband works in Utrecht.", "en")


def test_conflicting_signs_of_the_writer_give_no_gender() -> None:
    text = "Geslacht: vrouw\nMijn man werkt in Zwolle.\n\nMet vriendelijke groet,\nMark\n"
    assert writer_sex(text) is None
    assert same_sex_partners(text) == []


def test_cv_sex_field_and_name_line_give_the_writer() -> None:
    assert writer_sex("Curriculum vitae\nGeslacht: man\nWoonplaats: Delft\n") == "M"
    assert writer_sex("Sanne de Boer\nVerpleegkundige\n") == "F"


def test_term_and_span_hold_no_name() -> None:
    text = EN.format(name="Lisa", body="My partner Anne and I moved to Leiden.")
    [(start, end, phrase)] = same_sex_partners(text)
    assert phrase == "my partner" and "Anne" not in text[start:end]


def test_faker_names_by_gender_agree_with_the_table() -> None:
    fake = Faker("nl_NL")
    Faker.seed(15)
    genders = name_genders()
    males = [n for n in (fake.first_name_male() for _ in range(200)) if n.lower() in genders]
    females = [n for n in (fake.first_name_female() for _ in range(200)) if n.lower() in genders]
    assert males and females
    # a few names are given to both and may sit on one side; most agree
    assert sum(genders[n.lower()] == "M" for n in males) >= 0.9 * len(males)
    assert sum(genders[n.lower()] == "F" for n in females) >= 0.9 * len(females)


@pytest.mark.parametrize(("lang", "text", "found"), [
    ("nl", "Dhr. Visser komt met zijn partner Thijs naar de borrel.", True),
    ("nl", "Mevrouw Kok verhuist met haar partner Sanne naar Gouda.", True),
    ("en", "She and her partner Anne adopted a dog.", True),
    ("nl", "Dhr. Visser komt met zijn partner Sanne naar de borrel.", False),
    ("en", "He and his partner Lisa adopted a dog.", False),
    ("nl", "Dhr. Visser komt met zijn partner Kim naar de borrel.", False),  # either sex
    ("nl", "Dhr. Visser komt met zijn partner naar de borrel.", False),
])
def test_someone_elses_partner_by_pronoun_and_name(lang: str, text: str, found: bool) -> None:
    assert _oriented(text, lang) is found
    for start, end, _ in same_sex_partners(text):
        assert not any(w[:1].isupper() for w in text[start:end].split())  # no name


def test_closing_and_name_on_one_line_or_a_cv_heading() -> None:
    assert writer_sex("Mijn man werkt in Zwolle.\n\nGroeten, Mark\n") == "M"
    assert writer_sex("Curriculum vitae\n\nSanne de Boer\nVerpleegkundige\n") == "F"


@pytest.mark.parametrize(("lang", "text", "found"), [
    ("nl", "Hij is ouderling in zijn gemeente en vraagt zondag vrij.", True),
    ("nl", "Zij zingt elke week in het kerkkoor.", True),
    ("nl", "Ik geef op zaterdag koranles aan kinderen.", True),
    ("en", "She teaches Sunday school on weekends.", True),
    ("en", "He breaks the fast at iftar with his family, so no late shifts.", True),
    # the words about no one: a policy, a building, a list of holidays
    ("nl", "Het kerkkoor van de stad geeft zondag een concert.", False),
    ("en", "The parish hall can be booked for meetings.", False),
    ("nl", "Parochie De Goede Herder, Kerkstraat 4, t.a.v. de heer Visser", False),
    ("nl", "Ik solliciteer naar de functie van secretaris van de kerkenraad.", False),
])
def test_religion_by_a_role_or_practice(lang: str, text: str, found: bool) -> None:
    assert any(m.entity == "SPECIAL_RELIGION" for m in find_special(text, lang)) is found


@pytest.mark.parametrize("word", ["will", "mark", "bill", "guy", "rose"])
def test_a_lower_case_word_after_a_partner_word_is_no_name(word: str) -> None:
    """Only the fixed partner words are read in any case: "my partner will pick up" names
    no one called Will, whatever the writer's name."""
    text = (f"Hi,\nmy partner {word} pick up the keys tomorrow.\nKind regards,\nTom\n")
    assert not [m for m in find_special(text, "en")
                if m.entity == "SPECIAL_SEXUAL_ORIENTATION"]


@pytest.mark.parametrize(("lang", "template", "name", "body"), [
    ("nl", NL, "Mark", "Het is niet mijn man die belde, maar mijn broer."),
    ("en", EN, "Lisa", "It was not my wife who called, but my sister."),
    ("nl", NL, "Mark", "Meereizend: [ ] mijn man  [x] niemand"),
])
def test_a_partner_under_a_negation_or_an_unticked_box_is_no_statement(
        lang: str, template: str, name: str, body: str) -> None:
    assert not _oriented(template.format(name=name, body=body), lang)


def test_someone_elses_partner_is_third_person_and_the_writers_first() -> None:
    [theirs] = [m for m in find_special(
        "Dhr. Visser komt met zijn partner Thijs naar de borrel.", "nl") if m.entity == ORIENTATION]
    assert theirs.rule_key == "third_person" and theirs.rule == "third person 'zijn'"
    [own] = [m for m in find_special(NL.format(name="Mark", body="Mijn man werkt in Zwolle."), "nl")
             if m.entity == ORIENTATION]
    assert own.rule_key == "first_person" and own.rule == "first person 'mijn'"


@pytest.mark.parametrize(("text", "found"), [
    ("[09:14] Daan Visser: mijn man haalt me vanavond op\n[09:15] Sanne Bos: prima!\n", True),
    ("12-03-2025 09:14 - Lisa: my wife is picking me up\n12-03-2025 09:15 - Tom: ok\n", True),
    ("[09:14] Sanne Bos: mijn man haalt me vanavond op\n[09:15] Daan Visser: prima!\n", False),
    ("[09:14] Daan Visser: prima!\n[09:15] Sanne Bos: mijn man haalt me op\n", False),
])
def test_a_chat_lines_speaker_is_its_writer(text: str, found: bool) -> None:
    assert _oriented(text, "en" if "my wife" in text else "nl") is found


def test_a_speaker_whose_name_gives_no_sex_is_not_the_signatory() -> None:
    """A chat line's speaker is that line's writer: one of unknown sex (Robin) takes neither
    the signature's sex nor an orientation finding; a known speaker's line still counts."""
    robin = "Robin" if name_genders().get("robin") is None else "Sam"
    assert name_genders().get(robin.lower()) is None
    text = (f"[09:14] Daan Visser: mijn vrouw komt vanmiddag\n"
            f"[09:15] {robin} Jansen: mijn man ook\nGroet, Daan\n")
    assert same_sex_partners(text) == []
    text = "[09:14] Daan Visser: mijn man komt vanmiddag\n[09:15] Eva de Wit: top\n"
    assert [p for _, _, p in same_sex_partners(text)] == ["mijn man"]


# a relation that names both people (related_same_sex): the partner's first name and the
# subject's (a name or pronoun before it in its sentence, else the writer or the record's
# person); each with a twin of the other sex, a name given to both, or no relation
RELATIONS = [
    ("nl", "Mark de Vries is sinds 2019 getrouwd met Thijs.", True),
    ("nl", "Sanne is getrouwd met Tom en heeft twee kinderen.", False),
    ("nl", "Zij woont samen met Eva in Utrecht.", True),
    ("nl", "Hij woont samen met Eva in Utrecht.", False),
    ("nl", "Sanne werkt samen met Eva aan het project.", False),
    ("nl", "Mark is getrouwd met Kim.", False),  # a name given to both
    ("nl", "Curriculum vitae\nMark de Vries\nBurgerlijke staat: gehuwd met Thijs\n", True),
    ("nl", "Curriculum vitae\nMark de Vries\nBurgerlijke staat: gehuwd met Anne\n", False),
    ("nl", "Thijs en Mark Jansen zijn getrouwd.", True),
    ("nl", "Thijs en Sanne van Dijk zijn getrouwd.", False),
    ("nl", "Op het feest sprak ik met de man van Pieter.", True),
    ("nl", "Op het feest sprak ik met de man van Sanne.", False),
    ("en", "Anne's wife picked her up after the shift.", True),
    ("en", "Tom's wife picked him up after the shift.", False),
    ("en", "Lisa and Emma got married last summer.", True),
    ("en", "Lisa works together with Emma on the night shift.", False),
    ("en", "Dear team,\nI am married to David and we live in Leiden.\nKind regards,\nPeter Smith",
     True),
    ("en", "Dear team,\nI am married to Anna and we live in Leiden.\nKind regards,\nPeter Smith",
     False),
]


@pytest.mark.parametrize(("lang", "text", "found"), RELATIONS)
def test_a_relation_naming_two_people_of_one_sex(lang: str, text: str, found: bool) -> None:
    assert _oriented(text, lang) is found


RECORD = "Personeelsdossier\nNaam: {name} de Vries\nGeslacht: {sex}\n{line}\n"


@pytest.mark.parametrize(("name", "sex", "line", "found"), [
    ("Mark", "man", "Partner: Thijs Bakker", True),
    ("Mark", "man", "Partner: Anne Bakker", False),
    ("Sanne", "vrouw", "Contactpersoon bij nood: Eva Bakker (partner), 06-12345678", True),
    ("Sanne", "vrouw", "Contactpersoon bij nood: Eva Bakker (zus), 06-12345678", False),
    ("Sanne", "vrouw", "Contactpersoon bij nood: Tom Bakker (partner), 06-12345678", False),
    ("Sanne", "vrouw", "Echtgenote: Eva Bakker", True),
])
def test_a_records_partner_field_or_contact(name: str, sex: str, line: str, found: bool) -> None:
    assert _oriented(RECORD.format(name=name, sex=sex, line=line), "nl") is found


def test_a_relation_is_a_statement_whose_span_holds_no_name() -> None:
    text = "Mark de Vries is sinds 2019 getrouwd met Thijs."
    [m] = [m for m in find_special(text, "nl") if m.entity == ORIENTATION]
    assert m.rule_key == "statement" and text[m.start : m.end] == "getrouwd met"


CONTACT = ("Noodcontactformulier\nMedewerker: {who} Bakker\nContactpersoon: {contact} de Vries\n"
           "Relatie: {relation}\nTelefoon: 06-12345678\n")


@pytest.mark.parametrize(("who", "contact", "relation", "found"), [
    ("Sanne", "Eva", "echtgenote", True),
    ("Sanne", "Tom", "echtgenoot", False),
    ("Mark", "Tom", "partner", True),
    ("Mark", "Anne", "partner", False),
    ("Mark", "Tom", "broer", False),  # a brother, no partner
    ("Mark", "Kim", "partner", False),  # a name given to both
])
def test_an_emergency_contacts_relation_field(who: str, contact: str, relation: str,
                                              found: bool) -> None:
    text = CONTACT.format(who=who, contact=contact, relation=relation)
    assert _oriented(text, "nl") is found


@pytest.mark.parametrize(("sender", "found"), [("Peter Smith", True), ("Laura Smith", False)])
def test_an_emails_sender_is_its_writer(sender: str, found: bool) -> None:
    text = (f"From: {sender}\nTo: HR\nSubject: leave\n\nHi,\n\nMy husband David starts "
            "chemotherapy next week, so I would like to take two days off.\n")
    assert _oriented(text, "en") is found


@pytest.mark.parametrize(("lang", "text", "found"), [
    ("nl", ("Melding relatie op de werkvloer\nHierbij melden wij een relatie tussen:\n"
           "- Eva Bakker, planner\n- Anne Smit, HR-adviseur\n"), True),
    ("nl", ("Melding relatie op de werkvloer\nHierbij melden wij een relatie tussen:\n"
           "- Eva Bakker, planner\n- Tom Smit, HR-adviseur\n"), False),
    ("en", "We were told of a personal relationship between Tom Smit and Daan Kok.", True),
    ("en", "We were told of a personal relationship between Tom Smit and Anna Kok.", False),
    # a working relation between two men is none
    ("nl", "De relatie tussen Mark en Pieter is verslechterd sinds de reorganisatie.", False),
    ("nl", "Er is een goede relatie tussen Mark en zijn leidinggevende Pieter.", False),
])
def test_a_relationship_reported_between_two_people(lang: str, text: str, found: bool) -> None:
    assert _oriented(text, lang) is found


@pytest.mark.parametrize(("text", "found"), [
    ("Mark is engaged with Peter on the data migration project. Regards, Mark", False),
    ("Mark is engaged to Peter. Regards, Mark", True),
    ("Mark and Peter are engaged in the migration project.\n\nBest regards,\nMark Jansen", False),
    ("Mark en Pieter zijn getrouwd met Anna en Eva, zij werken allebei in Utrecht.", False),
    ("Thijs en Mark Jansen zijn getrouwd.", True),
    ("De man van Albert Heijn bracht de bestelling. Groet, Mark de Vries", False),
    ("Op het feest sprak ik met de man van Pieter. Groet, Mark de Vries", True),
    (("Van: Mark Jansen\nOnderwerp: dossier Bakker\nPartner: Pieter Bakker\n"
      "Advocaat: mr. S. de Wit\n"), False),
    ("Van: Mark Jansen\nOnderwerp: training\nAanwezig: Pieter Bakker (man), Eva Smit (vrouw)\n",
     False),
    ("Naam: Mark de Vries\nContactpersoon bij nood: Pieter Bakker (partner)\n", True),
])
def test_ordinary_prose_names_no_relation(text: str, found: bool) -> None:
    assert _oriented(text, "nl") is found


@pytest.mark.parametrize("text", [
    "Ik sprak de man  van Pieter. Groet, Mark de Vries",
    "Ik sprak de man\tvan Pieter. Groet, Mark de Vries",
    "Er is een liefdesrelatie  tussen Eva Bakker en Anne Smit.",
])
def test_the_prefilter_takes_a_whitespace_run(text: str) -> None:
    assert _oriented(text, "nl")
    assert not _oriented(text.replace("Pieter", "Sanne").replace("Anne", "Tom"), "nl")


# --- couples: sentence ends and couple words found once per text (mend of stop 36) ---------


def _plain_couples(text: str) -> list[tuple[int, str]]:
    """couples' definition as each match searching its own window (stop 36, before the mend)."""
    from detectors.special_partner import (
        COUPLE_BREAK,
        COUPLE_GAP,
        COUPLE_REACH,
        FIRST_PERSON_WORD,
        OBJECT_OF,
        SENTENCE_END,
        _couple_patterns,
    )

    pair, couple, predicate, joined, friends = _couple_patterns()
    out = []
    for m in pair.finditer(text):
        reach = min(len(text), m.end() + COUPLE_REACH)
        end = SENTENCE_END.search(text, m.end(), reach)
        stop = end.start() if end else reach
        if couple.search(text, m.end(), stop) or predicate.match(text, m.end(), stop):
            out.append((m.start(), friends[m.group(1).lower()]))
    for m in joined.finditer(text):
        pos = m.start()
        if not OBJECT_OF.search(text, max(0, pos - 6), pos):
            continue
        ends = [e.end() for e in SENTENCE_END.finditer(text, max(0, pos - COUPLE_REACH), pos)]
        start = ends[-1] if ends else max(0, pos - COUPLE_REACH)
        words = list(couple.finditer(text, start, pos))
        if not words:
            continue
        gap = text[words[-1].end() : pos]
        if COUPLE_BREAK.search(gap) or len(gap.split()) > COUPLE_GAP:
            continue
        if FIRST_PERSON_WORD.search(text, start, words[-1].start()):
            out.append((pos, friends[m.group(1).lower()]))
    return out


COUPLE_PIECES = ("ik trouw ", "met mijn vriend ", "with my girlfriend ", "mijn vriendin en ik ",
                 "gaan trouwen", ". ", "\n", ", ", "en ga ", "op 12 juni ", "we ", "Bas ",
                 "I am marrying ", "wonen samen ", "naar Zwolle ")


def test_couples_answer_as_each_match_searching_its_own_window() -> None:
    """Sentence ends and couple words are found once per text and looked up by bisection;
    on random texts of couple pieces couples() answers as the per-window searches did."""
    import random

    from detectors.special_partner import couples

    rng = random.Random(36)
    for _ in range(400):
        text = "".join(rng.choice(COUPLE_PIECES) for _ in range(rng.randint(2, 14)))
        got = [(m.start(), sex) for m, sex in couples(text)]
        assert sorted(got) == sorted(_plain_couples(text)), text


@pytest.mark.parametrize(("unit", "repeats"), [
    ("ik trouw met mijn vriend ", 8000),  # the reviewer's repro: 4 s at 200 KB
    ("I am marrying with my boyfriend ", 3000),
    ("we trouwen; ik ga met mijn vriend ", 2000),
])
def test_a_repeated_joined_couple_is_read_a_bounded_number_of_times(unit: str,
                                                                    repeats: int) -> None:
    """A text repeating "trouw met mijn vriend" has its joined couples read up to a bound
    (each read to the text's sentence ends once): the finding is that of a short text."""
    from detectors.special_partner import JOINED_CAP, couples

    text = "Mark de Vries\n" + unit * repeats
    short = "Mark de Vries\n" + unit * 3
    assert len(couples(text)) <= JOINED_CAP
    assert _oriented(text, "nl") is _oriented(short, "nl")
