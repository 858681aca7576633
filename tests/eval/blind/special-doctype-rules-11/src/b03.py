H='SPECIAL_HEALTH';R='SPECIAL_RELIGION';E='SPECIAL_ETHNICITY';P='SPECIAL_POLITICS';T='SPECIAL_TRADE_UNION';S='SPECIAL_SEXUAL_ORIENTATION';C='SPECIAL_CRIMINAL';B='SPECIAL_BIOMETRIC'
D=[
('scan-paspoort-ocr','nl','id_copy',[],0,0,"""
KONINKRIJK DER NEDERLANDEN  PASPOORT / PASSPORT
Type P   Code NLD   Documentnummer <<ID>>
Naam / Surname: VAN LEEUWEN
Voornamen / Given names: Marieke Johanna
Nationaliteit: Nederlandse
Geboortedatum: 14 MRT/MAR 1988
Geboorteplaats: Gouda
Persoonsnummer <<BSN.>>
Afgiftedatum 02 FEB 2021   Geldig tot 02 FEB 2031
Autoriteit: Burgemeester van Gouda
"""),
('id-kaart-scan','nl','id_copy',[],0,0,"""
IDENTITEITSKAART  NEDERLAND
documentnr. <<ID>>
naam  ÖZTÜRK
voornamen  Hakan
geb.datum  03 09 1994   geb.plaats Rotterdam
geslacht M   lengte 1,82 m
BSN <<BSN>>
geldig t/m 11 05 2030
[achterzijde onleesbaar gescand]
"""),
('kopie-id-portugees','en','id_copy',[('SPECIAL_BIOMETRIC', 'Fingerprint on file at client time clock'),],0,0,"""
Copy ID — scanned at intake Tilburg office 14-10-2025 by R. Maas
Document: Cartão de Cidadão (Portugal)
Name: FERREIRA DA SILVA, João Miguel
Date of birth: 21 07 1991
Dutch BSN (from registration letter, added by hand): <<BSN>>
Checked against person: yes
Fingerprint on file at client time clock: yes (template no. 0332)
"""),
('loonstrook-okt','nl','payslip',[('SPECIAL_TRADE_UNION', 'Contributie CNV Vakmensen'),],0,0,"""
LOONSTROOK oktober 2025                         FlexWerk Uitzendbureau BV
Werknemer: A. Kaya          Pers.nr 20914     BSN <<BSN>>
Loonheffingskorting: ja     Fase A, week 31
Uren normaal      152,00 x 15,20   2.310,40
Toeslag nacht       16,00 x  3,80      60,80
Bruto loon                         2.371,20
Pensioen StiPP                       -47,42
Contributie CNV Vakmensen            -14,20
Loonheffing                         -198,35
Netto                              2.125,43
Uitbetaald op <<IBAN>>
"""),
('loonstrook-sept','nl','payslip',[(T,'Contributie FNV')],0,0,"""
Salarisspecificatie september 2025
Naam: P. Janssen
Burgerservicenummer: <<BSN.>>
Salaris                    3.012,00
Reiskosten (onbelast)         84,20
Contributie FNV (fiscaal)    -23,10
Loonheffing                 -402,77
Netto                      2.670,33
IBAN <<IBAN>>
"""),
('payslip-en-week','en','payslip',[],0,0,"""
PAYSLIP week 44 / 2025 — FlexWerk Uitzendbureau BV
Employee: M. Stanciu   Staff no. 33871
Citizen service number: <<BSN_>>
Hours 40.00 x 14.40 = 576.00
Holiday allowance 8% = 46.08
Wage tax -38.91
Housing deduction (SNF) -95.00
Net 488.17 → <<IBAN>>
"""),
('salarisexport-csv','nl','payslip',[],0,0,"""
persnr;naam;bsn;iban;bruto;netto;periode
10231;De Vries, J.;<<BSN>>;<<IBANc>>;2410,00;1988,12;2025-10
10244;Aydin, S.;<<BSN>>;<<IBANc>>;2655,50;2170,40;2025-10
10260;Kowalczyk, M.;<<BSN>>;<<IBANc>>;2190,00;1854,09;2025-10
"""),
('arbeidsovereenkomst-uitzend','nl','employment_contract',[('SPECIAL_BIOMETRIC', 'registratie van zijn vingerafdruk'),],0,0,"""
UITZENDOVEREENKOMST MET UITZENDBEDING (fase A)

Partijen:
FlexWerk Uitzendbureau BV, hierna 'uitzendbureau', en
de heer R. Souza, geboren 02-05-1990, BSN <<BSN>>, wonende te Rotterdam, hierna 'uitzendkracht'.

Artikel 1 De uitzendkracht wordt ter beschikking gesteld aan Kuehne+Nagel Moerdijk als shift lead.
Artikel 2 Het loon bedraagt € 17,85 bruto per uur volgens de ABU-cao.
Artikel 3 Betaling op rekening <<IBAN>>.
Artikel 5 De uitzendkracht stemt in met registratie van zijn vingerafdruk in het toegangssysteem van de inlener.
Artikel 6 Op deze overeenkomst is de ABU-cao van toepassing.
"""),
('employment-contract-en','en','employment_contract',[('SPECIAL_TRADE_UNION', 'his union dues to IG Metall'),],0,0,"""
EMPLOYMENT CONTRACT (fixed term)
Employer: FlexWerk Detachering BV, Utrecht
Employee: Lucas Meyer, date of birth 11-08-1987, BSN <<BSN_>>
Position: Senior Data Engineer, seconded to Rabobank
Term: 1 January 2026 – 31 December 2026
Salary: EUR 6,150 gross per month, paid to <<IBAN:DE>>
The employee has asked that his union dues to IG Metall be deducted from salary.
Signed in Utrecht, 20 November 2025
"""),
('addendum-yildiz','nl','employment_contract',[(R,'vrijdaggebed')],0,0,"""
ADDENDUM bij arbeidsovereenkomst d.d. 01-03-2025
Werknemer: M. Yıldız, BSN <<BSN>>

Partijen spreken af dat werknemer op vrijdag een onbetaalde pauze neemt van 13:00 tot 14:00 uur voor het vrijdaggebed. De verloren tijd wordt op maandag ingehaald.

Getekend te Schiedam, 12-09-2025
"""),
('addendum-thuiswerk','nl','employment_contract',[],0,0,"""
Addendum thuiswerken
Werknemer: Linda Bakker (pers.nr 4471)
Met ingang van 1 januari 2026 werkt werknemer twee dagen per week thuis. De thuiswerkvergoeding bedraagt € 2,35 per dag.
Overige bepalingen blijven ongewijzigd.
"""),
('addendum-bouzid','nl','employment_contract',[(H,'na haar knieoperatie')],0,1,"""
Addendum arbeidsovereenkomst - tijdelijk aangepaste werkzaamheden
Werknemer: S. Bouzid, BSN <<BSN.>>
Omdat werknemer na haar knieoperatie nog niet lang kan staan, verricht zij van 1 t/m 31 december administratieve werkzaamheden in plaats van kassawerk.
"""),
('vog-verklaring','nl','vog',[],0,0,"""
VERKLARING OMTRENT HET GEDRAG
Justis, Ministerie van Justitie en Veiligheid

Naam: Pinas, Jordy
Geboortedatum: 17-06-2000
BSN: <<BSN>>
Doel: Beveiliger (screeningsprofiel 45, 54)

De minister van Justitie en Veiligheid verklaart dat uit onderzoek naar het justitiële verleden van betrokkene geen bezwaren zijn gebleken.
Den Haag, 03-10-2025
"""),
('vog-aanvraag-brief','nl','vog',[],1,0,"""
Beste Noor,

Voor je plaatsing bij het ziekenhuis hebben we een VOG nodig. Je ontvangt vandaag een e-mail van Justis met een link; betaal de aanvraag met iDEAL, wij vergoeden de kosten. Lever de VOG binnen 4 weken in bij je intercedent.

Met vriendelijke groet,
Team Zorg, FlexWerk
"""),
('justis-voornemen-verhoef','nl','vog',[(C,'veroordeeld wegens diefstal')],0,0,"""
Justis — Voornemen tot afwijzing VOG-aanvraag
Betreft: D. Verhoef, BSN <<BSN_>>
Uit het Justitieel Documentatiesysteem blijkt dat u in 2023 bent veroordeeld wegens diefstal in dienstverband (art. 310 Sr). Gelet op het functieaspect 'geld' bestaat een risico voor de samenleving. U kunt binnen 2 weken een zienswijze indienen.
"""),
('vog-en-letter','en','vog',[],1,0,"""
Dear Mr Ahmed,

Your Certificate of Conduct (VOG) was issued on 12 November and we have received it. It is valid for our purposes for 3 months from issue, so your start date of 1 December is fine.

Kind regards,
Compliance desk
"""),
('id-copy-uk-passport','en','id_copy',[],0,0,"""
PASSPORT — UNITED KINGDOM OF GREAT BRITAIN AND NORTHERN IRELAND
Surname: RAHMAN   Given names: AISHA
Nationality: BRITISH CITIZEN
Date of birth: 09 JAN 95  Place of birth: BIRMINGHAM
Date of expiry: 04 APR 32
-- note intake: BSN <<BSN>> (RNI registration), copy made with client consent, not stored beyond 5 yrs
"""),
('loonstrook-beslag','nl','payslip',[],0,0,"""
Loonstrook november 2025
Werknemer: J. Pinas  BSN <<BSN>>
Bruto 2.280,00
Loonbeslag deurwaarder (Flanderijn) -310,00
Netto 1.641,55 naar <<IBAN>>
"""),
('contract-aanvulling-marin','nl','employment_contract',[(H,'zwangerschapsverlof')],0,0,"""
Aanvulling op arbeidsovereenkomst
Medewerker: I. Marin, pers.nr 8812, BSN <<BSN>>
In verband met het zwangerschapsverlof vanaf 3 maart 2026 wordt het contract verlengd tot 1 oktober 2026 zodat het verlof binnen het contract valt.
"""),
('id-kaart-achterkant','nl','id_copy',[],0,0,"""
Achterkant ID
Documentnr <<ID>>
Lengte 1.68
Persoonsnummer <<BSN_>>
Autoriteit Burg. v. Venlo
"""),
('vog-brief-geen-bezwaar','nl','vog',[],1,0,"""
Aan: intercedent Veghel
VOG van kandidaat Kees de Wit is binnen (afgegeven 28-10-2025, screeningsprofiel vervoer). Dossier kan door naar planning.
"""),
]
