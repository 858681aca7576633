"""PHONE_NUMBER abroad: a national number, written without its country code, of a country
the text names ("tel. 014 40 86 11" in a letter from België; "Tel 0191 203 1200" in an NHS
letter; "my number is the German one, 01512 3348790").

The Dutch plan reads every number that opens with one 0 first (SPEC: +31); only a number it
cannot read at all is tried in the plans of the countries the text names (its name, an
adjective, a register only its papers write: data/phone_regions.toml; its country code;
its top-level domain in an address), most named first, by python-phonenumbers' own region
parsing: https://github.com/daviddrysdale/python-phonenumbers
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

import phonenumbers
import regex

from detectors.context import _load

# A national number: one trunk 0 (a bracketed area code too), never an international prefix.
_NATIONAL = regex.compile(r"\(?0[1-9]")


@lru_cache(maxsize=1)
def _cues() -> tuple[regex.Pattern[str], dict[str, str]]:
    """One pattern of every cue word, code and domain, and the region each names: a word
    whole; a country code whole or glued to its number ("+3214408611": the codes are a
    prefix code); a top-level domain at a domain's end, in lower case ("jan@firma.de",
    "www.firma.be/contact"; not "doc.It is")."""
    region_of: dict[str, str] = {}
    words: list[str] = []
    codes: list[str] = []
    domains: list[str] = []
    for region, cues in _load("phone_regions.toml")["regions"].items():
        code = phonenumbers.country_code_for_region(region)
        tld = _TLD.get(region, region.lower())
        words += cues
        codes += [f"+{code}", f"00{code}"]
        domains.append(f".{tld}")
        region_of.update({c.lower(): region for c in [*cues, f"+{code}", f"00{code}", f".{tld}"]})

    def alternation(cues: list[str]) -> str:
        return "|".join(regex.escape(c) for c in sorted(set(cues), key=len, reverse=True))

    return regex.compile(
        rf"(?<![\w+.])(?:{alternation(words)})(?!\w)|(?<![\w+.])(?:{alternation(codes)})"
        rf"|(?<=\w\w)(?-i:{alternation(domains)})(?![\w-]|\.\w)",
        regex.IGNORECASE), region_of


# A region whose top-level domain is not its code in lower case.
_TLD = {"GB": "uk"}


@lru_cache(maxsize=4)  # one text's numbers ask for its regions in turn
def regions_named(text: str) -> tuple[str, ...]:
    """The regions ``text`` names, most often named first.

    >>> regions_named("Rijksregisternummer ... België, tel. 014 ..."), regions_named("Utrecht")
    (('BE',), ())
    """
    pattern, region_of = _cues()
    counts = Counter(region_of[m.group().lower()] for m in pattern.finditer(text))
    return tuple(r for r, _ in counts.most_common())


def national_e164(value: str, region: str) -> str | None:
    """The E.164 form of ``value`` read as a national number of ``region``, else None.

    >>> national_e164("014 40 86 11", "BE")
    '+3214408611'
    """
    read = national_abroad(value, (region,))
    return None if read is None else read[0]


@lru_cache(maxsize=1024)
def national_abroad(value: str, regions: tuple[str, ...]) -> tuple[str, str] | None:
    """(E.164, region) of ``value`` read as a national number of the first of ``regions``
    whose plan holds it in an allocated range, else None.

    >>> national_abroad("014 40 86 11", ("DE", "BE"))
    ('+3214408611', 'BE')
    >>> national_abroad("06-12345678", ("BE",)) is None, national_abroad("+32 14 40 86 11", ("BE",))
    (True, None)
    """
    if not _NATIONAL.match(value):
        return None
    for region in regions:
        try:
            number = phonenumbers.parse(value, region)
        except phonenumbers.NumberParseException:
            continue
        if (number.country_code == phonenumbers.country_code_for_region(region)
                and phonenumbers.is_valid_number_for_region(number, region)):
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164), region
    return None
