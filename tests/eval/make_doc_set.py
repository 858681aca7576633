"""Generate the labelled document-classification set (tests/eval/data/docs.jsonl).

Faker nl_NL with a fixed seed; several templates per type, shuffled sections, Dutch and
English, and hard cases (a CV that mentions salary, a vacancy text, a payslip without the
word 'loonstrook', letters without a greeting). Run: .venv/bin/python tests/eval/make_doc_set.py
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Callable
from pathlib import Path

from faker import Faker

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from tests.eval import synth

OUT = Path(__file__).with_name("data") / "docs.jsonl"
fake = Faker("nl_NL")
fake_en = Faker("en_GB")


def _cv(r: random.Random) -> tuple[str, str]:
    nl = r.random() < 0.7
    f = fake if nl else fake_en
    heads = (["Werkervaring", "Opleiding", "Vaardigheden", "Talen", "Hobby's", "Profiel"] if nl
             else ["Work experience", "Education", "Skills", "Languages", "Interests"])
    r.shuffle(heads)
    body = [f.name(), f.address().replace("\n", ", "), f.email()]
    for h in heads[: r.randint(3, len(heads))]:
        body += [h, f.job() + ", " + f.company(), f.sentence(nb_words=10)]
    if r.random() < 0.2:
        body.append("Gewenst salaris: in overleg" if nl else "Expected salary: negotiable")
    name = r.choice(["cv_{}.docx", "{}.pdf", "document_{}.docx", "scan_{}.pdf"])
    return name.format(f.last_name().lower()), "\n".join(body)


def _letter(r: random.Random) -> tuple[str, str]:
    nl = r.random() < 0.75
    f = fake if nl else fake_en
    opening = r.choice(["Geachte heer/mevrouw,", "Geachte mevrouw " + f.last_name() + ",",
                        "Beste recruiter,"]) if nl else r.choice(["Dear Sir or Madam,",
                                                                   "Dear hiring manager,"])
    middle = (f"Met veel interesse las ik uw vacature voor {f.job()}. Hierbij solliciteer ik "
              f"naar deze functie. {f.paragraph()}" if nl else
              f"I am writing to apply for the position of {f.job()}. {f.paragraph()}")
    close = r.choice(["Met vriendelijke groet,", "Hoogachtend,"]) if nl else "Kind regards,"
    name = r.choice(["motivatiebrief_{}.docx", "brief_{}.pdf", "sollicitatie_{}.docx"])
    return name.format(r.randint(1, 999)), f"{opening}\n{middle}\n{close}\n{f.name()}"


def _payslip(r: random.Random) -> tuple[str, str]:
    gross = r.randint(2200, 5200)
    lines = [fake.company(), f"Periode {r.randint(1, 12)}-2024", fake.name(),
             f"Bruto loon {gross},00", f"Loonheffing {gross // 5},00",
             f"Pensioenpremie {gross // 20},00", f"Netto loon {gross - gross // 4},00",
             f"Vakantiegeld opgebouwd {gross // 12},00"]
    if r.random() < 0.5:
        lines.insert(0, r.choice(["Loonstrook", "Salarisspecificatie", "Loonspecificatie"]))
    name = r.choice(["loonstrook_{}.pdf", "salaris_{}.pdf", "export_{}.pdf"])
    return name.format(r.randint(1, 99)), "\n".join(lines)


def _contract(r: random.Random) -> tuple[str, str]:
    lines = [r.choice(["ARBEIDSOVEREENKOMST", "Uitzendovereenkomst", ("Arbeidsovereenkomst voor "
                       "bepaalde tijd")]), "De ondergetekenden:", (f"1. {fake.company()}, "
             "hierna te noemen werkgever"), f"2. {fake.name()}, hierna te noemen werknemer",
             "Artikel 1 Functie: " + fake.job(), "Artikel 2 Proeftijd: een maand",
             "Artikel 3 Opzegtermijn: een maand", "Op deze overeenkomst is de cao van toepassing.",
             "Aldus overeengekomen en in tweevoud ondertekend."]
    return r.choice(["contract_{}.docx", "overeenkomst_{}.pdf"]).format(r.randint(1, 99)), \
        "\n".join(lines)


def _medical(r: random.Random) -> tuple[str, str]:
    lines = [r.choice(["Verzuimregistratie", "Ziekmelding", "Verzuimoverzicht"]),
             f"Medewerker: {fake.name()}", f"Eerste ziektedag: {synth.any_date(fake)}",
             r.choice(["Hersteld gemeld op " + synth.any_date(fake), "Nog niet hersteld"]),
             "Contact met de bedrijfsarts gepland.", "Re-integratieplan volgt."]
    return r.choice(["verzuim_{}.docx", "ziekmelding_{}.pdf"]).format(r.randint(1, 99)), \
        "\n".join(lines)


def _vog(r: random.Random) -> tuple[str, str]:
    text = ("Verklaring Omtrent het Gedrag\nJustis, ministerie van Justitie en Veiligheid\n"
            f"Naam aanvrager: {fake.name()}\nDatum afgifte: {synth.any_date(fake)}\n"
            "De screening heeft geen bezwaar opgeleverd.")
    return r.choice(["vog_{}.pdf", "verklaring_{}.pdf", "scan_{}.pdf"]).format(
        r.randint(1, 99)), text


def _id_copy(r: random.Random) -> tuple[str, str]:
    surname = fake.last_name().upper().replace(" ", "<")
    mrz1 = f"P<NLD{surname}<<{fake.first_name().upper()}".ljust(44, "<")[:44]
    mrz2 = f"{r.randint(10**8, 10**9 - 1)}NLD{r.randint(10**9, 10**10 - 1)}".ljust(44, "<")[:44]
    text = (f"KONINKRIJK DER NEDERLANDEN\nPASPOORT\nNaam {surname}\n{mrz1}\n{mrz2}"
            if r.random() < 0.7 else
            "IDENTITEITSKAART\nNationaliteit Nederlandse\nDocumentnummer "
            f"X{r.randint(10**6, 10**7)}\nGeldig tot {synth.any_date(fake)}")
    return r.choice(["kopie_id_{}.png", "scan_{}.jpg", "paspoort_{}.pdf"]).format(
        r.randint(1, 99)), text


def _other(r: random.Random) -> tuple[str, str]:
    kind = r.randrange(4)
    if kind == 0:  # a vacancy: CV-ish words but not a CV
        text = (f"Vacature {fake.job()}\nWij zoeken een collega met ervaring.\nWat wij bieden: "
                "een goed salaris.\nInteresse? Stuur je cv en motivatie naar "
                f"{fake.company_email()}.")
    elif kind == 1:
        text = f"Factuur {r.randint(1000, 9999)}\n{fake.company()}\nTotaal EUR {r.randint(1, 900)}"
    elif kind == 2:
        text = f"Notulen teamoverleg\nAanwezig: {fake.name()}, {fake.name()}\n{fake.paragraph()}"
    else:
        text = fake.paragraph(nb_sentences=6)
    return r.choice(["notitie_{}.txt", "document_{}.docx", "export_{}.xlsx"]).format(
        r.randint(1, 999)), text


MAKERS: dict[str, Callable[[random.Random], tuple[str, str]]] = {
    "cv": _cv, "motivation_letter": _letter, "payslip": _payslip,
    "employment_contract": _contract, "medical": _medical, "vog": _vog, "id_copy": _id_copy,
    "other": _other,
}
COUNTS = {"cv": 40, "motivation_letter": 20, "payslip": 20, "employment_contract": 15,
          "medical": 15, "vog": 10, "id_copy": 15, "other": 25}


def main() -> None:
    r = random.Random(2026)
    Faker.seed(2026)
    rows = []
    for doc_type, n in COUNTS.items():
        for _ in range(n):
            name, text = MAKERS[doc_type](r)
            rows.append({"name": name, "doc_type": doc_type, "text": text})
    rows.append({"name": "camera/ingang_2024-03-01.mp4", "doc_type": "camera_footage",
                 "text": ""})
    OUT.parent.mkdir(exist_ok=True)
    OUT.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in rows),
                   encoding="utf-8")
    print(f"{len(rows)} documents written to {OUT}")


if __name__ == "__main__":
    main()
