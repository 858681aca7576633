"""Documents of the kinds the classifier confused (issue #15), written for these tests, Dutch
and English, a few variants each: (expected type, text). All names and numbers synthetic."""

ADMIN_LETTERS = [
    ("other", """Rabobank Utrecht
T.a.v. afdeling Zakelijk
Postbus 1234
3500 AA Utrecht

Utrecht, 12 maart 2026

Betreft: wijziging tekenbevoegdheid rekening

Geachte heer, mevrouw,

Per 1 april 2026 wijzigt de tekenbevoegdheid voor onze zakelijke rekening. Mevrouw
S. de Boer, financieel directeur, treedt in de plaats van de heer P. Visser. Wij verzoeken
u de bijgevoegde formulieren te verwerken en ons een bevestiging te sturen.

Met vriendelijke groet,

Flexwerk Midden B.V.
R. Smit, directeur
"""),
    ("other", """Gemeente Amersfoort
Afdeling Vergunningen

Amersfoort, 4 februari 2026

Onderwerp: aanvraag parkeervergunning bedrijfspand Stationsplein 8

Geachte heer Jansen,

Hierbij bevestigen wij de ontvangst van uw aanvraag voor drie parkeervergunningen voor het
kantoor van uw uitzendbureau. Wij nemen binnen acht weken een besluit. Heeft u vragen,
neem dan contact op met het klantcontactcentrum via 14 033.

Hoogachtend,

namens burgemeester en wethouders,
M. Bakker, teamleider vergunningen
"""),
    ("other", """Dear Mr Peters,

Re: renewal of the service agreement for temporary staffing

Thank you for your letter of 3 March. We are pleased to confirm that the agreement between
Northline Logistics Ltd and our agency will be renewed for another twelve months under the
same rates. The updated price list is enclosed; invoices remain payable within 30 days.

Please let us know if your planning for the summer season requires additional drivers.

Kind regards,

Laura Vermeulen
Account manager, Flexwerk Midden B.V.
"""),
]

POLICIES_NAMING_CVS = [
    ("other", """Werkwijze bemiddeling Flexwerk Midden

1. Doel
Deze werkwijze beschrijft hoe consultants kandidaten voorstellen aan opdrachtgevers.

2. Stappen
Stap 1: de consultant ontvangt het curriculum vitae van de kandidaat via het portaal.
Stap 2: het cv wordt geanonimiseerd; BSN, geboortedatum en foto worden verwijderd.
Stap 3: na akkoord van de kandidaat gaat het geanonimiseerde cv naar de opdrachtgever.

3. Bewaren
Cv's van kandidaten die niet geplaatst zijn, worden na vier weken verwijderd, tenzij de
kandidaat toestemming geeft voor een bewaartermijn van een jaar.
"""),
    ("other", """Recruitment guideline: handling candidate CVs

Purpose
This guideline tells recruiters how to receive, store and share a CV.

Rules
- Store every CV in the applicant tracking system, never on a local drive.
- Remove the citizen service number and ID copies from a CV before sharing it.
- Share a CV with a client only after the candidate has agreed.
- Delete the CVs of applicants who were not placed within four weeks.

Questions about this guideline go to the privacy officer.
"""),
    ("other", """Instructie intake nieuwe kandidaten

Bij elke intake vraagt de consultant de kandidaat om een actueel cv. Controleer of het cv
werkervaring en opleiding bevat en of de kandidaat beschikbaar is. Noteer nooit het BSN
in het intakeformulier. Een cv met een kopie van het paspoort stuur je terug met het
verzoek de kopie te verwijderen.

Zie ook: het privacybeleid en de procedure bewaartermijnen.
"""),
]

MINUTES_WITH_ABSENCE = [
    ("other", """Notulen teamoverleg vestiging Zwolle
Datum: 9 januari 2026
Aanwezig: Anouk, Bram, Chantal, Dirk (voorzitter)
Afwezig: Eva (ziek)

1. Opening en mededelingen
Dirk opent de vergadering. Eva is deze week ziek, Bram neemt haar klanten waar.

2. Omzet december
De omzet lag 4% boven de begroting. De plaatsingen in de logistiek blijven achter.

3. Planning
Chantal maakt het rooster voor februari. Actiepunt: Bram belt de drie grootste klanten.

4. Rondvraag en sluiting
"""),
    ("other", """Minutes - regional managers meeting, 14 February 2026
Present: K. de Wit, J. Mulder, T. Hendriks
Apologies: S. Kok (on sick leave)

1. Sales figures
Placements rose by 6% in January; hospitality is still below target.

2. Absence
Sickness absence across the branches was 4.1% in January, slightly above last year.
HR will share the quarterly absence report at the next meeting.

3. Any other business
The new office in Deventer opens on 1 April.
"""),
]

APPLICATION_EMAILS = [
    ("motivation_letter", """Van: Sanne Willems <s.willems@example.nl>
Aan: vacatures@flexwerkmidden.nl
Datum: 3 maart 2026 09:12
Onderwerp: Sollicitatie orderpicker (vacature 2026-114)
Bijlagen: cv_sanne_willems.pdf

Beste heer, mevrouw,

Met veel interesse las ik uw vacature voor orderpicker in Nieuwegein. Ik heb drie jaar
ervaring in een magazijn en ben in het bezit van een heftruckcertificaat. Ik ben flexibel
inzetbaar, ook in de avond en het weekend. In de bijlage vindt u mijn cv.

Ik hoop op een uitnodiging voor een gesprek.

Met vriendelijke groet,
Sanne Willems
"""),
    ("motivation_letter", """From: Daniel Okafor <d.okafor@example.com>
To: jobs@flexwerkmidden.nl
Date: 17 March 2026 20:41
Subject: Application for the position of warehouse team lead
Attachments: Daniel_Okafor_CV.pdf

Dear hiring manager,

I would like to apply for the team lead position in your Tilburg warehouse. For the past
five years I have led a team of twelve order pickers, and I am used to planning shifts and
training new colleagues. I am available from May and would welcome the chance to discuss
how I can contribute.

Kind regards,
Daniel Okafor
"""),
]

PAYROLL_EXPORTS = [
    ("payslip", """Salarisverwerking periode 03-2026 - export loonadministratie
personeelsnr;naam;bruto loon;loonheffing;netto loon;vakantiegeld
10231;J. de Vries;2.845,00;412,30;2.190,55;227,60
10232;A. Yilmaz;3.120,00;498,75;2.401,10;249,60
10240;M. Bos;2.410,00;301,20;1.905,40;192,80
"""),
    ("payslip", """Payroll run March 2026 - export
employee no,name,gross pay,wage tax,social security,net pay
20411,P. Janssen,3250.00,520.10,210.40,2519.50
20418,L. Meijer,2980.00,455.20,190.30,2334.50
20430,R. Kaya,2640.00,380.90,168.10,2091.00
20433,S. van Leeuwen,3410.00,561.70,221.60,2626.70
20437,D. Brouwer,2275.00,298.40,147.90,1828.70
20441,F. el Amrani,2890.00,431.80,187.90,2270.30
20446,G. Visser,3075.00,487.20,199.90,2387.90
20452,H. Dekker,2515.00,352.60,163.50,1998.90
20458,I. Postma,2730.00,399.10,177.50,2153.40
20463,K. Willemsen,3190.00,509.80,207.40,2472.80
20467,M. Hoekstra,2455.00,338.70,159.60,1956.70
Totals: 12 employees, cost centre Logistics East, approved by payroll administration
"""),
]

VOG_LETTERS = [
    ("vog", """Justis - Ministerie van Justitie en Veiligheid

Verklaring Omtrent het Gedrag (VOG) natuurlijke personen

De Minister voor Rechtsbescherming verklaart dat uit een onderzoek naar het justitiële
verleden van:

Naam: Kees van Dijk
Geboortedatum: 12-05-1988
Geboorteplaats: Arnhem

met het oog op de functie van chauffeur personenvervoer, gebleken is dat er geen bezwaar
bestaat tegen de afgifte van een verklaring omtrent het gedrag.

Den Haag, 2 februari 2026
"""),
    ("vog", """Certificate of Conduct (VOG)

Issued by Justis, Ministry of Justice and Security, the Netherlands.

This certificate states that a screening of the judicial records of

Name: Emma Clarke
Date of birth: 23 July 1994

for the position of care assistant has revealed no objection to issuing a Certificate of
Conduct (Verklaring Omtrent het Gedrag).

The Hague, 9 March 2026
"""),
]

CVS_WITH_PASSPORT = [
    ("cv", """Curriculum vitae

Personalia
Naam: Lotte Hermans
Geboortedatum: 14-08-1995
Nationaliteit: Nederlandse
Paspoortnummer: NW8K4RT52

Werkervaring
2021 - heden  Medewerker klantenservice, Belwinkel Utrecht
2018 - 2021   Kassamedewerker, Supermarkt De Hoek

Opleiding
2014 - 2018   mbo Commercieel medewerker, ROC Midden Nederland

Vaardigheden
Nederlands en Engels vloeiend, Word en Excel
"""),
    ("cv", """CURRICULUM VITAE

Personal details
Name: Tom Verbeek
Date of birth: 2 March 1992
Passport number: BX7R2LK94

Work experience
2019 - present  Forklift driver, Haven Logistics, Rotterdam
2015 - 2019     Warehouse assistant, Dutch Parcel Group

Education
2011 - 2015     Logistics (mbo level 4), Albeda College

Skills
Forklift licence, reach truck, SAP warehouse module
"""),
]


# a short CV with the scan of a passport page pasted in (its MRZ): still the CV
CVS_WITH_ID_SCAN = [
    ("cv", """Joost de Vries
Logistiek medewerker

Over mij
Ik ben een harde werker met vijf jaar ervaring in de logistiek en zoek een vaste baan in
de regio Utrecht. Ik werk graag in een team en ben flexibel inzetbaar in ploegendienst.

Ervaring
2020 - heden  Orderpicker, Distributiecentrum Nieuwegein
2017 - 2020   Magazijnmedewerker, Bouwmarkt Houten

Opleiding
mbo Logistiek niveau 2, ROC Midden Nederland

Kopie paspoort:
P<NLDDE<VRIES<<JOOST<<<<<<<<<<<<<<<<<<<<<<<<
NW8K4RT521NLD9001014M3001019<<<<<<<<<<<<<<02
"""),
    ("cv", """Amira Haddad
Customer service agent

About me
Friendly and reliable customer service agent with four years of experience in call
centres, looking for a position where I can help customers in Dutch, English and Arabic.

Experience
2021 - present  Customer service agent, Telecom Direct, Amsterdam
2019 - 2021     Receptionist, City Hotel Amsterdam

Education
2015 - 2019     mbo Hospitality, ROC van Amsterdam

ID card (scan):
I<NLDIR4T6K8P25<<<<<<<<<<<<<<<
9503128F3103124NLD<<<<<<<<<<<2
HADDAD<<AMIRA<<<<<<<<<<<<<<<<<
"""),
]

# shorter ones, whose sections alone do not outweigh the MRZ for the rules: the model says CV
SHORT_CVS_WITH_ID_SCAN = [
    ("cv", """Joost de Vries - logistiek medewerker

Ik ben een harde werker met vijf jaar ervaring in de logistiek en zoek een vaste baan in de
regio Utrecht. Ik werk graag in een team en ben flexibel inzetbaar in ploegendienst. Ik heb
een heftruckcertificaat en een rijbewijs B.

2020 - heden  orderpicker bij Distributiecentrum Nieuwegein
2017 - 2020   magazijnmedewerker bij Bouwmarkt Houten
Diploma mbo Logistiek niveau 2, ROC Midden Nederland

Kopie paspoort:
P<NLDDE<VRIES<<JOOST<<<<<<<<<<<<<<<<<<<<<<<<
NW8K4RT521NLD9001014M3001019<<<<<<<<<<<<<<02
"""),
    ("cv", """Amira Haddad, customer service agent

Friendly and reliable customer service agent with four years of experience in call centres,
looking for a position where I can help customers in Dutch, English and Arabic. I enjoy
solving problems and I am available for evening shifts.

2021 - present  customer service agent at Telecom Direct, Amsterdam
2019 - 2021     receptionist at City Hotel Amsterdam
Diploma: mbo Hospitality, ROC van Amsterdam

ID card (scan):
I<NLDIR4T6K8P25<<<<<<<<<<<<<<<
9503128F3103124NLD<<<<<<<<<<<2
HADDAD<<AMIRA<<<<<<<<<<<<<<<<<
"""),
]

ALL = (ADMIN_LETTERS + POLICIES_NAMING_CVS + MINUTES_WITH_ABSENCE + APPLICATION_EMAILS
       + PAYROLL_EXPORTS + VOG_LETTERS + CVS_WITH_PASSPORT + CVS_WITH_ID_SCAN
       + SHORT_CVS_WITH_ID_SCAN)
