"""PERSON: a surname that opens with its particle in a comma-separated export's cell, bare
or quoted ('985266302,Marieke,"de Boer",...'), as in a ';' export. Cases written here."""

from __future__ import annotations

from detectors import detect


def test_a_particle_opening_a_comma_separated_cell_leads_the_surname() -> None:
    text = ("kandidaat_id,voornaam,achternaam,email\n"
            '440112358,Fenna,"van der Linden",fenna.vdl@example.nl\n'
            "440112366,Joris,de Haan,joris.dehaan@example.nl\n"
            "440112374,Mirte,ten Cate,mirte@example.nl\n")
    names = [text[d.start:d.end] for d in detect(text, "nl", document=True)
             if d.entity == "PERSON"]
    assert {"van der Linden", "de Haan", "ten Cate"} <= set(names), names
