"""A surname in brackets after a first name: "Sven (Kuiper)", "Oleksandr (Bondarenko)"; and
the name a person goes by in brackets after their name: "Szabó László ("Laci")",
"Shevchenko, Iryna (pref. name: Ira)", "Kristina (wij zeggen Krisi)".

Handovers and call notes name a colleague by first name and add the surname in brackets to
say which one. The first name must be a gazetteer first name; the bracketed word (or two)
must look like a surname: name-shaped, a gazetteer surname or no common word or compound
("Sanne (Flexwerk)" names her firm), no organisation word, acronym, brand ("Mark
(Heineken)"), town or first name ("Jan (Piet)"; "A. (Anna) de Vries" is person_forms' call
name), and no chat speaker's tag before a colon. Both words are the person's.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from detectors.context import Evidence, scores
from detectors.person_names import (
    common_words,
    countries,
    countries_one,
    first_names,
    is_name_shaped,
    is_org_word,
    languages,
    last_names,
    person_words,
)
from detectors.person_places import area_towns, regions
from detectors.person_prose import NO_NAME_KINDS, word_evidence
from detectors.person_repeats import nationalities

# (stop 73) and an Arabic surname's article, spaced or hyphened: "Ahmad (Al-Rashid)", "Samir
# (El Haddouchi)"
_PARTICLES = r"(?:van|de|der|den|ter|ten|te|'t|’t|v\.d\.|v\.|[AaEe]l)"
# (stop 56) the surname with its particles and a note after a comma: "Pauline (van
# Wijngaarden)", "Hasan (Demir, wnr 30187)", "Rob (v.d. Linden, teamleider)"
_BRACKETED = regex.compile(
    rf"(?<![\w'’.\-])(\p{{Lu}}\p{{Ll}}+)[ ]\(((?:{_PARTICLES}[ ])*"
    r"\p{Lu}[\p{Ll}'’]+(?:[ \-]\p{Lu}[\p{Ll}'’]+)?)(?:\)|,[ ][^()\n:]{1,40}\))"
    r"(?![ \t]*:|[ \t]+\d{1,2}:\d{2})")
# (not a chat's speaker and their firm: "Sanne (Flexwerk): ...", "Daan (Flexlab) 08:11")
_PARTICLE = regex.compile(_PARTICLES)


def names(text: str) -> Iterator[tuple[int, int, Evidence]]:
    """(start, end, evidence) of the first name and the bracketed surname of each pair."""
    if " (" not in text:
        return
    ev = Evidence(scores("PERSON").extra["full"], "first name and surname in brackets")
    for m in _BRACKETED.finditer(text):
        words = regex.split(r"[ \-]", m.group(2))
        # after a particle a first name, a town or a common word is the surname: "de Wit",
        # "van Houten", "de Kok"
        particled = _PARTICLE.fullmatch(words[0]) is not None
        # (stop 74) not a country that is a first name too: "France (Rungis)", a country and
        # its town
        if m.group(1) not in first_names() or m.group(1) in countries_one() or not all(
                _surname(w) or (particled and w.lower() not in nationalities()
                                and not is_org_word(w))
                for w in words if not _PARTICLE.fullmatch(w)):
            continue
        yield m.start(1), m.end(1), ev
        yield m.start(2), m.end(2), ev


def _surname(word: str) -> bool:
    lower = word.lower()
    if lower in nationalities() or lower in languages():
        return False  # "Szabó Réka (Hongaars, achternaam eerst)": a note on the name; "Tolk:
        # Kiflom (Tigrinya)": the language he interprets
    return (is_name_shaped(word) and word not in first_names() and not is_org_word(word)
            and lower not in person_words()["acronyms"] and word not in area_towns()
            and word not in regions()
            and lower not in person_words()["eponymous_brands"]
            and (word in last_names() or (lower not in common_words() and word_evidence(
                word)[1] not in NO_NAME_KINDS)))


# The name a person goes by, in brackets right after their name: quoted, or after a cue
# ("roepnaam", "pref. name", "known as", "wij zeggen", "aka").
_CALL = regex.compile(
    r"[ \t]*\((?P<cue>(?i:roepnaam|bijnaam|pref(?:erred)?\.?[ ]name|known[ ]as|called|a\.?k\.?a\.?"
    r"|nickname|(?:wij[ ]|we[ ])?(?:zeggen|noemen|say|call[ ](?:her|him))|zegt)[ \t]*:?[ \t]*)?"
    r"(?P<q>[\"'“‘]?)(?P<n>\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)?)(?P=q)[ \t]*\)")


_OPENS_WITH_INITIAL = regex.compile(r"\p{Lu}\.[ ]?\p{Lu}")  # "R. Baldewsingh"


def called(text: str, spans: list[tuple[int, int]]) -> Iterator[tuple[int, int, Evidence]]:
    """(start, end, evidence) of the call name in brackets right after a name found
    (``spans``): the same person's, and a word that is no common one (a note in brackets,
    "(Nederland)", "(Planning)", is no name)."""
    if " (" not in text:
        return
    ev = Evidence(scores("PERSON").extra["full"], "call name after a name")
    for start, end in spans:
        m = _CALL.match(text, end)
        if m is None:
            continue
        word = m.group("n")
        # the first name an initial stands for: "R. Baldewsingh (Rachna)", "B. Kuipers (Bien)"
        spelled = _OPENS_WITH_INITIAL.match(text, start) is not None and text[start] == word[0]
        if not (m.group("q") or m.group("cue") or spelled) and word not in first_names():
            continue  # a bare word in brackets only as a first name: "(Planning)", "(Zwolle)"
        if is_org_word(word) or word in area_towns() or word.lower() in countries() or (
                word.lower() in common_words() and word not in first_names()):
            continue
        yield m.start("n"), m.end("n"), ev


# (stop 57) A name one goes by, quoted after a cue that says so, anywhere: "(bij iedereen
# bekend als "GJ" of gewoon "Visser")", 'known to all as "Abu Sami"', "bijnaam 'Kiki'"; not
# "ook wel" ('het project, ook wel "Veilig Werken"')
# (stop 61) and an aside in brackets right after a capitalised word that opens on "or", "of",
# "alias", "aka" before the quoted name ('Roel Jansen (of "Roeltje", zoals iedereen hem
# noemt)', 'Bas Visser (alias "Baske")'; not 'het project (of "Veilig Werken")')
_NICKNAMED = regex.compile(
    r"(?i:bekend[ ]als|known[ ](?:to[ ]\w+[ ])?as|bijnaam|nickname|roepnaam|noemen[ ]we[ ](?:hem|haar)"
    r"|we[ ]call[ ](?:him|her)|(?<=\p{Lu}[\p{L}'’\-]+[ ])\([ ]?(?:or|of|alias|aka|a\.k\.a\.))"
    r"[ ]+[\"“'‘]"
    r"(\p{Lu}[\p{L}\-]{0,15}(?:[ ]\p{Lu}[\p{L}\-]{1,15})?)[\"”'’]")


_CALLED_UNQUOTED = regex.compile(
    r"(?i:noemt|noemen|noemde|noemden)(?:[ ](?i:ze|we|wij|zij|jullie|iedereen))?[ ](?i:hem|haar)"
    r"(?:[ ](?i:gewoon|altijd|meestal))?[ ](\p{Lu}\p{Ll}+)(?:[ ](\p{Lu}\p{Ll}+))?")
# (not English "calls him": a phone call as often, "call him Monday")
# the cues' first words as plain text: a case-blind scan of 100 KB for the pattern's
# alternation took 2.8 ms, str.find on the text in lower case a tenth of that
_NICK_CUES = ("bekend als", "known", "bijnaam", "nickname", "roepnaam", "noemen we", "we call",
              "(or ", "(of ", "( or ", "( of ", "alias", "aka", "a.k.a.", "noemt ",
              "noemen ", "noemde ")


def nicknamed(text: str) -> Iterator[tuple[int, int, Evidence]]:
    """(start, end, evidence) of each quoted name after a cue that it is what someone is
    called, or an unquoted one after a verb of calling and its person; no organisation
    word."""
    quoted = '"' in text or "“" in text or "'" in text or "‘" in text
    low = text.lower()
    if not any(cue in low for cue in _NICK_CUES):
        return  # (most texts)
    ev = Evidence(scores("PERSON").extra["full"], "a name one is known by")
    for m in _NICKNAMED.finditer(text) if quoted else ():
        word = m.group(1)
        if not any(is_org_word(w) or w.lower() in common_words() for w in word.split()):
            yield m.start(1), m.end(1), ev
    # (stop 76) unquoted after a Dutch verb of calling with its person ("iedereen noemt hem
    # Pietje Plank"): its first word, no common word or a first name;
    # the second too where it is no common word
    for m in _CALLED_UNQUOTED.finditer(text):
        first, second = m.group(1), m.group(2)
        if is_org_word(first) or (first.lower() in common_words() and first not in first_names()):
            continue
        end = m.end(2) if second and second.lower() not in common_words() else m.end(1)
        yield m.start(1), end, ev

