"""The review of stop 33's classifier changes: each finding's kind of document, as a table."""

from __future__ import annotations

from pathlib import Path

import pytest

from scanner.models import SourceItem, TextChunk
from scanner.policy.classify import rule_verdict
from tests.policy.scanned import MODIFIED
from tests.policy.scanned import classified as _type


def _bsn(seed: int) -> str:
    """A synthetic 9-digit number that passes the 11-check (made here, never a real one)."""
    n = 100_000_000 + seed * 7919
    while True:
        digits = [int(d) for d in f"{n:09d}"]
        total = sum(d * w for d, w in zip(digits[:8], range(9, 1, -1), strict=True)) - digits[8]
        if total % 11 == 0:
            return f"{n:09d}"
        n += 1


def _types(text: str, name: str = "document.txt") -> tuple[str, str]:
    """(the type, the rules' own type): the learned model may mend a rule's slip, the rules
    are held to it all the same."""
    item = SourceItem(path=f"/share/{name}", member=None, size=1, modified=MODIFIED)
    return _type(text, name), rule_verdict(item, [TextChunk(text, "body")]).doc_type


@pytest.mark.parametrize("text", [
    f"Afmelding dienst\nMedewerker: Lotte Mulder\nBSN: {_bsn(1)}\nReden: ziekte (rugklachten)\n",
    "Hoi Bram,\n\nIk kan vrijdag niet komen i.v.m. ziekte, ik heb een flinke griep.",
    "Hoi Bram,\n\nIk kan vrijdag niet werken ivm ziekte, de huisarts zegt rust houden.",
    "Beste Fenna,\n\nMorgen ben ik er niet wegens ziekte, ik heb last van mijn knie.",
    "Ziektemelding\nNaam medewerker: Ruben Smit\nOorzaak: migraine\nDatum: 4 maart",
    "Notitie\nDe ziekgemelde medewerker (Ruben Smit) belt vrijdag terug over zijn rugklachten.",
])
def test_an_illness_given_as_the_reason_for_absence_makes_an_absence_record(text: str) -> None:
    assert _type(text) == "medical"


@pytest.mark.parametrize("text", [
    ("Hoi Mirjam,\n\nMijn IBAN is gewijzigd, ik zit nu bij een andere bank. Graag vanaf deze "
     "maand op het nieuwe nummer, een nieuwe start zeg maar. Ik heb er zin in.\n\nGroet, Koen"),
    ("Hi Mirjam,\n\nMy partner is looking for work in the area, do you know of any openings? "
     "I would like to help her with her cv.\n\nThanks, Koen"),
    ("Beste Mirjam,\n\nHierbij zeg ik mijn arbeidsovereenkomst op per 1 juni. Ik heb gekozen "
     "voor een nieuwe start bij een andere werkgever.\n\nMet vriendelijke groet,\nKoen Visser"),
])
def test_a_staff_email_about_a_new_start_is_no_motivation_letter(text: str) -> None:
    assert "motivation_letter" not in _types(text, "mail.txt")


@pytest.mark.parametrize("text", [
    ("Geachte heer/mevrouw,\n\nI am looking for work as a forklift driver and am keen to work "
     "as part of your warehouse team in Tiel.\n\nKind regards,\nKoen Visser"),
    ("Beste recruiter,\n\nIk ben op zoek naar werk in de logistiek. Ik heb vijf jaar "
     "ervaring als orderpicker en ben per direct beschikbaar.\n\nGroet,\nKoen Visser"),
])
def test_a_writer_looking_for_work_applies(text: str) -> None:
    assert _type(text, "brief.txt") == "motivation_letter"


@pytest.mark.parametrize("text", [
    ("Geachte heer/mevrouw,\n\nMet veel plezier sollici-\nteer ik hierbij als planner. Ik heb "
     "vijf jaar ervaring in de logistiek en ben per direct beschikbaar.\n\nMet vriendelijke "
     "groet,\nKoen Visser"),
    ("Geachte heer/mevrouw,\n\nVia een vriend hoorde ik van jullie vaca-\n  ture als planner. "
     "Ik heb vijf jaar ervaring en ben per direct beschikbaar.\n\nMet vriendelijke groet,\n"
     "Koen Visser"),
])
def test_a_letter_hyphenated_at_line_breaks_is_still_a_letter(text: str) -> None:
    assert _type(text, "brief.txt") == "motivation_letter"


def test_a_line_break_hyphen_is_undone_only_before_lower_case() -> None:
    from scanner.policy.classify import LINE_HYPHEN

    assert LINE_HYPHEN.sub("", "sollici-\nteer vaca- \n  ture") == "solliciteer vacature"
    assert LINE_HYPHEN.sub("", "Noord-\nHolland en 3-\n4") == "Noord-\nHolland en 3-\n4"


@pytest.mark.parametrize("text, doc_type", [
    ((f"Ziekmelding\nNaam medewerker: Jan Jansen\nBSN: {_bsn(2)}\nDiagnose: hernia\n\n"
      "Deze gegevens worden na twee jaar geanonimiseerd."), "medical"),
    (("Verzuimoverzicht Q3\nVestiging Noord 4,2%\nVestiging Zuid 3,1%\n"
      "Alle cijfers zijn geaggregeerd."), "other"),
])
def test_no_one_weighs_only_where_no_one_is_named(text: str, doc_type: str) -> None:
    assert _type(text) == doc_type


@pytest.mark.parametrize("text, doc_type", [
    # a team's plan: the title names no one
    (("Plan van aanpak werkdruk 2026\nHet verzuim door burn-out steeg in team Expeditie, twee "
      "collega's zijn uitgevallen. Het rooster wordt verlicht."), "other"),
    # one person's plan: the title names her
    (("Plan van aanpak - Fenna\nZiek sinds 3 maart met rugklachten. Start met twee uur per "
      "dag; de bedrijfsarts ziet haar over zes weken."), "medical"),
])
def test_a_title_makes_a_record_only_with_a_person_on_it(text: str, doc_type: str) -> None:
    assert _type(text) == doc_type


def test_an_onboarding_record_with_a_vog_is_the_declaration() -> None:
    text = (f"Onboarding - Iris Kuiper\nBSN: {_bsn(3)}\nVOG ontvangen: ja\nAfgiftedatum: "
            "12-02-2026\nScreeningsprofiel: 45 (Justis)")
    assert _type(text) == "vog"


@pytest.mark.parametrize("text", [
    ("Aan alle kandidaten\nVoor de onboardingprocedure vragen wij een VOG aan bij Justis. Het "
     "screeningsprofiel staat in de bijlage."),
])
def test_a_message_to_all_candidates_about_the_vog_is_no_declaration(text: str) -> None:
    assert _type(text) != "vog"


@pytest.mark.parametrize("text, doc_type", [
    (("Geachte heer/mevrouw,\n\nHierbij solliciteer ik naar de functie van chauffeur. U kunt "
      "mij bereiken per telefoon, WhatsApp or via the chat in the candidate portal.\n\n"
      "Met vriendelijke groet,\nKoen Visser"), "motivation_letter"),
    (("[09:12] Koen: hoi, ik wil solliciteren op de vacature als chauffeur\n[09:14] Recruiter: "
      "Leuk! Stuur je cv even?\n[09:15] Koen: doe ik"), "other"),
    (("Sollicitatie live chat medewerker\nGeachte heer/mevrouw,\n\nHierbij solliciteer ik naar "
      "de functie van live chat medewerker. Ik heb drie jaar klantenservice gedaan.\n\n"
      "Met vriendelijke groet,\nKoen Visser"), "motivation_letter"),
    (("Live chat - 14 mei\nIk zag de vacature voor chauffeur, ik wil graag solliciteren."),
     "other"),
])
def test_a_chat_is_told_by_its_layout(text: str, doc_type: str) -> None:
    assert _types(text, "bericht.txt") == (doc_type, doc_type)


@pytest.mark.parametrize("value", ['"false"', '"true"', "1", "0"])
def test_a_flag_that_is_no_boolean_is_refused(tmp_path: Path, value: str) -> None:
    from scanner.policy.classify import SIGNALS, load_signals

    path = tmp_path / "doc_signals.toml"
    text = SIGNALS.read_text(encoding="utf-8").replace(
        "require_binds_model = true", f"require_binds_model = {value}", 1)
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ValueError, match=r"motivation_letter.*require_binds_model"):
        load_signals(path)
