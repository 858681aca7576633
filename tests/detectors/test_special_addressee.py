"""A letter to one named person: its "uw"/"je"/"your" before a health term states the
addressee's health (detectors/special_addressee.py). Cases of our own (stop 37, #15), in
Dutch and English, e-mail and letter layouts, formal and informal address."""

from __future__ import annotations

from pathlib import Path

import pytest

from detectors.special_addressee import load_rules, to_one_person
from detectors.special_category import find_special


def _health(text: str, language: str) -> list[tuple[str, str]]:
    return [(m.term, m.rule_key) for m in find_special(text, language)
            if m.entity == "SPECIAL_HEALTH"]


ADDRESSED = [
    ("nl", ("Betreft: verlof\n\nGeachte mevrouw Dekker,\n\nWij hebben de melding van uw "
           "zwangerschap ontvangen en regelen het verlof met het UWV.\n\nMet vriendelijke "
           "groet,\nafd. P&O"), "zwangerschap"),
    ("nl", ("Van: HR\nAan: Sanne Mulder\nOnderwerp: werkhervatting\n\nHoi Sanne,\n\nFijn dat "
           "je hernia zo goed herstelt; we plannen de opbouw in overleg.\n\nGroet, Joyce"),
     "hernia"),
    ("nl", ("Beste Karim,\n\nSterkte met je lange revalidatie na de operatie. Laat weten wat "
           "je nodig hebt.\n\nTeam HR"), "revalidatie"),
    ("nl", ("Geachte heer Bos,\n\nNaar aanleiding van uw burn-out bieden wij u een traject "
           "bij een coach aan.\n\nHoogachtend,\nJ. Smit, HR-adviseur"), "burn-out"),
    ("en", ("Dear Ms Achterberg,\n\nThank you for letting us know about your pregnancy. We "
           "will arrange your leave with the UWV.\n\nKind regards,\nPayroll"), "pregnancy"),
    ("en", ("From: HR\nTo: Ravi Sharma\nSubject: return\n\nHi Ravi,\n\nGood to hear your "
           "asthma is under control again.\n\nBest, Claire"), "asthma"),
    ("en", ("Dear Mr Osei,\n\nWe are sorry to hear about your diabetes diagnosis and will "
           "adjust your shifts.\n\nYours sincerely,\nHR department"), "diabetes"),
    ("nl", ("Hallo mw. Yildiz,\n\nHierbij de afspraken over de aanpassingen voor uw "
           "epilepsie op de werkvloer.\n\nVriendelijke groet,\nPlanning"), "epilepsie"),
    # "je" after more than a verb is the possessive still (stop 37 mend)
    ("nl", ("Hoi Lieke,\n\nWe hopen dat je migraine snel minder wordt.\n\nGroet, Tim"),
     "migraine"),
    ("nl", ("Beste Yusuf,\n\nSterkte met je hernia, we passen je rooster aan.\n\nGroet, HR"),
     "hernia"),
]


@pytest.mark.parametrize("language, text, term", ADDRESSED)
def test_the_addressees_health_is_a_statement(language: str, text: str, term: str) -> None:
    found = _health(text, language)
    assert any(term in t and key != "term_only" for t, key in found), found


NOT_ADDRESSED = [
    # a group or no one named
    ("nl", "Beste collega's,\n\nMeld uw zwangerschap op tijd bij P&O.\n\nHR"),
    ("nl", "Geachte heer/mevrouw,\n\nUw ziekte kan gevolgen hebben voor uw uitkering.\n\nUWV"),
    ("en", "Dear all,\n\nPlease tell us about your pregnancy as early as you can.\n\nHR"),
    ("en", "Dear colleagues,\n\nYour migraine days can be booked as sick leave.\n\nHR"),
    # a supposition, not a statement
    ("nl", ("Beste Tom,\n\nAls je rugklachten terugkomen, bel dan meteen de bedrijfsarts.\n\n"
           "Groet, HR")),
    ("en", ("Dear Ms Novak,\n\nShould your depression return, our counsellor is "
           "available.\n\nHR")),
    # no greeting: a leaflet or a policy speaks to anyone
    ("nl", "Zwanger en aan het werk?\nMeld uw zwangerschap bij uw leidinggevende."),
    # the term names a ward, a clinic, a vaccination: the detector closed it, or the next word
    # makes it a thing (stop 37 mend)
    ("nl", "Beste Sophie,\n\nGraag kom ik werken op uw oncologie afdeling.\n\nGroet, Tom"),
    ("en", ("Dear Ms Novak,\n\nWe can send two care assistants to your dementia unit from "
           "Monday.\n\nKind regards,\nPlanning")),
    ("en", "Dear Mr Bakker,\n\nPlease call your diabetes clinic to move the shift.\n\nHR"),
    ("nl", ("Beste Sanne,\n\nVoor uw revalidatie-afdeling zoeken wij twee "
           "verpleegkundigen.\n\nGroet,\nPlanning")),
    ("nl", "Beste Ruben,\n\nVoor je dementie afdeling zoeken we een invaller.\n\nGroet, Iris"),
    ("en", ("Dear Sam,\n\nFrom next week you can book your flu jab at the front desk.\n\n"
           "Best,\nHR")),
    ("nl", "Hoi Lotte,\n\nJe kunt je griep prik halen op dinsdag.\n\nGroet, HR"),
    # a status word says someone is absent, not why: a payslip, a contract, a letter
    ("nl", ("Beste Jan de Vries,\n\nHierbij je loonstrook over mei. Je ziekteverlof is "
           "verrekend.\n")),
    ("nl", "Beste Jan de Vries,\n\nUw arbeidsongeschiktheid valt onder artikel 7.\n"),
    ("nl", "Geachte heer Pool,\n\nUw re-integratie bespreken we op 4 juni.\n\nHR"),
    # "je" second in a verb-first clause is its subject: a question or a condition
    ("nl", ("Beste Anouk,\n\nWelkom! Ben je zwanger? Meld het dan bij je "
           "leidinggevende.\n\nGroet,\nHR")),
    ("nl", "Beste Anouk,\n\nHeb je diabetes of epilepsie, geef het dan door aan P&O.\n\nHR"),
    ("nl", "Hoi Daan,\n\nHeb je griep of corona, blijf dan thuis.\n\nGroet, Mila"),
    ("nl", "Beste Noor,\n\nVoel je migraine opkomen, stop dan met het scherm.\n\nGroet, HR"),
    ("nl", "Hallo Bram,\n\nWelkom. Krijg je astma van stof, zeg het dan tegen je chef.\n\nHR"),
    # a role in the singular, written to whoever fills it
    ("nl", "Beste Flexkracht,\n\nMeld uw zwangerschap op tijd bij P&O.\n\nHR"),
    ("nl", "Beste nieuwe collega,\n\nMeld je zwangerschap op tijd bij P&O.\n\nHR"),
    ("nl", "Beste Uitzendkracht,\n\nGeef uw allergie door aan de planner.\n\nHR"),
    ("en", "Dear Employee,\n\nPlease report your pregnancy to HR in time.\n\nHR"),
    ("en", "Dear Candidate,\n\nTell us about your disability so we can adjust the day.\n"),
]


@pytest.mark.parametrize("language, text", NOT_ADDRESSED)
def test_no_one_addressed_no_statement(language: str, text: str) -> None:
    assert all(key == "term_only" for _, key in _health(text, language)), _health(text, language)


@pytest.mark.parametrize("text, expected", [
    ("Beste Anouk Verbeek,\n", True), ("Geachte mevrouw De Vries,\n", True),
    ("Hoi Sem!\n", True), ("Beste collega,\n", False), ("Geachte heer, mevrouw,\n", False),
    ("Beste allen,\n", False), ("Dag team,\n", False), ("Geachte heer/mevrouw,\n", False),
    ("Beste Flexkracht,\n", False), ("Beste medewerker,\n", False),
    ("Beste nieuwe collega,\n", False), ("Beste Jan Kandidaat,\n", False)])
def test_a_greeting_names_one_person(text: str, expected: bool) -> None:
    assert to_one_person(text, load_rules("nl")) is expected


def test_a_broken_data_file_names_file_and_key(tmp_path: Path) -> None:
    path = tmp_path / "addressee.toml"
    path.write_text('[nl]\ngreetings = []\n', encoding="utf-8")
    with pytest.raises(ValueError, match="greetings"):
        load_rules.__wrapped__("nl", path)
