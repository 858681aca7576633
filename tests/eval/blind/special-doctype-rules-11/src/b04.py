H='SPECIAL_HEALTH';R='SPECIAL_RELIGION';E='SPECIAL_ETHNICITY';P='SPECIAL_POLITICS';T='SPECIAL_TRADE_UNION';S='SPECIAL_SEXUAL_ORIENTATION';C='SPECIAL_CRIMINAL';B='SPECIAL_BIOMETRIC'
D=[
('ziekmelding-hendriks','nl','medical',[(H,'is gevallen van de trap en heeft zijn pols gebroken')],0,1,"""
Ziekmelding
Datum: 03-11-2025, 07:12
Medewerker: Bram Hendriks (pers.nr 21877)
Gemeld door: partner, telefonisch
Bram is gevallen van de trap en heeft zijn pols gebroken. Verwacht 6 weken niet inzetbaar op de lijn.
Actie: arbodienst ingelicht.
"""),
('verzuimregistratie-kuipers','nl','medical',[(H,'hernia')],0,1,"""
VERZUIMREGISTRATIE
Naam: Ronald Kuipers     BSN: <<BSN>>
Eerste ziektedag: 14-10-2025
Oorzaak: hernia (L4-L5), fysiotherapie 2x per week
Verwachte duur: 8-10 weken
Vangnet ZW: nee
"""),
('ziekmelding-kaya','nl','medical',[],1,0,"""
Ziekmelding
Naam: Elif Kaya
Datum melding: 18-11-2025
Eerste ziektedag: 18-11-2025
Bereikbaar op: 06-44 19 02 83
Verwachte duur: onbekend
Werkgerelateerd: nee
Afgehandeld door: planning Den Haag
"""),
('chat-planning-daan','nl','medical',[(H,'migraine')],0,1,"""
[07:02] Daan Vos: morgen, ben ziek, migraine. kan niet naar buiten kijken zelfs
[07:03] Planner Ingrid: beterschap! ik zet je uit de planning voor vandaag
[07:03] Daan Vos: thnx, morgen laat ik weten
"""),
('probleemanalyse-dejong','nl','medical',[(H,'burn-out')],0,1,"""
PROBLEEMANALYSE (Wet verbetering poortwachter)
Werknemer: Marloes de Jong, BSN <<BSN.>>
Bedrijfsarts: drs. K. Hofman, ArboNed
Datum: 20-11-2025

Beperkingen: verminderde belastbaarheid op concentratie en tijdsdruk.
Toelichting: werknemer zit thuis met een burn-out en is onder behandeling bij een psycholoog (Psyq).
Prognose: gedeeltelijke werkhervatting na 6 weken, 2x3 uur.
"""),
('plan-van-aanpak-smit','nl','medical',[],1,0,"""
PLAN VAN AANPAK
Werknemer: Gerard Smit
Casemanager: L. Brouwer
Doel: terugkeer in eigen functie
Week 8: 2 dagen x 4 uur, administratieve taken
Week 12: evaluatie met bedrijfsarts
Afspraken: wekelijks telefonisch contact op maandag; werknemer meldt wijzigingen zelf.
Volgende evaluatie: 15-01-2026
"""),
('absence-record-kowalski','en','medical',[(H,'concussion')],0,1,"""
ABSENCE RECORD
Employee: Piotr Kowalski   Citizen service no.: <<BSN>>
First day: 02-11-2025
Reason: concussion after a fall from a ladder at home, GP advised rest
Expected return: 17-11-2025
"""),
('verzuimgesprek-vermeulen','nl','medical',[(H,'depressie'),(H,'sertraline')],0,1,"""
Verslag verzuimgesprek 12-11-2025
Aanwezig: Anouk Vermeulen (medewerker), Sandra Kok (leidinggevende)

Anouk geeft aan dat het slecht gaat. Ze heeft een depressie en de huisarts heeft haar sertraline voorgeschreven. Ze wil graag contact houden met het team.
Afspraak: over twee weken opnieuw bellen.
"""),
('ziekmelding-app','nl','medical',[],1,0,"""
Whatsapp 05-11
Mehmet: goedemorgen ik ben ziek vandaag, kan niet komen
Teamleider Rob: ok, beterschap. bel je morgen even voor 9 uur?
Mehmet: ja doe ik
"""),
('arbo-advies-bos','nl','medical',[(H,'meniscusscheur')],0,1,"""
Arbo-advies na spreekuur
Werknemer: Henk Bos
Datum spreekuur: 07-11-2025
Klachten: pijn en zwelling rechterknie, meniscusscheur vastgesteld door orthopeed (Dijklander)
Advies: geen knielend werk, geen ladders. Passend werk: werkvoorbereiding, 4 uur per dag.
Volgend spreekuur: 5 december
"""),
('email-olivia-today','en','medical',[(H,'my asthma')],0,1,"""
From: olivia.brown@outlook.com
To: planning@flexwerk-bureau.nl
Subject: sick today

Hi, sorry, I can't come in today, my asthma flared up again with the cold weather and I have to use the nebuliser. Will update tomorrow.
Olivia
"""),
('verzuimoverzicht-team','nl','medical',[],1,0,"""
Verzuimoverzicht team Expeditie, week 46
Naam             Eerste ziektedag   Status
J. de Vries      10-11-2025         ziek
S. Aydin         04-11-2025         hersteld 12-11
M. Kowalczyk     13-11-2025         ziek, gedeeltelijk hersteld
Verzuimpercentage: 6,4%
"""),
('melding-verzuim-dewit','nl','medical',[(H,'een hartinfarct')],0,1,"""
Melding verzuim
Wie: Kees de Wit, chauffeur
Gemeld: 22-10-2025 door zijn dochter
Aanleiding: vader heeft zondagavond een hartinfarct gehad en ligt in het Isala.
Rooster tot nader bericht leeg. Wagen 14 overgedragen aan Piet.
"""),
('reintegratieverslag-visser','nl','medical',[(H,'long covid')],0,1,"""
Re-integratieverslag eerste jaar (RIV)
Werknemer: Esther Visser      BSN: <<BSN>>
Ziek sinds: 01-02-2025
Werknemer kampt met long covid: vermoeidheid en benauwdheid na lichte inspanning. Zij volgt een revalidatietraject bij Basalt.
Hervatting: 3 x 2 uur per week in eigen werk.
"""),
('absence-registration-venlo','en','medical',[],1,0,"""
Absence registration — Team B, Venlo
Employee: Andreea Ionescu
Sick from: 20-11-2025
Reported by: employee, by phone at 06:40
Expected return: unknown
Next contact: 24-11-2025
"""),
('ziekmelding-vos','nl','medical',[(H,'whiplash')],0,1,"""
ZIEKMELDING
Medewerker: Femke Vos
1e ziektedag: 30-10-2025
Ongeval: ja, verkeersongeval (niet op het werk)
Reden: whiplash, nekklachten, hoofdpijn
Regres: verzekeraar tegenpartij aangeschreven
"""),
('chat-planning-ilse','nl','medical',[],1,0,"""
Teams-chat Planning
Ilse Prins 08:14: Sven heeft zich net ziek gemeld, hij belt morgen weer
Kim 08:15: ok, ik vraag Milan om in te vallen
Ilse Prins 08:15: top
"""),
('verzuimdossier-notitie','nl','medical',[(H,'chemotherapie')],0,1,"""
Verzuimdossier — notitie casemanager 14-11-2025
Medewerker Jan Bakker (BSN <<BSN_>>) gesproken. Hij krijgt sinds oktober chemotherapie in het Antonius en verwacht de komende maanden niet te kunnen werken. Vangnetregeling niet van toepassing.
"""),
('chat-lucas-sanne','en','medical',[('SPECIAL_SEXUAL_ORIENTATION', 'my husband is with me'),(H,'kidney stones')],0,1,"""
[06:55] Lucas M: Morning Sanne, I'm at the ER, kidney stones, not coming in today
[06:57] Lucas M: my husband is with me, he'll drive me home later
[06:58] Sanne: Oh no! Take care, I'll tell the client
"""),
('hersteldmelding','nl','medical',[],1,0,"""
Hersteldmelding
Medewerker: Bram Hendriks
Hersteld per: 15-12-2025
Hervat werk: volledig, eigen functie
Ingevoerd door: HR Nijmegen
"""),
('ziekmelding-marin','nl','medical',[(H,'zwangerschapsmisselijkheid')],0,1,"""
Ziekmelding 10-11-2025
Naam: Ioana Marin
Soort: ziek door zwangerschap (ZW-uitkering via UWV aanvragen)
Klachten: ernstige zwangerschapsmisselijkheid, huisarts schreef rust voor
"""),
('absence-register-export','en','medical',[],1,0,"""
employee_id,name,sick_from,sick_until,days
33871,M. Stanciu,2025-09-02,2025-09-05,4
33902,K. Rossi,2025-10-13,,
34011,G. Nagy,2025-10-21,2025-10-22,2
"""),
('notitie-intercedent-ayoub','nl','medical',[(H,'zit ze in de ziektewet vanwege een burn-out')],0,1,"""
Notitie intercedent 21-11
Bellen met Nadia Ayoub over verlenging contract: gaat niet door, sinds september zit ze in de ziektewet vanwege een burn-out. UWV neemt het over.
"""),
('verzuimgesprek-tomasz','nl','medical',[],1,0,"""
Verzuimgesprek 04-12-2025
Medewerker: Tomasz Wiśniewski
Leidinggevende: R. Maas
Besproken: werknemer voelt zich nog niet fit genoeg om te starten. Hij wil na de feestdagen opbouwen met halve dagen.
Afspraak: contact op 18-12. Bedrijfsarts op de hoogte.
"""),
('note-payroll-popescu','en','medical',[(H,'appendicitis surgery')],0,1,"""
Note for payroll: Ion Popescu sick from 03-11, appendicitis surgery at Flevoziekenhuis, back in ~3 weeks. Continue salary 90%.
"""),
]
