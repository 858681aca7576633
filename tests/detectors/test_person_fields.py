"""Names in their own field of data written by software (detectors/person_fields.py): XML
elements and attributes, JSON members (escaped too), SQL INSERT rows (with a column list, or
a MySQL dump's CREATE TABLE columns) and PostgreSQL COPY rows. Firms, test records, form
field names and other fields stay out. All names synthetic; exports written for these tests."""

from __future__ import annotations

import pytest

from detectors import detect
from detectors.person_fields import fields


def _fields(text: str) -> list[str]:
    return [text[s:e] for s, e, _ in fields(text)]


def _names(text: str) -> list[str]:
    return [text[d.start : d.end] for d in detect(text, "nl") if d.entity == "PERSON"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # XML elements, a namespace prefix, an initials field
        (("<kandidaat><a:Voornaam>Femke</a:Voornaam><a:Achternaam>Hagen</a:Achternaam>"
          "<a:Voorletters>F.M.</a:Voorletters></kandidaat>"), ["Femke", "Hagen", "F.M."]),
        ("<Dbtr><Nm>Karin Wouters</Nm></Dbtr><LaNm>Okonkwo</LaNm>", ["Karin Wouters", "Okonkwo"]),
        ("<Persoon><Contact_voornaam>Ngozi</Contact_voornaam></Persoon>", ["Ngozi"]),
        # attributes
        ('<Medewerker voornaam="Bram" achternaam="Kuijpers" voorletters="B.J."/>',
         ["Bram", "Kuijpers", "B.J."]),
        ("<row givenName='Liam' sn='Baptiste'/>", ["Liam", "Baptiste"]),
        # JSON members, inside a JSON string too
        ('{"payload": "{\\"sn\\":\\"Wouters\\",\\"givenName\\":\\"Karin\\"}"}',
         ["Wouters", "Karin"]),
        ('{"emergencyContactLastName": "Yilmaz", "LaNm": "DE GROOT"}', ["Yilmaz", "DE GROOT"]),
        # SQL: a column list, MSSQL without INTO and N'' strings, a dump's CREATE TABLE
        (("INSERT INTO kandidaat (id, voornaam, tussenvoegsel, achternaam, bsn) VALUES "
          "(1, 'Marloes', NULL, 'Hoogendoorn', '111222333'), (2, 'Chidi', 'van', 'Eze', '0');"),
         ["Marloes", "Hoogendoorn", "Chidi", "Eze"]),
        (("INSERT [dbo].[Medewerker] ([Id], [Voornaam], [Achternaam]) VALUES (1, N'Sanne', "
          "N'de Wit')"), ["Sanne", "de Wit"]),
        (("CREATE TABLE `medewerker` (\n  `id` int NOT NULL,\n  `voornaam` varchar(50),\n"
          "  `achternaam` varchar(80),\n  PRIMARY KEY (`id`)\n);\n"
          "INSERT INTO `medewerker` VALUES (1,'Sanne','O''Brien'),(2,'Test','Persoon');"),
         ["Sanne", "O''Brien"]),
        (("COPY public.kandidaat (id, first_name, last_name) FROM stdin;\n1\tLiam\tOkonkwo\n"
          "2\tDummy\tKandidaat\n\\.\n"), ["Liam", "Okonkwo"]),
        # one SQL reader with sql_columns: a one-line CREATE TABLE, INSERT IGNORE, values in
        # double quotes, the table's name cased otherwise in the INSERT
        (("CREATE TABLE `Sollicitant` (`id` int, `voornaam` varchar(40), `achternaam` "
          "varchar(60));\nINSERT IGNORE INTO `sollicitant` VALUES (4,\"Ilse\",\"Verbeek\"),"
          "(5,'Tarik','El Idrissi');"), ["Ilse", "Verbeek", "Tarik", "El Idrissi"]),
        (("create table hr.Stagiair (nr int primary key, roepnaam text, familienaam text);\n"
          "insert into HR.STAGIAIR values (1, \"Noor\", \"Bosman\");"), ["Noor", "Bosman"]),
        (("INSERT IGNORE INTO deelnemer (id, Voornaam, Achternaam) VALUES\n"
          "  (1, \"Jesse\", \"Kramer\"),\n  (2, 'Test', 'Deelnemer'),\n  (3, 'Anouk', NULL);"),
         ["Jesse", "Kramer", "Anouk"]),
    ],
)
def test_name_in_its_field(text: str, expected: list[str]) -> None:
    assert _fields(text) == expected
    assert all(any(name in found for found in _names(text)) for name in expected)


@pytest.mark.parametrize(
    "text",
    [
        # a firm or a test record in a name field
        '<relatie naam="Bakkerij Van Vliet" plaats="Delft"/><relatie naam="Jansen Transport"/>',
        "<Cdtr><Nm>Stichting Jan de Vries</Nm></Cdtr>",
        '{"voornaam": "Test", "achternaam": "Kandidaat (niet verwijderen)"}',
        # a form's field name, a sheet's name, a lower-case value, a particle alone
        'Content-Disposition: form-data; name="voornaam"\n\nKarin',
        '<Worksheet ss:Name="Blad1 kopie">',
        '{"tussenvoegsel": "van der", "voorletters": "K."}',
        # other fields: a user name, a product, a town
        '{"username": "jvdberg", "product": "Nmbrs", "woonplaats": "Delft"}',
        "INSERT INTO vestiging (id, plaats, manager_id) VALUES (1, 'Tilburg', 12);",
        # a name column's twin: the same row shapes, no name column in the table
        ("CREATE TABLE `Product` (`id` int, `titel` varchar(40));\n"
         "INSERT IGNORE INTO `product` VALUES (4,\"Koffie Arabica\"),(5,'Thee Earl Grey');"),
    ],
)
def test_no_name_in_its_field(text: str) -> None:
    assert _fields(text) == []
