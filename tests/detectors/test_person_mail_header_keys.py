"""PERSON: a mail's header block in the writer's own language ("Від:", "Кому:", "Тема:";
"Od:", "Do:", "Temat:"; "De:", "Para:", "Assunto:"): a key that opens its line with a colon,
under an address line of the same block, is the header's key, no one's name. Twins: a chat
under a blank line after a header, and a chat with times, keep their speakers. Names
synthetic."""

from __future__ import annotations

import pytest

from tests.detectors.found import found

HEADERS = [
    ("Від: Oksana Hrytsenko <o.hrytsenko@example.ua>\nКому: loon@voorbeeld.nl\n"
     "Тема: zarplata tyzhden 47\nДата: 30.11.2026 07:12\n\nDobryi den, my pay is short.\n"),
    ("Od: Zbigniew Odrzywołek <z.odrz@example.pl>\nDo: planning@voorbeeld.nl\n"
     "Temat: Grafik\nData: 02.12.2026\n\nDzień dobry, proszę o grafik.\n"),
    ("De: Ana Vilaça <ana.v@example.pt>\nPara: planning@voorbeeld.nl\nAssunto: Horário\n\n"
     "Bom dia, preciso do horário.\n"),
]


@pytest.mark.parametrize("text", HEADERS)
def test_a_header_key_in_another_language_is_no_name(text: str) -> None:
    names = found(text, "PERSON")
    assert not {"Тема", "Дата", "Temat", "Data", "Assunto", "Para"} & set(names)


@pytest.mark.parametrize("text", [
    "Van: planning@voorbeeld.nl\n\nMarloes: ok, ik kom\nPiet: prima\n",
    "[10:02] Marloes: ok, ik kom\n[10:03] Piet: prima\n",
])
def test_a_chats_speakers_stay(text: str) -> None:
    assert {"Marloes", "Piet"} <= set(found(text, "PERSON"))
