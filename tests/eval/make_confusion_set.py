"""Generate the document-type confusion set (tests/eval/data/docs_confusions.jsonl).

Each kind of document the first classifier confused, written as it is met on a share:
administrative letters (bank, client, municipality, tax office) beside application letters;
policies and procedures that name CVs beside CVs without a "curriculum vitae" heading;
minutes and reports that mention absence beside absence and re-integration records about one
employee; application e-mails beside other e-mails; payroll exports beside candidate
exports. Faker nl_NL with a fixed seed, neutral file names (the text decides).
Run: .venv/bin/python tests/eval/make_confusion_set.py
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from pathlib import Path

from faker import Faker

OUT = Path(__file__).with_name("data") / "docs_confusions.jsonl"
fake = Faker("nl_NL")
fake_en = Faker("en_GB")
Maker = Callable[[random.Random], str]


def _d(r: random.Random) -> str:
    return f"{r.randint(1, 28)}-{r.randint(1, 12)}-20{r.randint(18, 25)}"


def _letter_head(r: random.Random, sender: str) -> str:
    return (f"{sender}\n{fake.street_address()}\n{fake.postcode()} {fake.city()}\n\n"
            f"{fake.name()}\n{fake.street_address()}\n{fake.postcode()} {fake.city()}\n\n"
            f"{fake.city()}, {_d(r)}\n")


# -- letters: about something else than a job (other) -----------------------------------------

def bank_letter(r: random.Random) -> str:
    return (_letter_head(r, r.choice(["ING Bank N.V.", "Rabobank Utrecht", "ABN AMRO Bank"]))
            + "Betreft: wijziging van uw rekening\n\nGeachte heer/mevrouw,\n\nU heeft ons "
            "gevraagd de tenaamstelling van uw zakelijke rekening te wijzigen. Wij hebben uw "
            "verzoek verwerkt. De wijziging gaat in op de eerste dag van de volgende maand. "
            "Heeft u vragen, neem dan contact op met uw accountmanager.\n\nMet vriendelijke "
            f"groet,\n\n{fake.name()}\nKlantenservice Zakelijk")


def client_letter(r: random.Random) -> str:
    return (_letter_head(r, fake.company()) + "Onderwerp: opdrachtbevestiging inleen "
            f"{fake.job()}\n\nGeachte mevrouw {fake.last_name()},\n\nHierbij bevestigen wij de "
            "inzet van twee uitzendkrachten op onze afdeling logistiek vanaf 1 april. Het "
            "tarief is conform de raamovereenkomst. Wij verzoeken u de facturen maandelijks "
            "te sturen onder vermelding van ons ordernummer.\n\nMet vriendelijke groet,\n\n"
            f"{fake.name()}\nInkoop")


def municipality_letter(r: random.Random) -> str:
    return (_letter_head(r, f"Gemeente {fake.city()}") + f"Uw kenmerk: {r.randint(1000, 9999)}"
            "\nBetreft: omgevingsvergunning kantoorpand\n\nGeachte heer, mevrouw,\n\nOp "
            f"{_d(r)} ontvingen wij uw aanvraag voor een omgevingsvergunning. Wij hebben uw "
            "aanvraag beoordeeld en besloten de vergunning te verlenen. Tegen dit besluit kunt "
            "u binnen zes weken bezwaar maken bij het college van burgemeester en wethouders."
            "\n\nHoogachtend,\n\nnamens het college,\n" + fake.name())


def tax_letter(r: random.Random) -> str:
    return (_letter_head(r, "Belastingdienst") + "Betreft: naheffingsaanslag loonheffingen\n\n"
            "Geachte heer/mevrouw,\n\nNaar aanleiding van het boekenonderzoek over het "
            "afgelopen jaar leggen wij u een naheffingsaanslag op. U vindt de berekening in "
            "de bijlage. Bent u het niet eens met deze aanslag, dan kunt u bezwaar maken.\n\n"
            "Met vriendelijke groet,\n\nde inspecteur")


def reference_request(r: random.Random) -> str:
    return (_letter_head(r, fake.company()) + "Betreft: verhuizing van ons kantoor\n\nBeste "
            "relatie,\n\nMet ingang van volgende maand is ons kantoor verhuisd naar een nieuw "
            "adres. Onze telefoonnummers blijven gelijk. Wilt u het nieuwe adres in uw "
            "administratie opnemen?\n\nMet vriendelijke groet,\n\n" + fake.name())


def english_business_letter(r: random.Random) -> str:
    return (f"{fake_en.company()}\n{fake_en.address()}\n\nDear Sir or Madam,\n\nRe: invoice "
            f"{r.randint(1000, 9999)}\n\nOur records show that the invoice for the temporary "
            "staff supplied in March is still outstanding. We kindly ask you to settle the "
            "amount within fourteen days.\n\nKind regards,\n\n" + fake_en.name())


# -- letters that apply for a job (motivation_letter) ------------------------------------------

def application_plain(r: random.Random) -> str:
    return (_letter_head(r, fake.name()) + f"Betreft: vacature {fake.job()}\n\nGeachte heer "
            f"{fake.last_name()},\n\nMet veel enthousiasme reageer ik op uw vacature. In mijn "
            "huidige baan heb ik geleerd zelfstandig te werken en ik zoek nu een nieuwe "
            "uitdaging. Graag licht ik in een gesprek toe waarom ik geschikt ben voor deze "
            "functie. Mijn cv treft u bijgaand aan.\n\nMet vriendelijke groet,\n\n" + fake.name())


def application_open(r: random.Random) -> str:
    return (f"{fake.name()}\n{fake.email()}\n\nBeste recruiter,\n\nGraag stel ik mij voor als "
            f"kandidaat voor een functie als {fake.job()}. Ik heb vijf jaar ervaring in de "
            "logistiek en ben per direct beschikbaar. Ik zou het leuk vinden om kennis te "
            "maken en te horen welke mogelijkheden er zijn.\n\nGroet,\n" + fake.name())


def application_en(r: random.Random) -> str:
    return (f"{fake_en.name()}\n{fake_en.address()}\n\nDear hiring manager,\n\nI would like to "
            f"be considered for the role of {fake_en.job()} advertised on your website. I have "
            "three years of experience in customer service and I am confident my skills match "
            "the position. Please find my resume attached.\n\nYours sincerely,\n"
            + fake_en.name())


# -- texts that name CVs but describe no one (other) -------------------------------------------

def retention_policy(r: random.Random) -> str:
    return ("Beleid bewaartermijnen personeels- en kandidatendossiers\nVersie 2.1\n\n1. Doel\n"
            "Dit beleid beschrijft hoe lang wij gegevens van kandidaten en medewerkers "
            "bewaren.\n2. Curriculum vitae en motivatiebrief\nHet curriculum vitae (cv) en de "
            "motivatiebrief van een kandidaat worden tot twee jaar na het laatste contact "
            "bewaard. Werkervaring, opleiding en referenties worden alleen vastgelegd voor de "
            "bemiddeling.\n3. Kopie identiteitsbewijs\nEen kopie identiteitsbewijs wordt vijf "
            "jaar na uitdiensttreding vernietigd.\n4. Verantwoordelijke\nDe functionaris "
            "gegevensbescherming ziet toe op dit beleid.")


def intake_procedure(r: random.Random) -> str:
    return ("Werkinstructie intake kandidaten\n\nStap 1: Vraag de kandidaat om een actueel cv "
            "(curriculum vitae) met werkervaring, opleidingen en vaardigheden.\nStap 2: Controleer "
            "of het cv geen BSN of kopie paspoort bevat; zo ja, verwijder die gegevens.\nStap 3: "
            "Leg de talen en het gewenste aantal uren vast in het systeem.\nStap 4: Plan een "
            "gesprek binnen vijf werkdagen.\nDeze procedure is vastgesteld door het "
            "managementteam.")


def cv_tips(r: random.Random) -> str:
    return ("Tips voor een sterk cv\n\nEen goed curriculum vitae is kort en overzichtelijk. "
            "Zet je werkervaring in omgekeerde volgorde, noem je opleiding en je belangrijkste "
            "vaardigheden. Een profiel van drie regels helpt de recruiter. Hobby's zijn niet "
            "verplicht. Zet nooit je BSN op je cv.")


def privacy_notice_en(r: random.Random) -> str:
    return ("Privacy notice for applicants\n\nWhen you apply, we process your CV, cover "
            "letter, work experience, education and skills. Curriculum vitae data is kept for "
            "two years after the last contact. You may ask us to delete your personal details "
            "at any time. This policy applies to all candidates.")


# -- CVs without a "curriculum vitae" heading (cv) ---------------------------------------------

def cv_dated(r: random.Random) -> str:
    y = r.randint(2005, 2015)
    return (f"{fake.name()}\n{fake.street_address()}, {fake.city()}\n{fake.phone_number()}\n\n"
            f"Ervaring\n{y + 4} - heden  {fake.job()}, {fake.company()}\n{y} - {y + 4}  "
            f"{fake.job()}, {fake.company()}\n\nScholing\n{y - 4} - {y}  MBO Logistiek, "
            f"{fake.city()}\n\nKennis en kunde\nHeftruckcertificaat, rijbewijs B, Excel")


def cv_en(r: random.Random) -> str:
    y = r.randint(2008, 2016)
    return (f"{fake_en.name()}\n{fake_en.email()}\n\nProfessional experience\n"
            f"{y + 3}-present  {fake_en.job()}, {fake_en.company()}\n{y}-{y + 3}  "
            f"{fake_en.job()}, {fake_en.company()}\n\nQualifications\n{y - 3}-{y}  BSc Business, "
            "University of Leeds\n\nInterests\nRunning, chess")


# -- texts that mention absence in passing (other) ---------------------------------------------

def minutes(r: random.Random) -> str:
    return (f"Notulen MT-overleg {_d(r)}\nAanwezig: {fake.name()}, {fake.name()}, "
            f"{fake.name()}\n\n1. Opening\n2. Cijfers: omzet ligt op koers. Het "
            "ziekteverzuim is dit kwartaal gedaald naar 4,1%.\n3. Planning: twee nieuwe "
            "vestigingen openen in het najaar.\n4. Rondvraag: geen.\nActiepunten: HR stelt "
            "een verzuimbeleid op.")


def quarter_report(r: random.Random) -> str:
    return ("Kwartaalrapportage HR Q3\n\nInstroom: 42 uitzendkrachten. Uitstroom: 31.\n"
            "Verzuimpercentage: 5,2% (vorig kwartaal 4,8%). Het aantal ziekmeldingen is licht "
            "gestegen; de arbodienst verwacht daling na de zomer.\nOpleidingen: 18 "
            "medewerkers volgden een VCA-training.\nConclusie: personeelsbestand stabiel.")


def absence_protocol(r: random.Random) -> str:
    return ("Verzuimprotocol\n\nArtikel 1 Ziekmelding\nDe medewerker meldt zich voor 9.00 uur "
            "ziek bij de leidinggevende.\nArtikel 2 Bereikbaarheid\nDe medewerker is tijdens "
            "ziekte bereikbaar op het verpleegadres.\nArtikel 3 Bedrijfsarts\nDe werkgever "
            "schakelt bij verzuim langer dan twee weken de bedrijfsarts in.\nDit protocol "
            "geldt voor alle medewerkers.")


def team_newsletter(r: random.Random) -> str:
    return (f"Nieuwsbrief vestiging {fake.city()}\n\nWelkom aan onze nieuwe collega's! Helaas "
            "was een aantal collega's deze maand ziek, we wensen iedereen veel beterschap. "
            "Op vrijdag is er een teamuitje naar de bowling. Vergeet je niet op te geven.")


# -- records about one employee's absence (medical) --------------------------------------------

def reintegration_report(r: random.Random) -> str:
    return (f"Re-integratieverslag\n\nWerknemer: {fake.name()}\nFunctie: {fake.job()}\n"
            f"Datum eerste ziektedag: {_d(r)}\n\nGesprek met werknemer en werkgever over de "
            "voortgang. De werknemer werkt sinds twee weken halve dagen in aangepast werk. De "
            "bedrijfsarts adviseert de uren in vier weken op te bouwen naar de eigen functie. "
            "Volgende evaluatie over zes weken. Werkgever en werknemer stemmen in met dit plan."
            "\nArtikel: Wet verbetering poortwachter")


def problem_analysis(r: random.Random) -> str:
    return (f"Probleemanalyse\nNaam: {fake.name()}\nPersoneelsnummer: {r.randint(1000, 9999)}"
            f"\nDatum: {_d(r)}\n\nBelastbaarheid: de medewerker kan licht fysiek werk doen, "
            "maximaal vier uur per dag.\nPrognose: herstel binnen drie maanden verwacht.\n"
            "Advies: opstellen plan van aanpak samen met de casemanager.")


def sick_note(r: random.Random) -> str:
    return (f"Ziek- en herstelmelding\n\nMedewerker: {fake.name()}\nUitzendkracht bij: "
            f"{fake.company()}\nZiek per: {_d(r)}\nVerwachte duur: onbekend\nReden uitval: "
            "niet gevraagd\nHersteld per: -\nGemeld door: planner")


def absence_talk(r: random.Random) -> str:
    return (f"Verslag verzuimgesprek\n\nAanwezig: {fake.name()} (leidinggevende), "
            f"{fake.name()} (medewerker)\n\nDe medewerker is sinds drie weken thuis. We hebben "
            "besproken hoe het gaat en wanneer werkhervatting mogelijk is. Het volgende "
            "consult bij de bedrijfsarts is volgende week. Afspraak: wekelijks telefonisch "
            "contact.")


def absence_en(r: random.Random) -> str:
    return (f"Sickness absence record\n\nEmployee: {fake_en.name()}\nFirst day of absence: "
            f"{_d(r)}\nReported by: line manager\nOccupational health referral: yes\nReturn to "
            "work plan: phased return over four weeks\nStatus: still absent")


def uwv_file(r: random.Random) -> str:
    return (f"Eerstejaarsevaluatie\n\nWerknemer: {fake.name()}\nZiektedag 1: {_d(r)}\n\n"
            "Het eerste spoor heeft niet tot volledige werkhervatting geleid. De "
            "arbeidsdeskundige adviseert een tweede spoortraject. De casemanager zorgt voor de "
            "aanvraag van de WIA-uitkering bij het UWV in week 88.")


# -- e-mails ------------------------------------------------------------------------------------

def application_mail(r: random.Random) -> str:
    return (f"Van: {fake.name()} <{fake.email()}>\nAan: vacatures@example.nl\nOnderwerp: "
            f"{fake.job()}\nDatum: {_d(r)}\n\nBeste heer/mevrouw,\n\nHierbij stuur ik mijn cv "
            "voor de functie die op jullie website staat. Ik ben per direct beschikbaar en "
            "hoor graag van jullie.\n\nGroeten,\n" + fake.first_name() + "\n\nBijlage: cv.pdf")


def application_mail_en(r: random.Random) -> str:
    return (f"From: {fake_en.name()} <{fake_en.email()}>\nTo: jobs@example.com\nSubject: "
            f"application {fake_en.job()}\n\nHello,\n\nPlease find attached my CV. I am "
            "interested in the vacancy and available from next month.\n\nBest regards,\n"
            + fake_en.name() + "\n\nAttachment: resume.docx")


def application_mail_short(r: random.Random) -> str:
    return (f"Van: {fake.email()}\nAan: info@example.nl\nOnderwerp: open sollicitatie\n\nHoi,\n"
            "In de bijlage mijn cv en motivatie. Ik zoek werk in de zorg of schoonmaak.\n"
            f"Mvg {fake.first_name()}\n\nBijlagen: CV_{fake.last_name()}.pdf, motivatie.docx")


def meeting_mail(r: random.Random) -> str:
    return (f"Van: {fake.name()} <{fake.email()}>\nAan: {fake.email()}\nOnderwerp: planning "
            f"volgende week\n\nHoi {fake.first_name()},\n\nKun je de roosters voor volgende "
            "week vrijdag aanleveren? Dan zet ik ze in de planning. Het cv-overzicht van de "
            "nieuwe kandidaten bespreken we dinsdag.\n\nGroet,\n" + fake.first_name())


def invoice_mail(r: random.Random) -> str:
    return (f"From: accounts@{fake_en.domain_name()}\nTo: {fake_en.email()}\nSubject: invoice "
            f"{r.randint(1000, 9999)}\n\nDear customer,\n\nAttached is the invoice for last "
            "month's services. Payment is due within 30 days.\n\nKind regards,\nAccounts team"
            "\n\nAttachment: invoice.pdf")


# -- health words that are not about someone's absence, and letters to candidates (other) -----

def care_vacancy(r: random.Random) -> str:
    return (f"Vacature verpleegkundige\n{fake.company()}\n\nWij zoeken een verpleegkundige "
            "voor de afdeling oncologie van ons ziekenhuis. Je dient medicatie toe, bereidt "
            "behandelingen voor en begeleidt patiënten na een operatie. Wat wij bieden: een "
            "contract voor een jaar. Interesse? Stuur je cv naar de recruiter.")


def care_assignment(r: random.Random) -> str:
    return (f"Opdrachtomschrijving\nOpdrachtgever: {fake.company()}\n\nGezocht: twee "
            "helpenden voor een verpleeghuis. Werkzaamheden: ondersteuning bij de zorg, "
            "medicatie aanreiken volgens protocol, begeleiding van cliënten met dementie. "
            "Tarief conform raamovereenkomst. Start: eerste week van de maand.")


def rejection_letter(r: random.Random) -> str:
    return (_letter_head(r, fake.company()) + "Betreft: uw sollicitatie\n\nBeste "
            f"{fake.first_name()},\n\nBedankt voor je sollicitatie op de functie van "
            f"{fake.job()}. Wij hebben veel reacties ontvangen en hebben besloten andere "
            "kandidaten uit te nodigen. Wij bewaren je gegevens vier weken.\n\nMet vriendelijke "
            "groet,\n\n" + fake.name())


def invitation_letter(r: random.Random) -> str:
    return (_letter_head(r, fake.company()) + "Betreft: uitnodiging sollicitatiegesprek\n\n"
            f"Beste {fake.first_name()},\n\nGraag nodigen wij je uit voor een gesprek op "
            f"{_d(r)} om 10.00 uur op ons kantoor. Neem een geldig identiteitsbewijs mee.\n\n"
            "Met vriendelijke groet,\n\n" + fake.name())


def appraisal(r: random.Random) -> str:
    return (f"Functioneringsgesprek\n\nMedewerker: {fake.name()}\nLeidinggevende: "
            f"{fake.name()}\nDatum: {_d(r)}\n\nTaken: de medewerker plant de ritten en "
            "overlegt met klanten. Ontwikkeling: wil een cursus Excel volgen. Verzuim: twee "
            "dagen ziek dit jaar, geen bijzonderheden. Afspraken: cursus aanvragen voor de "
            "zomer.")


def camera_policy(r: random.Random) -> str:
    return ("Camerabeleid vestigingen\n\nDoel: beveiliging van medewerkers en eigendommen. "
            "Camerabeelden worden niet langer dan vier weken bewaard. Alleen de "
            "beveiligingscoördinator heeft toegang tot de beelden. Dit beleid is vastgesteld "
            "na advies van de ondernemingsraad.")


# -- more records about one employee's absence (medical) ---------------------------------------

def sickness_mail(r: random.Random) -> str:
    return (f"Van: {fake.name()} <planning@example.nl>\nAan: hr@example.nl\nOnderwerp: "
            f"ziekmelding {fake.first_name()}\n\nHoi,\n\n{fake.name()} heeft zich vanochtend "
            "ziek gemeld bij de planning. Zij verwacht een week thuis te zijn. Wil je het in "
            "het verzuimsysteem zetten?\n\nGroet,\n" + fake.first_name())


def company_doctor_advice(r: random.Random) -> str:
    return (f"Terugkoppeling spreekuur\n\nWerkgever: {fake.company()}\nWerknemer: "
            f"{fake.name()}\nDatum spreekuur: {_d(r)}\n\nDe werknemer is arbeidsongeschikt "
            "voor het eigen werk. Er zijn mogelijkheden voor licht werk van vier uur per dag. "
            "Ik zie de werknemer over vier weken terug.\n\nBedrijfsarts")


def pre_employment_exam(r: random.Random) -> str:
    return (f"Keuringsverslag aanstellingskeuring\n\nKandidaat: {fake.name()}\nFunctie: "
            f"heftruckchauffeur\nDatum: {_d(r)}\n\nUitslag: geschikt. Gezichtsvermogen en "
            "gehoor voldoen aan de eisen voor de functie.\nKeuringsarts")

# -- CVs of people whose work is policies, candidates and protocols (cv) -----------------------

def recruiter_cv(r: random.Random) -> str:
    y = r.randint(2008, 2016)
    return (f"{fake.name()}\n{fake.email()} | {fake.phone_number()}\n\nProfiel\nRecruiter "
            f"met oog voor mensen.\n\nWerkervaring\n{y + 4} - heden  Senior recruiter, "
            f"{fake.company()}\nWerving en selectie van kandidaten, opstellen van het "
            f"wervingsbeleid, procedures voor screening.\n{y} - {y + 4}  Intercedent, "
            f"{fake.company()}\n\nOpleiding\n{y - 4} - {y}  HBO Personeel en Arbeid")


def nurse_cv(r: random.Random) -> str:
    y = r.randint(2008, 2016)
    return (f"Persoonlijke gegevens\n{fake.name()}\n{fake.city()}\n\nErvaring\n{y + 3} - "
            f"heden  Verpleegkundige, {fake.company()}\nWerken volgens protocollen, "
            f"medicatie toedienen, beleid mee ontwikkelen.\n{y} - {y + 3}  Helpende, "
            f"{fake.company()}\n\nOpleiding\n{y - 4} - {y}  MBO Verpleegkunde\n\nTalen\n"
            "Nederlands, Engels")


# -- more English HR records -------------------------------------------------------------------

def payslip_en(r: random.Random) -> str:
    gross = r.randint(2000, 4000)
    return (f"{fake_en.company()}\nPay period: {r.randint(1, 12)}/2024\nEmployee: "
            f"{fake_en.name()}\nGross pay {gross}.00\nTax deducted {gross // 5}.00\nPension "
            f"{gross // 20}.00\nNet pay {gross - gross // 4}.00")


def contract_en(r: random.Random) -> str:
    return (f"Employment contract\n\nBetween {fake_en.company()} (the employer) and "
            f"{fake_en.name()} (the employee).\n1. Position: {fake_en.job()}\n2. Probation: one "
            "month\n3. Notice period: one month\nSigned in duplicate.")


def doctor_report(r: random.Random) -> str:
    return (f"Rapportage bedrijfsarts\n\nWerknemer: {fake.name()}\nDatum: {_d(r)}\n\nDe "
            "werknemer is volgens het verzuimprotocol op het spreekuur geweest. Er is sprake "
            "van beperkingen in belastbaarheid; re-integratie in aangepast werk is mogelijk.")

# -- notes about candidates and registers of absence --------------------------------------------

def intake_note(r: random.Random) -> str:
    return (f"Intakeverslag kandidaat\n\nKandidaat: {fake.name()}\nDatum: {_d(r)}\nRecruiter: "
            f"{fake.name()}\n\nKandidaat zoekt een functie als {fake.job()} in de regio, is per "
            "direct beschikbaar voor 32 uur en heeft een rijbewijs B. Salarisindicatie "
            "besproken. Vervolg: voorstellen bij twee opdrachtgevers.")


def vacancy_apply(r: random.Random) -> str:
    return (f"Vacature: {fake.job()} (32-40 uur)\n\nOver de functie\nJe werkt in een klein "
            "team en plant de dagelijkse ritten.\n\nWat vragen wij\nMBO-niveau, twee jaar "
            "ervaring.\n\nSolliciteren?\nSolliciteer direct met je cv en motivatie via de "
            "website of bel de recruiter.")


def candidate_proposal_mail(r: random.Random) -> str:
    return (f"Van: {fake.name()} <recruiter@example.nl>\nAan: {fake.email()}\nOnderwerp: "
            f"voorstel kandidaat {fake.job()}\n\nBeste {fake.first_name()},\n\nZoals besproken "
            "stellen wij een kandidaat voor. Zij heeft vijf jaar ervaring en is per direct "
            "beschikbaar. Het geanonimiseerde cv vind je in de bijlage. Wij horen graag of je "
            "een gesprek wilt plannen.\n\nMet vriendelijke groet,\n" + fake.name()
            + "\n\nBijlage: cv_kandidaat_0412.pdf")


def absence_register(r: random.Random) -> str:
    rows = [f"{fake.name()};{_d(r)};{r.choice([_d(r), 'nog ziek'])};{r.randint(1, 40)}"
            for _ in range(5)]
    return "\n".join(["Verzuimregistratie vestiging " + fake.city(),
                      "Naam;Eerste ziektedag;Hersteld op;Dagen", *rows])

# -- an application that answers an advertisement, a contract in letter form -------------------

def application_advert(r: random.Random) -> str:
    return (_letter_head(r, fake.name()) + "\nGeachte mevrouw, heer,\n\nNaar aanleiding van uw "
            f"advertentie op Indeed wil ik graag in aanmerking komen voor de functie van "
            f"{fake.job()}. Ik werk al zes jaar in de techniek en ben toe aan een volgende "
            "stap.\n\nHoogachtend,\n\n" + fake.name())


def appointment_letter(r: random.Random) -> str:
    return (_letter_head(r, fake.company()) + "Betreft: bevestiging indiensttreding\n\nBeste "
            f"{fake.first_name()},\n\nHierbij bevestigen wij je indiensttreding per {_d(r)} in "
            f"de functie van {fake.job()}, voor bepaalde tijd van twaalf maanden. De arbeidsduur "
            f"is 36 uur per week tegen een bruto maandsalaris van {r.randint(2500, 4000)} euro. "
            "Wil je een exemplaar voor akkoord getekend retourneren?\n\nMet vriendelijke groet,"
            "\n\n" + fake.name())

# -- exports -----------------------------------------------------------------------------------

def payroll_export(r: random.Random) -> str:
    head = "Personeelsnummer;Naam;BSN;Periode;Brutoloon;Loonheffing;Nettoloon"
    rows = [f"{r.randint(1000, 9999)};{fake.name()};{r.choice(['111222333', '123456782'])};"
            f"{r.randint(1, 12)};{r.randint(2000, 4000)},00;{r.randint(300, 900)},00;"
            f"{r.randint(1500, 3000)},00" for _ in range(4)]
    return "\n".join([head, *rows])


def payroll_journal(r: random.Random) -> str:
    rows = [f"{fake.name()} | SV-loon {r.randint(2000, 4000)} | fiscaal loon "
            f"{r.randint(2000, 4000)} | pensioen werknemer {r.randint(50, 200)}"
            for _ in range(3)]
    return "\n".join([f"Loonjournaal periode {r.randint(1, 12)} 2024", *rows])


def candidate_export(r: random.Random) -> str:
    head = "Kandidaatnummer;Naam;E-mail;Telefoon;Functie;Beschikbaar per;BSN"
    rows = [f"{r.randint(1000, 9999)};{fake.name()};{fake.email()};{fake.phone_number()};"
            f"{fake.job()};{_d(r)};{r.choice(['111222333', '123456782'])}" for _ in range(4)]
    return "\n".join([head, *rows])


KINDS: list[tuple[str, Maker, int]] = [
    ("other", bank_letter, 3), ("other", client_letter, 3), ("other", municipality_letter, 3),
    ("other", tax_letter, 2), ("other", reference_request, 2),
    ("other", english_business_letter, 2),
    ("motivation_letter", application_plain, 3), ("motivation_letter", application_open, 2),
    ("motivation_letter", application_en, 2),
    ("other", retention_policy, 2), ("other", intake_procedure, 2), ("other", cv_tips, 2),
    ("other", privacy_notice_en, 2), ("cv", cv_dated, 3), ("cv", cv_en, 2),
    ("other", minutes, 3), ("other", quarter_report, 2), ("other", absence_protocol, 2),
    ("other", team_newsletter, 2),
    ("medical", reintegration_report, 3), ("medical", problem_analysis, 2),
    ("medical", sick_note, 2), ("medical", absence_talk, 2), ("medical", absence_en, 2),
    ("medical", uwv_file, 2),
    ("motivation_letter", application_mail, 3), ("motivation_letter", application_mail_en, 2),
    ("motivation_letter", application_mail_short, 2), ("other", meeting_mail, 2),
    ("other", invoice_mail, 2),
    ("payslip", payroll_export, 3), ("payslip", payroll_journal, 2),
    ("other", candidate_export, 3),
    ("other", care_vacancy, 2), ("other", care_assignment, 2), ("other", rejection_letter, 2),
    ("other", invitation_letter, 2), ("other", appraisal, 2), ("other", camera_policy, 2),
    ("medical", sickness_mail, 2), ("medical", company_doctor_advice, 2),
    ("medical", pre_employment_exam, 2),
    ("cv", recruiter_cv, 2), ("cv", nurse_cv, 2), ("payslip", payslip_en, 2),
    ("employment_contract", contract_en, 2), ("medical", doctor_report, 2),
    ("other", intake_note, 2), ("other", vacancy_apply, 2), ("other", candidate_proposal_mail, 2),
    ("medical", absence_register, 2), ("motivation_letter", application_advert, 2),
    ("employment_contract", appointment_letter, 2),
]
SUFFIX = {"payroll_export": ".csv", "candidate_export": ".csv", "application_mail": ".txt"}


def main() -> None:
    r = random.Random(1515)
    Faker.seed(1515)
    rows = []
    for doc_type, make, n in KINDS:
        for _ in range(n):
            name = f"document_{len(rows) + 1}{SUFFIX.get(make.__name__, '.docx')}"
            rows.append({"name": name, "doc_type": doc_type, "kind": make.__name__,
                         "text": make(r)})
    OUT.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in rows),
                   encoding="utf-8")
    print(f"{len(rows)} documents written to {OUT}")


if __name__ == "__main__":
    main()
