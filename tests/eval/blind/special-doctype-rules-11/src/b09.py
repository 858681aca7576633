H='SPECIAL_HEALTH';R='SPECIAL_RELIGION';E='SPECIAL_ETHNICITY';P='SPECIAL_POLITICS';T='SPECIAL_TRADE_UNION';S='SPECIAL_SEXUAL_ORIENTATION';C='SPECIAL_CRIMINAL';B='SPECIAL_BIOMETRIC'
D=[
('ziekmelding-ionescu','nl','medical',[(H,'hypo')],0,1,"""
Ziekmelding — Fresh Park Venlo
Naam: Andreea Ionescu
Datum: 24-11-2025, 10:40
Toelichting: medewerker kreeg een hypo op de lijn, is door de BHV opgevangen en naar huis gebracht. Morgen mogelijk weer aanwezig.
"""),
('absence-email-smit','en','medical',[(H,'hip replacement')],0,1,"""
From: hr@flexwerk-bureau.nl
To: payroll@flexwerk-bureau.nl
Subject: Gerard Smit — absence

Gerard will be off for at least 12 weeks from 1 December for a hip replacement at the Gelre hospital. Please keep paying 100% under the CAO. BSN for the UWV form: <<BSN>>.
"""),
('verzuimkaart-bakker','nl','medical',[(H,'Klachten: benauwdheid, COPD')],0,1,"""
VERZUIMKAART
Medewerker: Jan Bakker
Periode: 03-11-2025 t/m heden
Klachten: benauwdheid, COPD verergerd door longontsteking
Behandelaar: longarts Gelre
Status: ziek, 0% inzetbaar
"""),
('ziekmelding-dejong-arslan','nl','medical',[],1,0,"""
ZIEKMELDING
Werknemer: Selin de Jong-Arslan (pers.nr 55120)
BSN: <<BSN>>
Eerste ziektedag: 25-11-2025
Verpleegadres: thuis
Telefonisch bereikbaar: ja
Verwachte duur: 1 week
"""),
('plan-van-aanpak-verhoef','nl','medical',[(H,'alcoholverslaving')],0,1,"""
Plan van aanpak — versie 2
Werknemer: D. Verhoef
Probleem: werknemer volgt een klinische behandeling voor zijn alcoholverslaving bij Tactus (8 weken).
Stappen: na ontslag kliniek gesprek bedrijfsarts; opbouw vanaf week 12; geen rijtaken tot nader advies.
"""),
('absence-whatsapp-en','en','medical',[],1,0,"""
WhatsApp — Venlo nightshift
[21:48] Paweł: boss I'm sick, not coming tonight sorry
[21:50] Shift lead Rob: ok, thanks for letting me know. Tomorrow?
[21:51] Paweł: i let you know at 12
"""),
('terugkoppeling-bedrijfsarts','nl','medical',[(H,'angststoornis')],0,1,"""
Terugkoppeling bedrijfsarts (met toestemming werknemer gedeeld)
Werknemer: Nadia Ayoub
De werknemer heeft een angststoornis en is onder behandeling bij de POH-GGZ. Advies: starten met 2 x 2 uur, geen klantcontact aan de telefoon.
"""),
('ziekteverzuim-export','nl','medical',[],1,0,"""
pers_nr;naam;bsn;ziek_vanaf;hersteld;dagen
4471;Bakker, L.;<<BSN>>;2025-10-06;2025-10-08;3
5512;Bos, H.;<<BSN>>;2025-11-07;;
5520;Koster, M.;<<BSN>>;2025-11-12;2025-11-13;2
"""),
('absence-record-okura','en','medical',[(H,'allergic reaction')],0,1,"""
ABSENCE — Hotel Okura placement
Temp: Jamie Wouters
Date: 19-11-2025
Cause: severe allergic reaction (nuts) at staff lunch, taken to OLVG by ambulance, EpiPen used
Back: 21-11-2025
"""),
('re-integratiedossier-ahmed','nl','medical',[(H,'dwarslaesie')],0,1,"""
Re-integratiedossier Yusuf Ahmed
Na het ongeluk in 2023 heeft Yusuf een incomplete dwarslaesie. Werkplekaanpassing: verstelbaar bureau, invalidenparkeerplaats, aangepast toilet. Vergoeding via UWV aangevraagd.
"""),
('teams-chat-sandra','nl','medical',[(H,'gebroken enkel')],0,1,"""
Teams — Sandra Kok / Ilse Prins
Sandra: hoe is het met Agnieszka?
Ilse: het was toch meer dan verzwikt, ze heeft een gebroken enkel. gips voor 6 weken.
Sandra: ok, ik zet haar op langdurig in de planning
"""),
('ziekmelding-jacobs','nl','medical',[],1,0,"""
Ma 01-12 ziekmelding Kevin Jacobs, via telefoon door hemzelf, verwacht wo terug.
"""),
('absence-overview-marin','en','medical',[],1,0,"""
Absence overview — Ioana Marin
Period 1: 02-06-2025 – 04-06-2025 (sick)
Period 2: 15-09-2025 – 15-09-2025 (sick)
Period 3: 10-11-2025 – ongoing
Frequent absence conversation scheduled: 03-12-2025
"""),
('contract-addendum-urk','nl','employment_contract',[(R,'op zondag niet werkt vanwege zijn geloof')],0,0,"""
Addendum arbeidsovereenkomst
Werknemer: Jan Bakker, BSN <<BSN_>>
Partijen leggen vast dat werknemer op zondag niet werkt vanwege zijn geloof. Werknemer is beschikbaar op zaterdag tot 22:00.
Urk, 02-10-2025
"""),
('arbeidsvoorwaarden-bijlage','nl','employment_contract',[(T,'lidmaatschap van De Unie')],0,0,"""
Arbeidsovereenkomst — bijlage 2: keuzes arbeidsvoorwaarden
Werknemer: Sanne de Groot
Keuze fiscale verrekening: werknemer laat het lidmaatschap van De Unie (€ 18,50/mnd) verrekenen via de werkkostenregeling.
Keuze pensioen: standaard.
"""),
('payslip-november-dekker','en','payslip',[(T,'Union dues (FNV Metaal)')],0,0,"""
Payslip November 2025
Employee: Mark Dekker   BSN: <<BSN>>
Gross salary           4,120.00
Union dues (FNV Metaal)  -22.40
Wage tax               -690.15
Net                    3,407.45
"""),
('justis-letter-en','en','vog',[(C,'conviction for assault')],0,0,"""
Justis — Intention to refuse Certificate of Conduct
Applicant: P. Kaczmarek, BSN <<BSN>>
The Judicial Documentation System shows a conviction for assault in 2021 (Rotterdam District Court). This is relevant for the screening profile 'security'. You may submit your view within two weeks.
"""),
('vog-afgegeven-intern','nl','vog',[],1,0,"""
Checklist indiensttreding — Kevin Jacobs
[x] ID gecontroleerd
[x] VOG aanwezig (afgegeven 15-11-2025)
[x] loonheffingsverklaring
[ ] pensioenaanmelding
"""),
('kopie-verblijfsdocument','nl','id_copy',[(B,'vingerafdrukken')],0,0,"""
Kopie verblijfsdocument
Soort: verblijfsvergunning regulier (EU-richtlijn)
Naam: HASSAN, Rojin
Geb.datum: 14-04-1991
BSN: <<BSN.>>
Aantekening medewerker IND-loket: vingerafdrukken afgenomen en gekoppeld aan document, chipcontrole ok.
"""),
('payslip-advance-line','en','payslip',[],1,0,"""
Payslip week 12 — extra line
Advance payment (requested by employee) 150.00
Note: advance repaid in weeks 13-16.
Net pay to <<IBAN>>
Employee no. 44191
"""),
('contract-clause-rijbewijs','nl','employment_contract',[],1,0,"""
Artikel 7 — Rijbewijs en VOG
De werknemer beschikt over een geldig rijbewijs CE en een VOG die niet ouder is dan drie maanden bij indiensttreding. Bij intrekking van het rijbewijs meldt werknemer dit direct.
"""),
('payslip-beslag-en','en','payslip',[],0,0,"""
Payslip — October 2025
Name: Gábor Nagy
Citizen service number: <<BSN>>
Gross 2,110.00 | Tax -140.20 | Garnishment -250.00 | Net 1,719.80
Paid to <<IBAN:AT>>
"""),
]
