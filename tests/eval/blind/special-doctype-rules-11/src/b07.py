H='SPECIAL_HEALTH';R='SPECIAL_RELIGION';E='SPECIAL_ETHNICITY';P='SPECIAL_POLITICS';T='SPECIAL_TRADE_UNION';S='SPECIAL_SEXUAL_ORIENTATION';C='SPECIAL_CRIMINAL';B='SPECIAL_BIOMETRIC'
D=[
('camera-log-dock3','nl','camera_footage',[],1,0,"""
CAMERALOG — DC Tilburg, camera 07 (dock 3)
Bestand: cam07_20251102_0600-1400.mp4
06:14 vrachtwagen 71-BKN-4 aan dock 3
07:41 medewerker in geel hesje opent roldeur
09:03 heftruck rijdt achteruit tegen pallet, geen letsel
13:58 einde opname
Bewaartermijn: 28 dagen
"""),
('cctv-export-gateb','en','camera_footage',[(B,'face matched')],0,0,"""
CCTV EXPORT — CargoHub Schiphol, gate B
Clip: gateB_2025-10-28_2231.mkv, duration 00:04:12
22:31 subject enters through turnstile with a borrowed badge
22:33 face matched by the client's face recognition system to temp worker M. Stanciu (score 0.93)
Exported for: security investigation #2025-118
"""),
('incidentrapport-2025-044','nl','other',[(H,'enkel verzwikt')],0,0,"""
INCIDENTRAPPORT 2025-044
Locatie: Fresh Park Venlo, hal 2
Datum/tijd: 09-11-2025 14:20
Betrokkene: Agnieszka Nowak (uitzendkracht)
Omschrijving: uitgegleden over folie, enkel verzwikt. EHBO verleend door BHV'er, ijs. Geen ziekenhuisbezoek.
Maatregel: folie-afvalbak bij lijn 4.
"""),
('camera-beeldverslag-zuidplein','nl','camera_footage',[(C,'aangifte gedaan tegen')],0,0,"""
Beeldverslag camera 3 en 4, winkel Rotterdam Zuidplein, 17-10-2025
14:02 uitzendkracht (vakkenvuller) stopt twee flessen in tas
14:05 verlaat personeelsingang
Op basis van deze beelden is aangifte gedaan tegen Bram Hendriks. Beelden gekopieerd naar USB voor politie.
"""),
('toegangslog-almere','nl','other',[(B,'vingerafdruk')],0,0,"""
Toegangsregistratie — Datacenter Almere (klant), november
datum       tijd   naam            methode           deur
03-11-2025  06:58  I. Popescu      vingerafdruk      hoofdingang
03-11-2025  07:01  T. Mulder       pas 00418         hoofdingang
03-11-2025  12:30  I. Popescu      vingerafdruk      serverzaal 2
"""),
('time-registration-export','en','other',[],1,0,"""
Time registration export — client Venray DC — week 46
badge,name,in,out,hours
00231,J. de Vries,06:00,14:30,8.0
00244,S. Aydin,06:02,14:31,8.0
00260,M. Kowalczyk,14:00,22:30,8.0
"""),
('access-log-eindhoven','en','other',[(B,'palm vein template')],0,0,"""
Access control audit — Nedap AEOS — site Eindhoven
Enrolment 2025-10-01: employee A. Demir, palm vein template stored, linked to badge 7781
Enrolment 2025-10-01: employee R. Souza, badge only (declined biometrics)
Last sync: 2025-11-20 03:00
"""),
('recruiter-mail-cv-doorsturen','nl','other',[('SPECIAL_CRIMINAL', 'veroordeeld voor rijden onder invloed'),],0,0,"""
Van: kim.degraaf@flexwerk-bureau.nl
Aan: hr@kuehne-nagel-moerdijk.nl
Onderwerp: CV kandidaat shift lead

Hoi Marco,

Hierbij het cv van Rafael Souza, 9 jaar ervaring in distributie en SAP WM. Hij kan per 1 januari starten. Hij is in 2018 veroordeeld voor rijden onder invloed, maar zijn rijbewijs is weer geldig. Hij is beschikbaar voor een gesprek op dinsdag of donderdag.

Groet,
Kim
"""),
('recruiter-forward-opschonen','nl','other',[],0,0,"""
Onderwerp: FW: cv Stefan Lammers

Hoi Ilse, zie onder, hij heeft zijn BSN (<<BSN>>) in het cv gezet en in zijn mail. Kun je het cv opschonen voordat het naar de klant gaat?

---------- Doorgestuurd bericht ----------
Van: stefan.lammers@ziggo.nl
Hierbij mijn cv voor productiemedewerker.
"""),
('kandidaatprofiel-operator','nl','other',[('SPECIAL_CRIMINAL', 'Staat onder reclasseringstoezicht'),(H,'heeft epilepsie')],0,0,"""
Kandidaatprofiel (voor klant) — functie: operator
Kandidaat: G.M. (anoniem voor eerste ronde)
Samenvatting cv: 7 jaar operator in de voedingsmiddelenindustrie, HACCP, ploegendienst.
Intern (niet doorsturen): kandidaat heeft epilepsie, geen nachtdienst en geen heftruck. Staat onder reclasseringstoezicht tot juni.
"""),
('candidate-summary-en','en','other',[],1,0,"""
Candidate profile — Senior Data Engineer
Summary of CV: 8 years Spark/Databricks, built streaming pipelines for a bank, Dutch B1. Previously volunteer data analyst for a patient association (diabetes research fundraising).
Availability: 1 January. Rate: € 95/h.
"""),
('recruiter-email-popescu','en','other',[(E,'Roma')],0,0,"""
From: sanne@flexwerk-bureau.nl
To: planning@flexwerk-bureau.nl
Subject: FW: CV Ion Popescu

Forwarding Ion's CV for the Almere project. He's Roma and told me earlier clients treated him badly because of that, so please place him with a client we trust.
Sanne
"""),
('incident-report-en','en','other',[],1,0,"""
INCIDENT REPORT #2025-061
Site: Venlo, loading dock 1
Date: 14-11-2025 10:15
Description: pallet fell from rack level 3, nobody injured. Rack inspection requested. First aid not needed.
Reported by: shift lead
"""),
('camera-log-parking','en','camera_footage',[],1,0,"""
Camera log — parking lot, office Utrecht
2025-11-21 07:30–19:00, cam P1
07:52 blue Toyota parks spot 4
12:10 delivery van (PostNL) at entrance
18:44 last car leaves
No incidents. Retention: 28 days.
"""),
('incidentmelding-vleeswaren','nl','other',[(H,'was onder invloed van drugs')],0,0,"""
Incidentmelding agressie — Vleeswaren Oost, 30-10-2025
Uitzendkracht D. Verhoef schreeuwde tegen een collega en gooide een krat. Volgens de teamleider was onder invloed van drugs; hij is naar huis gestuurd. Gesprek met intercedent ingepland.
"""),
('forward-cv-nl-iban','nl','other',[],0,0,"""
Onderwerp: Fwd: cv Dennis Verhoef

Beste Marco,
In de bijlage het cv van Dennis. Let op: in zijn motivatie staat zijn rekeningnummer <<IBAN>>, dat hebben wij er voor jou uitgehaald in de pdf.
Met vriendelijke groet, Kim
"""),
('prikklok-export','nl','other',[],1,0,"""
Prikklok export Fresh Park - okt 2025
naam;datum;in;uit;pauze
Nowak A.;01-10;06:00;14:30;0:30
Wiśniewski T.;01-10;06:04;14:28;0:30
Marin I.;01-10;08:30;17:00;0:45
"""),
('camera-footage-request','nl','camera_footage',[],1,0,"""
Verzoek inzage camerabeelden
Aanvrager: A. Kaya
Periode: 12-11-2025, 15:00-16:00, kantine Venlo
Reden: eigen portemonnee kwijt
Beoordeling: beelden bekeken door security, niets gevonden. Beelden niet verstrekt.
"""),
('cv-beoordeling-intern','nl','other',[],0,0,"""
Interne beoordeling cv's vacature planner (3 kandidaten)
1. J. Pauwels: sterk, 4 jaar planner. Let op: BSN <<BSN.>> stond in zijn brief, gemaskeerd opgeslagen.
2. D. Verhoef: chauffeur, weinig plannerservaring.
3. N. van Dijk: ICT, niet passend.
Advies: kandidaat 1 uitnodigen.
"""),
('incident-2025-052','nl','other',[(H,'rijdt in een rolstoel')],0,0,"""
Incident 2025-052, kantoor Utrecht
De lift was de hele ochtend buiten werking. Collega Yusuf Ahmed rijdt in een rolstoel en kon niet naar de tweede verdieping; hij heeft vanuit de kantine gewerkt. Liftonderhoud gebeld.
"""),
('vms-event-log','en','camera_footage',[],1,0,"""
VMS event log — client site (demo mode)
2025-11-03 09:00 Face recognition module installed, test with mannequin heads only
2025-11-03 11:20 Module disabled by order of the DPO; no employee images enrolled
"""),
]
