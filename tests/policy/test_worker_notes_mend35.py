"""Review of stop 35's worker notes (mend35): what a sickness-diagnosis in the employer's
note about a worker must not lose or gain.

1. A pregnancy owns the health terms of its own sentence only, and a work-capacity status
   none: another worker's pregnancy, a wife's, a status in the next sentence leave the
   worker's illness a diagnosis.
2. A relative or care receiver owns a term only when no worker (a name, a pronoun) stands
   between them: "Haar moeder belde dat Eva een hernia heeft" is Eva's hernia.
3. A colleagues' chat is no note of the HR side because a message names one: a transcript
   line is neither the title nor the signature; a signature is a name and a role ending
   the line.
7. One candidate's word in passing ("Onze referentie:") vetoes no note; a candidate's word
   in the title, or more of them than of HR words, still does.
8. The English work-capacity status ("occupational disability") is excepted as the Dutch
   "arbeidsbeperking" is.
All names are made up.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from scanner.extract.limits import Limits
from scanner.models import SourceItem
from scanner.scan_item import ScanConfig, process_file

MAIL = "Subject: Ruben next week\n\nHi Sam, Ruben Bos has asthma and the dust in hall 4 " \
       "makes it worse; can he work in packing instead?{extra}\n\nThanks,\nMo (team lead)\n"
TALK = "Gespreksverslag leidinggevende - K. Jacobs\n\nKees vertelde dat hij sinds de zomer " \
       "een depressie heeft en in behandeling is.{extra} Afgesproken: 24 uur per week.\n"
NOTE = "Notitie HR\nMedewerker: {name}\n{body}\n"

# (file, text, the health term whose rules are read, whether it is a diagnosis)
CASES = [
    # 1. a pregnancy in another sentence, or a status
    ("colleague-pregnant.txt", MAIL.format(extra=" Also, Lisa is pregnant, so she stays on "
                                           "day shifts."), "asthma", True),
    ("wife-pregnant.txt", MAIL.format(extra=" His wife is pregnant too, so he wants day "
                                      "shifts."), "asthma", True),
    ("doelgroep.txt", TALK.format(extra=" Kees staat ook in het doelgroepregister."),
     "depressie", True),
    ("collega-zwanger.txt", TALK.format(extra=" Ook is Anouk zwanger, zij blijft op "
                                        "dagdienst."), "depressie", True),
    # ... and in its own sentence the pregnancy's (the rule as before)
    ("zwanger-misselijk.txt", NOTE.format(name="Yara Mulder", body="Yara vertelde dat ze "
                                          "zwanger is en elke ochtend misselijk is; zij begint "
                                          "voorlopig om tien uur."), "misselijk", False),
    # 2. a worker named or referred to after the relative or care receiver
    ("moeder-belde.txt", NOTE.format(name="Eva Smit", body="Haar moeder belde dat Eva een "
                                     "hernia heeft."), "hernia", True),
    ("vader-overleden.txt", NOTE.format(name="Eva Smit", body="Sinds haar vader is overleden "
                                        "heeft Eva een depressie."), "depressie", True),
    ("wife-called.txt", ("HR note\nEmployee: Omar Haddad\nHis wife called to say that Omar "
                         "has pneumonia.\n"), "pneumonia", True),
    ("clienten-tillen.txt", NOTE.format(name="Marloes Dijk", body="Marloes kan geen cliënten "
                                        "tillen door haar hernia."), "hernia", True),
    ("kinderen-epilepsie.txt", NOTE.format(name="Jan Peters", body="Jan mag niet met kinderen "
                                           "werken vanwege zijn epilepsie."), "epilepsie",
     True),
    # ... and the relative's own illness stays theirs
    ("vader-kanker.txt", NOTE.format(name="Tom Bakker", body="Tom vraagt zorgverlof omdat zijn "
                                     "vader kanker heeft."), "kanker", False),
    ("vrouw-van.txt", NOTE.format(name="Tom Bakker", body="Tom is vrij: de vrouw van Tom heeft "
                                  "longkanker."), "longkanker", False),
]


CHAT = ("{t1} Jan: wie ruilt zaterdag met mij?\n{t2} Kim: ik niet, mijn migraine is terug\n"
        "{t3} Jan: {last}\n")
# 3. (file, text): colleagues among themselves, a party named in a message
CHATS = [
    ("chat-tl-einde.txt", CHAT.format(t1="[09:01]", t2="[09:02]", t3="[09:03]",
                                      last="ok, teamleider weet het al")),
    ("chat-planner.txt", CHAT.format(t1="[09:01]", t2="[09:02]", t3="[09:03]",
                                     last="ok ik bel morgen (planner is er niet)")),
    ("chat-datum.txt", CHAT.format(t1="[02-03-2026 09:01]", t2="[02-03-2026 09:02]",
                                   t3="[02-03-2026 09:03]", last="prima, HR weet het")),
    ("chat-tijd.txt", CHAT.format(t1="09:01", t2="09:02", t3="09:03",
                                  last="ok, teamleider weet het al")),
]


LETTER = ("Betreft: afspraken rooster\n{extra}\nSevda Yilmaz heeft chronische migraine. Zolang "
          "die niet onder controle is werkt zij geen nachtdiensten.\n\nGroet,\nPetra Smit, "
          "HR-adviseur\n")
# 7. (file, text, whether the note's migraine is a diagnosis)
IN_PASSING = [
    ("referentie.txt", LETTER.format(extra="Onze referentie: 2026-114\n"), True),
    ("kenmerk-intake.txt", LETTER.format(extra="Ons kenmerk: intake 2026-114\n"), True),
    ("kandidaat-vacature.txt", ("Aan: HR\nVan: Noor Vermeulen\nOnderwerp: orderpicker\n\nIk "
                                "ben kandidaat voor de vacature orderpicker. Ik heb migraine, "
                                "maar werk gewoon door.\n"), False),
]


def _rules(path: Path, text: str, term: str) -> set[str]:
    path.write_text(text, encoding="utf-8")
    item = SourceItem(path=str(path), member=None, size=path.stat().st_size,
                      modified=datetime(2026, 3, 1, tzinfo=UTC))
    cfg = ScanConfig(key=b"test-key-0123456789", policy_path=None, limits=Limits(),
                     now=datetime(2026, 3, 2, tzinfo=UTC))
    (result, *_) = process_file(item, cfg)
    assert result.file.doc_type == "other"
    found = [f for f in result.findings if f.entity == "SPECIAL_HEALTH" and f.masked == term]
    assert found, term
    return {r for f in found for r in f.rules}


@pytest.mark.parametrize(("name", "text", "term", "diagnosis"), CASES,
                         ids=[c[0] for c in CASES])
def test_whose_health_term_in_a_note_about_a_worker(tmp_path: Path, name: str, text: str,
                                                    term: str, diagnosis: bool) -> None:
    rules = _rules(tmp_path / name, text, term)
    assert "special-category" in rules
    assert ("sickness-diagnosis" in rules) is diagnosis


@pytest.mark.parametrize(("name", "text"), CHATS, ids=[c[0] for c in CHATS])
def test_a_party_named_in_a_chat_message_makes_no_note(tmp_path: Path, name: str,
                                                        text: str) -> None:
    rules = _rules(tmp_path / name, text, "migraine")
    assert "special-category" in rules
    assert "sickness-diagnosis" not in rules


@pytest.mark.parametrize(("name", "text", "diagnosis"), IN_PASSING,
                         ids=[c[0] for c in IN_PASSING])
def test_a_candidates_word_in_passing_vetoes_no_note(tmp_path: Path, name: str, text: str,
                                                     diagnosis: bool) -> None:
    rules = _rules(tmp_path / name, text, "migraine")
    assert ("sickness-diagnosis" in rules) is diagnosis


@pytest.mark.parametrize("status", ["occupational disability", "work disability"])
def test_the_english_work_capacity_status_is_no_diagnosis(tmp_path: Path, status: str) -> None:
    text = (f"HR note\nEmployee: Lisa Brown\nLisa has an {status} and stays on day shifts. "
            "Lisa Brown has asthma and the dust in hall 4 makes it worse.\n")
    assert "sickness-diagnosis" not in _rules(tmp_path / "status.txt", text, status)
    assert "sickness-diagnosis" in _rules(tmp_path / "asthma.txt", text, "asthma")
