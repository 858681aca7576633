"""Minutes' numbered headings, biometric logs and a worker's own health fields (issue #15,
stop 73).

The kinds the stop-72 blind sets' misses were diagnosed as, each tested on sentences of our
own (all names made up):

- A numbered agenda heading on a line of its own ("1. Opening en mededelingen") was read
  as the first words of the sentence under it, so the sentence's named subject ("Ria meldt
  dat Piet na zijn ...") no longer opened it and the statement went unseen; a heading's word
  that is also a first name ("Cao") counted as a person of that sentence.
- A body opening a reported clause ("Wim zegt dat CNV en FNV ...") is the one that acts, not
  the named reporter's union; a question whether a room can be had for prayer is anyone's.
- A biometric term named as a record's kind ("fingerprint enrolment log", "gezichtsscan
  export") heads rows of people whose data is held.
- An objection to a clock that everyone has to use ("bezwaar", "moeten we ... inklokken met
  een vingerafdruk") says what is asked, not what is held.
- A field of one worker's own whose label names a condition ("Hepatitis B-vaccinatie
  medewerker: volledig") states it when it has a value; "medewerkers" (everyone's) or "nee"
  do not.
"""

from __future__ import annotations

import pytest

from detectors.special_category import find_special

FOUND = [
    # a numbered heading above a named subject's sentence
    ("2. Mededelingen\nJoris meldt dat Marijke na haar heupoperatie nog thuis herstelt.", "nl",
     "SPECIAL_HEALTH"),
    ("Notulen teamoverleg\n\n4) Personeel\nKim vertelt dat Ruud een hernia heeft.", "nl",
     "SPECIAL_HEALTH"),
    ("Minutes\n1. Welcome\nTessa reports that Owen is home after his knee surgery.", "en",
     "SPECIAL_HEALTH"),
    # a biometric record named by its kind
    (("ACCESS-9 | fingerprint enrolment log | week 12\nts;name;finger;quality\n"
      "08:02;Lena Vos;R-index;88"), "en", "SPECIAL_BIOMETRIC"),
    ("Gezichtsscan export poort B, 3 maart\nnaam;status\nGerrit Bos;OK", "nl",
     "SPECIAL_BIOMETRIC"),
    # a worker's own field naming a condition, with a value
    (("Melding prikaccident\nMedewerker: Floor Raaijmakers\nHepatitis B-vaccinatie medewerker: "
      "ja, 2021"), "nl", "SPECIAL_HEALTH"),
    ("Needle-stick report\nEmployee: Dan Shore\nHepatitis B vaccination employee: complete",
     "en", "SPECIAL_HEALTH"),
]
NOT_FOUND = [
    # a union as the subject of a reported clause, under a heading or not
    ("3. Cao\nWim zegt dat CNV en FNV volgende maand hun leden raadplegen.", "nl",
     "SPECIAL_TRADE_UNION"),
    ("5. Overleg\nDe voorzitter zegt dat de FNV morgen gaat staken bij de klant.", "nl",
     "SPECIAL_TRADE_UNION"),
    ("Wim zegt dat CNV en FNV volgende maand hun leden raadplegen.", "nl",
     "SPECIAL_TRADE_UNION"),
    ("Sanne vertelde dat de FNV een staking plant.", "nl", "SPECIAL_TRADE_UNION"),
    ("Tom said that the union plans a strike at the depot.", "en", "SPECIAL_TRADE_UNION"),
    # a heading whose word is also a first name is no person of the sentence under it
    ("Notulen\n3. Cao en overleg\nDe Jong zegt dat de FNV morgen gaat staken bij het DC.",
     "nl", "SPECIAL_TRADE_UNION"),
    # a room asked for anyone's prayer
    ("6. Rondvraag\nNadia wil weten of er op de tweede verdieping plaats is voor gebed.", "nl",
     "SPECIAL_RELIGION"),
    # a log-in, no log; a plan of enrolment
    ("Fingerprint enrolment log-in opens on Monday for the pilot.", "en", "SPECIAL_BIOMETRIC"),
    # an objection to a clock everyone has to use, nothing of the writer's said held
    (("Onderwerp: bezwaar tegen gezichtsscan prikklok Zonnehoeve\n\nBij Zonnehoeve moeten we "
      "sinds vorige week inklokken met een vingerafdruk. Ik wil een pas.\n\nGroet,\nKoen"),
     "nl", "SPECIAL_BIOMETRIC"),
    (("Subject: objection to the face scan\n\nAt the depot we have to clock in with a face "
      "scan since Monday. I would like a badge instead."), "en", "SPECIAL_BIOMETRIC"),
    # everyone's field, or a no
    ("Hepatitis B-vaccinatie medewerkers: verplicht voor de afdeling", "nl", "SPECIAL_HEALTH"),
    ("Hepatitis B-vaccinatie medewerker: nee", "nl", "SPECIAL_HEALTH"),
]


@pytest.mark.parametrize("text, language, entity", FOUND)
def test_found(text: str, language: str, entity: str) -> None:
    assert entity in {m.entity for m in find_special(text, language)}


@pytest.mark.parametrize("text, language, entity", NOT_FOUND)
def test_not_found(text: str, language: str, entity: str) -> None:
    assert entity not in {m.entity for m in find_special(text, language)}
