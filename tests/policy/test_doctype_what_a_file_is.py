"""A document's type by what the file is (doc_signals.toml `require`, `require_frames`,
`no_one`, payslip `patterns`): camera footage is a recording or an export of camera images,
a payroll record is about pay. Synthetic texts written for these tests (other words, layouts
and languages than any evaluation set's).
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from scanner.models import SourceItem, TextChunk
from scanner.policy.classify import classify, rule_verdict


def _item(name: str) -> SourceItem:
    return SourceItem(path=f"/share/{name}", member=None, size=1,
                      modified=datetime(2026, 11, 30, tzinfo=UTC))


def _classify(text: str, name: str = "export.txt") -> str:
    return classify(_item(name), [TextChunk(text, "body")])[0]


def _vetoed(text: str, name: str) -> frozenset[str]:
    """The types the learned model may not give (it read such logs as footage, and such
    hours as pay: sdr-23, sdr-10)."""
    return rule_verdict(_item(name), [TextChunk(text, "body")]).vetoed


# 1. A log of a reader's or a terminal's events (badge, fingerprint, hand vein, face
# terminal) keeps no camera image: no footage, by the rules nor by the learned model.
@pytest.mark.parametrize(("text", "name"), [
    (("Draaihek noordzijde - registraties dinsdag\n"
     "06:01:12 pas 7731 binnen (groen)\n06:03:40 pas 7745 binnen (groen)\n"
     "06:04:02 pas 9012 geweigerd: pas verlopen\n07:15:55 pas 7731 buiten\n"
     "Registraties worden na twee weken automatisch verwijderd door de leverancier."),
     "poort_log.txt"),
    (("timestamp,reader,badge,result\n2026-04-07T05:58,R-WEST-IN,55F10A,granted\n"
     "2026-04-07T05:59,R-WEST-IN,55F10B,granted\n2026-04-07T06:20,R-WEST-OUT,55F10A,exit\n"
     "2026-04-07T06:31,R-DOCK,UNKNOWN,denied\nnote: reader R-DOCK offline 07:00-07:40 for "
     "maintenance by the facility contractor"), "badge_events.csv"),
    (("Vingerafdrukklok hal B - registraties week 15\n"
     "Bram de Wit      ma 06:58 in   15:02 uit\nNoor Jansen      ma 07:01 in   15:30 uit\n"
     "Sem Visser       di 06:55 in   14:59 uit\nHandmatige correctie door teamleider bij "
     "twee registraties; de klok bewaart alleen een sjabloon, geen afdruk."),
     "klok_hal_b.txt"),
    (("Onderhoudsmelding gezichtsterminal FR-2 (personeelsingang)\n"
     "09-03 sensor gekalibreerd na storing, camera-module opnieuw gestart\n"
     "10-03 software bijgewerkt naar versie 3.1, herkenningsdrempel blijft 0,80\n"
     "12-03 behuizing schoongemaakt; geen profielen toegevoegd of verwijderd door monteur"),
     "terminal_fr2.txt"),
    (('{"ts": "2026-05-02 22:14", "door": "D3", "card": "4F2A", "event": "granted"}\n'
     '{"ts": "2026-05-02 22:16", "door": "D3", "card": "4F2B", "event": "granted"}\n'
     '{"ts": "2026-05-02 23:01", "door": "D1", "card": "0000", "event": "denied"}\n'
     "Toegangssysteem magazijn, nachtdienst: export voor de planning wegens urenverschil "
     "bij twee uitzendkrachten van de late ploeg."), "toegang_export.txt"),
    (("Handaderscanner kantine - inschrijvingen april\n"
     "medewerker | sjabloon-id | ingeschreven | status\nLotte Smit | HV-2201 | 03-04 | actief\n"
     "Daan Bakker | HV-2202 | 05-04 | actief\nFenna Mulder | HV-2189 | 11-01 | verwijderd bij "
     "uitdienst; het systeem bewaart geen afbeelding van de hand"), "scanner_inschrijving.txt"),
    (("Zutrittskontrolle Tor 2 - Ereignisprotokoll\n06:02 Karte 1182 Zutritt gewährt\n"
     "06:05 Karte 1190 Zutritt gewährt\n06:40 Karte unbekannt abgewiesen\n"
     "Fingerabdruckleser außer Betrieb, nur Kartenmodus bis zur Reparatur am Freitag."),
     "tor2.txt"),
    (("Access control audit - warehouse Venlo, week 18\nDoor events per zone, exported for "
     "the site manager after a complaint about overtime.\nzone A: 412 granted, 3 denied\n"
     "zone B: 388 granted, 9 denied (expired badges)\nzone C: closed for repairs\n"
     "Fingerprint readers at zone B were replaced on Thursday by the security supplier."),
     "access_audit.txt"),
])
def test_a_reader_or_terminal_log_is_no_footage(text: str, name: str) -> None:
    assert _classify(text, name) == "other"
    assert "camera_footage" in _vetoed(text, name)


# 2. A clock or a gate that keeps an image of each event, or a text that names the recording
# (a clip, a video file, the recordings), is footage.
@pytest.mark.parametrize(("text", "name"), [
    (("Prikklok met camera - kantoor Zwolle\nBij elke registratie maakt de klok een snapshot "
     "van de medewerker.\nma 07:02 Eva Bos in (snapshot 0412)\nma 16:31 Eva Bos uit "
     "(snapshot 0413)\nSnapshots blijven 4 weken bewaard."), "klok_export.txt"),
    (("Clock-in audit, bakery line 2\nEach punch keeps a frame from the terminal camera; the "
     "frame is compared with the worker's enrolled face.\nweek 9: 31 punches, 30 matched, one "
     "frame too dark."), "audit_clockin.txt"),
    (("Toegangspoort laadplein met camera\nBij elke geweigerde badge wordt een foto opgeslagen "
     "voor de beveiliging.\n23:12 badge 3301 geweigerd, foto 118\n23:40 badge onbekend "
     "geweigerd, foto 119"), "poort_laadplein.txt"),
    (("Turnstile east, night shift\nThe turnstile camera stores a snapshot with every badge "
     "swipe; snapshots are deleted after 14 days.\n02:10 swipe 7781 ok\n02:14 swipe 7790 "
     "refused"), "turnstile.txt"),
    (("Clip opgevraagd door beveiliging\nBestand: kantine_oost_2026-07-14_1210.mp4 (4 min)\n"
     "Reden: ruzie tussen twee uitzendkrachten bij de koffieautomaat."), "verzoek.txt"),
    (("Uitklokken met camera - locatie Almere\nBeeld bij uitklokken opgeslagen per "
     "registratie:\nvr 22:02 Sanne de Groot uit (beeld 7781)\nvr 22:05 Milan Kok uit (beeld "
     "7782)"), "uitklok.txt"),
    (("Loading dock recording, 03-08, 14:00-14:30\nThe forklift driver reverses into the "
     "rack at 14:12; the footage was kept for the insurer."), "dock.txt"),
    (("Overzicht beeldopnamen ingang west, week 31\nCAM-W1 zaterdag 02:14 beweging, "
     "niemand herkenbaar\nCAM-W1 zondag 03:40 vos op het terrein"), "overzicht.txt"),
])
def test_a_clock_that_keeps_an_image_or_a_recording_is_footage(text: str, name: str) -> None:
    assert _classify(text, name) == "camera_footage"


# 3. Hours alone (a clock's or a terminal's hours, a shift check) are no payroll record when
# the text names no pay: not its file name either.
@pytest.mark.parametrize(("text", "name"), [
    (("naam;datum;in;uit;uren\nBram de Wit;02-03;06:00;14:30;8,5\nNoor Jansen;02-03;06:00;"
     "14:00;8,0\nSem Visser;02-03;14:00;22:15;8,25"), "payroll_uren_week10.csv"),
    (("Shift check (palm reader), plant Emmen, week 22\nWorker | Shifts | Hours | Verified\n"
     "Kowalczyk A. | 5 | 40 | 5 by palm\nNguyen T. | 4 | 32 | 3 by palm, 1 by supervisor"),
     "payroll-input-week22.txt"),
    (("Urencontrole vingerafdrukklok - vestiging Deventer\nLotte Smit: 5 diensten, alle "
     "geverifieerd\nDaan Bakker: 4 diensten, 1 handmatig gecorrigeerd door de planner"),
     "payroll_controle.txt"),
    (("Prikklokregistraties juni\nmedewerker,registraties,ontbrekend\nFenna Mulder,20,0\n"
     "Jesse Vos,18,2\nIlse Meijer,21,0"), "payroll_klok_juni.csv"),
    (("Hours per worker from the gate terminal, May\nS. Peters 168\nJ. Groen 152\n"
     "M. Dekker 171 (two shifts added by hand)"), "payroll.txt"),
    (("Roosteruren vs klokuren week 40\nnaam | rooster | klok | verschil\nEva Bos | 36 | 35,5 "
     "| -0,5\nMilan Kok | 40 | 42 | +2"), "payroll_verschillen.txt"),
    (("Overtime check, distribution centre Tiel\nWorkers over 60 hours this week: 3\n"
     "Anouk Peters 62 h, Ruben Smit 61 h, Iris de Vries 64 h. Planner to confirm with "
     "the client."), "payroll_overtime.txt"),
    (("Clock data export (face terminal T4)\nemployee_id;date;first_in;last_out\n"
     "4411;2026-06-01;05:57;14:06\n4412;2026-06-01;06:02;14:01"), "payroll_t4.csv"),
])
def test_hours_without_pay_are_no_payroll_record(text: str, name: str) -> None:
    assert _classify(text, name) == "other"
    assert "payslip" in _vetoed(text, name)


# 4. A pay run's summary over a group (totals, how many were paid) names no one.
@pytest.mark.parametrize("text", [
    ("Samenvatting verloning periode 4\nAantal medewerkers: 88\nBruto totaal: 214.550,00\n"
    "Loonheffing: 40.112,30\nNetto uitbetaald: 160.900,12"),
    ("Payroll run summary, week 14\nNumber of employees paid: 140\nGross pay total: "
    "301,220.00\nWage tax withheld: 61,005.40\nNet pay total: 228,790.10"),
    ("Loonkosten Q2 per vestiging (geaggregeerd)\nAlmere: bruto 120.400, werkgeverslasten "
    "31.200\nZwolle: bruto 98.300, werkgeverslasten 25.100"),
    ("Verloningsrapport maart\nAantal uitzendkrachten verloond: 312\nTotaal bruto loon "
    "612.004,55; totaal netto 488.120,30; pensioenpremie 22.410,00"),
    ("Salary costs overview 2026 (aggregated, no personal data)\nDepartment A gross "
    "1.2M, net 0.9M\nDepartment B gross 0.8M, net 0.6M"),
    ("Headcount and payroll, June\nHeadcount: 57\nGross salaries: 171,000\nEmployer "
    "contributions: 44,000"),
    ("Overzicht loonstroken april\nAantal loonstroken: 406, waarvan 12 met correctie\n"
    "Bruto 701.220,00 - netto 560.970,40"),
    ("Loonaangifte samenvatting tijdvak 7\nAantal werknemers: 93\nSV-loon totaal: 260.100\n"
    "Loonheffing totaal: 51.880"),
])
def test_a_pay_runs_summary_is_about_no_one(text: str) -> None:
    assert _classify(text, "samenvatting.txt") == "other"
    assert "payslip" in _vetoed(text, "samenvatting.txt")


# 5. Wages per person in a table are a payroll record, whatever other columns it has (hours
# sick, a sick-pay percentage), and a payslip of one person stays one.
@pytest.mark.parametrize("text", [
    ("medewerker;periode;uren;uren ziek;bruto\nEva Bos;2026-05;120;40;2.410,00\n"
    "Milan Kok;2026-05;160;0;2.990,00"),
    ("Naam | Maand | Gewerkt | Ziek (uren) | Doorbetaling % | Bruto\nSanne de Groot | 06 | 96 "
    "| 64 | 70 | 2.100,50\nJesse Vos | 06 | 160 | 0 | - | 2.880,00"),
    ("employee,period,hours,sick hours,gross pay\nA. Kowalczyk,2026-04,150,10,2630.00\n"
    "T. Nguyen,2026-04,160,0,2790.00"),
    ("Werknemer\tUren\tZiekte-uren\tBrutoloon\nLotte Smit\t144\t16\t2.640,00\n"
    "Daan Bakker\t160\t0\t2.950,00"),
    ("Loonstrook mei 2026\nWerknemer: Fenna Mulder\nBruto loon 2.950,00\nLoonheffing "
    "412,10\nNetto loon 2.310,44"),
    ("Payslip April 2026\nEmployee: Ruben Smit\nGross pay 3,100.00\nTax deducted "
    "610.20\nNet pay 2,331.80"),
    ("A: naam | B: uren | C: ziekte-uren | D: salaris\nIris de Vries | 152 | 8 | 2.710,00\n"
    "Anouk Peters | 160 | 0 | 2.850,00\n(ziekte-uren volgens het verzuimsysteem)"),
    ("persnr;naam;uren;uurloon;bruto\n5101;Bram de Wit;38;15,20;577,60\n"
    "5102;Noor Jansen;40;15,20;608,00"),
])
def test_wages_per_person_are_a_payroll_record(text: str) -> None:
    assert _classify(text, "export.txt") == "payslip"


# 6. Everyday words beside an image ("foto voor de toegangsbadge", "vergeten uit te klokken
# ... een foto van mijn klokkaart") are no clock that keeps an image of each event.
@pytest.mark.parametrize(("text", "name"), [
    (("Naam: Sanne de Vries\nFoto voor toegangsbadge: ontvangen\n"
     "Contact opgenomen met leidinggevende: ja"), "checklist_indiensttreding.txt"),
    (("Onderwerp: vergeten uit te klokken\nHoi, ik ben gisteren vergeten uit te klokken. "
     "Bijgevoegd een foto van mijn klokkaart.\nGroet, Milan Kok"), "mail.txt"),
    (("Gespreksverslag 12-05\nJan heeft vaker vergeten in te klokken, bijvoorbeeld op maandag "
     "en donderdag. Er is contact opgenomen met de planner. De registratie toont drie dagen "
     "zonder inkloktijd; Jan maakt voortaan een foto van het rooster."), "verslag.txt"),
    (("[09:12] Eva: ik stuur je even een screenshot\n[09:13] Eva: badge werkt niet bij de "
     "ingang\n[09:14] Daan: de foto op de badge klopt ook niet, vraag een nieuwe aan"),
     "chat.txt"),
    (("Welkomstmail\nVoor je badge hebben we nog een foto nodig; lever die in bij de receptie "
     "voor je eerste werkdag. Klokken doe je met de app."), "welkom.txt"),
])
def test_an_image_beside_a_clock_word_is_no_footage(text: str, name: str) -> None:
    assert _classify(text, name) != "camera_footage"


# 7. A per-person payroll journal or payslip that also gives a headcount names its people in
# its rows (space-aligned columns, "Achternaam;Voornaam", "Employee ID\tSurname"): a payroll
# record, not a summary about no one.
@pytest.mark.parametrize("text", [
    ("Loonjournaal periode 3 2026\nPersnr  Naam         Bruto     Netto\n"
    "1001    J. Jansen    3.200,00  2.410,15\n1002    S. Bakker    2.950,00  2.260,80\n"
    "Totaal               6.150,00  4.670,95\nAantal werknemers: 2"),
    ("Nr;Achternaam;Voornaam;Uren;Bruto;Netto\n1001;Jansen;Jan;160;3.200,00;2.410,15\n"
    "1002;Bakker;Sanne;152;2.950,00;2.260,80\nAantal werknemers: 2"),
    ("Employee ID\tSurname\tGross\tNet\n2201\tPeters\t3100.00\t2331.80\n"
    "2202\tSmit\t2890.00\t2210.40\nHeadcount\t2"),
    ("Loonstrook\nDhr. J. de Vries\nPersoneelsnummer 1234\nPeriode 05-2026\n"
    "Bruto loon 3.050,00\nLoonheffing 520,30\nNetto loon 2.330,12\n"
    "Aantal personen in huishouden 3"),
])
def test_a_journal_with_a_headcount_names_its_people(text: str) -> None:
    assert "payslip" not in _vetoed(text, "export.txt")
    assert _classify(text, "export.txt") == "payslip"


# 8. English and Polish payroll names pay in its own words (gross/net amount, brutto,
# wynagrodzenie, pay run, take home, pay advice): the rules may not bar the model from it.
@pytest.mark.parametrize("text", [
    ("Pay run March 2026\nEmployee: Anouk Peters\nHours 160\ngross amount 3,150.00\n"
    "deductions 640.10\nnet amount 2,509.90"),
    ("PASEK WYNAGRODZEŃ\nPracownik: Tomasz Nowak\nOkres: 03/2026\nRazem brutto 6 200,00\n"
    "Składki ZUS 850,10\nDo wypłaty 4 520,30"),
    ("Pay Advice\nRuben Smit, staff no. 3302\nPeriod: April 2026\nTotal gross 2,980.00\n"
    "Income tax 512.00\nTake home 2,301.50"),
])
def test_foreign_payroll_is_not_barred_from_payslip(text: str) -> None:
    assert "payslip" not in _vetoed(text, "document.txt")


# 9. A camera's log named by its place ("Camerabeeld Ingang Noord", "Camera poort West") with
# timed event lines is footage; "bijvoorbeeld" or a "camera-module" is no camera image.
@pytest.mark.parametrize("text", [
    ("Camerabeeld Ingang Noord, 14-07-2026\n12:04 persoon betreedt hal met kar\n"
    "12:06 persoon verlaat hal zonder kar\nVeiliggesteld en opgevraagd door HR; bewaard 28 dagen"),
    ("Camera poort West - bewegingen 14-07-2026\n12:04 persoon loopt naar binnen\n"
    "12:09 vrachtwagen rijdt weg\n12:15 persoon loopt naar buiten"),
    ("Camera Ingang Noord - logboek 14-07-2026\n07:58 medewerker komt binnen\n"
    "08:02 bezoeker meldt zich bij de balie\n08:30 koerier levert pakket af"),
    ("Videobeelden laadperron, 03-09-2026\n22:10 twee personen bij de container\n"
    "22:14 personen vertrekken richting parkeerplaats"),
])
def test_a_camera_log_named_by_its_place_is_footage(text: str) -> None:
    assert "camera_footage" not in _vetoed(text, "log.txt")
    assert _classify(text, "log.txt") == "camera_footage"


# 10. The other direction of each widening: one image word beside a clock word is not enough
# alone; an aggregate table by branch with a headcount stays about no one; Dutch "net" opens
# no pay gate; "camera-module" or a camera rule with times is no camera log.
@pytest.mark.parametrize(("text", "name"), [
    (("Hoi Eva, ik ben vanochtend vergeten in te klokken en stuur een foto van het rooster mee.\n"
     "Groet, Daan"), "bericht.txt"),
    (("Storingslog gezichtsterminal T2\n08:14 camera-module herstart na update\n"
     "08:20 camera-module opnieuw gekalibreerd\n09:02 terminal weer in gebruik"), "terminal.txt"),
    (("Camera toezicht regels kantoor\n07:00 alarm uit door eerste medewerker\n"
     "19:00 alarm aan door laatste medewerker; beelden alleen bij incidenten"), "regels.txt"),
])
def test_few_camera_words_are_no_footage(text: str, name: str) -> None:
    assert _classify(text, name) != "camera_footage"


@pytest.mark.parametrize("text", [
    ("Vestiging;Bruto;Netto\nAlmere;120.400,00;90.110,00\nZwolle;98.300,00;73.020,00\n"
    "Aantal werknemers: 88"),
    ("Loonkosten per afdeling  Bruto      Netto\nLogistiek               310.000   232.000\n"
    "Productie               280.000   211.000\nAantal medewerkers: 120"),
])
def test_an_aggregate_with_a_headcount_stays_about_no_one(text: str) -> None:
    assert _classify(text, "overzicht.txt") == "other"
    assert "payslip" in _vetoed(text, "overzicht.txt")


@pytest.mark.parametrize(("text", "name"), [
    (("Urenlijst week 12\nnaam;ma;di;wo\nBram de Wit;8;8;net 7,5\nNoor Jansen;8;7;8\n"
     "Net na zessen ingeklokt door de late bus."), "payroll_uren.csv"),
])
def test_dutch_net_opens_no_pay_gate(text: str, name: str) -> None:
    assert "payslip" in _vetoed(text, name)
