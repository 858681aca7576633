"""What a document's form says it is, as marker words the learned type model reads.

A table of many rows is an export or a register, a greeting and a closing make a letter, a
Van:/Aan: header an e-mail, many "Label: value" lines a form or a record; "ik" writes about
oneself, "hij" or "de medewerker" about one other person, "medewerkers" or "u" to a group.
The rules weigh topic words; these say what kind of text carries them (learned_type.fields).
"""

from __future__ import annotations

import re

# a row of a table: two or more cell separators on one line
ROW = re.compile(r"^[^\n]*?[;|\t][^\n]*?[;|\t]", re.MULTILINE)
GREETING = re.compile(r"^[^\S\n]*(?:beste|geachte|dear|hi|hoi|hallo|goedemorgen|goedemiddag)\b",
                      re.MULTILINE)
CLOSING = re.compile(r"met vriendelijke groet|vriendelijke groeten|groet(?:en|jes?)?,|"
                     r"hartelijke groet|kind regards|best regards|regards,|sincerely|"
                     r"yours faithfully|hoogachtend")
HEADER = re.compile(r"^[^\S\n]*(?:van|aan|from|to|cc|verzonden|sent|onderwerp|subject)[^\S\n]*:",
                    re.MULTILINE)
FIELD = re.compile(r"^[^\S\n]*[a-zà-ÿ][a-zà-ÿ /()-]{1,30}:[^\S\n]*\S", re.MULTILINE)
DATE = re.compile(r"\b\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)?\d\d\b")
FIRST = re.compile(r"(?<![\w/])(?:ik|mijn|mij|i|my|me)(?![\w/])")
THIRD = re.compile(r"(?<![\w/])(?:hij|zij|hem|haar|he|she|him|her|his)(?![\w/])")
ONE_OTHER = re.compile(r"(?:de|the|this)\s+(?:medewerker|medewerkster|werknemer|werkneemster|"
                       r"kandidaat|employee|candidate|worker|cliënt|client)\b")
GROUP = re.compile(r"(?<![\w/])(?:medewerkers|werknemers|kandidaten|sollicitanten|wij|we|u|uw|"
                   r"jullie|employees|staff|candidates|applicants|you|your)(?![\w/])")
COUNTED = {"rows": ROW, "fields": FIELD, "dates": DATE, "first": FIRST, "third": THIRD,
           "other": ONE_OTHER, "group": GROUP}
# how many of a kind make the form: a count is said in steps, not as a number
STEPS = ((20, "lots"), (8, "many"), (3, "few"), (1, "one"))
# a marker word is no word of any text ("greeting", "email" are): the model tells them apart
MARK = "zz"


def structure(text: str) -> str:
    """Marker words for the form of a lower-cased text, one per kind ("zzrowsmany": a table
    of 8 to 19 rows; the model's tokens split at '_', so none is used).

    >>> structure("beste anna,\\n\\nik ben ziek.\\n\\nmet vriendelijke groet,\\njan")
    'zzgreeting zzclosing zzfirstone'
    """
    words = [w for w, found in (("greeting", GREETING.search(text) is not None),
                                ("closing", CLOSING.search(text) is not None),
                                ("email", len(HEADER.findall(text[:2000])) >= 2)) if found]
    words += [f"{name}{step}" for name, regex in COUNTED.items()
              if (step := _step(len(regex.findall(text))))]
    return " ".join(MARK + w for w in words)


def _step(n: int) -> str:
    return next((word for least, word in STEPS if n >= least), "")
