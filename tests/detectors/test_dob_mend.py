"""DATE_OF_BIRTH rules of stop 36 kept narrow: a roster's repeated date, a list's lead-in that
names birth dates only in passing, a form's fields read as speakers. Each case is one a
reviewer's reproduction has the shape of; the names and numbers are our own."""

from __future__ import annotations

from typing import Any

import pytest

from detectors import detect, dob_answers, dob_lists


def _dobs(text: str, lang: str = "nl") -> list[str]:
    return [text[d.start:d.end] for d in detect(text, lang)
            if d.entity == "DATE_OF_BIRTH"]


def _roster(n: int) -> str:
    return "naam,geboortedatum,in_dienst\n" + "".join(
        f"Medewerker {i},{1 + i % 28:02d}-03-19{60 + i % 40},01-04-2015\n" for i in range(n))


# 1. restated: a roster's shared date, a far paragraph's date, a swap with no correction
@pytest.mark.parametrize(("text", "lang", "absent"), [
    (("Melding geboorte. Geboortedatum kind: 03-02-2025.\n\nHet verlof wordt in overleg met "
      "de leidinggevende ingepland en verwerkt in de administratie.\n\nPlanning ploegendienst "
      "week 10: maandag 02-03-2025 vroege dienst, dinsdag 04-03-2025 late dienst."), "nl",
     "02-03-2025"),
    (("Geboortedatum: 05-04-1988.\nTeamoverleg verplaatst naar 04-05-1988 in het archief "
      "van de afdeling."), "nl", "04-05-1988"),
    (("Date of birth: 1987-06-09.\n\nNotes on the visit.\n\nThe archive box was sealed on "
      "09-06-1987 by facilities."), "en", "09-06-1987"),
])
def test_a_date_no_birth_date_restates(text: str, lang: str, absent: str) -> None:
    assert absent not in _dobs(text, lang)


def test_a_rosters_shared_start_date_is_no_birth_date() -> None:
    found = _dobs(_roster(200))
    assert found.count("01-04-2015") <= 1  # (the first row's, by the header's window, as before)
    assert len(found) <= 201


@pytest.mark.parametrize(("text", "want"), [
    ("Geboortedatum: 05-04-1988.\nHet pensioenfonds heeft 04-05-1988, dat is fout.",
     "04-05-1988"),
    ("Geboortedatum: 17-09-1975.\nIn de salarisadministratie staat 1975-09-17.", "1975-09-17"),
])
def test_a_birth_date_restated_near_it(text: str, want: str) -> None:
    assert want in _dobs(text)


# 2. a list's lead-in: the line right above it, and not one for another date or putting off
@pytest.mark.parametrize(("text", "lang"), [
    (("Haar geboortedatum en BSN staan al in het personeelsdossier, dat is nagekeken.\n"
      "Startdata van de ploeg in Eindhoven:\n- Lieke Hendriks, 14-02-2004\n"
      "- Bram Visser, 02-10-2005\n- Noor Bakker, 21-07-2003\n"), "nl"),
    (("We will need the dates of birth later for the badges.\nContract start dates for the "
      "new team:\n- Julia Smit, 3 March 2004\n- Thijs de Boer, 17 May 2005\n"), "en"),
    (("Geboortedata volgen later, eerst de startdata:\n- Emma Peters, 01-09-2004\n"
      "- Daan Kok, 15-09-2005\n"), "nl"),
    (("Geen geboortedatum in deze lijst, alleen de data van indiensttreding\n"
      "- Sophie Mulder, 03-06-2003\n- Luuk Jacobs, 11-11-2004\n"), "nl"),
])
def test_a_list_under_a_lead_in_that_only_mentions_birth_dates(text: str, lang: str) -> None:
    assert _dobs(text, lang) == []


# 3. a dialogue's answer: a form's fields are no speakers, a later question asks another thing
@pytest.mark.parametrize(("text", "lang"), [
    ("Notitie: geboortedatum klopt niet met paspoort?\nLaatste werkdag: 12-03-2004\n", "nl"),
    (("Opmerking: is de geboortedatum op het aanmeldformulier van het uitzendbureau al "
      "gecontroleerd?\nRijbewijs behaald: 12-03-2005\n"), "nl"),
    (("Remark: date of birth on the registration form of the agency still to be checked "
      "by payroll?\nLast working day: 04-11-2003\n"), "en"),
    (("Recruiter: Je geboortedatum heb ik al uit je cv overgenomen, dank je. Vanaf welke "
      "datum ben je beschikbaar voor de ploeg?\nMila: 01-09-2005 ben ik bij de bakker "
      "begonnen, dus na de zomer.\n"), "nl"),
    (("Recruiter: I already copied your date of birth from your CV, thanks. From which date "
      "can you start?\nLucas: 01-09-2005 I started at the warehouse, so September.\n"), "en"),
])
def test_no_answer_to_a_birth_question(text: str, lang: str) -> None:
    assert _dobs(text, lang) == []


@pytest.mark.parametrize(("text", "lang", "want"), [
    (("Intake: wat is je geboortedatum?\nIntake: en je adres?\nB: 14-08-1993 en "
      "Dorpsstraat 4\nB: ok\n"), "nl", "14-08-1993"),
    ("Consulent: Geboortedatum graag.\nMevr. Jacobs: 30-01-1986, dat is het.\n", "nl",
     "30-01-1986"),
])
def test_an_answer_to_a_birth_question(text: str, lang: str, want: str) -> None:
    assert want in _dobs(text, lang)


def _phones(text: str, lang: str = "nl") -> list[str]:
    return [text[d.start:d.end] for d in detect(text, lang) if d.entity == "PHONE_NUMBER"]


# 5. a decoy label, an aside, then ':' and the number: the label's number, no phone
@pytest.mark.parametrize(("text", "lang"), [
    ("Factuurnummer, zoals eerder gemeld: 0612345678", "nl"),
    ("BTW, zie bijlage: 0612345678", "nl"),
    ("Ordernummer, volgens de pakbon: 0201234567", "nl"),
    ("Invoice number, as mentioned before: 0612345678", "en"),
])
def test_a_decoy_label_with_an_aside_before_its_value(text: str, lang: str) -> None:
    assert _phones(text, lang) == []


@pytest.mark.parametrize(("text", "lang", "want"), [
    ("Over de kvk: geen idee, zijn nummer is 010 234 5678", "nl", "010 234 5678"),
    ("Factuur gestuurd, zoals gevraagd. Mijn nummer is 06 2345 6789", "nl", "06 2345 6789"),
])
def test_a_decoy_word_in_an_earlier_clause(text: str, lang: str, want: str) -> None:
    assert want in _phones(text, lang)


# 7. an allocated shorter cut wins only when what it drops opens another number
@pytest.mark.parametrize(("text", "lang", "want"), [
    ("Tel: +358 40 123 4567 89", "nl", "+358 40 123 4567 89"),
    ("Phone: +358 50 987 6543 21", "en", "+358 50 987 6543 21"),
])
def test_a_longer_number_keeps_its_last_group(text: str, lang: str, want: str) -> None:
    assert _phones(text, lang) == [want]


class _Counting:
    """A compiled pattern that counts its calls and the characters its searches cross."""

    def __init__(self, pattern: Any) -> None:
        self.pattern, self.calls, self.crossed = pattern, 0, 0

    def match(self, text: str, *pos: int) -> Any:
        self.calls += 1
        return self.pattern.match(text, *pos)

    def search(self, text: str, lo: int, hi: int) -> Any:
        self.calls += 1
        m = self.pattern.search(text, lo, hi)
        self.crossed += (hi if m is None else m.end()) - lo
        return m


# 6. a list's items share one walk up to its lead-in: rows read grow with the items, not their
# square
@pytest.mark.parametrize("n", [50, 200])
def test_a_lists_lead_in_is_found_once(n: int, monkeypatch: pytest.MonkeyPatch) -> None:
    counting = _Counting(dob_lists._LIST_ITEM)
    monkeypatch.setattr(dob_lists, "_LIST_ITEM", counting)
    text = "Namen en geboortedata van de ploeg:\n" + "".join(
        f"Daan de Vries, {1 + i % 28:02d}-03-19{50 + i % 40} ploeg {i % 7}\n" for i in range(n))
    assert len(_dobs(text)) >= 1
    assert counting.calls <= 2 * n


# 4. the sentence after each of a line's birth words is read once, not to the line's end each
@pytest.mark.parametrize("n", [200, 2000])
def test_a_line_of_birth_words_is_read_once(n: int, monkeypatch: pytest.MonkeyPatch) -> None:
    counting = _Counting(dob_answers._END)
    monkeypatch.setattr(dob_answers, "_END", counting)
    text = ("A: " + "geboortedatum " * n + "en verder nog wat woorden die niets zeggen "
            "over iets\nB: 01-03-1990 ok\n")
    _dobs(text)
    assert counting.crossed <= len(text)


# (the narrowed rules still read: a lead-in that puts off another field, a birth date its
# birth word scores on its own line restated with day and month swapped on a checking line)
@pytest.mark.parametrize(("text", "want"), [
    (("Voor de badges heb ik alleen naam en geboortedatum nodig, geen BSN meer graag.\n\n"
      "- Lotte Verhoeven, 12-12-1986\n- Sem de Graaf, 04-04-1997\n"), "04-04-1997"),
    (("Het formulier noemt als geboortedatum (1989-03-08) maar dat klopt niet. In het BRP "
      "staat 03-08-1989, navragen.\n"), "03-08-1989"),
])
def test_a_narrowed_rule_still_reads(text: str, want: str) -> None:
    assert want in _dobs(text)
