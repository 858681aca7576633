"""`bsn-outside-hr` spares every payroll/HR record (SPEC: "not an ID copy, payslip, employment
contract or other payroll/HR record"), also one of type `other`: a timesheet, a leave
register, a personnel list. A candidate export or a proposal to a client is no HR record,
and a BSN there still breaks the rule; so is a statement for a mortgage lender or landlord,
or minutes. JSON Lines mark the record ("hr_record")."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner

from scanner.cli import cli
from scanner.extract.limits import Limits
from scanner.models import SourceItem
from scanner.scan_item import ScanConfig, process_file
from tests.extract import tables_data as td

CFG = ScanConfig(key=b"test-key-0123456789", policy_path=None, limits=Limits(),
                 now=datetime(2024, 6, 1, tzinfo=UTC))
B1, B2 = td.valid_bsns(2)

HR = {
    "uren-week-12.csv": (f"Urenregistratie week 12\npers.nr;naam;bsn;ma;di;wo;totaal\n"
                         f"1044;Sanne Bakker;{B1};8;8;6;22\n1051;Ali Yilmaz;{B2};8;0;8;16\n"),
    "verlof.txt": (f"Verlofoverzicht 2024 - afdeling logistiek\nMedewerkernummer 2231, "
                   f"BSN {B1}, verlofsaldo 54 uur; verlofaanvraag 3-7 juni goedgekeurd.\n"),
    "beslag.txt": (f"Betreft: loonbeslag\nGeachte werkgever, op het loon van uw werknemer "
                   f"(BSN {B1}, personeelsnummer 88120) is beslag gelegd. Beslaglegging "
                   f"geldt vanaf de volgende loonperiode.\n"),
    # issue #15: a VOG request, a payroll-tax letter and a roster are HR records too
    "vog-aanvraag.txt": (f"Aanvraag VOG\nWerknemer: Sanne Bakker, BSN {B1}\nFunctie: "
                         f"chauffeur; de verklaring omtrent het gedrag is nodig voor "
                         f"indiensttreding.\n"),
    "loonheffing.txt": (f"Betreft: correctie loonaangifte maart\nVoor uw werknemer met BSN {B1} "
                        f"is de loonheffing over maart gecorrigeerd door de "
                        f"salarisadministratie.\n"),
    "rooster.csv": (f"Dienstrooster week 14\nnaam;bsn;ma;di;wo\nSanne Bakker;{B1};vroeg;laat;vrij\n"
                    f"Ali Yilmaz;{B2};laat;vrij;vroeg\nWerknemer ruilt alleen via de planner.\n"),
    # sickness and social-insurance administration of an employee, whatever its type
    "ziektewet.txt": (f"Betreft: aanvraag Ziektewetuitkering\nVoor Sanne Bakker (BSN {B1}) "
                      f"vragen wij een uitkering aan; de loondoorbetaling eindigt per 1 juli.\n"),
    "sick-leave.txt": (f"Subject: sick leave administration\nFor Ali Yilmaz, BSN {B2}, the "
                       f"sickness absence started on 3 March; payroll continues.\n"),
    # an employee's leave request (no absence record: doc_signals [medical]) and a dismissal
    # after an incident are in the HR file too
    "ouderschapsverlof.txt": (f"Aanvraag ouderschapsverlof\nWerknemer: Ali Yilmaz, BSN {B2}\n"
                              f"Ouderschapsverlof na het bevallingsverlof van zijn partner, "
                              f"twee dagen per week.\n"),
    "parental-leave.txt": (f"Parental leave request\nEmployee: Sam Jones, BSN {B1}\nParental "
                           f"leave after the birth, one day a week from 1 June.\n"),
    # issue #15: a UWV decision on an employee's WIA claim and a payroll export
    "wia-besluit.txt": (f"UWV\nBetreft: beslissing WIA-aanvraag\nGeachte werkgever,\nUw werknemer "
                        f"Sanne Bakker (BSN {B1}) is na onderzoek door de verzekeringsarts voor "
                        f"45% arbeidsongeschikt; zij krijgt een WGA-uitkering vanaf 1 april.\n"),
    "loonexport.csv": (f"Periode;Personeelsnummer;Naam;BSN;Bruto;Loonheffing;Netto\n"
                       f"2024-03;1001;Piet Jansen;{B1};3100,00;620,00;2300,00\n"
                       f"2024-03;1002;Sanne Bakker;{B2};2800,00;540,00;2110,00\n"),
    "ontslag.txt": (f"Incident magazijn 12 maart\nPersoneelsnummer 4410, BSN {B1}. Na de "
                    f"diefstal volgt ontslag op staande voet; aangifte is gedaan.\n"),
    "vso.txt": (f"Vaststellingsovereenkomst\nPartijen: Flexwerk B.V. en Sanne Bakker (BSN "
                f"{B1}). De arbeidsovereenkomst eindigt met wederzijds goedvinden op 1 juli; de "
                f"transitievergoeding wordt met het laatste loon betaald.\n"),
    # stop 34: the entry of a new employee's or a changed employee's personal data for the
    # personnel and payroll administration
    "nieuwe-medewerker.txt": (f"Gegevens nieuwe medewerker t.b.v. loonadministratie\nNaam: "
                              f"Sanne Bakker\nBSN: {B1}\nStartdatum: 1 juli\n"),
    "new-starter.txt": (f"New starter form\nEmployee details\nName: Sam Jones\nBSN: {B2}\n"
                        f"Start date: 3 June\n"),
    "wijziging.txt": (f"Wijziging personeelsgegevens\nPersoneelsnummer: 4411\nBSN: {B1}\n"
                      f"Nieuw adres per 1 mei: Dorpsstraat 3, Epe\n"),
    "invoer.txt": (f"Personalia nieuwe collega (invoer salarisadministratie)\nNaam: Ali Yilmaz"
                   f"\nBSN: {B2}\nBurgerlijke staat: gehuwd\n"),
    "new-hire.csv": (f"new hire;bsn;start;payroll number\nSam Jones;{B1};2024-06-03;5512\n"),
    "indienst.txt": (f"Indiensttredingsformulier\nWerknemersgegevens\nNaam: Sanne Bakker\n"
                     f"BSN: {B1}\nLoonheffingskorting toepassen: ja\n"),
    "employee-data.txt": (f"Employee data form (payroll input)\nName: Ali Yilmaz\nBSN: {B2}\n"
                          f"Bank account and tax code to follow.\n"),
    "joiner.txt": (f"Starter checklist - new joiner\nName: Sam Jones\nBSN: {B1}\nLaptop: "
                   f"yes; badge: yes\n"),
    # stop 48: the pay administration's correspondence with an employee about their pay
    "pensioen.txt": (f"Pensioenfonds Uitzendbranche\nBetreft: uw pensioenoverzicht 2025\n"
                     f"Geachte heer Bakker,\nHierbij uw Uniform Pensioenoverzicht.\nBSN: {B1}\n"
                     f"Werkgever: Flexwerk B.V.\n"),
    "pension.txt": (f"Pension fund for temporary workers\nSubject: your pension overview\n"
                    f"Dear Mr Yilmaz,\nCitizen service number (BSN): {B2}\nAccrued pension "
                    f"at 31 December: EUR 980 a year.\n"),
    "voorschot.txt": (f"Onderwerp: voorschot\nHoi payroll, ik wil graag een voorschot op mijn "
                      f"salaris van 300 euro. Mijn BSN is {B1}.\nGroet, Ali\n"),
    "advance.txt": (f"Subject: salary advance\nHello payroll, could I get an advance on salary "
                    f"of EUR 400? My BSN is {B2} if you need it.\nThanks, Sam\n"),
}
NOT_HR = {
    "kandidaten.csv": (f"Kandidaten juni\nnaam;bsn;vacature;beschikbaar per\n"
                       f"Sanne Bakker;{B1};orderpicker;1-7\nAli Yilmaz;{B2};heftruck;1-8\n"),
    # a candidate's registration names personal data too, and a candidate is no employee
    "inschrijving.txt": (f"Inschrijving kandidaat\nPersonalia\nNaam: Sanne Bakker\nBSN: {B1}"
                         f"\nBeschikbaar per 1 juli, vacature orderpicker\n"),
    "voorstel-nieuw.txt": (f"Betreft: voorstel kandidaat\nBeste klant, uw nieuwe medewerker "
                           f"voor de vacature: kandidaat Ali Yilmaz (BSN {B2}), beschikbaar "
                           f"per 1 augustus.\n"),
    "voorstel.txt": (f"Betreft: voorstel kandidaat\nBeste klant, hierbij stel ik kandidaat Sanne "
                     f"Bakker voor (BSN {B1}) voor de vacature van orderpicker; zij is "
                     f"beschikbaar per 1 juli.\n"),
    # issue #15: a statement for a mortgage lender or a landlord leaves the HR file, and
    # minutes record a meeting: a BSN there is outside HR, whatever payroll words they hold
    "werkgeversverklaring.txt": (
        f"Werkgeversverklaring\nHierbij verklaart Flexwerk B.V. dat Sanne Bakker (BSN {B1}) "
        f"sinds 1 maart 2021 bij ons in dienst is als werknemer, met een vast dienstverband. "
        f"Het bruto jaarsalaris volgens onze salarisadministratie is EUR 41.200. Deze "
        f"verklaring is bestemd voor de hypotheekaanvraag.\n"),
    "employer-statement.txt": (
        f"Employer's statement\nWe confirm that Ali Yilmaz, BSN {B2}, has been our employee "
        f"since 2019 on a permanent contract; payroll pays a gross monthly salary of EUR "
        f"3,150.\n"),
    "verhuurder.txt": (
        f"Betreft: inkomen Ali Yilmaz\nGeachte verhuurder,\nOp verzoek van onze werknemer "
        f"Ali Yilmaz (BSN {B2}) bevestigen wij dat hij in dienst is; volgens de "
        f"salarisadministratie verdient hij EUR 2.900 bruto per maand.\nMet vriendelijke "
        f"groet,\nFlexwerk B.V.\n"),
    "notulen.txt": (
        f"Notulen teamoverleg salarisadministratie 4 april\nAanwezig: Sanne, Ali, Kees\n"
        f"1. De loonstrook van werknemer met BSN {B1} was fout; payroll corrigeert dit.\n"
        f"2. Rondvraag: geen.\n"),
}


def _scan(path: Path) -> tuple[bool, set[str]]:
    item = SourceItem(path=str(path), member=None, size=path.stat().st_size,
                      modified=datetime(2024, 1, 1, tzinfo=UTC))
    (result, *_) = process_file(item, CFG)
    return result.file.hr_record, {r for f in result.findings if f.entity == "NL_BSN"
                                   for r in f.rules}


@pytest.mark.parametrize("name", sorted(HR))
def test_an_hr_record_of_type_other_breaks_no_bsn_rule(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_text(HR[name], encoding="utf-8")
    hr, rules = _scan(path)
    assert hr and "bsn-outside-hr" not in rules


@pytest.mark.parametrize("name", sorted(NOT_HR))
def test_candidate_and_outgoing_documents_are_no_hr_records(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_text(NOT_HR[name], encoding="utf-8")
    hr, rules = _scan(path)
    assert not hr and "bsn-outside-hr" in rules


def test_jsonl_marks_hr_records_and_a_policy_can_switch_the_exemption_off(
        tmp_path: Path) -> None:
    share = tmp_path / "share"
    share.mkdir()
    (share / "uren.csv").write_text(HR["uren-week-12.csv"], encoding="utf-8")
    policy = tmp_path / "beleid.toml"
    default = CliRunner().invoke(cli, ["policy", "show"]).output
    policy.write_text(default.replace("except_hr_records = true", "except_hr_records = false"),
                      encoding="utf-8")
    for pol, broken in ((None, False), (policy, True)):
        out = tmp_path / f"out-{broken}.jsonl"
        args = ["scan", str(share), "--jsonl", str(out), "--db", str(tmp_path / f"{broken}.db"),
                "--workers", "1", "--quiet", "--report", str(tmp_path / f"{broken}.xlsx")]
        result = CliRunner().invoke(cli, args + (["--policy", str(pol)] if pol else []))
        assert result.exit_code == 0, result.output
        records = [json.loads(line) for line in out.read_text().splitlines()]
        assert [r["hr_record"] for r in records if r["type"] == "file"] == [True]
        rules = {f["rule"] for f in records if f["type"] == "finding" and f["entity"] == "NL_BSN"}
        assert ("bsn-outside-hr" in rules) is broken
