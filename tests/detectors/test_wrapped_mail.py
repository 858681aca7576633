"""EMAIL_ADDRESS wrapped by a paper's or a mail's line: the break after the '@' or after a
'.' or '-' of the domain, the rest on the next line (maybe indented); normalized whole."""

from __future__ import annotations

import pytest

from detectors import detect, normalize

WRAPPED = [
    ("E-mail: janneke.kortekaas@\n        hotmail.com\nBSN: onbekend", "janneke.kortekaas@hotmail.com"),
    ("Vragen? payroll@workforce-\nlogistics.example.com - pagina 2", "payroll@workforce-logistics.example.com"),
    ("| mail : s.kromo@\n|                 kpnplanet.nl", "s.kromo@kpnplanet.nl"),
    ("Contact p.devries@bouw.\nvoorbeeld.nl voor details", "p.devries@bouw.voorbeeld.nl"),
    ("Reach me at t.okafor@\n  outlook.com if needed.", "t.okafor@outlook.com"),
    ("Adresse électronique : m.dubois@\n\torange.fr", "m.dubois@orange.fr"),
    ("correo: ana.lopez.garcia@gmail.\ncom (personal)", "ana.lopez.garcia@gmail.com"),
    ("Mail vrouw: fatma.yildiz@\n   ziggo.nl, man: -", "fatma.yildiz@ziggo.nl"),
    ("Kontakt: k.nowak@wp.\n pl  /  tel. 0048", "k.nowak@wp.pl"),
    ("> Groet, Ilse\n> ilse.verbeek@\n> kpnmail.nl", "ilse.verbeek@kpnmail.nl"),
]


@pytest.mark.parametrize("text, address", WRAPPED)
def test_wrapped_address_is_one(text: str, address: str) -> None:
    found = [d for d in detect(text, "nl") if d.entity == "EMAIL_ADDRESS"]
    assert [d.normalized for d in found] == [address]


@pytest.mark.parametrize("text", [
    "Mail: a.bakker@firma.nl\nTel: 06-12345678",  # whole on its line: the next line is its own
    "ik ben @\njan.nl",  # no local part glued to the '@'
    "info@\nTel: onbekend",  # the next line's word is no domain
    "zie @\n  www.voorbeeld.nl",
])
def test_no_wrap(text: str) -> None:
    found = [d.normalized for d in detect(text, "nl") if d.entity == "EMAIL_ADDRESS"]
    assert all("\n" not in f and "tel" not in f for f in found)
    assert found in ([], ["a.bakker@firma.nl"])


def test_normalized_as_one_address() -> None:
    assert normalize("EMAIL_ADDRESS", "Jan.Smit@\n   Voorbeeld.NL") == "jan.smit@voorbeeld.nl"
    assert normalize("EMAIL_ADDRESS", "jan.smit@ voorbeeld.nl") == "jan.smit@voorbeeld.nl"
