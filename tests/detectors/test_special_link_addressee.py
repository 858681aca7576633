"""The reader of a letter to one named person as the subject of a special-category term's
clause (detectors/special_link.py ``addressee``, data/special/link.toml): a warning, a
dismissal or a screening letter states the addressee's record with "u", "je" or "you", not
with a name or "hij"."""

from __future__ import annotations

import pytest

from detectors.special_category import find_special
from detectors.special_lexicon import load_lexicon
from detectors.special_link import link_evidence

STATED = [
    ("nl", ("Geachte heer Gisolf,\n\nTijdens het gesprek van 2 maart heeft u erkend dat u "
            "twee boormachines uit het magazijn heeft gestolen.\n\nMet vriendelijke groet,\nHR"),
     "SPECIAL_CRIMINAL"),
    ("nl", ("Beste Leda,\n\nZoals besproken: je hebt vorig jaar een taakstraf gekregen. Wij "
            "plaatsen je daarom niet bij de bank.\n\nGroet,\nIlse"), "SPECIAL_CRIMINAL"),
    ("en", ("Dear Mr Farrow,\n\nOn Monday you let us know that you were convicted last spring "
            "of drink-driving.\n\nKind regards,\nHR"), "SPECIAL_CRIMINAL"),
]

# (text, the term whose evidence is read): no "addressee" evidence
NOT_THE_READER = [
    # a greeting to no one named, or to a group
    ("nl", "Geachte heer/mevrouw,\n\nU heeft een taakstraf gekregen, zo meldt de inlener.",
     "taakstraf"),
    ("nl", "Beste collega's,\n\nJe hebt een taakstraf gekregen, zo meldt de inlener.", "taakstraf"),
    # no greeting at all
    ("nl", "Notitie 4 mei\nU heeft een taakstraf gekregen, zo meldt de inlener.", "taakstraf"),
    # a denial between the reader and the term
    ("nl", "Beste Quirijn,\n\nVoor de duidelijkheid: jij bent nooit opgepakt, zegt de inlener.",
     "opgepakt"),
    ("en", "Dear Ms Penhaligon,\n\nTo be clear, you were never arrested by the police.",
     "arrested"),
    # what the reader may do, and a supposition about the reader
    ("en", "Dear Ms Penhaligon,\n\nYou can sign in to the rota app with a fingerprint instead of a code.",
     "fingerprint"),
    ("nl", "Beste Leda,\n\nAls je ooit bent opgepakt, vraag dan eerst om advies.", "opgepakt"),
    # the reader of a main clause, the term in the clause after "dat"/"that"
    ("nl", ("Geachte heer Idema,\n\nWij melden u dat de moskee aan de Kanaalweg vrijdag de "
            "parkeerplaats nodig heeft."), "moskee"),
    ("en", "Dear Mr Abernathy,\n\nWe remind you that the synagogue next door holds a service.",
     "synagogue"),
]


@pytest.mark.parametrize(("lang", "text", "entity"), STATED)
def test_the_readers_record_in_a_letter_to_one_person(lang: str, text: str, entity: str) -> None:
    found = [m for m in find_special(text, lang) if m.entity == entity]
    assert found, find_special(text, lang)


@pytest.mark.parametrize(("lang", "text", "term"), NOT_THE_READER)
def test_no_reader_evidence(lang: str, text: str, term: str) -> None:
    start = text.index(term)
    found = link_evidence(text, start, start + len(term), lang, load_lexicon(lang))
    assert "addressee" not in found and "before_addressee" not in found, found


def test_the_reader_is_evidence_of_the_terms_sentence() -> None:
    text = ("Beste Leda,\n\nZoals besproken: je hebt vorig jaar een taakstraf gekregen.")
    start = text.index("taakstraf")
    assert "addressee" in link_evidence(text, start, start + 9, "nl", load_lexicon("nl"))
