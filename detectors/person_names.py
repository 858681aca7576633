"""The word lists PERSON decides with: gazetteer names, common words, titles and org words.

Names: data/names/first_names.txt and last_names.txt, built from names-dataset by
data/make_names.py (https://github.com/philipperemy/name-dataset). Common words:
data/names/common_words.txt, built from pyspellchecker's Dutch and English frequency lists
by the same script (https://github.com/barrust/pyspellchecker). Titles, greetings, closings
and organisation words: data/person.toml. Loaded once per process (a few MB).
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from functools import cache, lru_cache
from pathlib import Path

from detectors.context import DataFileError
from detectors.stop_words import stop_words

DATA = Path(__file__).resolve().parent / "data"
NAMES = DATA / "names"
_WORD_KEYS = (
    "small_words",
    "regions",
    "field_suffixes",
    "street_abbreviations",
    "firm_fields",
    "heading_titles",
    "caps_not_titles",
    "name_nouns",
    "branch_roles",
    "name_heads",
    "chat_days",
    "handle_endings",
    "commerce_words",
    "informal_greetings",
    "thanks_openers",
    "informal_closings",
    "speaker_roles",
    "place_columns",
    "role_columns",
    "town_columns",
    "town_aliases",
    "party_roles",
    "writer_cues",
    "paraph_labels",
    "titles",
    "offices",
    "greetings",
    "greeting_names",
    "closings",
    "org_suffixes",
    "surname_suffixes",
    "toponym_heads",
    "addresses",
    "surname_field_labels",
    "language_verbs",
    "org_after",
    "org_before",
    "org_before_suffixes",
    "nationality_nouns",
    "organisations",
    "namesakes",
    "acronyms",
    "institution_acronyms",
    "role_acronyms",
    "vocative_openers",
    "characters",
    "body_acronyms",
    "relations",
    "verbs",
    "place_before",
    "employer_before",
    "firm_before",
    "degrees",
    "firm_after",
    "name_fields",
    "initials_fields",
    "account_fields",
    "label_asides",
    "initials_before",
    "attendance_labels",
    "meeting_roles",
    "office_seats",
    "office_seat_suffixes",
    "predicates",
    "institution_nouns",
    "occupations",
    "s_form_words",
    "eponymous_brands",
    "homograph_first_names",
    "homograph_openers",
    "trade_after",
    "quoted_thing_nouns",
    "named_thing_nouns",
    "quoted_thing_after",
    "street_suffixes",
    "vessel_prefixes",
    "feast_possessives",
    "extra_languages",
)


def read_names(name: str) -> frozenset[str]:
    """The entries of data/names/``name``, one a line, without blank and comment lines."""
    lines = (NAMES / name).read_text(encoding="utf-8").splitlines()
    return frozenset(s.strip() for s in lines if s.strip() and not s.startswith("#"))


@cache
def excluded() -> frozenset[str]:
    """Lower-case words that are never part of a name: hand-kept headings, stop words and
    greetings."""
    # "Hallo Bram": a greeting, not a first name; but "Lieve" is a Flemish first name too,
    # a greeting only at a line's start before a first name (person._greeted)
    words = person_words()
    greetings = words["greetings"] - words["greeting_names"]
    return hand_kept() | stop_words("nl") | stop_words("en") | greetings


@cache
def hand_kept() -> frozenset[str]:
    """The hand-kept words that are never names, lower case: headings and words that open
    sentences (not_names.txt), products (products.txt)."""
    return frozenset(w.lower() for w in read_names("not_names.txt") | read_names("products.txt"))


@cache
def headed_surnames() -> frozenset[str]:
    """Surnames of the gazetteer's source lists that the hand list (not_names.txt) keeps out
    of names, as they open headings and sentences ("Winter", "Zomer", "Bank"); stop words
    apart."""
    stops = stop_words("nl") | stop_words("en")
    # (the surname file read once: read per word it cost 0.55 s at a worker's first name)
    return (read_names("not_names.txt") & read_names("last_names.txt")) - {
        w for w in read_names("not_names.txt") if w.lower() in stops}


@cache
def honorifics() -> frozenset[str]:
    """Forms of address among the titles, lower case ("mevrouw", "dhr.", "mr", "prof."): not
    an office or a predicate of nobility."""
    words = person_words()
    return words["titles"] - words["offices"] - words["predicates"]


@cache
def organisation_prefixes() -> tuple[str, ...]:
    """Each name on person.toml ``organisations`` and a space: a longer run that opens with
    one is that firm's ("Albert Heijn Hoograven", "Jan Linders Venray")."""
    return tuple(sorted(f + " " for f in person_words()["organisations"]))


def listed_firm(words: str) -> bool:
    """The words, lower case, are a listed firm's name or open with it."""
    return words in person_words()["organisations"] or words.startswith(organisation_prefixes())


@cache
def listed_names() -> frozenset[str]:
    """The gazetteer's first names and surnames that first_names() and last_names() leave
    out as stop words, headings or greetings ("Anders"); every other name of the files is
    in those two."""
    stops = excluded()
    return frozenset(n for n in read_names("first_names.txt") | read_names("last_names.txt")
                     if n.lower() in stops)


@lru_cache(maxsize=16384)
def unaccented(word: str) -> str:
    """The word without its accents, its case kept ("Nicolăescu" -> "Nicolaescu"); the
    letters NFKD leaves whole as their base ("Đặng" -> "Dang", "Łukasz" -> "Lukasz")."""
    if word.isascii():
        return word
    return "".join(c for c in unicodedata.normalize("NFKD", word.translate(_STROKED))
                   if not unicodedata.combining(c))


# (stop 73) letters with a stroke or a bar, which NFKD does not decompose
_STROKED = str.maketrans("ĐđŁłØøĦħŦŧƗɨ", "DdLlOoHhTtIi")


@cache
def first_names() -> frozenset[str]:
    """Gazetteer first names (title case), without stop words, section headings and forms
    of address (the source lists "Mr", "Mevr", "Pan": "Mr and Mrs Adeyemi" is no first name
    and a name); the Tigrinya and Amharic names by hand (data/names/horn_names.txt) too."""
    out = excluded() | honorifics()
    return frozenset(n for n in read_names("first_names.txt") | read_names("horn_names.txt")
                     if n.lower() not in out)


@cache
def last_names() -> frozenset[str]:
    """Gazetteer surnames (title case), without stop words and section headings; the
    Tigrinya and Amharic names (a father's given name is the child's second name) too."""
    return frozenset(n for n in read_names("last_names.txt") | read_names("horn_names.txt")
                     if n.lower() not in excluded())


@cache
def common_words() -> frozenset[str]:
    """Lower-case frequent Dutch and English words: a capitalised word that is one of these
    and not in the gazetteer is a heading or a sentence start, not an unknown surname."""
    return read_names("common_words.txt")


@cache
def person_words() -> dict[str, frozenset[str]]:
    """The word lists of data/person.toml, lower case; raises DataFileError naming the key."""
    path = DATA / "person.toml"
    try:
        table = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as e:
        raise DataFileError(f"{path}: {e}") from e
    missing = [k for k in _WORD_KEYS if not isinstance(table.get(k), list)]
    if missing:
        raise DataFileError(f"{path}: lacks list(s) {missing}")
    words = {k: frozenset(w.lower() for w in table[k]) for k in _WORD_KEYS}
    words["acronyms"] |= words["institution_acronyms"]
    words["greetings"] |= words["informal_greetings"]
    words["closings"] |= words["informal_closings"]
    # (an office and a predicate of nobility are titles; `offices` says which are offices)
    words["titles"] |= words["offices"] | words["predicates"]
    # (person_shape._opens_code skips a word that two capitals and a digit open only while
    # no title holds a digit: read here, with the titles it depends on)
    words["titles_with_digits"] = frozenset(t for t in words["titles"]
                                            if any(c in "0123456789" for c in t))
    return words


def listed_name(word: str) -> bool:
    """A listed first name or surname, read title-cased ("yvonne" as "Yvonne"), that is no
    common word as written: a name a finding's explanation or term must never show.

    >>> listed_name("yvonne"), listed_name("werk")
    (True, False)
    """
    return is_known(word.title()) and word not in common_words()


def is_known(word: str) -> bool:
    """True for a gazetteer first name or surname, accents aside (is_first_name,
    is_last_name).

    >>> is_known("Jansen"), is_known("Sanne"), is_known("Werkervaring"), is_known("Nicolăescu")
    (True, True, False, True)
    """
    return is_first_name(word) or is_last_name(word)


def is_first_name(word: str) -> bool:
    """A gazetteer first name, or one written with accents its source lists without them
    ("Seán" as "Sean"). The name lists stay plain sets: a lookup there is C's, and most
    words are ASCII; the accents are set aside only for the rest, where a name's evidence
    is read (no word of common_words.txt folds onto a name)."""
    return word in first_names() or (not word.isascii() and unaccented(word) in first_names())


def is_last_name(word: str) -> bool:
    """A gazetteer surname, accents aside ("Nicolăescu" as "Nicolaescu")."""
    return word in last_names() or (not word.isascii() and unaccented(word) in last_names())


@lru_cache(maxsize=16384)
def is_name_shaped(word: str) -> bool:
    """True for a capitalised word that may be a name: known, or neither a stop word nor a
    common word ("Boukhari" yes, "Werkervaring" no).

    >>> is_name_shaped("Boukhari"), is_name_shaped("Werkervaring"), is_name_shaped("Bakker")
    (True, False, True)
    """
    lower = word.lower()
    if lower in excluded():
        return False
    return is_known(word) or (lower not in common_words() and not _glued_words(word))


_CAMEL = re.compile(r"[A-Z][a-z]+")


def _glued_words(word: str) -> bool:
    """True for common words glued with a capital each ("HorecaFlex", "WerkNet",
    "LinkedIn"): an app's, a brand's or a firm's name, not a person's.

    >>> _glued_words("UitzendPlus"), _glued_words("McKenzie"), _glued_words("Jansen")
    (True, False, False)
    """
    parts = _CAMEL.findall(word)
    # (a name head opens a glued name: "McKenzie", "VanDijk", "TenHag", "OudeGroen")
    if len(parts) < 2 or "".join(parts) != word or parts[0].lower() in person_words()["name_heads"]:
        return False
    if all(p in last_names() for p in parts):
        return False  # surnames glued: "BergKamp"
    return all(p.lower() in common_words() for p in parts)


@lru_cache(maxsize=16384)
def is_org_word(word: str) -> bool:
    """True for a name part that names a place or organisation ("Galenstraat", "Schaepmanschool").

    >>> is_org_word("Galenstraat"), is_org_word("Jansen")
    (True, False)
    """
    lower = word.lower()
    if not lower.endswith(_org_suffixes()):  # (one C call: most words end in none)
        return False
    suffixes = person_words()["org_suffixes"]
    # (two letters before the suffix at least: "thuis", "slaan" are words, no "-huis", "-laan")
    return not surname_listed(word) and any(lower.endswith(s) and len(lower) >= len(s) + 2
                                            for s in suffixes)


def surname_listed(word: str) -> bool:
    """True for a gazetteer name, or a surname that ends as a building's, a road's or a
    trade's name does, deeper in the surname lists ("Veenhuis", "Stegehuis": no evidence of
    a name by itself, but no organisation word either)."""
    return is_known(word) or word in suffixed_surnames()


@cache
def suffixed_surnames() -> frozenset[str]:
    return read_names("suffixed_surnames.txt")


@cache
def _org_suffixes() -> tuple[str, ...]:
    return tuple(sorted(person_words()["org_suffixes"]))


@lru_cache(maxsize=16384)
def fold(word: str) -> str:
    """A word without accents, in lower case: "Škoda" and "Skoda" are one make, "Çelik" and
    "Celik" one surname (once per distinct word: a document repeats its names)."""
    return unaccented(word).lower()


@cache
def alone_first_names() -> frozenset[str]:
    """Gazetteer first names that are no common word: alone in a sentence, still a name."""
    return frozenset(n for n in first_names() if n.lower() not in common_words())


@lru_cache(maxsize=16384)
def is_seat(word: str) -> bool:
    """True for what an office or a role is held for rather than a surname: a department or
    place (data/person.toml ``office_seats`` and its suffixes), an organisation's word, a
    country (the Netherlands' own names too: "kandidaat Nederland"), a common word that is
    no surname ("trainer Noord", "consul Marokko", "coach Logistiek")."""
    lower = word.lower()
    words = person_words()
    if lower in words["office_seats"] or lower.endswith(tuple(words["office_seat_suffixes"])):
        return True
    if is_org_word(word) or lower in countries():
        return True
    return lower in common_words() and word not in last_names()


@cache
def languages() -> frozenset[str]:
    """The names of the ISO 639-1 languages in English and Dutch (pycountry), lower case:
    "Tigrinya", "Amhaars", "Pools" ("Tolk: Kiflom (Tigrinya)" names his language)."""
    import gettext

    import pycountry

    nl = gettext.translation("iso639-3", pycountry.LOCALES_DIR, languages=["nl"], fallback=True)
    names = {n for lang in pycountry.languages if hasattr(lang, "alpha_2")
             for n in (lang.name, nl.gettext(lang.name))}
    # ("Malay (macrolanguage)", "Tonga (Tonga Islands)"; "Dutch; Flemish")
    return frozenset(part.split(" (")[0].strip().lower() for n in names
                     for part in n.split(";") if part.strip()) | person_words()["extra_languages"]


@cache
def countries_one() -> frozenset[str]:
    """The countries of one word as written, those that are a first name too among them
    ("Kenya", "Georgia", "France"; pycountry's names, English and Dutch): places where the
    text writes them as one (person_places), a common word's first name in prose."""
    from detectors.doc_abroad import all_country_names

    return frozenset(n.title() for n in all_country_names() if n.isalpha())


@cache
def countries() -> frozenset[str]:
    """Country names, English and Dutch (pycountry), lower case: the Netherlands' too."""
    from detectors.doc_abroad import _country_names, _words

    return frozenset(_country_names()) | frozenset(_words()["dutch"])
