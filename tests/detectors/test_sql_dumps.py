"""Values of an SQL dump named by their statement's column list (INSERT ... (cols) VALUES,
MSSQL's INSERT without INTO, mysqldump's INSERT under its CREATE TABLE, PostgreSQL's COPY
... FROM stdin): a BSN, birth date or licence number under its column's name is reported
however far the row is from the names; an 11-check-valid id in an id column is not a BSN."""

from __future__ import annotations

import random

from faker import Faker

from detectors import detect
from detectors.sql_columns import sql_column
from tests.eval import synth

_FAKE = Faker("nl_NL")
_FAKE.seed_instance(1514)


def _people(n: int, seed: int) -> list[tuple[str, str, str, str, str]]:
    """(id, first name, birth date ISO, BSN, licence) each; the id is 11-check-valid too."""
    rng = random.Random(seed)
    return [(synth.bsn(rng), _FAKE.first_name(), f"{_FAKE.date_of_birth():%Y-%m-%d}",
             synth.bsn(rng), str(rng.randint(4_000_000_000, 5_999_999_999)))
            for _ in range(n)]


def _found(text: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for d in detect(text, "nl"):
        out.setdefault(d.entity, set()).add(text[d.start:d.end])
    return out


def _assert_read(text: str, people: list[tuple[str, str, str, str, str]]) -> None:
    found = _found(text)
    assert found.get("NL_BSN", set()) == {p[3] for p in people}  # the ids are not
    assert found.get("DATE_OF_BIRTH", set()) == {p[2] for p in people}
    assert found.get("NL_DRIVERS_LICENSE", set()) == {p[4] for p in people}


def test_a_long_mysql_insert_with_its_column_list() -> None:
    people = _people(40, 1)
    rows = ",\n".join(f"({i}, '{n}', '{d}', '{b}', '{r}')" for i, n, d, b, r in people)
    text = ("INSERT INTO `hr`.`medewerker` (`id`, `roepnaam`, `geboortedatum`, `bsn`, "
            f"`rijbewijsnummer`) VALUES\n{rows};\n")
    _assert_read(text, people)


def test_mssql_scripts_insert_without_into_and_n_strings() -> None:
    people = _people(12, 2)
    text = "SET IDENTITY_INSERT [dbo].[Kandidaat] ON\n" + "".join(
        f"INSERT [dbo].[Kandidaat] ([KandidaatId], [Voornaam], [GebDatum], [Sofinr], "
        f"[RijbewijsNr]) VALUES ({i}, N'{n}', CAST(N'{d}' AS Date), N'{b}', N'{r}')\nGO\n"
        for i, n, d, b, r in people)
    _assert_read(text, people)


def test_mysqldump_insert_named_by_its_create_table() -> None:
    people = _people(25, 3)
    rows = ",".join(f"({i},'{n}','{d}','{b}','{r}',2500.00)" for i, n, d, b, r in people)
    text = ("CREATE TABLE `kandidaat` (\n  `id` int(11) NOT NULL,\n  `voornaam` varchar(80),\n"
            "  `geboortedatum` date,\n  `burgerservicenummer` char(9),\n"
            "  `rijbewijs_nr` char(10),\n  `uurloon` decimal(10,2),\n  PRIMARY KEY (`id`)\n"
            ") ENGINE=InnoDB;\n\n"
            "LOCK TABLES `kandidaat` WRITE;\n"
            f"INSERT INTO `kandidaat` VALUES {rows};\nUNLOCK TABLES;\n")
    _assert_read(text, people)


def test_postgres_copy_rows() -> None:
    people = _people(30, 4)
    rows = "".join(f"{i}\t{n}\t{d}\t{b}\t{r}\n" for i, n, d, b, r in people)
    text = ("COPY public.werknemer (werknemer_id, voornaam, geboortedatum, bsn, rijbewijsnummer)"
            f" FROM stdin;\n{rows}\\.\n")
    _assert_read(text, people)


def test_values_outside_a_statement_have_no_sql_column() -> None:
    text = ("-- INSERT INTO t (a, bsn) VALUES komt later\nBSN-nummer 123456782 staat los.\n"
            "SELECT * FROM t WHERE id IN (1, 2);\n")
    assert [sql_column(text, i) for i in (text.index("1234"), text.index("(1,") + 1)] == [
        None, None]


def test_an_id_column_of_eleven_check_numbers_alone_is_no_bsn() -> None:
    rng = random.Random(5)
    ids = [synth.bsn(rng) for _ in range(20)]
    rows = ",\n".join(f"({i}, 'Order {k}', '2024-03-{k % 28 + 1:02d}')" for k, i in enumerate(ids))
    text = f"INSERT INTO orders (order_id, omschrijving, orderdatum) VALUES\n{rows};\n"
    assert _found(text).get("NL_BSN", set()) == set()
    assert _found(text).get("DATE_OF_BIRTH", set()) == set()


def test_quoted_dates_of_code_are_read_and_an_apostrophe_in_a_word_still_is_not() -> None:
    text = ("const kandidaat = { geboortedatum: '1990-02-03' };\n"
            "Geboortedatum: N'1985-11-21'\n")
    found = _found(text).get("DATE_OF_BIRTH", set())
    assert found == {"1990-02-03", "1985-11-21"}
    # a year written '90 after a day and month is the whole date's, not a date of its own
    assert _found("Geboortedatum: 03-02-'90").get("DATE_OF_BIRTH") == {"03-02-'90"}


def test_a_dump_in_a_text_file_is_no_table_of_the_extractor() -> None:
    """The lines after a CREATE TABLE's ") ENGINE=...;" are statements, not rows under it:
    the dump stays one text, read by its column lists."""
    from scanner.extract.text_tables import split_tables

    people = _people(6, 6)
    rows = ",".join(f"({i},'{n}','{d}','{b}','{r}')" for i, n, d, b, r in people)
    text = ("CREATE TABLE `kandidaat` (\n  `id` int NOT NULL,\n  `voornaam` varchar(80),\n"
            "  `geboortedatum` date,\n  `bsn` char(9),\n  `rijbewijsnummer` char(10)\n"
            ") ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;\n"
            f"INSERT INTO `kandidaat` VALUES {rows};\nINSERT INTO `kandidaat` VALUES {rows};\n")
    assert split_tables(text) == (text, [])
    _assert_read(text, people)


def test_an_insert_seen_through_a_unified_diff() -> None:
    """A seed file's diff: every tuple line marked '+', '-' or ' ', the old last line's ';'
    on a removed line while the added lines go on with the statement."""
    people = _people(6, 6)
    line = "({}, '{}', '{}', '{}', '{}')".format
    old, new = people[:4], people
    body = [f"-  {line(*p)}{';' if k == len(old) - 1 else ','}" for k, p in enumerate(old)]
    body += [f"+  {line(*p)}{';' if k == len(new) - 1 else ','}" for k, p in enumerate(new)]
    text = ("diff --git a/db/seeds/werknemers.sql b/db/seeds/werknemers.sql\n"
            "@@ -3,6 +3,8 @@ INSERT INTO werknemer (id, roepnaam, geb_datum, sofinummer, "
            "rijbewijs) VALUES\n" + "\n".join(body) + "\n \n -- einde seed\n")
    _assert_read(text, people)
