"""The detectors' fast paths give what the slow ones give: the plain-int 11-check and mod-97
before python-stdnum, the ASCII compact form, plain Dutch phone numbers without parse(), the
date anchor, the label tries."""

from __future__ import annotations

import json
import random
import re
import string
from pathlib import Path

import phonenumbers
from stdnum import iban as std_iban
from stdnum.nl import bsn as std_bsn

from detectors import iban, nl_bsn
from detectors.contact import normalize_phone
from detectors.context import context_words
from detectors.dates import DateOfBirthRecognizer
from detectors.labels import _alternation, context_regex, decoy_regex
from detectors.pattern_scan import _anchored_spans

EVAL = Path(__file__).resolve().parents[1] / "eval" / "data"
SEED = 20261130


def _bsn_like(rng: random.Random) -> str:
    """Nine digits, valid one time in two, written the ways people write them."""
    digits = [rng.randrange(10) for _ in range(8)]
    check = sum((9 - i) * d for i, d in enumerate(digits)) % 11
    last = check if check < 10 and rng.random() < 0.5 else rng.randrange(10)
    s = "".join(map(str, [*digits, last]))
    sep = rng.choice(["", " ", ".", "-", "  ", "\t"])
    return rng.choice([s, s[1:], f"{s[:4]}{sep}{s[4:6]}{sep}{s[6:]}", f" {s} ", s + "x"])


_BBAN = {"NL": (4, 10), "GB": (4, 14), "DE": (0, 18), "BE": (0, 12), "XX": (2, 12)}


def _iban_like(rng: random.Random) -> str:
    """An IBAN of the country's BBAN shape, valid about two times in three, written grouped."""
    country = rng.choice(list(_BBAN))
    letters, digits = _BBAN[country]
    bban = "".join(rng.choice("ABNGIRO") for _ in range(letters)) + "".join(
        rng.choice(string.digits) for _ in range(digits + rng.choice([0, 0, 0, 1, -1])))
    check = std_iban.calc_check_digits(country.upper() + "00" + bban)
    if rng.random() < 0.3:
        check = f"{rng.randrange(100):02d}"
    s = rng.choice([country, country.lower()]) + check + bban
    sep = rng.choice(["", " ", "-", ".", " - "])
    return sep.join(s[i : i + 4] for i in range(0, len(s), 4))


def test_bsn_fast_check_and_compact_agree_with_stdnum() -> None:
    rng = random.Random(SEED)
    values = [_bsn_like(rng) for _ in range(20_000)]
    values += ["".join(rng.choice(string.printable) for _ in range(rng.randint(0, 12)))
               for _ in range(5_000)] + ["111222333", "000000000", "１２３４５６７８２", "1234–56–782",
                                    "1234`56782", "+11222333", "11222333\n"]
    assert sum(map(std_bsn.is_valid, values)) > 1000
    for v in values:
        assert nl_bsn.is_valid(v) == std_bsn.is_valid(v), repr(v)
        assert nl_bsn.compact(v) == std_bsn.compact(v), repr(v)


def test_iban_fast_check_and_compact_agree_with_stdnum() -> None:
    rng = random.Random(SEED)
    values = [_iban_like(rng) for _ in range(20_000)]
    values += ["".join(rng.choice(string.printable) for _ in range(rng.randint(0, 24)))
               for _ in range(5_000)] + ["NL91 ABNA 0417 1643 00", "NL91–ABNA–0417–1643–00", ""]
    assert sum(map(std_iban.is_valid, values)) > 1000
    for v in values:
        assert iban.is_valid(v) == std_iban.is_valid(v), repr(v)
        assert iban.compact(v) == std_iban.compact(v), repr(v)


def _texts() -> list[str]:
    return [json.loads(line)["text"] for f in sorted(EVAL.glob("*.jsonl"))
            for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_date_anchor_finds_what_the_full_scan_finds() -> None:
    r = DateOfBirthRecognizer()
    pattern, anchor = r._compiled[0], r._anchor
    assert anchor is not None
    texts = [*_texts(), "geb. 3 feb. 1990, ２ mrt 1985, February 2, 1990; 1-2-'90 1990-2-3 x1-2-1990",
             ("NL91 ABNA 0417 1643 00; 06-12345678; 19900203, 03021990 111222333 1990/02/03 "
              "123 4567 01 02 1990 2nd of May 1990 1234-5-6 ０３-０２-１９９０ 2024.1.2")]
    found = 0
    for text in texts:
        full = [m.span() for m in pattern.finditer(text)]
        assert _anchored_spans(pattern, anchor, text, 0, len(text)) == full
        found += len(full)
    assert found > 250


def test_label_tries_match_like_flat_alternations() -> None:
    def flat(words: list[str]) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))

    label_words = [w for t in context_words().values() if isinstance(t, dict)
                   for k in ("context", "stems", "decoy", "tails") for w in t.get(k, [])]
    words = sorted({w.lstrip("*") for w in label_words})
    tried, flat_p = re.compile(rf"(?i:{_alternation(words)})"), re.compile(rf"(?i:{flat(words)})")
    text = " ".join(_texts())
    assert [m.span() for m in tried.finditer(text)] == [m.span() for m in flat_p.finditer(text)]
    p = context_regex(["bsn"], ["sofi", "burgerservice", "id", "*naam"])
    assert p is not None
    assert p.findall("BSN/Sofi-nr., Sofia, Burgerservicenr., ID-kaart, Idee") == [
        "BSN", "Sofi-nr.", "Burgerservicenr.", "ID-kaart"]
    d = decoy_regex(["kenmerk"], ["nummer", "nr", "no"])
    assert d is not None
    assert [m.group() for m in d.finditer("Klant-nr., Order no., Casino, Nummer pas")] == [
        "Klant-nr.", "Order no.", "Nummer pas"]


def _parsed(value: str) -> str | None:
    """normalize_phone the long way: phonenumbers.parse, is_valid_number (or a foreign
    number of possible length written with its country code, or a Dutch one of nine
    significant digits outside the allocated ranges), E.164."""
    from detectors.contact import _possible_abroad, _possible_here

    try:
        number = phonenumbers.parse(value, "NL")
    except phonenumbers.NumberParseException:
        return None
    if not (phonenumbers.is_valid_number(number) or _possible_abroad(value, number)
            or _possible_here(number)):
        return None
    return str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164))


def test_plain_dutch_numbers_normalize_as_phonenumbers_parses_them() -> None:
    rng = random.Random(SEED)
    seps = ["", "", " ", "-", ".", "/", " - ", " / ", "  ", "-/", ". "]
    values = []
    for _ in range(20_000):
        digits = "0" + rng.choice("0123456789" if rng.random() < 0.3 else "123456789") + "".join(
            rng.choice(string.digits) for _ in range(rng.choice([7, 8, 8, 8, 9])))
        value = digits[0] + "".join((rng.choice(seps) if rng.random() < 0.3 else "") + d
                                    for d in digits[1:])
        if rng.random() < 0.2:  # the area code in brackets: "(020) 123 4567", "(06)-1234"
            cut = rng.randint(2, 5)
            value = f"({value[:cut]}){rng.choice(['', ' ', '-', '  '])}{value[cut:]}"
        values.append(value + rng.choice(["", "", "", " ", "x", "-"]))
    for _ in range(10_000):  # with the country code: "+31 6 12345678", "0031 (0)20 ..."
        prefix = rng.choice(["+31", "0031", "+31 ", "0031 ", "+31-", "+31 (0)", "+31 0", "+32 ",
                             "+31(0)", "0031 (0)", "+31 (0) ", "+31 (0)-", "+31  (0)", "+31 (1)"])
        digits = rng.choice("0123456789" if rng.random() < 0.2 else "123456789") + "".join(
            rng.choice(string.digits) for _ in range(rng.choice([7, 8, 8, 8, 9])))
        values.append(prefix + "".join((rng.choice(seps) if rng.random() < 0.3 else "") + d
                                       for d in digits) + rng.choice(["", "", " ", "x"]))
    values += ["+31 6 12345678", "0031 20 123 4567", "(020) 123 4567", "06-12345678 ext 12",
               "(0)20 123 4567", "(020)(123) 4567", "+31 (0)(6) 12345678", "(00) 12345678"]
    assert sum(_parsed(v) is not None for v in values) > 8000
    for v in values:
        assert normalize_phone.__wrapped__(v) == _parsed(v), repr(v)


def test_validity_tables_agree_with_is_valid_number() -> None:
    """Dutch numbers, and those of every country code: a code of one region by its table,
    a shared one (+1, +7, +44) and a non-geographic one (+800) by phonenumbers."""
    from detectors.contact import _is_valid, _valid_table

    rng = random.Random(SEED)
    numbers = [(31, int(rng.choice("123456789") + "".join(rng.choice(string.digits)
                                                       for _ in range(rng.randint(3, 12)))))
               for _ in range(30_000)]
    numbers += [(31, n) for n in (612345678, 201234567, 8001234, 9001234567, 970123456789)]
    codes = sorted(phonenumbers.COUNTRY_CODE_TO_REGION_CODE)
    numbers += [(rng.choice(codes), int(rng.choice("123456789") + "".join(
        rng.choice(string.digits) for _ in range(rng.randint(3, 12))))) for _ in range(30_000)]
    for region in phonenumbers.SUPPORTED_REGIONS:  # each type's example, and one digit off
        for kind in range(12):
            example = phonenumbers.example_number_for_type(region, kind)
            if example is not None:
                numbers += [(example.country_code, example.national_number + d) for d in (0, 1)]
    assert _valid_table(31) is not None and _valid_table(1) is None
    assert _valid_table(800) is None and _valid_table(34) is not None
    valid = 0
    for code, n in numbers:
        for zero in (False, True):  # Italy's leading zero is part of the number
            number = phonenumbers.PhoneNumber(country_code=code, national_number=n,
                                              italian_leading_zero=zero or None)
            expected = phonenumbers.is_valid_number(number)
            assert _is_valid(number) == expected, (code, n, zero)
            valid += expected
    assert valid > 4000


_FORMS = ["Jansen, P.", "Berg, J.Th. van den", "van der Berg, J. de", "Öztürk-Bakker, A.B.",
          "Jansen, Pieter", "EL AMRANI, Yasmina", "A. (Anna) de Vries", "dhr. J.Th. (Johan) Mulder",
          "Sanne (Sas) Bakker-de Wit", "Tjon-A-Fat, Anna Maria", "d'Ancona, M.", "Ölmez, Ayşe",
          "O'Brien, Chr.", "de Boer , J.", "(Anna)", "Jansen,P.", "x@voorbeeld.nl, tel. 06",
          "werk, ervaring", "Bakker, Sanne Eva Joy Lotte", "1990, Amsterdam", "Mr. (X) Y",
          "Smit J.-P.", "De Vries A.B. en", "Yilmaz  A.", "Bakker B.V.", "Smith J. R.", "en",
          # a sentence's last short word, capitals and letters around the initials' cue
          "de bus in.", "Smit ab. Cd.", "Özdemir Ç.", "JANSEN A.", "Jansen 3.", "Jansen a.B.",
          # lists and capitals before an in-cell comma
          "Python, SQL, Excel", "ICT, Jansen", "SQL, Excel", "EL-AMRANI NL, Ali",
          "d'Ancona, Maria", "ÖZTÜRK, Ayşe", "Jansen, de Vries", "Bakker, l'Or"]
_GLUE = [" ", ", ", "; ", "\t", "\n", " | ", "|", "(", ") ", "\n\n", ",", "  ", "\r\n"]


def test_person_forms_scan_only_the_lines_their_cues_allow() -> None:
    from detectors import person_forms as pf

    rng = random.Random(SEED)
    texts = ["".join(rng.choice(_FORMS) + rng.choice(_GLUE) for _ in range(rng.randint(1, 12)))
             for _ in range(3_000)] + _texts()
    inverted, in_cell, called, first = pf._patterns()
    found = 0
    for text in texts:
        for pattern, cue in ((inverted, pf._INVERTED_CUE), (in_cell, pf._CELL_CUE),
                             (called, pf._CALLED_CUE), (first, pf._FIRST_CUE)):
            full = [m.span() for m in pattern.finditer(text)]
            assert [m.span() for m in pf._matches(pattern, text, cue)] == full, repr(text)
            found += len(full)
    assert found > 3000


def test_number_recognizers_find_nothing_in_text_without_digits() -> None:
    """What NEEDS_DIGIT skips: each marked recognizer, run in full on digit-free text."""
    from detectors.base import ContextRecognizer
    from detectors.registry import RECOGNIZERS

    marked = [r("nl") for r in RECOGNIZERS
              if issubclass(r, ContextRecognizer) and r.NEEDS_DIGIT]  # type: ignore[arg-type]
    assert len(marked) == 8
    digits = re.compile(r"\d")
    rng = random.Random(SEED)
    texts = [digits.sub(lambda _: rng.choice("oOlI ,.-/"), t) for t in _texts()]
    texts += ["BSN: ; IBAN: NL AB ; geb. ; tel. + ; paspoort NX ; KvK ; NL B"]
    for r in marked:
        type(r).NEEDS_DIGIT = False
        try:
            assert [t for t in texts if r.analyze(t, [])] == [], type(r).__name__
        finally:
            type(r).NEEDS_DIGIT = True


def _window_patterns() -> dict[str, object]:
    """Every pattern searched backwards from a name or a date (regex.REVERSE)."""
    from detectors import person, person_lists, person_prose, person_repeats, person_shape

    return {
        "person._BEFORE": person._BEFORE, "person._AMP_BEFORE": person._AMP_BEFORE,
        "person._LOWER_WORD_BEFORE": person._LOWER_WORD_BEFORE,
        "person._AND_BEFORE": person._AND_BEFORE,
        "repeats._PARTICLE_BEFORE": person_repeats._PARTICLE_BEFORE,
        "prose._CAP_BESIDE_BEFORE": person_prose._CAP_BESIDE_BEFORE,
        "lists._WORD_SEP_BEFORE": person_lists._WORD_SEP_BEFORE,
        "shape.leading": person_shape._patterns()[1], "shape._GREETING": person_shape._GREETING,
    }


_WINDOW_WORDS = ["de", "heer", "van", "der", "Van", "mevr.", "dhr.", "en", "and", "Jan", "Jansen",
                 "JAN", "O'Brien", "d'Ancona", "bij", "te", "&", ",", ";", "-", ".", "(", "'", "’",
                 "\n", "\t", "12", "é", "Özdemir", "planner", "Zn", "ter", "'t", ":", "|"]


def test_window_patterns_searched_from_the_end_find_what_a_forward_search_finds() -> None:
    """A pattern anchored by "$" at a window's end is searched from the end (one attempt
    instead of one per position): the same span and groups as the forward search."""
    import regex

    rng = random.Random(SEED)
    texts = ["".join(rng.choice(_WINDOW_WORDS) + rng.choice(["", " ", ", ", " en ", "  ", " & "])
                     for _ in range(rng.randint(0, 14))) for _ in range(4_000)]
    for name, pattern in _window_patterns().items():
        assert pattern.flags & regex.REVERSE, name  # type: ignore[attr-defined]
        forward = regex.compile(pattern.pattern, pattern.flags & ~regex.REVERSE)  # type: ignore[attr-defined]
        found = 0
        for text in texts:
            hi = rng.randint(0, len(text))
            lo = max(0, hi - rng.choice([12, 25, 40, 60]))
            a, b = forward.search(text, lo, hi), pattern.search(text, lo, hi)  # type: ignore[attr-defined]
            assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), (name, text)
            found += a is not None
        assert found > 20, name  # (each pattern matched: the comparison saw matches)


def test_repeated_name_parts_are_found_where_every_capitalised_word_finds_them() -> None:
    """person_repeats._part_words (the parts found in the lower-cased text, a word matched only
    there) gives the capitalised words whose lower case is a part, as matching every
    capitalised word does; with letters whose lower case is longer or depends on context."""
    from detectors.person_repeats import _CAP_WORD, _is_possessive, _part_words, _without_apostrophe

    rng = random.Random(SEED)
    words = ["Jan", "Jansen", "jansen", "JANSEN", "O'Brien", "d'Ancona", "McDonald", "Bakker",
             "Jansen-Bakker", "İlker", "ΟΔΥΣΣΕΑΣ", "Σofia", "Özdemir", "De", "Vries", "van",
             "Jansens", "Jansen's", "Bakkers", "s", "'s", "Jansens rooster", "Bakker's dossier",
             "Jans en", " rooster"]  # (and possessives, a noun after them or not)
    parts = frozenset(["jan", "jansen", "o'brien", "d'ancona", "mcdonald", "bakker", "i̇lker",
                       "σofia", "özdemir", "vries", "de vries", "an", "akker"])
    texts = ["".join(rng.choice([*words, " ", " ", ".", "-", "x", "1", "\n", "'"])
                     for _ in range(rng.randint(1, 25))) for _ in range(3_000)]
    found = 0
    for text in texts:
        full = [_without_apostrophe(text, m) for m in _CAP_WORD.finditer(text)
                if m.group().lower() in parts or _is_possessive(text, m, parts)]
        assert _part_words(text, parts) == full, repr(text)
        found += len(full)
    assert found > 500


def test_lower_case_repeats_stand_where_a_whole_word_pattern_finds_them() -> None:
    """person_lower.repeat_starts for many parts (one keyword-automaton pass, each hit
    checked to stand whole) gives the starts of the pattern of the parts with lookarounds
    it replaces: none inside a longer word, an address, a path or a hyphenated word."""
    from detectors.context import trie, trie_regex
    from detectors.person_lower import repeat_starts

    rng = random.Random(SEED)
    names = ["sanne", "san", "anne", "anne-marie", "marie", "kees", "kee", "fatma", "jan",
             "janneke", "priya", "dewi", "bram", "ivo", "ilse", "noor"]
    noise = [*names, " ", " ", ".", "-", "'", "’", "@", "/", "_", "x", "1", "\n", "é", ",", "."]
    texts = ["".join(rng.choice(noise) for _ in range(rng.randint(1, 30))) for _ in range(3_000)]
    found = 0
    for text in texts:
        parts = tuple(sorted(n for n in names if rng.random() < (0.8 if len(text) % 2 else 0.3)))
        if not parts:
            continue
        pattern = re.compile(rf"(?<![\w'’.@/\-]){trie_regex(trie(list(parts)))}(?![\w'’@\-]|\.\w)")
        full = {m.start() for m in pattern.finditer(text)}
        if len(parts) <= 8:  # (a few parts: a find each, "sanne._" taken whole as before)
            continue
        assert repeat_starts(text, parts) == full, (repr(text), parts)
        found += len(full)
    assert found > 300


def test_delimiters_counted_as_in_the_unquoted_line() -> None:
    """columns._count counts the delimiters outside quoted fields without writing the
    blanked line: the count of the blanked line (columns._unquoted), for every delimiter."""
    from detectors import columns

    def blanked(line: str, delimiter: str) -> int:
        if delimiter == "|":
            line = columns._single_bars(line)
        return columns._unquoted(line, delimiter).count(delimiter)

    rng = random.Random(SEED)
    pieces = ['"', '"a,b"', ",", ";", "|", "||", "\t", " ", "  ", "x", "Jansen, K.", '""',
              '" "', '"a;b|c\td"', ' "x"', '\t"y;z"']
    quoted = 0
    for _ in range(20_000):
        line = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 15)))
        for delimiter in columns.DELIMITERS:
            assert columns._count(line, delimiter) == blanked(line, delimiter), (line, delimiter)
            quoted += columns._count(line, delimiter) < line.count(delimiter)
    assert quoted > 5_000


def test_a_label_without_an_address_sign_holds_no_address_word() -> None:
    """context._in_address answers False at once for a label with no '@', '://' or 'www.':
    as reading the word's token would (200,000 labels)."""
    from detectors.context import _in_address

    def token_read(label: str, at: int) -> bool:
        lo = max(label.rfind(" ", 0, at), label.rfind("\t", 0, at)) + 1
        hi = min((i for i in (label.find(" ", at), label.find("\t", at)) if i >= 0),
                 default=len(label))
        token = label[lo:hi]
        return "@" in token or "://" in token or token.lower().startswith("www.")

    rng = random.Random(SEED)
    pieces = ["@", "://", "www.", "WWW.", "Www.", " ", "\t", "a", "nr", ".", ":", "/", "İ", "w"]
    found = 0
    for _ in range(200_000):
        label = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 10)))
        at = rng.randint(0, len(label))
        assert _in_address(label, at) == token_read(label, at), (label, at)
        found += token_read(label, at)
    assert found > 50_000


def test_a_dump_is_looked_for_as_the_case_blind_search_finds_one() -> None:
    """sql_columns reads a text as a dump only where "values" or "from stdin" stands in any
    case: its case-sensitive first look keeps every text the case-blind search finds."""
    from detectors.sql_columns import _has_dump

    rng = random.Random(7)
    words = ["values", "from stdin", "value", "from stdi", "valueſ", "from ſtdin", "rom ",
             "alue", "Waarde", "vALuES", "FROM\tSTDIN", "from  stdin"]
    texts = ["INSERT INTO p (id) VALUES (1);", "COPY p (id) From StdIn;\n1\n\\.", ""]
    for _ in range(400):
        picked = rng.sample(words, 2)
        texts.append(" ".join("".join(c.upper() if rng.random() < 0.5 else c for c in w)
                              for w in picked))
    for text in texts:
        _has_dump.cache_clear()
        found = re.search("values|from stdin", text, re.IGNORECASE) is not None
        assert _has_dump(text) == found, text
