"""A health term on a line that tells a named worker's absence (issue #15, stop 34): that
worker's health and the cause of the absence (sickness-diagnosis), in the short forms of a
planning board, a team leader's diary, a spreadsheet comment or a chat about a colleague
(detectors/special_absence.py, rules.toml absent_words). The chat speaker's own line is the
writer's own word, no record; no name, no absence, a negation or a figure of speech: nothing."""

from __future__ import annotations

import pytest

from detectors.special_category import find_special

H = "SPECIAL_HEALTH"

# the named worker is away ill and the line says with what (all names synthetic)
ABSENCE_LINES = [
    ("nl", "ma 12/5 | Daan Verbeek ziek (longontsteking) | Inge neemt over"),
    ("nl", "Wk 19 vr: Noor de Bruijn afgemeld, griep. Ploeg C draait met 5."),
    ("nl", "D7\tTL Ruud\tLotte Smits ziekgemeld ivm nierstenen, reserve bellen"),
    ("nl", "Dinsdag\n- Bram Kok thuis gebleven: migraine\n- lijn 2 stil van 10 tot 11"),
    ("nl", "[06:41] Ruud: Sem heeft zich afgemeld, gordelroos zegt hij"),
    ("en", "Thu night shift: Kayleigh Owen called in sick, tonsillitis. Moved Ali to dock 4."),
    ("en", "Rota note - Jamal Baker off sick (gout flare), cover from agency"),
    ("en", "[21:15] Dana: Priya sent home sick, suspected appendicitis"),
    ("nl", "di – Mehmet Yilmaz ziek (bronchitis) → Ferry vult in"),
    # a Polish word for sick on a Dutch board
    ("nl", "wo | Kasia Nowak chora, blaasontsteking | Ewa op haar plek"),
]


def _health(text: str, lang: str) -> list:
    return [m for m in find_special(text, lang) if m.entity == H]


@pytest.mark.parametrize(("lang", "text"), ABSENCE_LINES)
def test_health_term_on_a_named_absence_line_is_the_cause(lang: str, text: str) -> None:
    found = _health(text, lang)
    assert found, text
    assert {m.label for m in found} == {"oorzaak" if lang == "nl" else "cause"}, text


# the chat speaker tells colleagues of her own absence: her health, as "ik heb", no record
SPEAKER_LINES = [
    ("nl", "[07:02] Romy: kan niet komen, ziek, buikgriep"),
    ("nl", "[05:50] Wiktor: chory, zapalenie, griep"),
    ("en", "[06:10] Tyrone: off sick, tonsillitis, sorry guys"),
]


@pytest.mark.parametrize(("lang", "text"), SPEAKER_LINES)
def test_the_chat_speakers_own_absence_is_health_but_no_cause(lang: str, text: str) -> None:
    found = _health(text, lang)
    assert found, text
    assert not any(m.label for m in found), text


NOT_ABSENCE = [
    # no one named
    ("nl", "Bij griep: ziek melden voor 7 uur bij de planner."),
    ("en", "Flu season: whoever is absent calls the planner before 7."),
    # named, but no one is away ill: a topic, a sponsor run, a negation, a figure of speech
    ("nl", "Lotte Smits loopt zondag de 10 km voor het longfonds."),
    ("nl", "Daan Verbeek niet ziek, wel vrij; longontsteking-campagne op intranet."),
    ("nl", "[12:00] Romy: ik word ziek van die griepprik-posters in de kantine"),
    ("en", "Kayleigh Owen is sick of the tonsillitis jokes in the canteen."),
    ("en", "Jamal Baker organises the gout awareness stand next week."),
]


@pytest.mark.parametrize(("lang", "text"), NOT_ABSENCE)
def test_no_cause_without_a_named_absence(lang: str, text: str) -> None:
    assert not any(m.label in ("oorzaak", "cause") for m in _health(text, lang)), text


@pytest.mark.parametrize(("lang", "text"), [
    ("nl", "vr – Sanne Visser ziek naar huis gestuurd, zwanger en duizelig"),
    ("en", "Mon: Aisha Malik sent home sick, she is pregnant and dizzy"),
])
def test_a_pregnancy_on_an_absence_line_is_health_but_no_diagnosis(lang: str, text: str) -> None:
    found = _health(text, lang)
    assert found, text
    assert all(m.label not in ("oorzaak", "cause") for m in found
               if m.term.startswith(("zwanger", "pregnan"))), text


# a statement about a worker in a text that tells a call-off or a work restriction (rules.toml
# sickness_context): the cause the employer then holds
CONTEXTS = [
    ("nl", "Yvonne meldde zich ziek vanochtend. Ze zegt dat haar reuma opspeelt."),
    ("nl", "Gerrit is naar huis gestuurd; hij heeft last van zijn hernia."),
    ("nl", "Zij mag niet tillen want ze heeft een hernia, dus alleen inpakwerk."),
    ("nl", "Floor kan geen trappen lopen omdat zij artrose heeft, planning aanpassen."),
    ("en", "Leroy phoned in sick. He says his asthma is bad again."),
    ("en", "Chloe is on light duties, she has a slipped disc."),
    ("en", "No lifting for Owen, he has a hernia, put him on labelling."),
    ("en", "Grace can't come in today, she has tonsillitis."),
]


@pytest.mark.parametrize(("lang", "text"), CONTEXTS)
def test_a_statement_in_a_call_off_or_restriction_is_a_cause(lang: str, text: str) -> None:
    assert {m.label for m in _health(text, lang)} == {"oorzaak" if lang == "nl" else "cause"}, text


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Kayleigh Owen is sick of the jokes about her tonsillitis."),
    ("nl", "Hij is ziek van al dat gepraat over zijn hernia."),
])
def test_sick_of_is_no_sickness(lang: str, text: str) -> None:
    assert not any(m.label for m in _health(text, lang)), text
