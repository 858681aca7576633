# one-off: hand-written additions to documents (before freezing); each adds a sentence and its evidence
import glob,sys
H='SPECIAL_HEALTH';R='SPECIAL_RELIGION';E='SPECIAL_ETHNICITY';P='SPECIAL_POLITICS';T='SPECIAL_TRADE_UNION';S='SPECIAL_SEXUAL_ORIENTATION';C='SPECIAL_CRIMINAL';B='SPECIAL_BIOMETRIC'
A=[
('hr-case-review',"VOG profile does not include 'goods'.","VOG profile does not include 'goods'.\nCase 4: R. Souza declined enrolment at the client; his fingerprint scan from the trial day was deleted on 19 Nov.",(B,'his fingerprint scan')),
('client-letter-en',"could you check?","could you check? His face template for the e-gates was renewed last week, so that part is fine.",(B,'His face template')),
('kopie-id-portugees',"Checked against person: yes","Checked against person: yes\nFingerprint on file at client time clock: yes (template no. 0332)",(B,'Fingerprint on file at client time clock')),
('arbeidsovereenkomst-uitzend',"Artikel 4 Op deze","Artikel 5 De uitzendkracht stemt in met registratie van zijn vingerafdruk in het toegangssysteem van de inlener.\nArtikel 6 Op deze",(B,'registratie van zijn vingerafdruk')),
('notulen-beveiliging-hr',"2. Sleutelbeheer: nieuwe sleutelkast.","2. Sleutelbeheer: de handpalmscan van Gábor Nagy is uit het toegangssysteem verwijderd, nieuwe sleutelkast besteld.",(B,'de handpalmscan van Gábor Nagy')),
('cv-boateng-warehouse',"Schiphol cargo warehouse (2019-2025)","Schiphol cargo warehouse (2019-2025), access via a hand geometry reader enrolled in my name",(B,'a hand geometry reader enrolled in my name')),
('motivatie-schoonmaak-avond',"beschikbaar ma-vr vanaf 18:00.","beschikbaar ma-vr vanaf 18:00.\nBij mijn vorige werk klokte ik in met mijn vingerafdruk, dat mag hier ook.",(B,'klokte ik in met mijn vingerafdruk')),
('notulen-mt-oktober',"4. IT: nieuwe laptops in januari.","4. IT: nieuwe laptops in januari.\n5. Dossier Jordy Pinas: hij heeft vorig jaar een werkstraf gekregen voor winkeldiefstal; de klant is niet geïnformeerd.",(C,'een werkstraf gekregen voor winkeldiefstal')),
('client-email-complaint',"Please talk to him.","Please talk to him. Someone also said he has a record for fraud, is that true?",(C,'has a record for fraud')),
('recruiter-mail-cv-doorsturen',"Hij kan per 1 januari starten.","Hij kan per 1 januari starten. Hij is in 2018 veroordeeld voor rijden onder invloed, maar zijn rijbewijs is weer geldig.",(C,'veroordeeld voor rijden onder invloed')),
('teams-chat-kim',"Kim: nee, ik heb gezegd dat we daar niet op selecteren","Kim: nee, ik heb gezegd dat we daar niet op selecteren\nKim: en dat hij in jeugddetentie heeft gezeten hoeft die klant ook niet te weten",(C,'in jeugddetentie heeft gezeten')),
('kandidaatprofiel-operator',"geen nachtdienst en geen heftruck.","geen nachtdienst en geen heftruck. Staat onder reclasseringstoezicht tot juni.",(C,'Staat onder reclasseringstoezicht')),
('email-application-warehouse',"Passport copy I bring to the office.","Passport copy I bring to the office. I had a problem with police in Austria, a fine for a fight, it is finished.",(C,'a fine for a fight')),
('cv-lim-receptie',"Talen: NL, EN, Mandarijn","Talen: NL, EN, Mandarijn\nChinees-Indonesische afkomst, opgegroeid in Amstelveen.",(E,'Chinees-Indonesische afkomst')),
('motivation-letter-care',"recently moved to Rotterdam.","recently moved to Rotterdam. As a British-Bangladeshi woman I also speak Bengali.",(E,'British-Bangladeshi')),
('newsletter-november',"good cycling club.","good cycling club. Also welcome Kwame, who is proud of his Ashanti roots and promised jollof rice for the Friday lunch.",(E,'his Ashanti roots')),
('cv-rossi',"Experience: Picnic","Family: my father is Italian, my mother is Moroccan Berber.\nExperience: Picnic",(E,'my mother is Moroccan Berber')),
('cv-ahmed-callcentre',"Languages: English, Dutch, Somali","Languages: English, Dutch, Somali (I am Somali-Dutch)",(E,'Somali-Dutch')),
('cv-souza-pt',"Summary: 9 years","Born in Salvador, of Afro-Brazilian descent, Portuguese citizen.\nSummary: 9 years",(E,'Afro-Brazilian descent')),
('cv-de-jong-fin',"Opleiding: RA, Nyenrode","Opleiding: RA, Nyenrode\nNevenfunctie: penningmeester van de VVD-afdeling Zwolle",(P,'penningmeester van de VVD-afdeling Zwolle')),
('application-email-data',"Best,\nLucas Meyer","P.S. Until 2023 I was a local councillor for the Greens in Freiburg.\n\nBest,\nLucas Meyer",(P,'a local councillor for the Greens')),
('mail-teamleider-morgen',"Hij komt dus niet.","Hij komt dus niet. Hij stond ook nog op de kieslijst van de SP, zei hij.",(P,'stond ook nog op de kieslijst van de SP')),
('motivation-aslan',"I want to work in production or cleaning.","I want to work in production or cleaning. In Turkey I was a member of the HDP and had problems because of that.",(P,'a member of the HDP')),
('minutes-works-council',"3. AOB: none.","3. AOB: L. Meyer asks to leave early on 20 Nov, he campaigns for Volt that evening.",(P,'he campaigns for Volt')),
('brief-motivatie-urk',"Die organisatorische","Daarnaast ben ik actief voor de SGP in de gemeenteraadsfractie. Die organisatorische",(P,'actief voor de SGP')),
('cv-bakker-tabel',"| Functie         | Office manager              |","| Partner         | echtgenote Sanne            |\n| Functie         | Office manager              |",(S,'echtgenote Sanne')),
('cv-dekker-maintenance',"2024-now Maintenance, Heineken Zoeterwoude","2024-now Maintenance, Heineken Zoeterwoude (moved to NL with my husband Joost)",(S,'my husband Joost')),
('chat-lucas-sanne',"[06:58] Sanne:","[06:57] Lucas M: my husband is with me, he'll drive me home later\n[06:58] Sanne:",(S,'my husband is with me')),
('notulen-teamoverleg-planning',"Kerst graag vrijwillig verdelen.","Kerst graag vrijwillig verdelen. Daniel vraagt ook vrij in juni voor de bruiloft van hem en zijn vriend Tim.",(S,'de bruiloft van hem en zijn vriend Tim')),
('nieuwsbrief-ria',"Gefeliciteerd Ria!","Samen met haar vrouw Marja viert ze het met een etentje. Gefeliciteerd Ria!",(S,'haar vrouw Marja')),
('cv-mendes-pt',"Porto → Den Haag sinds 2022","Porto → Den Haag sinds 2022, samen met mijn vrouw Rita",(S,'mijn vrouw Rita')),
('cv-kowalski-pl',"LANGUAGES:","Member of NSZZ Solidarność since 2019. On Sundays I go to Polish Catholic Mass in Tilburg, so Sunday shifts only after 13:00.\n\nLANGUAGES:",(T,'Member of NSZZ Solidarność')),
('loonstrook-okt',"Loonheffing                         -198,35","Contributie CNV Vakmensen            -14,20\nLoonheffing                         -198,35",(T,'Contributie CNV Vakmensen')),
('cv-hendriks-kort',"Bereikbaar: 06-18273645","Lid van de FNV Jong.\nBereikbaar: 06-18273645",(T,'Lid van de FNV Jong')),
('mail-sollicitatie-kuipers',"Groet,\nRonald Kuipers","PS ik ben lid van de vakbond, mocht dat uitmaken.\n\nGroet,\nRonald Kuipers",(T,'ik ben lid van de vakbond')),
('employment-contract-en',"Signed in Utrecht","The employee has asked that his union dues to IG Metall be deducted from salary.\nSigned in Utrecht",(T,'his union dues to IG Metall')),
('cv-kowalski-pl',None,None,(R,'Polish Catholic Mass')),
('cv-bos',"Naast mijn werk","Zondagsrust is voor mij belangrijk, ik ben gereformeerd.\nNaast mijn werk",(R,'ik ben gereformeerd')),
('cv-lewandowska-pl',"Ervaring: Philips","Ik ben Jehova's Getuige en vier geen verjaardagen op het werk, verder geen bijzonderheden.\nErvaring: Philips",(R,"Ik ben Jehova's Getuige")),
]
files={f:open(f).read() for f in glob.glob('b[0-9][0-9].py')}
for slug,old,new,ev in A:
    key="('"+slug+"',"
    fs=[f for f,s in files.items() if key in s]
    assert len(fs)==1,slug
    f=fs[0]; s=files[f]; i=s.index(key); j=s.find("\n('",i+1); j=len(s) if j<0 else j
    seg=s[i:j]
    if old is not None:
        assert seg.count(old)==1,(slug,old); seg=seg.replace(old,new)
    k=seg.index(",[",len(key))
    seg=seg[:k+2]+repr(ev).replace("'SPECIAL","'SPECIAL")+","+seg[k+2:]
    files[f]=s[:i]+seg+s[j:]
for f,s in files.items(): open(f,'w').write(s)
print('patched',len(A))
