"""Review of doctype34's classification changes: five ways a stop-34 rule reached too far.

1. A job profile's genre word ("Functieprofiel", "Job description") names the document only
   when it opens the first title line: an application's subject, a CV's file name or a title
   that merely mentions the profile ("Plan van aanpak ... aangepaste functieomschrijving") is
   not one, nor does the genre win over a CV laid out as one or a letter that applies.
2. A new starter's words are an HR record's only in its title: a candidate's intake, phone
   note or reference check that names a past "personeelsadministratie" is no HR record.
3. Only a doctor's statement's title stands in for [medical]'s required absence words: an
   availability profile or a first-year appraisal is no absence record.
4. A letter's first line "Dienst Justis: besluit ..." is its title, not a form field; only a
   known form label ("Naam:") makes one there.
5. A letterhead above a letter's "Aan:" block is its sender: title weight, never a genre.

Synthetic texts written for these tests (names Faker nl_NL style, numbers generated
11-check-valid); every case fails on main before the mend.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from scanner.extract.limits import Limits
from scanner.models import SourceItem, TextChunk
from scanner.policy.classify import classify, rule_verdict
from scanner.policy.hr_record import is_hr_record
from scanner.scan_item import ScanConfig, process_file
from tests.extract import tables_data as td

B1, B2 = td.valid_bsns(2, start=231_000_000)
CFG = ScanConfig(key=b"test-key-0123456789", policy_path=None, limits=Limits(),
                 now=datetime(2026, 6, 1, tzinfo=UTC))


def _read(text: str, name: str = "document.txt") -> tuple[str, bool]:
    """(type, HR record) as the scan gives them."""
    item = SourceItem(path=f"/share/{name}", member=None, size=1,
                      modified=datetime(2026, 5, 1, tzinfo=UTC))
    chunks = [TextChunk(text, "body")]
    doc_type = classify(item, chunks)[0]
    doc = rule_verdict(item, chunks).doc
    return doc_type, is_hr_record(doc_type, chunks, doc.title if doc else "")


def _bsn_rules(tmp_path: Path, name: str, text: str) -> set[str]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    item = SourceItem(path=str(path), member=None, size=path.stat().st_size,
                      modified=datetime(2026, 5, 1, tzinfo=UTC))
    (result, *_) = process_file(item, CFG)
    return {r for f in result.findings if f.entity == "NL_BSN" for r in f.rules}


CONTRACT = ("\n\nPartijen: Flexwerk B.V. en Daan de Graaf.\nDe werknemer treedt per 1 april 2026 "
            "in dienst als chauffeur, voor bepaalde tijd van zeven maanden. Proeftijd: een "
            "maand. Bruto maandsalaris: EUR 2.750. Op de arbeidsovereenkomst is de cao van "
            "toepassing. Werkgever en werknemer tekenen voor akkoord.")
CV_BODY = ("\n\nNaam: Fleur van Dijk\nProfiel\nNauwkeurige roosteraar.\n\nWerkervaring\n"
           "2018 - heden roosteraar, Zorggroep Oost\n\nOpleiding\nmbo Logistiek")

# (text, file name, type, HR record)
JOB_PROFILE_NAMED = [
    pytest.param("Lieke Smits\nKerkweg 12, Rhenen\n\nBetreft: sollicitatie functieomschrijving "
                 "roosteraar\n\nGeachte heer, mevrouw,\n\nHierbij solliciteer ik naar de functie "
                 "van roosteraar. In de bijlage mijn cv.\n\nMet vriendelijke groet,\nLieke Smits",
                 "brief.txt", "motivation_letter", False, id="letter-subject"),
    pytest.param("Van: lieke@example.nl\nAan: werving@flexwerk.nl\nOnderwerp: Sollicitatie - job "
                 "description team lead\n\nBeste recruiter,\n\nHierbij stuur ik mijn cv voor de "
                 "functie van team lead. Ik ben per direct beschikbaar.\n\nGroet, Lieke",
                 "mail.eml", "motivation_letter", False, id="email-subject"),
    pytest.param("Sollicitatie n.a.v. functieprofiel roosteraar\nAan: afdeling HR, Flexwerk "
                 "B.V.\nDatum: 4 mei 2026\n\nGeachte heer, mevrouw,\n\nMet veel enthousiasme "
                 "reageer ik op uw vacature. Mijn cv stuur ik mee.\n\nMet vriendelijke groet,\n"
                 "Lieke Smits", "brief.txt", "motivation_letter", False, id="letter-title"),
    pytest.param("Curriculum vitae" + CV_BODY, "cv_fleur_functieprofiel_roosteraar.docx", "cv",
                 False, id="cv-file-name"),
    pytest.param("Arbeidsovereenkomst en functieomschrijving" + CONTRACT, "contract.txt",
                 "employment_contract", True, id="contract-title"),
    pytest.param("Arbeidsovereenkomst bepaalde tijd" + CONTRACT,
                 "arbeidsovereenkomst_en_functieomschrijving_de_graaf.pdf",
                 "employment_contract", True, id="contract-file-name"),
    pytest.param("Plan van aanpak Bram Visser - aangepaste functieomschrijving\n\nEerste "
                 "ziektedag: 2 maart. Bram is ziek gemeld. Afspraak met de bedrijfsarts: "
                 "aangepast werk, 4 uur per dag, geen tilwerk.", "pva.txt", "medical", True,
                 id="plan-of-action"),
]


@pytest.mark.parametrize(("text", "name", "doc_type", "hr"), JOB_PROFILE_NAMED)
def test_a_document_that_names_a_job_profile_is_not_one(text: str, name: str, doc_type: str,
                                                         hr: bool) -> None:
    assert _read(text, name) == (doc_type, hr)


def test_an_application_naming_a_job_profile_keeps_its_cv_rules(tmp_path: Path) -> None:
    text = (f"Lieke Smits\nKerkweg 12, Rhenen\nBSN {B1}\n\nBetreft: sollicitatie "
            f"functieomschrijving roosteraar\n\nGeachte heer, mevrouw,\n\nHierbij solliciteer ik "
            f"naar de functie van roosteraar. In de bijlage mijn cv.\n\nMet vriendelijke groet,"
            f"\nLieke Smits\n")
    assert "bsn-on-cv" in _bsn_rules(tmp_path, "brief.txt", text)


@pytest.mark.parametrize("text", [
    ("Functieprofiel roosteraar\n\nMaakt de dienstroosters van de afdeling, verwerkt ziekmeldingen "
    "in het rooster en overlegt met de teamleiders over de bezetting."),
    ("Job description: payroll officer\n\nPrepares the monthly payslips and files the payroll tax "
    "return."),
])
def test_a_job_profile_by_its_first_line_stays_other(text: str) -> None:
    assert _read(text)[0] == "other"


# 2. candidate notes that name a past personnel department or a wish to join
CANDIDATE_NOTES = [
    pytest.param(f"Intakeverslag Fleur van Dijk\n\nFleur werkte vier jaar op de "
                 f"personeelsadministratie van Zorggroep Oost en zoekt nu werk in payroll, 24 "
                 f"uur. BSN {B1}. Volgende stap: voorstellen bij klanten in Arnhem.",
                 "intake.txt", id="intake"),
    pytest.param(f"Telefoonnotitie 6 mei\nFleur van Dijk belde: zij wil graag jullie nieuwe "
                 f"collega worden op de salarisadministratie. BSN {B1} doorgegeven voor de "
                 f"inschrijving.", "notitie.txt", id="phone-note"),
    pytest.param(f"Referentiecheck\nOud-werkgever Zorggroep Oost: Fleur werkte op de "
                 f"personeelsadministratie, zeer nauwkeurig. Loonadministratie deed zij "
                 f"zelfstandig. BSN {B2}.", "ref.txt", id="reference-check"),
]


@pytest.mark.parametrize(("text", "name"), CANDIDATE_NOTES)
def test_a_candidate_note_is_no_hr_record(tmp_path: Path, text: str, name: str) -> None:
    assert _read(text, name) == ("other", False)
    assert "bsn-outside-hr" in _bsn_rules(tmp_path, name, text)


def test_a_new_starter_title_still_makes_an_hr_record() -> None:
    text = f"Personalia nieuwe collega (invoer salarisadministratie)\nNaam: Bram Visser\nBSN {B2}"
    assert _read(text) == ("other", True)


# 3. a [medical] title that is no doctor's statement needs an absence word
@pytest.mark.parametrize("text", [
    ("Inzetbaarheidsprofiel flexpool\n\nNaam: Fleur van Dijk\nBeschikbaarheid: 24 uur, weekenden\n"
    "Functies: kassa, vakkenvullen\nOpmerking: woont in Velp"),
    ("Eerstejaarsevaluatie\n\nMedewerker: Bram Visser\nIn dienst sinds: 1 april 2025\nFunctie: "
    "roosteraar\nSterke punten: zelfstandig\nAfspraak: contract wordt verlengd"),
])
def test_a_medical_title_alone_makes_no_absence_record(text: str) -> None:
    assert _read(text) == ("other", False)


# 5. a letterhead above a sick-report letter's "Aan:" block
SICK_LETTER = ("\nAan: dhr. B. Visser\nDatum: 4 mei 2026\nBetreft: uw ziekmelding\n\nBeste Bram,\n\n"
               "Je hebt je op 2 mei ziek gemeld. Wij verwachten je op het spreekuur van de "
               "bedrijfsarts op 11 mei. Neem contact op met je leidinggevende over je herstel."
               "\n\nMet vriendelijke groet,\nAfdeling HR")


# 4. a memo's title with a colon on its first line, above "Aan:"/"Datum:"
VOG_BODY = ("\nAan: mevrouw L. Smits\nDatum: 2 maart 2026\nKenmerk: 2026-5182\n\nWij hebben uw "
            "aanvraag beoordeeld. Wij geven de verklaring niet af, omdat in het justitieel "
            "documentatiesysteem een strafbaar feit staat dat van belang is voor het doel. U "
            "kunt binnen zes weken bezwaar maken.")
MEETING_BODY = ("\nAan: alle medewerkers expeditie\nDatum: 8 april 2026\n\nVerzuim: twee "
                "collega's zijn ziek, de bedrijfsarts is op de hoogte. Herstel wordt verwacht "
                "binnen twee weken. Rondvraag: geen punten.")


@pytest.mark.parametrize(("text", "doc_type", "title"), [
    ("Dienst Justis: besluit op aanvraag verklaring omtrent het gedrag" + VOG_BODY, "vog",
     "dienst justis: besluit op aanvraag verklaring omtrent het gedrag"),
    ("Justis: besluit VOG" + VOG_BODY, "vog", "justis: besluit vog"),
    ("Notulen: werkoverleg expeditie" + MEETING_BODY, "other", "notulen: werkoverleg expeditie"),
    # a form's field on the first line is still no title
    ("Naam: Bram Visser" + SICK_LETTER, "medical", "uw ziekmelding"),
])
def test_a_colon_title_on_the_first_line_is_the_title(text: str, doc_type: str,
                                                       title: str) -> None:
    item = SourceItem(path="/share/brief.txt", member=None, size=1,
                      modified=datetime(2026, 5, 1, tzinfo=UTC))
    chunks = [TextChunk(text, "body")]
    doc = rule_verdict(item, chunks).doc
    assert doc is not None and doc.title.splitlines()[:1] == ([title] if title else [])
    assert classify(item, chunks)[0] == doc_type


@pytest.mark.parametrize("letterhead", [
    "Flexwerk B.V. - HR Beleid en Verzuim",
    "Zorggroep Oost | Verzuimprotocol en re-integratie",
    "Flexwerk B.V. - Functieprofielen en Werving",
])
def test_a_letterhead_gives_no_genre(letterhead: str) -> None:
    assert _read(letterhead + SICK_LETTER, "brief.txt") == ("medical", True)
