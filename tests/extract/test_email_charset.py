"""An e-mail body without a declared charset keeps its accented letters (it was read as
US-ASCII, every accented letter replaced: names and month names from abroad were lost)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from scanner.extract.email import extract
from scanner.extract.limits import Limits
from scanner.models import SourceItem, TextChunk

BODIES = [
    "Kandydat: Wojciech Zieliński, urodzony 4 września 1991 w Łodzi.",
    "Candidata: Ioana Ștefănescu, născută la 12 martie 1988, Brașov.",
    "Кандидат: Стоян Димитров, роден на 3 март 1990 г.",
    "Jelölt: Kovács Bálint, született 1989. május 7., Győr.",
    "Kandidatas: Žydrūnas Petraitis, gimęs 1993 m. liepos 2 d.",
    "Candidato: João Conceição, nascido a 9 de março de 1986.",
    "Aday: Çağlar Öztürk, doğum tarihi 14 Şubat 1992, İzmir.",
    "Bewerber: Jürgen Großmann, geboren am 21. März 1984 in Köln.",
]


def _body_text(mail: bytes) -> str:
    item = SourceItem(path="mail.eml", member=None, size=len(mail),
                      modified=datetime(2026, 1, 1, tzinfo=UTC))
    return "\n".join(c.text for c in extract(item, mail, Limits())
                     if isinstance(c, TextChunk) and c.location != "header")


@pytest.mark.parametrize("body", BODIES)
def test_an_undeclared_utf8_body_is_read_as_utf8(body: str) -> None:
    mail = f"From: a@example.nl\nTo: b@example.nl\nSubject: kandidaat\n\n{body}\n"
    assert body in _body_text(mail.encode("utf-8"))


def test_an_undeclared_body_in_a_windows_code_page() -> None:
    """Not UTF-8: read as a text file of unknown encoding is (charset-normalizer)."""
    body = BODIES[7]
    mail = f"From: a@example.nl\nSubject: kandidaat\n\n{body}\n"
    assert body in _body_text(mail.encode("cp1252"))


def test_a_declared_charset_is_still_the_one_read() -> None:
    body = "Bewerber: Jürgen Großmann, geboren am 21. März 1984."
    mail = ("From: a@example.nl\nContent-Type: text/plain; charset=iso-8859-1\n\n"
            + body + "\n")
    assert body in _body_text(mail.encode("iso-8859-1"))
