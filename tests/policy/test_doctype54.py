"""Classification kinds read at stop 54 (special-doctype-rules-48), tested with texts of our
own: a letter or an e-mail that names a payslip without an amount asks about one, explains
one or sends one along (a parent's question, a template): no payslip. A payslip pasted into
a message shows its money and stays one.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from scanner.models import SourceItem, TextChunk
from scanner.policy.classify import classify


def _type(text: str, name: str = "document.txt") -> str:
    item = SourceItem(path=f"/share/{name}", member=None, size=1,
                      modified=datetime(2026, 5, 1, tzinfo=UTC))
    return classify(item, [TextChunk(text, "body")])[0]


@pytest.mark.parametrize("text, name", [
    (("Beste salarisadministratie,\n\nMijn zoon Luuk werkt sinds maart als vakkenvuller via "
      "jullie. Op zijn loonstrook van april staan maar 12 uur, terwijl hij er 18 heeft "
      "gewerkt (zaterdag tot 21.30). Willen jullie dat nakijken?\n\nMet vriendelijke groet,\n"
      "Ingrid Smeets\n"), "vraag_loonstrook_luuk.txt"),
    (("Hi Noor,\n\nAttached you will find your payslip for period 7 and a short note on how "
      "to read your payslip. Questions? Reply to this mail before Friday 17.00.\n\n"
      "Kind regards,\nPayroll team\n"), "payslip_period7_mail.txt"),
    (("Beste [voornaam],\n\nIn de bijlage vind je je salarisstrook over periode [nn]. Bewaar "
      "je salarisstrook goed: er staan je BSN en je IBAN op.\n\nGroeten,\n"
      "[naam medewerker salarisadministratie]\n"), "sjabloon_salarisstrook.txt"),
])
def test_a_letter_about_a_payslip_is_no_payslip(text: str, name: str) -> None:
    assert _type(text, name) != "payslip", text


def test_a_payslip_in_a_message_is_still_one() -> None:
    text = ("Beste Luuk,\n\nHieronder je loonstrook van april.\n\nPeriode: april\n"
            "Bruto loon: € 612,40\nLoonheffing: € 0,00\nNetto loon: € 598,15\n"
            "Uitbetaald op rekening NL20INGB0001234567\n\nMet vriendelijke groet,\n"
            "Salarisadministratie\n")
    assert _type(text, "loonstrook_april.txt") == "payslip"
