"""Adversarial texts of a chosen size: the shapes that drove detect() super-linear.

Each maker takes ``n`` (a repeat count) and returns a text about ``n`` times its unit, so a
text of ``2 * n`` is twice as long and a linear detector takes twice as long on it.
bench_hostile.py prints the n against 2n table; tests/detectors/test_hostile.py checks
that the findings scale with ``n``. All data is synthetic (generated 11-check numbers).
"""

from __future__ import annotations

import random
from collections.abc import Callable

from tests.eval import synth


def _bsns(n: int, seed: int, eight: bool = False) -> list[str]:
    rng = random.Random(seed)
    return [synth.bsn(rng, eight=eight) for _ in range(n)]


def own_labels(n: int) -> str:
    """Lines of one long word, each fifth ending in an eight-digit 11-check number: every
    number read back over all the text before it (nl_bsn_kinds.has_own_label, 104 s at
    197 KB before stop 33)."""
    word = "ab" * 300
    return "".join(f"{word}\n" * 4 + f"{word} {number}\n" for number in _bsns(n, 1, eight=True))


def labelled_numbers(n: int) -> str:
    """Thousands of labelled 11-check numbers, one a line, of several kinds of label."""
    labels = ("BSN", "Polisnummer", "Klantnummer", "Lidmaatschap", "sofinummer", "Pas")
    return "".join(f"{labels[i % len(labels)]}: {number}\n"
                   for i, number in enumerate(_bsns(n, 2)))


def long_line(n: int) -> str:
    """One line of repeated health statements, no line break anywhere."""
    return " ".join(["Ik heb diabetes en sinds maart een burn-out, meldt Jan de Vries."] * n)


def ticked_boxes(n: int) -> str:
    """One line of a form's options, many ticked, with special-category terms after them."""
    unit = "[x] diabetes ☐ zwangerschap ☒ Islam ( ) FNV [x] ja, lid van de FNV "
    return unit * n


def long_row(n: int) -> str:
    """One delimited row of ``n`` cells of names and terms, then a few short rows."""
    cells = ";".join(f"Jansen, P.;{number};burn-out;FNV" for number in _bsns(n, 3))
    return f"naam;bsn;reden;vakbond\n{cells}\nJansen;123456782;griep;CNV\n"


def long_table(n: int) -> str:
    """An export of ``n`` rows under one header, names, BSNs and health terms."""
    rows = "".join(f"P. Jansen;{number};burn-out;FNV\n" for number in _bsns(n, 4))
    return "naam;bsn;reden verzuim;vakbond\n" + rows


def repetition(n: int) -> str:
    """The same short CV paragraph ``n`` times: deep repetition of every cue."""
    unit = ("Naam: Sanne de Vries\nGeboortedatum: 12-03-1990\nBSN: 111222333\n"
            "IBAN: NL91ABNA0417164300\nTelefoon: 06-12345678\nE-mail: s.devries@voorbeeld.nl\n"
            "Gezondheid: ik heb diabetes. Lid van de FNV.\n\n")
    return unit * n


def brackets(n: int) -> str:
    """Unclosed brackets, quotes and labels without values on one line."""
    return "(" * n + "Naam: " * n + '"' * n + " 123456782"


def names_line(n: int) -> str:
    """One line of people named as a list: first names, initials, surnames with particles."""
    people = ("Jan de Vries", "P. Jansen", "Fatima El Amrani", "mevr. Bakker", "Sanne Visser")
    return ", ".join(people[i % len(people)] for i in range(n)) + "."


def contacts_line(n: int) -> str:
    """One line of e-mail addresses, phone numbers, IBANs and birth dates, no break."""
    unit = ("j.devries{i}@voorbeeld.nl 06-1234{i:04d} NL91ABNA0417164300 geboren 12-03-1990; ")
    return "".join(unit.format(i=i % 10_000) for i in range(n))


def digit_run(n: int) -> str:
    """Digits with no separator, and digits split by single spaces and dots."""
    return "1234567890" * n + "\n" + " ".join("1234.56.782" for _ in range(n))


def id_documents(n: int) -> str:
    """Passport MRZs and labelled document numbers, many of each in one text."""
    rng = random.Random(5)
    parts = []
    for _ in range(n):
        doc = synth.doc_number(rng)
        parts.append(synth.mrz_td3(rng, doc, "900312", "300101", synth.bsn(rng)))
        parts.append(f"Paspoortnummer: {synth.doc_number(rng)}")
    return "\n".join(parts) + "\n"


def aligned_table(n: int) -> str:
    """A table set in columns with spaces: a header over ``n`` rows."""
    rows = "".join(f"Jan Jansen     12-03-1990     {number}     burn-out\n"
                   for number in _bsns(n, 6))
    return "Naam           Geboren        BSN           Reden\n" + rows


def wide_header(n: int) -> str:
    """A header of ``n`` category columns over 50 rows of empty cells: each
    header term read the rows below by splitting them again (special_rows.header_values,
    9.9 s at 4000 columns before stop 33's mend)."""
    return ("naam;" + ";".join(["inhouding_vakbond"] * n) + "\n"
            + "\n".join(";" * n for _ in range(50)))


def unbroken_values(n: int) -> str:
    """One line of ``n`` numbers after one label, separators between them and no line
    break: each number scanned the text from its start for a separator and a colon
    (header_line.paired_cell, 11 s at 100 KB before stop 33's mend)."""
    return "BSN: " + " ".join(f"klant {number} ;" for number in _bsns(n, 7))


def labelled_list(n: int) -> str:
    """One line of a label and ``n`` health terms: each term searched from the label to
    itself for a sentence's end (special_rules.line_label, 56 s at 100 KB before stop
    33's mend)."""
    return "Reden: " + "migraine, " * n


def labelled_list_en(n: int) -> str:
    """labelled_list in English."""
    return "Reason: " + "diabetes and " * n


def partners_line(n: int) -> str:
    """One line of partner words, quoted ones and couples ("mijn vriendin en ik gaan
    trouwen") with no sentence end, signed by a woman: each partner word's quotation and
    couple looked for over all the line before or after it (special_partner, 18 s at 200 KB
    before the mend of stop 33)."""
    unit = 'mijn vrouw en ik, "mijn vrouw" zei ze, mijn vriendin en ik gaan trouwen '
    return unit * n + "\nMet vriendelijke groet,\nSanne Jansen\n"


def padded_closing(n: int) -> str:
    """A closing followed by a long run of spaces and tabs with no letter after it, then a
    signature: the cue pattern gave the run back space by space after the closing, and
    every tab of it read the rest of the run (quadratic before the mend of stop 34:
    cued_words 3.6 s for 10,000 spaces, detect() 16 s for 20,000 spaces and tabs)."""
    return ("Beste Sanne,\n\nDank voor je bericht.\n\nMet vriendelijke groet" + " \t" * (50 * n)
            + "|\n\nGroeten,\n\nPieter de Vries\n")


def dump_line(n: int) -> str:
    """One INSERT of ``n`` tuples on one line, as mysqldump writes its extended inserts:
    each value's cell was cut from all the line before it (context.label_before, 2.7 s at
    64 KB before stop 35's mend, four times as long at twice the text)."""
    rows = ",".join(f"({i},'Jansen','{number}','1990-03-12','0612345678')"
                    for i, number in enumerate(_bsns(n, 8)))
    return ("INSERT INTO `medewerker` (`id`,`naam`,`bsn`,`geboortedatum`,`telefoon`) VALUES "
            + rows + ";\n")


def tabbed_rows_line(n: int) -> str:
    """An export whose ``n`` rows one line holds, tabs between all their cells (a file
    with no line break the extractor knows): each date split the whole row and the text
    before it (dob_layout.under_header, 28.7 s at 112 KB before stop 35's mend)."""
    cells = "\t".join(f"Jansen\t{number}\t12-03-1990" for number in _bsns(n, 9))
    return f"naam\tbsn\tgeboortedatum\n{cells}\n"


def values_line(n: int) -> str:
    """One line of ``n`` records of a name, a labelled BSN, a birth date and a phone number:
    many values of every kind, each reading its label on one unbroken line."""
    return "".join(f"Naam: Jan de Vries, BSN: {number}, geboren 12-03-1990, tel 06-1234{i % 10_000:04d} | "
                   for i, number in enumerate(_bsns(n, 10)))


def names_list(n: int) -> str:
    """One list of ``2 * n`` surnames and first names joined by semicolons, no other word:
    every name past the 30 items person_lists._chain reads walked back to the list's start
    (20 s at 20 KB before stop 35's mend)."""
    return ";".join(["Jansen", "Piet"] * n)


def names_comma_list(n: int) -> str:
    """names_list with commas and spaces between names of several origins."""
    return ", ".join(["Sanne", "Okonkwo", "Bakker", "Fatma"] * n)


def birthday_words(n: int) -> str:
    """Lines of a birthday word with no date after it, then a birthday list's entry: a
    pattern's required word was looked for up to the text's end from every cue
    (dob_birthdays, 54 s at 900 KB of "birthday" lines before stop 74)."""
    return "".join("birthday\n" * 9 + "Jarig\nPiet (3 mei)\n\n" for _ in range(n))


SHAPES: dict[str, Callable[[int], str]] = {
    "own_labels": own_labels,
    "labelled_numbers": labelled_numbers,
    "long_line": long_line,
    "ticked_boxes": ticked_boxes,
    "long_row": long_row,
    "long_table": long_table,
    "repetition": repetition,
    "brackets": brackets,
    "names_line": names_line,
    "contacts_line": contacts_line,
    "digit_run": digit_run,
    "id_documents": id_documents,
    "aligned_table": aligned_table,
    "wide_header": wide_header,
    "unbroken_values": unbroken_values,
    "labelled_list": labelled_list,
    "labelled_list_en": labelled_list_en,
    "partners_line": partners_line,
    "padded_closing": padded_closing,
    "dump_line": dump_line,
    "tabbed_rows_line": tabbed_rows_line,
    "values_line": values_line,
    "names_list": names_list,
    "names_comma_list": names_comma_list,
    "birthday_words": birthday_words,
}
