"""A text about the VOG procedure that speaks to a group and names no one is no one's VOG
(doc_signals.toml [vog] about_one_as = "medical", stop 60); a letter to one person by name
about their VOG is theirs, also when the greeting names them in full ("Geachte heer ...",
"Beste <first name> <surname>,"). Synthetic texts."""

from __future__ import annotations

import pytest

from scanner.policy.classify import SIGNALS, load_signals
from tests.policy.scanned import classified as _type


@pytest.mark.parametrize("text", [
    ("VOG-checklist per functie (interne richtlijn)\n\nVoor welke functies vragen wij een "
     "Verklaring Omtrent het Gedrag aan? Medewerkers in de kinderopvang, de zorg en het "
     "geldtransport moeten een VOG hebben voordat zij beginnen. Wij vragen de VOG aan via "
     "Justis; de kandidaat betaalt niets. Je controleert de datum van afgifte: niet ouder "
     "dan drie maanden.\n"),
    ("Aan alle nieuwe uitzendkrachten - de VOG\n\nVoor je eerste werkdag in de zorg heb je "
     "een VOG nodig. Wij zetten de aanvraag voor je klaar bij Justis; jij rondt hem af met "
     "je DigiD. Heb je vragen? Bel ons, wij helpen je graag. Medewerkers zonder VOG kunnen "
     "wij niet inplannen.\n"),
])
def test_a_text_about_the_vog_procedure_is_other(text: str) -> None:
    assert _type(text) == "other"


@pytest.mark.parametrize("text", [
    ("Aanvraag VOG klaargezet\n\nBeste Ruben de Wit,\n\nVoor je plaatsing bij Zorgcentrum "
     "Het Baken hebben wij een aanvraag voor een Verklaring Omtrent het Gedrag voor je "
     "klaargezet bij Justis (screeningsprofiel 45). Je rondt de aanvraag af met je DigiD. "
     "Wij nemen de kosten voor onze rekening.\n\nMet vriendelijke groet,\nPlanning Zorg\n"),
    ("Voornemen tot weigering VOG - Justis\n\nGeachte mevrouw Yilmaz,\n\nJustis is "
     "voornemens uw aanvraag voor een Verklaring Omtrent het Gedrag af te wijzen. U kunt "
     "binnen twee weken uw zienswijze geven. Wij wijzen u erop dat u ons kunt bellen.\n\n"
     "Hoogachtend,\nDienst Justis\n"),
])
def test_a_letter_to_one_person_about_their_vog_is_vog(text: str) -> None:
    assert _type(text, "vog.txt") == "vog"


def test_about_one_as_names_a_type_with_generic(tmp_path) -> None:
    text = SIGNALS.read_text(encoding="utf-8").replace(
        'about_one_as = "medical"', 'about_one_as = "payslip"')
    bad = tmp_path / "signals.toml"
    bad.write_text(text, encoding="utf-8")
    with pytest.raises(ValueError, match="about_one_as"):
        load_signals(bad)
