"""A union's paid officials and its members' roles (detectors/special_roles.py
_union_official, data roles.toml union_officials; rules.toml membership, issue #15 stop 38).
A union's bestuurder, consulent, jurist, negotiator or official at a meeting's table is the
union's employee: the union is named as a party, no one's membership. A cadre member
(kaderlid), a steward or a works-council member elected for a union is a member. All names
synthetic."""

from __future__ import annotations

import pytest

from detectors import detect

UNION = "SPECIAL_TRADE_UNION"


def _union(text: str, language: str) -> bool:
    return any(d.entity == UNION for d in detect(text, language, document=True))


OFFICIALS = [
    ("nl", "Verslag overleg cao-proef 12-03\nAanwezig: directie, OR (2 leden), bestuurder CNV (dhr. Bakker), bestuurder FNV (mevr. Visser)"),
    ("nl", "Notulen sociaal plan\nAanwezig: P. de Groot (HR), onderhandelaar FNV Jeroen Smits, jurist CNV mr. A. Kok"),
    ("en", "Meeting notes 4 May\nPresent: plant manager, works council, Unite official Dave Harris, GMB organiser Kate Moss"),
    ("nl", "Agenda overleg\n- Toelichting door FNV-bestuurder Karin Mulder op het looneisenbrief"),
    ("en", "Attendees: HR director Lisa Brown; negotiator Unison (Mr Patel); site manager"),
    ("nl", "Uitnodiging: gesprek met districtsbestuurder FNV, mevrouw De Jong, op 3 april over de reorganisatie."),
    ("nl", "Overleg roosters: bestuurder FNV Metaal (dhr. Peters) en de OR spraken af de proef te verlengen."),
    ("en", "Call with the USDAW official (Mrs Green) about the new shift pattern, agreed to meet again in June."),
]
MEMBERS = [
    ("nl", "Notitie staking 14-02: Marco Jansen en Lisa Vos, beiden kaderleden van FNV Havens, spraken de ploeg toe."),
    ("nl", "Motivatie: ik ben al vijf jaar kaderlid bij CNV Vakmensen in onze vestiging."),
    ("nl", "Dossier Tom de Vries: kaderlid namens FNV in het overleg over de ploegentoeslag."),
    ("en", "Personnel note: Sam Carter is a shop steward for Unite at the Leeds depot."),
    ("nl", "Cv Anouk Peeters\nOverig: OR-lid namens FNV sinds 2021, kaderlid van FNV Schoonmaak."),
    ("en", "CV - Emeka Obi\nOther: member of FNV since 2017, union rep for the night shift."),
    ("nl", "Gesprek met Ruud: hij is lid van de FNV en wil dat zijn bond meeleest."),
    ("en", "Exit interview: Priya says she joined the union (GMB) last year."),
    # a possessive makes the union's official the person's own union's
    ("en", "Hearing 2 June. Employee: Ravi Shah, represented by her Unite lawyer (Ms Cole)."),
    ("nl", "Gesprek Wim Bos 4-4: hij neemt zijn FNV-jurist mee naar de hoorzitting."),
]


@pytest.mark.parametrize("language, text", OFFICIALS)
def test_a_unions_official_at_the_table_is_no_membership(language: str, text: str) -> None:
    assert not _union(text, language)


@pytest.mark.parametrize("language, text", MEMBERS)
def test_a_members_role_is_a_membership(language: str, text: str) -> None:
    assert _union(text, language)
