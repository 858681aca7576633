H='SPECIAL_HEALTH';R='SPECIAL_RELIGION';E='SPECIAL_ETHNICITY';P='SPECIAL_POLITICS';T='SPECIAL_TRADE_UNION';S='SPECIAL_SEXUAL_ORIENTATION';C='SPECIAL_CRIMINAL';B='SPECIAL_BIOMETRIC'
D=[
('notulen-mt-overleg','nl','other',[],1,0,"""
Notulen MT-overleg vestiging Venlo, 11 november 2025
Aanwezig: R. Maas, I. Prins, K. de Graaf, S. Kok
1. Omzet oktober: 4% boven begroting.
2. Verzuim: twee uitzendkrachten langdurig ziek, casemanager heeft contact. Verzuimpercentage vestiging 5,1%.
3. Nieuwe klant: distributiecentrum Venray start in januari met 40 man.
4. Rondvraag: kerstborrel 19 december.
"""),
('minutes-works-council','en','other',[('SPECIAL_POLITICS', 'he campaigns for Volt'),(T,'FNV shop steward')],0,0,"""
Minutes Works Council (OR) — 6 November 2025
Present: H. Bos (chair), A. Nowak, L. Meyer, HR: P. Rutten
1. New shift roster: Agnieszka Nowak, who is also the FNV shop steward on site, asked for the union to be consulted before the change.
2. Canteen: halal and vegetarian options from January.
3. AOB: L. Meyer asks to leave early on 20 Nov, he campaigns for Volt that evening.
"""),
('notulen-loonrun-fout','nl','other',[],0,0,"""
Notulen werkoverleg salarisadministratie 14-11
- Loonrun week 45: fout bij medewerker met BSN <<BSN>>, dubbel uitbetaald. Terugvordering loopt.
- Nieuwe koppeling met Loket.nl per 1 januari.
- Actie Ilse: loonstroken oktober opnieuw versturen.
"""),
('nieuwsbrief-december','nl','other',[],1,0,"""
FlexWerk Nieuwsbrief — december 2025

Diversiteit: ons nieuwe diversiteitsbeleid staat op intranet. We hebben een stilteruimte ingericht op het hoofdkantoor, voor gebed of gewoon even rust.
EHBO: in januari starten drie nieuwe cursussen EHBO en BHV, meld je aan bij Facilitair.
Klant in de spotlight: Apotheek De Gaper, al 10 jaar klant!
Vakbondsoverleg: de nieuwe ABU-cao is getekend door FNV, CNV en De Unie.
"""),
('newsletter-november','en','other',[('SPECIAL_ETHNICITY', 'his Ashanti roots'),(S,'his husband Mark')],0,0,"""
FlexWerk Staff News — November
Welcome to our new colleagues! Lucas Meyer joins the Utrecht data team; he moved here with his husband Mark and is already looking for a good cycling club. Also welcome Kwame, who is proud of his Ashanti roots and promised jollof rice for the Friday lunch.
Reminder: submit your timesheets by Monday 10:00.
"""),
('beleid-verzuim','nl','other',[],1,0,"""
VERZUIMPROTOCOL FlexWerk Uitzendbureau BV
1. Meld je ziek vóór 08:00 bij je intercedent, telefonisch.
2. Vertel niet wat je hebt: je leidinggevende mag niet vragen naar de aard of oorzaak van je ziekte. Dat bespreek je alleen met de bedrijfsarts.
3. Geef je verpleegadres en bereikbaarheid door.
4. Na 6 weken wordt een probleemanalyse opgesteld door de bedrijfsarts.
"""),
('policy-camera','en','other',[],1,0,"""
CAMERA SURVEILLANCE POLICY
Cameras at the Venlo and Tilburg warehouses record entrances and loading docks. Footage is kept for 28 days and then overwritten automatically, unless it is needed for an incident investigation. Facial recognition is not used. Access to footage: security manager and DPO only.
"""),
('vacature-facilitair-oost','nl','other',[],1,0,"""
VACATURE — Facilitair medewerker (24 uur)
Voor onze opdrachtgever, een grote moskee in Amsterdam-Oost, zoeken wij een facilitair medewerker voor onderhoud, schoonmaak en opbouw bij evenementen. Ervaring met gebouwbeheer is een pré. Een VOG is verplicht.
Salaris: € 2.600 - € 2.900 bruto per maand.
"""),
('vacancy-en-pharmacy','en','other',[],1,0,"""
VACANCY — Pharmacy assistant (32h), The Hague
Our client, a busy pharmacy near Hollands Spoor, needs an experienced pharmacy assistant. You prepare medication, including methylphenidate and insulin, and advise customers. Diploma apothekersassistent required.
"""),
('procedure-id-controle','nl','other',[],1,0,"""
Werkinstructie identiteitscontrole bij inschrijving
1. Vraag om een origineel geldig identiteitsbewijs.
2. Controleer de echtheid met de ID-scanner; de pasfoto moet lijken op de kandidaat.
3. Maak een kopie met de KopieID-app; BSN en pasfoto afschermen tenzij nodig voor de loonadministratie.
4. Bewaar de kopie in het personeelsdossier, nooit in de mailbox.
"""),
('notulen-teamoverleg-planning','nl','other',[('SPECIAL_SEXUAL_ORIENTATION', 'de bruiloft van hem en zijn vriend Tim'),(R,'Joodse feestdagen')],0,0,"""
Notulen teamoverleg Planning Amsterdam - 20 oktober
- Rooster december: Daniel Cohen is vrij op de Joodse feestdagen, die zijn al ingepland. Kerst graag vrijwillig verdelen. Daniel vraagt ook vrij in juni voor de bruiloft van hem en zijn vriend Tim.
- Klant Vleeswaren Oost: extra ploeg per 1/12.
- Auto's: leasecontract loopt af.
"""),
('nieuwsbrief-cao','nl','other',[],1,0,"""
Cao-nieuws
De onderhandelingen over de ABU-cao 2026 zijn afgerond. Vakbond FNV Flex en werkgeversorganisatie ABU hebben een akkoord bereikt: 4,5% loonsverhoging per 1 januari. De cao-tekst vind je op abu.nl.
"""),
('beleid-inclusie','nl','other',[],1,0,"""
Diversiteits- en inclusiebeleid
Wij selecteren kandidaten op kwaliteiten, niet op afkomst, geloof, geaardheid, leeftijd of beperking. Vragen naar religie, zwangerschap of gezondheid zijn in een sollicitatiegesprek niet toegestaan. Klachten over discriminatie meld je bij de vertrouwenspersoon.
"""),
('minutes-client-meeting','en','other',[],0,0,"""
Minutes — client meeting Kuehne+Nagel, 5 Nov 2025
- Headcount Dec: 55 temps
- Issue: one temp (citizen no. <<BSN>>) was registered twice in the client's time system, hours paid twice. Correct in week 47.
- Next meeting: 3 December
"""),
('notulen-mt-oktober','nl','other',[('SPECIAL_CRIMINAL', 'een werkstraf gekregen voor winkeldiefstal'),(P,'stond op de lijst voor de gemeenteraad')],0,0,"""
Notulen MT 2 oktober
3. Nevenfuncties: intercedent Femke Vos stond op de lijst voor de gemeenteraad in Rijswijk en is nu gekozen. Ze werkt daarom vanaf 1 november op dinsdagavond niet. Akkoord.
4. IT: nieuwe laptops in januari.
5. Dossier Jordy Pinas: hij heeft vorig jaar een werkstraf gekregen voor winkeldiefstal; de klant is niet geïnformeerd.
"""),
('nieuwsbrief-ria','nl','other',[('SPECIAL_SEXUAL_ORIENTATION', 'haar vrouw Marja'),(R,'gaat zij elke zondag naar de kerk')],0,0,"""
Jubileum! Ria van den Berg is 25 jaar bij ons. Ria begon als telefoniste en is nu teamleider salarisadministratie. Buiten het werk zingt ze in een koor en gaat zij elke zondag naar de kerk in Kampen. Samen met haar vrouw Marja viert ze het met een etentje. Gefeliciteerd Ria!
"""),
('policy-time-registration','en','other',[],1,0,"""
Policy: time registration at client sites
Some clients use fingerprint or palm readers at the time clock. FlexWerk temps may never be required to enrol their fingerprint; the client must offer a badge alternative (AP guidance on biometrics). Report such cases to the DPO.
"""),
('procedure-ziekmelding-en','en','other',[],1,0,"""
How to report sick
Call your consultant before 8:00. You do not have to say what is wrong with you. Your consultant only records that you are sick and how we can reach you. The occupational physician (bedrijfsarts) may ask about your health.
"""),
('notulen-beveiliging-hr','nl','other',[('SPECIAL_BIOMETRIC', 'de handpalmscan van Gábor Nagy'),(C,'is opgepakt voor heling')],0,0,"""
Notulen overleg Beveiliging & HR, 28-10
1. Diefstal magazijn Tilburg: uitzendkracht Gábor Nagy is opgepakt voor heling van gestolen telefoons; de politie heeft de camerabeelden gevorderd. Contract beëindigd.
2. Sleutelbeheer: de handpalmscan van Gábor Nagy is uit het toegangssysteem verwijderd, nieuwe sleutelkast besteld.
"""),
('vacature-administratief-arnhem','nl','other',[],1,0,"""
Vacature: Administratief medewerker reclassering (32 uur)
Voor Reclassering Nederland in Arnhem zoeken wij een administratief medewerker. Je werkt met dossiers van cliënten met een taakstraf of enkelband. Geheimhouding is een vereiste, een VOG ook.
"""),
('intranet-canal-parade','nl','other',[],1,0,"""
Intranet — Pride 2026
Ook dit jaar varen we mee met de Canal Parade samen met andere uitzendbureaus. Iedereen is welkom, hetero, homo, bi of wat dan ook. Aanmelden bij Communicatie.
"""),
('minutes-team-breda','en','other',[(H,'is expecting twins')],0,0,"""
Team meeting Breda — 12 Nov
- Planning Q1: Ioana is expecting twins, leave starts earlier (mid-February). Temporary replacement needed for accounts payable.
- Printer on floor 2 broken.
"""),
]
