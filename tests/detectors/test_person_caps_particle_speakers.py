"""PERSON: a transcript's speaker written in block capitals as a surname with its particles
("DE JONG:", "VAN DER MEER:", "EL AMRANI:") is that person when the text names them in full
elsewhere; particles alone, a heading and a surname the text never gives stay no name."""

from __future__ import annotations

import pytest

from detectors import detect


def _names(text: str, lang: str = "nl") -> list[str]:
    return [text[d.start:d.end] for d in detect(text, lang) if d.entity == "PERSON"]


@pytest.mark.parametrize(("text", "lang", "speaker"), [
    (("Interview met Anna de Jong.\nDE JONG: ja dat klopt.\nINTERVIEWER: en verder?\n"
      "DE JONG: nee."), "nl", "DE JONG"),
    (("Gesprek met Kees van Dam\nRECRUITER: hoe gaat het?\nVAN DAM: goed, dank je.\n"
      "RECRUITER: en de reis?\nVAN DAM: die ging prima."), "nl", "VAN DAM"),
    (("Deelnemers: Sanne, Youssef van der Meer\nSANNE: start je maandag?\n"
      "VAN DER MEER: ja, om zeven uur.\nSANNE: top."), "nl", "VAN DER MEER"),
    (("Exit interview, Hanna ter Horst\nHR: waarom vertrek je?\nTER HORST: ik verhuis.\n"
      "HR: jammer.\nTER HORST (lacht): ja."), "nl", "TER HORST"),
    (("Call with Fatima El Amrani\nINTERVIEWER: when can you start?\nEL AMRANI: next week.\n"
      "INTERVIEWER: great.\nEL AMRANI: thanks."), "en", "EL AMRANI"),
    (("Transcript - Bruno da Silva\nRECRUITER: any questions?\nDA SILVA: about the shifts, yes.\n"
      "RECRUITER: go ahead.\nDA SILVA: are nights paid extra?"), "en", "DA SILVA"),
    (("Gesprek met Pieter den Hartog en Lotte\nLOTTE: hoe was de training?\n"
      "DEN HARTOG: zwaar.\nLOTTE: dat geloof ik."), "nl", "DEN HARTOG"),
    ("Intake Marie le Roux\nINTERVIEWER: waar woon je?\nLE ROUX\nIn Breda.\nINTERVIEWER\nOké.\nLE ROUX\nSinds mei.",
     "nl", "LE ROUX"),
])
def test_caps_speaker_with_particles(text: str, lang: str, speaker: str) -> None:
    assert _names(text, lang).count(speaker) == text.count(speaker + ":") + text.count(
        speaker + "\n") + text.count(speaker + " (")


@pytest.mark.parametrize(("text", "absent"), [
    # particles alone, under a name with them
    ("Gesprek met Kees van de Berg\nVAN DE:\nRECRUITER: ok\nVAN DE: ja", "VAN DE"),
    # a heading in capitals that opens with a particle, its noun never a name here
    ("Gesprek met Anna de Jong\nDE KANDIDAAT:\nRECRUITER: ok\nDE KANDIDAAT: ja",
     "DE KANDIDAAT"),
    # a surname in capitals the text never gives in full
    ("Gesprek met Anna Smit\nDE VRIES: ja\nRECRUITER: ok\nDE VRIES: nee", "DE VRIES"),
])
def test_no_caps_speaker(text: str, absent: str) -> None:
    assert absent not in _names(text)
