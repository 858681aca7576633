"""Special categories under a notice's headings: "Religie: als een feestdag ..." and
"Biometrics: we never store ..." open sentences to any reader, not a field's value about one
person, and a privacy notice about no one states nothing by them; nor does a course's
heading that is the condition itself ("Astma: herken de signalen ..."). A field's value stays
one (an incident's "Injury: ...", a form's "Epilepsie: ja"). Cases written here; names synthetic."""

from __future__ import annotations

import pytest

from detectors import detect
from detectors.special_category import SpecialMatch, _headed_sentence
from detectors.special_lexicon import load_lexicon


def _categories(text: str, lang: str) -> set[str]:
    return {d.entity for d in detect(text, lang, document=True) if d.entity.startswith("SPECIAL_")}


@pytest.mark.parametrize(("text", "lang"), [
    (("Privacyverklaring medewerkers - Bakkerij De Korenschoof\n\n"
      "Gezondheid: u meldt alleen dat u ziek bent, de reden houdt u voor uzelf.\n\n"
      "Religie: als een feestdag belangrijk voor je is, geef het in januari door aan de "
      "planning.\n\nBiometrie: wij slaan geen vingerafdruk of gezichtsprofiel op.\n"), "nl"),
    (("Staff privacy notice - Harbour Bakeries\n\n"
      "Religion: if a religious holiday matters to you, tell your planner in January.\n\n"
      "Biometrics: we never store a template of a face or a finger.\n"), "en"),
])
def test_a_notices_headings_state_nothing(text: str, lang: str) -> None:
    assert _categories(text, lang) == set()


def test_a_fields_value_stays_a_statement() -> None:
    text = ("Incident report - bakery North\nInjured person: Ekua Mensah, oven operator\n"
            "Injury: burn on the right forearm, treated at the first-aid post, off work for a "
            "week.\n")
    assert "SPECIAL_HEALTH" in _categories(text, "en")



@pytest.mark.parametrize(("text", "lang"), [
    (("Course outline - first aid on the bus (module B-2)\n\nWho: drivers.\n\n1. On board\n"
      "   - Riders who have asthma: how to help in an asthma attack (inhaler, sit upright).\n"
      "2. Practice.\n"), "en"),
    (("Course outline - first aid on the bus (module B-2)\n\nWho: drivers.\n\n1. On board\n"
      "   - Asthma: help during an asthma attack (inhaler, sit upright); call 112 if it "
      "goes on.\n"
      "2. Practice.\n"), "en"),
])
def test_a_courses_condition_heading_states_nothing(text: str, lang: str) -> None:
    assert _categories(text, lang) == set()


def _label_match(text: str, lang: str, term: str) -> tuple[SpecialMatch, list]:
    """The label's match of ``term`` in its value, as the label verdict writes it, and the
    text's term hits."""
    lex = load_lexicon(lang)
    start = text.index(term)
    m = SpecialMatch("SPECIAL_HEALTH", start, start + len(term), 0.85, term, "label", "label")
    return m, sorted(lex.matcher.find(text), key=lambda h: h.start)


@pytest.mark.parametrize(("text", "lang", "term"), [
    # a course's or an instruction's heading that is the condition itself
    (("Module 3, on board\n - Passengers with asthma: what to do in an asthma attack, "
     "sit them upright.\n"), "en", "asthma attack"),
    ("Onderdeel C, 30 minuten. Epilepsie: bij een aanval ruimte maken, tijd opnemen.\n", "nl",
     "aanval"),
])
def test_a_condition_heading_over_guidance_is_a_heading(text: str, lang: str, term: str) -> None:
    m, hits = _label_match(text, lang, term)
    assert _headed_sentence(text, m, hits)


@pytest.mark.parametrize(("text", "lang", "term"), [
    # a form's answer under the condition, and a field label that is no condition
    ("Epilepsie: ja, laatste aanval in 2021, gebruikt medicatie.\n", "nl", "aanval"),
    ("Diagnose: astma, gebruikt een inhaler.\n", "nl", "astma"),
])
def test_a_forms_answer_or_a_fields_value_is_no_heading(text: str, lang: str, term: str) -> None:
    m, hits = _label_match(text, lang, term)
    assert not _headed_sentence(text, m, hits)
