import json, os, re
from gen_tables import *
from gen_phr import *
DOCS=[]
CVLIKE=("cv","motivation_letter")
HR_TYPES=("id_copy","payslip","employment_contract","medical","vog")
def add(slug,lang,dt,text,special=(),hn=False,diag=False,hr=None,bsns=(),ibans=(),ids=(),terms=()):
    if hr is None: hr = dt in HR_TYPES
    special=sorted(set(special))
    rules=[]
    if bsns and dt in CVLIKE: rules.append("bsn-on-cv")
    if bsns and not hr: rules.append("bsn-outside-hr")
    if special: rules.append("special-category")
    if diag and hr: rules.append("sickness-diagnosis")
    if ibans and dt in CVLIKE: rules.append("iban-on-cv")
    if ids and dt=="cv": rules.append("id-document-on-cv")
    DOCS.append(dict(slug=slug,lang=lang,doc_type=dt,text=text,special=special,hard_negative=hn,diagnosis=diag,rules=rules,
        ev=dict(bsn=list(bsns),iban=list(ibans),id=list(ids),terms=list(terms),hr=hr)))
def pick(d,cat,lang="nl",third=True):
    bank = (THIRD_NL if lang=="nl" else THIRD_EN) if third else (FIRST_NL if lang=="nl" else FIRST_EN)
    return R.choice(bank[cat])
USED=set()
def pick_u(cat,lang,third):
    bank = (THIRD_NL if lang=="nl" else THIRD_EN) if third else (FIRST_NL if lang=="nl" else FIRST_EN)
    opts=[x for x in bank[cat] if x not in USED] or bank[cat]
    x=R.choice(opts); USED.add(x); return x

JOBS_NL=[("Orderpicker","DistriPoint Venlo","reachtruck, scanner, Warehouse Management"),("Productiemedewerker","FreshFoods Bleiswijk","lijnwerk, HACCP, ploegendienst"),("Heftruckchauffeur","Logistiek Centrum Moerdijk","heftruckcertificaat, laden/lossen"),("Administratief medewerker","Kuijpers Installatietechniek","Exact, facturatie, crediteuren"),("Schoonmaker","CleanPro Schoonmaak","kantoren, sanitair"),("Magazijnmedewerker","PackNL Fulfilment","inpak, retouren"),("Monteur","Autoschade Brabant","APK, schadeherstel"),("Receptioniste","Hotel Sterrenhof","front office, Opera"),("Klantenservice medewerker","Ziggo (via uitzendbureau)","inbound, KCC"),("Chauffeur C/CE","Transportbedrijf Hoeve","code 95, tachograaf"),("Kassamedewerker","Jumbo Helmond","kassa, vakkenvullen"),("Tuinbouwmedewerker","Tuinbouwbedrijf Westland Kas 3","oogsten, toppen")]
JOBS_EN=[("Warehouse operative","Amazon Fulfilment (via agency)","pick & pack, RF scanner"),("Customer support agent","Booking.com","Zendesk, Dutch/English"),("Production operator","ASML supplier","cleanroom, ISO 9001"),("Forklift driver","Maersk Rotterdam","counterbalance, reach")]
EDU_NL=["MBO 2 Logistiek, Summa College","VMBO-kader, Techniek","MBO 4 Bedrijfsadministratie, ROC Midden NL","HAVO, Stedelijk Lyceum","MBO 3 Mediamanagement, Albeda","Praktijkonderwijs, De Brug","HBO Commerciële Economie (niet afgerond)"]
EDU_EN=["BSc Business Administration, Univ. of Warsaw","High school diploma, Lagos","MBO 4 ICT (Netherlands)","A-levels, Manchester"]

def cv(p,lang="nl",layout=None,extra_pers=(),extra_end=(),extra_mid=()):
    layout = layout if layout is not None else R.randint(0,5)
    jobs = R.sample(JOBS_NL if lang=="nl" else JOBS_EN, 2)
    edu = R.choice(EDU_NL if lang=="nl" else EDU_EN)
    y1=R.randint(2015,2021)
    if lang=="en" and layout in (0,1,3): layout=R.choice([2,4])
    if layout==0:
        L=["Curriculum Vitae","","PERSONALIA",f"Naam:            {p['full']}",f"Adres:           {p['street']}",f"                 {p['pc']} {p['city']}",f"Tel.:            {p['phone']}",f"E-mail:          {p['email']}",f"Geboortedatum:   {dobs(p)}",f"Nationaliteit:   Nederlandse"]
        L+=list(extra_pers)+["","WERKERVARING"]
        for j in jobs: L+=[f"{y1} - {y1+R.randint(1,3)}   {j[0]} bij {j[1]}",f"   - {j[2]}"]; y1+=2
        L+=list(extra_mid)+["","OPLEIDING",f"{edu}","","VAARDIGHEDEN","Rijbewijs B, "+R.choice(["VCA basis","heftruckcertificaat","EHBO","BHV"]),"Talen: Nederlands (moedertaal), Engels (goed)"]
        L+=["","OVERIG"]+list(extra_end)+["Hobby's: "+R.choice(["voetbal, gamen","koken en wandelen","fitness, muziek","lezen, tuinieren"]),"Referenties op aanvraag"]
    elif layout==1:  # two-column pasted from PDF
        L=[p['full'].upper()+"                    PROFIEL",f"{p['phone']}                Gemotiveerde {jobs[0][0].lower()} met",f"{p['email']}    ruime ervaring in {jobs[0][2].split(',')[0]}. Flexibel,",f"{p['street']}                 stressbestendig en een echte teamspeler.",f"{p['pc']} {p['city']}","                                 WERKERVARING",f"GEBOREN                          {jobs[0][0]}",f"{dobs(p)}                       {jobs[0][1]} | {y1} - heden"]
        for e in extra_pers: L.append(e+"                        • "+jobs[0][2])
        L+=["VAARDIGHEDEN                     "+jobs[1][0],"• MS Office                      "+jobs[1][1]+f" | {y1-3} - {y1}","• "+R.choice(["Heftruck","VCA","Rijbewijs B"])+"                       • "+jobs[1][2]]
        L+=list(extra_mid)+["TALEN                            OPLEIDING","Nederlands ●●●●●                 "+edu,"Engels ●●●○○",""]+list(extra_end)
    elif layout==2:  # EN resume
        L=[p['full'],f"{p['city']}, the Netherlands | {p['phone']} | {p['email']}","","SUMMARY","Hands-on and reliable, looking for work via agency.",""]+list(extra_pers)+["","EXPERIENCE"]
        for j in jobs: L+=[f"{j[0]} — {j[1]} ({y1}–{y1+2})",f"  * {j[2]}"]; y1+=2
        L+=list(extra_mid)+["","EDUCATION",edu,"","PERSONAL",f"Date of birth: {dobs(p)}"]+list(extra_end)+["Languages: English, "+R.choice(["Polish","Dutch (A2)","Spanish","Arabic"])]
    elif layout==3:  # Europass
        L=["Europass","Curriculum Vitae","","Persoonlijke informatie",p['full'],f"{p['street']}, {p['pc']} {p['city']} (Nederland)",f"  {p['phone']}","  "+p['email'],f"Geslacht Man | Geboortedatum {dobs(p)} | Nationaliteit Nederlandse"]+list(extra_pers)+["","GEWENSTE BAAN","  "+jobs[0][0],"","WERKERVARING"]
        for j in jobs: L+=[f"  {y1}–{y1+1}   {j[0]}",f"             {j[1]}",f"             ▪ {j[2]}"]; y1+=2
        L+=list(extra_mid)+["","ONDERWIJS EN OPLEIDING","  "+edu,"","PERSOONLIJKE VAARDIGHEDEN","Moedertaal  Nederlands","Digitale vaardigheden  Basisgebruiker"]+list(extra_end)
    elif layout==4:  # compact / shorthand
        L=[f"CV {p['full']} – {jobs[0][0].lower()}","tel "+p['phone']+" / "+p['email'],f"geb. {dobs(p)}, woont in {p['city']}"]+list(extra_pers)+["","werk:"]
        for j in jobs: L.append(f"- {j[0]}, {j[1]} ({y1}-{y1+1}) {j[2]}"); y1+=1
        L+=list(extra_mid)+["opl: "+edu]+list(extra_end)+["beschikbaar: per direct, "+R.choice(["fulltime","32 uur","alleen dagdienst","ma t/m vr"])]
    else:
        L=["======================================",f"  {p['full'].upper()}","  "+jobs[0][0],"======================================","Contact",f"  {p['street']} | {p['pc']} {p['city']}",f"  M {p['phone']}",f"  E {p['email']}",f"  Geboren: {dobs(p)}"]+["  "+e for e in extra_pers]+["","Over mij","  Ik ben een harde werker die graag de handen uit de mouwen steekt."]+["  "+e for e in extra_mid]+["","Ervaring"]
        for j in jobs: L+=[f"  {j[1]}  ({y1} – {y1+2})",f"  {j[0]} · {j[2]}"]; y1+=2
        L+=["","Opleiding","  "+edu]+["  "+e for e in extra_end]
    return "\n".join(L)+"\n"

def letter(p,lang="nl",body_extra=(),email=False,foot=()):
    job,client,sk=R.choice(JOBS_NL if lang=="nl" else JOBS_EN)
    rec=R.choice(RECRUITERS)
    if email:
        subj=R.choice([f"Sollicitatie {job}",f"Re: vacature {job} {R.choice(CITIES)[0]}",f"sollicitatie",f"Application {job}"])
        HD=[f"Van: {p['full']} <{p['email']}>",f"Aan: vacatures@{CO_MAIL}",f"Datum: {date(2026)} {R.randint(7,22)}:{R.randint(10,59)}",f"Onderwerp: {subj}"]+([f"Bijlage: CV_{p['last'].replace(' ','_')}.pdf"] if R.random()<0.6 else [])+[""]
        if lang=="nl":
            BD=[R.choice(["Goedemiddag,","Beste meneer/mevrouw,",f"Hoi {rec.split()[0]},","Geachte heer, mevrouw"]),"",R.choice([f"Ik zag jullie vacature voor {job.lower()} en wil graag solliciteren.",f"hierbij solliciteer ik op de functie van {job.lower()}, ik heb al ervaring met {sk.split(',')[0]}.",f"Via een vriend hoorde ik dat jullie mensen zoeken voor {client}."])]+list(body_extra)+["",R.choice(["Mijn cv zit in de bijlage.","Ik kan per direct beginnen.","Ik hoor graag van jullie!","Bel me gerust."]),"",R.choice(["Met vriendelijke groet,","Groetjes,","mvg"]),p['full'],p['phone']]
        else:
            BD=["Dear recruiter,","",f"I would like to apply for the {job} position.",]+list(body_extra)+["","Please find my CV attached.","","Kind regards,",p['full'],p['phone']]
        return "\n".join(HD+BD+list(foot))+"\n"
    if lang=="nl":
        L=[p['full'],p['street'],f"{p['pc']} {p['city']}",p['email'],"",CO,f"t.a.v. {rec}","",f"{p['city']}, {date(2026)}","",f"Betreft: sollicitatie {job}","",R.choice(["Geachte heer/mevrouw,",f"Beste {rec.split()[0]},","Geachte "+rec+","]),"",
           f"Met veel interesse las ik uw vacature voor {job.lower()} bij {client}. "+R.choice(["Graag stel ik mij aan u voor.","Ik denk dat ik goed in uw team pas.","Deze functie past precies bij wat ik zoek."]),"",
           f"In mijn huidige baan werk ik met {sk}. Ik ben punctueel, leergierig en niet bang om aan te pakken."]+[""]+list(body_extra)+["",R.choice(["Graag licht ik mijn motivatie toe in een gesprek.","Ik hoop u hiermee voldoende geïnformeerd te hebben.","Ik kijk uit naar uw reactie."]),"","Met vriendelijke groet,","",p['full']]+list(foot)
    else:
        L=[p['full'],p['city'],p['email'],"",f"{date(2026)}","",f"Re: application for {job}","","Dear Sir or Madam,","",f"I am writing to apply for the position of {job} with {client}. I have experience with {sk}."]+[""]+list(body_extra)+["","I look forward to hearing from you.","","Yours faithfully,",p['full']]+list(foot)
    return "\n".join(L)+"\n"

# ---------------- group A: CV/letters with BSN (13) ----------------
BSN_LBL=["BSN: {}","Burgerservicenummer: {}","Sofinummer {}","BSN-nr. {}","bsn {}","BSN / sofinr.: {}","Citizen service number (BSN): {}","BSN number {}"]
IBAN_LBL=["IBAN: {}","Rekeningnummer: {}","Bankrekening {}","Bank: {}","rek.nr {}","Bank account (IBAN): {}","IBAN-nummer: {}"]
ID_LBL=["Paspoortnummer: {}","ID-kaart nr.: {}","Identiteitsbewijs: {} (geldig tot {})","Passport no. {}","Nr. identiteitskaart {}","ID {}","Documentnummer paspoort: {}"]
CATS=[H,B,E,RL,P,T,S,C]
n=0
def nid(): 
    global n; n+=1; return n
specA=[None,H,RL,None,E,None,C,T,None,S,P,None,H]
for i in range(13):
    p=person(); b=bsn(); lang="en" if i in (5,11) else "nl"
    lbl=R.choice([x for x in BSN_LBL if ("number" in x)==(lang=="en")] or BSN_LBL)
    if lang=="en": lbl=R.choice(["Citizen service number (BSN): {}","BSN number {}","BSN: {}"])
    bl=lbl.format(fmt_bsn(b)); bs=[b]; ib=[]; ids=[]; sp=[]
    pers=[bl]
    if i in (2,7,10):
        ii=iban(); ib=[ii]; pers.append(R.choice(IBAN_LBL).format(fmt_iban(ii)))
    if i in (3,9):
        dn=docnr(); ids=[dn]; pers.append("Paspoortnr: "+dn)
    extra=[]
    if specA[i]: sp=[specA[i]]; extra=[pick_u(specA[i],lang,False)]
    if i in (1,4,8,12):
        txt=letter(p,lang,body_extra=extra+(["Voor de loonadministratie: mijn "+bl.lower()] if R.random()<0.5 else [bl]),email=(i in (4,12)),foot=[])
        dt="motivation_letter"
    else:
        txt=cv(p,lang,extra_pers=pers,extra_end=extra); dt="cv"
    add(f"{'cv' if dt=='cv' else 'sollicitatie'}-{p['last'].replace(' ','').lower()}-bsn",lang,dt,txt,special=sp,bsns=bs,ibans=ib,ids=ids)

# ---------------- group B: CV/letters with IBAN (10) ----------------
specB=[None,B,None,P,E,None,S,H,None,RL]
for i in range(10):
    p=person(); lang="en" if i in (2,6) else "nl"; ii=iban()
    line=R.choice(IBAN_LBL if lang=="nl" else ["Bank account (IBAN): {}","IBAN: {}"]).format(fmt_iban(ii))
    sp=[specB[i]] if specB[i] else []; extra=[pick_u(specB[i],lang,False)] if specB[i] else []
    if i in (4,8):
        txt=letter(p,lang,body_extra=extra+[R.choice(["Mijn salaris mag op ","Uitbetaling graag op "])+fmt_iban(ii)],email=(i==8)); dt="motivation_letter"
    else:
        txt=cv(p,lang,extra_pers=[line] if i%2 else [],extra_end=([line] if not i%2 else [])+extra); dt="cv"
    add(f"{'cv' if dt=='cv' else 'motivatie'}-{p['first'].lower()}-{i}",lang,dt,txt,special=sp,ibans=[ii])

# ---------------- group C: CV with ID number / MRZ (11) ----------------
specC=[None,C,None,RL,H,None,E,T,None,S,B]
for i in range(11):
    p=person(); lang="en" if i in (1,5) else "nl"; dn=docnr(); sp=[specC[i]] if specC[i] else []
    extra=[pick_u(specC[i],lang,False)] if specC[i] else []
    if i in (2,8):
        l1,l2=mrz_td3(p,dn,bsn()) if False else (None,None)
        # MRZ pasted from scanned passport page appended to CV (without BSN in personal number)
        y,m,d=p['dob']; dob="%02d%02d%02d"%(y%100,m,d); exp="%02d%02d%02d"%(R.randint(27,33),R.randint(1,12),R.randint(1,28))
        pn="<<<<<<<<<<<<<<"
        l2=dn+cd(dn)+"NLD"+dob+cd(dob)+R.choice("MF")+exp+cd(exp)+pn+"<"
        l2=l2+cd(dn+cd(dn)+dob+cd(dob)+exp+cd(exp)+pn+"<")
        l1=("P<NLD"+p['last'].upper().replace(' ','<')+"<<"+p['first'].upper()).ljust(44,"<")
        txt=cv(p,lang,extra_end=extra+["","[bijlage: kopie paspoort]",l1,l2]); ids=[l2]
    else:
        lbl=R.choice(ID_LBL if lang=="nl" else ["Passport no. {}","ID card number: {}"])
        line=lbl.format(dn,date(2031)) if "{}" in lbl else lbl
        txt=cv(p,lang,extra_pers=[line],extra_end=extra); ids=[dn]
    add(f"cv-{p['last'].replace(' ','').lower()}-{i}-id",lang,"cv",txt,special=sp,ids=ids)

# ---------------- group D: non-HR documents with a BSN (13) ----------------
def sig(nm=None):
    nm=nm or R.choice(RECRUITERS)
    return "\n".join(["",R.choice(["Met vriendelijke groet,","Mvg,","Groet,","Hartelijke groet,"]),nm,R.choice(["Intercedent","Recruiter","Consultant Logistiek","Vestigingsmanager","Accountmanager"])+" | "+CO,"T 0"+str(R.randint(10,79))+"-"+str(R.randint(1000000,9999999)),"www."+CO_MAIL,"","Dit bericht is uitsluitend bestemd voor de geadresseerde."])
# D1 client letter
p=person(); b=bsn(); cl=R.choice(CLIENTS)
add("brief-inlener-plaatsing","nl","other","\n".join([CO,"Postbus "+str(R.randint(100,9999))+", 5600 AA Eindhoven","",cl,"t.a.v. afdeling HR / planning","",f"Eindhoven, {date(2026)}","","Betreft: bevestiging plaatsing uitzendkracht","","Geachte heer/mevrouw,","",f"Hierbij bevestigen wij dat {p['full']} (BSN {fmt_bsn(b)}) met ingang van {date(2026)} bij u wordt ingezet als productiemedewerker, fase A, 38 uur per week.",f"Het uurtarief bedraagt € {R.randint(24,38)},{R.randint(10,95)} excl. btw conform de raamovereenkomst.","","Wij verzoeken u de urenbriefjes wekelijks vóór maandag 10:00 te accorderen in het portaal.",sig()]),bsns=[b])
# D2 minutes with union
p=person(); p2=person(); b=bsn()
add("notulen-overleg-klant-fnv","nl","other","\n".join([f"Notulen operationeel overleg {R.choice(CLIENTS)} / {CO}",f"Datum: {date(2026)}   Aanwezig: {R.choice(RECRUITERS)}, {p2['full']} (teamleider), {name()} (planning)","Afwezig: m.k.g. "+name(),"","1. Opening / mededelingen","- Nieuwe planning week 12 ligt er, 4 extra krachten nodig op de nachtploeg.","","2. Personeel",f"- {p['full']} (bsn {fmt_bsn(b)}) wil overstappen naar vaste dienst. "+pick_u(T,'nl',True).format(n=p['first'])+" Heeft gevraagd of de vakbond bij het gesprek mag zijn.","- 2 uitzendkrachten met verlopen VCA, actie planning.","","3. Rondvraag","- Kantine-afspraken: geen.","","Actielijst:",f"  #1 {p2['first']}: gesprek plannen met {p['first']} (wk 13)"]),special=[T],bsns=[b])
# D3 candidate export csv
rows=[];bs=[];sp=[C]
hdr="kandidaat_id;naam;woonplaats;functie;status;bsn;laatste_contact;notitie"
for k in range(7):
    q=person(); bb=bsn(); bs.append(bb)
    note=R.choice(["","belt terug","geen rijbewijs","ok voor nachtdienst","komt met eigen vervoer",""])
    if k==4: note=pick_u(C,'nl',True).format(n=q['first'])
    rows.append(f"K{R.randint(10000,99999)};{q['full']};{q['city']};{R.choice(JOBS_NL)[0]};{R.choice(['intake','voorgesteld','geplaatst','afgewezen','in pool'])};{bb};{date(2026)};{note}")
add("export-ats-kandidaten-bsn","nl","other","\n".join([hdr]+rows)+"\n",special=sp,bsns=bs)
# D4 email recruiter -> client with BSN + religion
p=person(); b=bsn()
add("mail-voorstel-kandidaat-klant","nl","other","\n".join([f"From: {R.choice(RECRUITERS)} <planning@{CO_MAIL}>",f"To: hr@{R.choice(['vanrijn','distripoint','moerdijklog','freshfoods'])}.nl",f"Subject: voorstel kandidaat {p['full']}",f"Date: {date(2026)}","",f"Hoi {R.choice(FIRST)},","",f"Zoals besproken stel ik {p['full']} voor als orderpicker. Ze heeft 2 jaar ervaring bij een ander DC en is per direct beschikbaar.",f"Voor jullie aanmelding in het toegangssysteem: geb. {dobs(p)}, BSN {fmt_bsn(b)}.",pick_u(RL,'nl',True).format(n=p['first'])+" Is er een stille ruimte waar dat kan?",sig()]),special=[RL],bsns=[b])
# D5 invoice with BSN
p=person(); b=bsn(); inv=str(R.randint(20260001,20269999))
ibn=iban()
add("factuur-detachering-wk","nl","other","\n".join([f"FACTUUR {inv}","",CO+" B.V.","KvK 6"+str(R.randint(1000000,9999999)),"IBAN "+fmt_iban(ibn),"",f"Aan: {R.choice(CLIENTS)}",f"Factuurdatum: {date(2026)}   Vervaldatum: 30 dagen","","Omschrijving                          Uren    Tarief    Bedrag",f"Inzet {p['full']} (bsn {b}) wk 7     38,00   31,45     1.195,10",f"Toeslag ploegendienst 20%            16,00    6,29       100,64","","Subtotaal                                            1.295,74","BTW 21%                                                272,11","Totaal                                               1.567,85"]),bsns=[b],ibans=[ibn])
# D6 camera incident report with BSN, criminal + biometric (face match)
p=person(); b=bsn()
add("incidentrapport-camera-diefstal","nl","other","\n".join(["INCIDENTRAPPORT BEVEILIGING","Locatie: DC Venlo, hal 3, dock 12",f"Datum/tijd: {date(2026)} 02:47",f"Rapporteur: beveiliger {name()} (SecurePoint)","",f"Omschrijving: via camera 14 gezien dat een uitzendkracht dozen met elektronica in een auto laadde. Het gezichtsherkenningssysteem gaf een match (94%) op het opgeslagen gezichtsprofiel van {p['full']}.",f"Gegevens betrokkene volgens planning: {p['full']}, BSN {fmt_bsn(b)}, uitzendbureau {CO}.",f"{p['first']} is door de politie aangehouden op verdenking van diefstal. Aangifte gedaan door locatiemanager.","","Beelden veiliggesteld (export 02:30-03:15), bewaard tot afhandeling.","Handtekening: ______"]),special=[C,B],bsns=[b])
# D7 access control log with BSN as personnel number + fingerprint
bs=[];rows=[]
for k in range(6):
    q=person(); bb=bsn(); bs.append(bb)
    rows.append(f"{date(2026)} 0{R.randint(5,8)}:{R.randint(10,59)}:{R.randint(10,59)} | Poort-Noord | {q['full']:<22}| ID {bb} | vingerafdruk OK (template #{R.randint(100,999)}) | IN")
add("toegangslog-poort-noord","nl","other","Export toegangscontrole - ZKTeco terminal\nverificatie: vingerafdruk   (ID = BSN medewerker, koppeling salarissysteem)\n"+"-"*70+"\n"+"\n".join(rows)+"\n",special=[B],bsns=bs)
# D8 email between recruiters about candidate + politics
p=person(); b=bsn()
add("mail-intern-kandidaat-politiek","nl","other","\n".join([f"Van: {RECRUITERS[0]}",f"Aan: {RECRUITERS[3]}","Onderwerp: RE: kandidaat voor gemeente Zaanstad","",f"Heb je het BSN van {p['first']} nog? Ik heb {fmt_bsn(b)} in mijn aantekeningen maar weet niet of dat klopt.","",f"> {pick_u(P,'nl',True).format(n=p['full'])} Is dat een probleem voor de opdracht bij de griffie?","> Groet, Youssef","",sig(RECRUITERS[0])]),special=[P],bsns=[b])
# D9 municipality letter about a candidate with health
p=person(); b=bsn()
add("brief-gemeente-loonkostensubsidie","nl","other","\n".join(["Gemeente Tilburg","Werk en Inkomen | Team Werkgeversdienstverlening","",f"{CO}","t.a.v. de heer/mevrouw "+R.choice(RECRUITERS),"",f"Datum: {date(2026)}","Ons kenmerk: WI/"+str(R.randint(10000,99999)),"Onderwerp: loonkostensubsidie","","Geachte heer/mevrouw,","",f"Naar aanleiding van uw aanvraag voor {p['full']}, burgerservicenummer {fmt_bsn(b)}, delen wij u mee dat de loonwaarde is vastgesteld op 65%.",f"Uit de beoordeling blijkt dat {p['first']} vanwege autisme en een angststoornis structureel minder productief is. Een jobcoach wordt ingezet voor 6 maanden.","","Met vriendelijke groet,","namens het college van burgemeester en wethouders,",name(),"consulent"]),special=[H],diag=True,bsns=[b])
# D10 chat export with BSN + sexual orientation
p=person(); b=bsn(); r1=R.choice(RECRUITERS); r2=R.choice(RECRUITERS)
add("teams-chat-kandidaat","nl","other","\n".join([f"[{date(2026)} 09:12] {r1}: wie heeft {p['first']} {p['last']} gesproken?",f"[09:13] {r2}: ik, leuke vent. bsn {b} staat in de mail",f"[09:13] {r2}: {pick_u(S,'nl',True).format(n=p['first'])} hij vroeg of de klant daar oké mee is, ivm vorige werkplek",f"[09:15] {r1}: natuurlijk. ik zet hem op de lijst voor PackNL",f"[09:15] {r2}: 👍"]),special=[S],bsns=[b])
# D11 candidate export 2 (comma)
rows=[];bs=[]
for k in range(5):
    q=person(); bb=bsn(); bs.append(bb)
    rows.append(",".join([q['last'],q['first'],q['email'],q['phone'],fmt_bsn(bb) if k%2 else bb,R.choice(["Y","N"]),R.choice(["B","C","CE",""])]))
add("kandidatenpool-export","nl","other","Achternaam,Voornaam,Email,Mobiel,SofiNr,Beschikbaar,Rijbewijs\n"+"\n".join(rows)+"\n",bsns=bs)
# D12 recruitment team minutes + ethnicity
p=person(); b=bsn()
add("notulen-teamoverleg-recruitment","nl","other","\n".join([f"Teamoverleg vestiging {R.choice(CITIES)[0]} - {date(2026)}","aanw: "+", ".join(R.sample(RECRUITERS,4)),"","- targets Q2 besproken, 112 plaatsingen tot nu","- nieuwe vacatures Zorggroep De Linde (huishoudelijk)",f"- kandidaat {p['full']} (BSN {fmt_bsn(b)}): klant vroeg naar achtergrond. {pick_u(E,'nl',True).format(n=p['first'])} NIET doorgeven aan klant, is niet relevant!","- vakantieplanning: iedereen voor 1/4 invullen","- volgende keer: AVG-training"]),special=[E],bsns=[b])
# D13 forward of candidate profile + criminal
p=person(); b=bsn()
add("mail-doorgestuurd-profiel","nl","other","\n".join([f"---------- Doorgestuurd bericht ----------",f"Van: {name()} <j.coach@reclasseringsproject.nl>",f"Datum: {date(2026)}",f"Onderwerp: kandidaat werkervaringsplek","",f"Beste {R.choice(RECRUITERS).split()[0]},","",f"Zoals afgesproken de gegevens van {p['full']}, BSN {fmt_bsn(b)}, geb. {dobs(p)}.",pick_u(C,'nl',True).format(n=p['first'])+f" Hij is gemotiveerd en heeft zijn heftruckcertificaat gehaald in de PI.","",sig()]),special=[C],bsns=[b])

# ---------------- group E: HR records with a BSN (no bsn-outside-hr) (13) ----------------
def payslip(p,b,ib,union=False,lang="nl"):
    bruto=R.randint(2100,3600)+R.randint(0,99)/100
    L=[f"{CO} B.V. - Loonstrook",f"Periode: {R.choice(['week 14','4-weken periode 5','maart'])} {R.choice([2025,2026])}","",f"Werknemer: {p['full']}",f"Adres: {p['street']}, {p['pc']} {p['city']}",f"Personeelsnr: {R.randint(10000,99999)}        BSN: {fmt_bsn(b)}",f"Geb.datum: {dobs(p)}   Functie: productiemedewerker   Fase: A",f"Loonheffingskorting: ja   Tabel: wit/maand","","Omschrijving                 Aantal    Tarief      Bedrag",f"Uurloon                      {R.randint(140,173)},00     {R.randint(14,19)},{R.randint(10,99)}     {bruto:.2f}".replace(".",","),f"Reservering vakantiegeld 8%                        {bruto*0.08:.2f}".replace(".",","),f"Pensioen StiPP               ",f"Loonheffing                                        -{bruto*0.2:.2f}".replace(".",",")]
    if union: L.append("Vakbondscontributie FNV (via werkgever)              -18,40")
    L+=["",f"Netto uit te betalen: € {bruto*0.72:.2f}".replace(".",","),f"Overgemaakt op rekening {fmt_iban(ib)}"]
    return "\n".join(L)+"\n"
p=person(); b=bsn(); ib=iban(); add("loonstrook-periode","nl","payslip",payslip(p,b,ib),bsns=[b],ibans=[ib])
p=person(); b=bsn(); ib=iban(); add("loonstrook-vakbondscontributie","nl","payslip",payslip(p,b,ib,union=True),special=[T],bsns=[b],ibans=[ib])
# jaaropgave
p=person(); b=bsn()
add("jaaropgave-2025","nl","payslip","\n".join(["JAAROPGAVE 2025","Werkgever: "+CO+" B.V.   Loonheffingennummer 8"+str(R.randint(10000000,99999999))+"L01","",f"Naam werknemer      {p['full']}",f"Burgerservicenummer {b}",f"Geboortedatum       {dobs(p)}","","Fiscaal loon                          € 31.402","Ingehouden loonheffing                € 6.118","Toegepaste loonheffingskorting        ja, vanaf 01-01","Waarvan premie Zvw                    € 2.041","Inkomensverhouding: 11 (uitzendkracht)"]),bsns=[b])
# loonjournaal export with union column
rows=[];bs=[];ibs=[]
for k in range(6):
    q=person(); bb=bsn(); ii=iban(); bs.append(bb); ibs.append(ii)
    rows.append("\t".join([str(R.randint(1000,9999)),q['last']+", "+q['first'][0]+".",bb,ii,f"{R.randint(1800,3900)},{R.randint(10,99)}",f"{R.randint(300,900)},{R.randint(10,99)}","FNV" if k in (1,4) else ""]))
add("loonjournaal-p03","nl","payslip","Loonjournaal periode 03 - export Loket.nl\nmdw\tnaam\tbsn\tiban\tbruto\tlh\tvakbond_inh\n"+"\n".join(rows)+"\n",special=[T],bsns=bs,ibans=ibs)
# contracts
def contract(p,b,extra=()):
    return "\n".join(["UITZENDOVEREENKOMST (fase A, met uitzendbeding)","","Partijen:",f"1. {CO} B.V., hierna 'uitzendonderneming'",f"2. {p['full']}, geboren {dobs(p)}, wonende te {p['street']}, {p['pc']} {p['city']},",f"   BSN {fmt_bsn(b)}, hierna 'uitzendkracht'","","Artikel 1 - Functie en inlener",f"De uitzendkracht wordt ter beschikking gesteld aan {R.choice(CLIENTS)} in de functie van {R.choice(JOBS_NL)[0].lower()}.","Artikel 2 - Duur: de overeenkomst eindigt van rechtswege wanneer de terbeschikkingstelling eindigt.","Artikel 3 - Beloning conform inlenersbeloning, ABU-cao.","Artikel 4 - Ziekte: bij ziekte meldt de uitzendkracht zich vóór 09.00 uur telefonisch af."]+list(extra)+["","Aldus overeengekomen en getekend te Eindhoven op "+date(2026),"","______________________      ______________________","namens "+CO+"               "+p['full']])+"\n"
p=person(); b=bsn(); add("uitzendovereenkomst-fase-a","nl","employment_contract",contract(p,b),bsns=[b])
p=person(); b=bsn(); add("arbeidsovereenkomst-bepaalde-tijd","nl","employment_contract",contract(p,b,["Artikel 5 - Bijzondere afspraken: "+pick_u(RL,'nl',True).format(n="Werknemer")+" Partijen spreken af dat de pauze op vrijdag wordt verschoven naar 13.00-13.45 uur."]),special=[RL],bsns=[b])
# ID copies
p=person(); b=bsn(); dn=docnr(); l1,l2=mrz_td3(p,dn,b,R.choice("MF"))
add("kopie-paspoort","nl","id_copy","\n".join(["KONINKRIJK DER NEDERLANDEN  KINGDOM OF THE NETHERLANDS","PASPOORT  PASSPORT","Type/Type P   Code/Code NLD   Documentnr./Document No. "+dn,"Naam/Surname "+p['last'].upper(),"Voornamen/Given names "+p['first'].upper(),"Nationaliteit/Nationality Nederlandse","Geboortedatum/Date of birth "+"%02d %s/%s %02d"%(p['dob'][2],["JAN","FEB","MAA","APR","MEI","JUN","JUL","AUG","SEP","OKT","NOV","DEC"][p['dob'][1]-1],["JAN","FEB","MAR","APR","MAY","JUN","JUL","AUG","SEP","OCT","NOV","DEC"][p['dob'][1]-1],p['dob'][0]%100),"Persoonsnummer/Personal No. "+b[:4]+"."+b[4:6]+"."+b[6:],"","",l1,l2,"","[kopie t.b.v. identificatie WID, gezien door "+R.choice(RECRUITERS)+" op "+date(2026)+"]"]),bsns=[b],ids=[dn])
p=person(); b=bsn(); dn=docnr()
add("kopie-id-kaart-achterzijde","nl","id_copy","\n".join(["IDENTITEITSKAART / IDENTITY CARD","Documentnummer: "+dn,"Naam: "+p['last'],"Voornamen: "+p['first'],"Geb. datum: "+dobs(p),"--- achterzijde ---","BSN "+b,"Lengte 1,"+str(R.randint(55,95))+" m","Verval datum: "+date(2033),"","I<NLD"+dn+cd(dn)+b+"<<<<<<"]),bsns=[b],ids=[dn])
# residence document
p=person(); b=bsn(); dn=R.choice("EV")+str(R.randint(10000000,99999999))
add("kopie-verblijfsdocument","nl","id_copy","\n".join(["VERBLIJFSDOCUMENT / RESIDENCE PERMIT","Type: EU/EER  (verblijfsdocument I)",f"Nummer: {dn}",f"Naam: {p['last'].upper()}, {p['first']}",f"Geboren: {dobs(p)}","Arbeid vrij toegestaan. TWV niet vereist.",f"V-nummer: {R.randint(1000000000,9999999999)}",f"BSN: {fmt_bsn(b)}","","kopie gemaakt voor de personeelsadministratie, origineel gezien."]),bsns=[b])
# VOG letter + VOG register (criminal refusal)
p=person(); b=bsn()
add("vog-verklaring-omtrent-gedrag","nl","vog","\n".join(["Justis - Ministerie van Justitie en Veiligheid","VERKLARING OMTRENT HET GEDRAG (natuurlijke personen)","",f"Naam: {p['full']}",f"Geboortedatum: {dobs(p)}",f"BSN: {fmt_bsn(b)}","Screeningsprofiel: 45 Uitzendbureaus / functiegebied 11, 12","","De minister van Justitie en Veiligheid verklaart dat uit een onderzoek naar het gedrag van betrokkene geen bezwaren zijn gebleken.","",f"Den Haag, {date(2026)}","Documentnummer VOG: "+str(R.randint(10000000,99999999))]),bsns=[b])
rows=[];bs=[]
for k in range(6):
    q=person(); bb=bsn(); bs.append(bb)
    st=R.choice(["ontvangen","aangevraagd","ontvangen","ontvangen"])
    note=""
    if k==3: st="GEWEIGERD"; note="afwijzing: veroordeling mishandeling (2022), niet plaatsen bij zorgklanten"
    rows.append(f"| {q['full']:<22} | {bb} | {st:<11} | {date(2026)} | {note}")
add("vog-register-2026","nl","vog","VOG-register uitzendkrachten zorg & beveiliging\n| naam | bsn | status | datum | opm |\n"+"\n".join(rows)+"\n",special=[C],bsns=bs)

# ---------------- group F (25, diagnosis) and G (15, no cause): absence records ----------------
DQ=DIAG[:]; R.shuffle(DQ)
def absence(kind,p,diag=None,b=None,extra=(),lang="nl"):
    if diag and kind not in (1,7): diag=re.sub(r'^[^:]{3,25}:\s*','',diag)
    mgr=name(); d1=date(2026); pn=str(R.randint(10000,99999))
    bl=[f"BSN: {fmt_bsn(b)}"] if b else []
    if lang=="en":
        return "\n".join([f"From: {mgr} <{mgr.split()[0].lower()}@{R.choice(['freshfoods','packnl','distripoint'])}.nl>",f"To: verzuim@{CO_MAIL}",f"Subject: sick report {p['first']}",f"Date: {d1}","","Hi,","",f"{p['full']} (agency worker, payroll no. {pn}"+(f", BSN {b}" if b else "")+") called in sick this morning."+(f" He told me: {diag}." if diag else " No idea how long it will take.")]+list(extra)+["","Can you take it from here? Thanks,",mgr,"Shift lead"])+"\n"
    if kind==0:
        return "\n".join(["ZIEKMELDING","Formulier verzuimregistratie "+CO,"",f"Naam medewerker: {p['full']}",f"Personeelsnummer: {pn}"]+bl+[f"Inlener: {R.choice(CLIENTS)}",f"Eerste ziektedag: {d1}",f"Ziek gemeld bij: {mgr}","Gedeeltelijk/volledig: "+R.choice(["volledig","gedeeltelijk (50%)"]),"Verwachte duur: "+R.choice(["1 week","onbekend","< 2 weken","2-4 weken"]),("Oorzaak / toelichting: "+diag) if diag else "Toelichting: medewerker heeft zich ziek gemeld, geen verdere bijzonderheden.","Bedrijfsongeval: "+R.choice(["nee","nee","ja"]),"Vangnetregeling (ZW): "+R.choice(["ja","nee"])]+list(extra)+["","Doorgezet naar arbodienst: "+date(2026)])+"\n"
    if kind==1:
        e=[f"{d1}  ziekmelding ontvangen via telefoon ({mgr})",f"{date(2026)}  contact opgenomen, medewerker thuis"+(f" - {diag}" if diag else ", voelt zich nog niet goed"),f"{date(2026)}  melding arbodienst gedaan (dag 4)",f"{date(2026)}  spreekuur bedrijfsarts, terugkoppeling: "+("beperkt belastbaar, eerst herstel" if R.random()<0.5 else "geen benutbare mogelijkheden komende 2 wkn")]+list(extra)
        return "\n".join([f"Verzuimdossier {p['full']} - pnr {pn}"]+bl+["="*40]+e)+"\n"
    if kind==2:
        return "\n".join([f"Van: {mgr}",f"Aan: HR {CO}",f"Onderwerp: {p['first']} ziek",f"Datum: {d1}","",f"Hoi,","",f"{p['first']} {p['last']} "+(f"(bsn {fmt_bsn(b)}) " if b else "")+"heeft zich vanochtend ziekgemeld."+(f" Volgens haar/hem: {diag}." if diag else " Hij zei niet wat er aan de hand was en dat hoeft ook niet.")]+list(extra)+["Kun jij de melding bij de arbodienst doen? Zijn rooster voor deze week heb ik al aangepast.","","Gr. "+mgr.split()[0]])+"\n"
    if kind==3:
        return "\n".join(["PLAN VAN AANPAK (Wet verbetering poortwachter)",f"Werknemer: {p['full']}   pnr {pn}"]+bl+[f"Eerste ziektedag: {d1}",f"Casemanager: {R.choice(RECRUITERS)}","","1. Probleemanalyse bedrijfsarts d.d. "+date(2026),("   Belemmeringen: "+diag+"; belastbaarheid beperkt.") if diag else "   Belemmeringen: zie probleemanalyse (medische gegevens niet in dit dossier).","2. Doel: terugkeer in eigen werk, 50% per week 8.","3. Acties:","   - wekelijks contact casemanager","   - opbouw uren volgens schema bedrijfsarts","   - evaluatie na 6 weken"]+list(extra)+["","Akkoord werknemer: _______   Akkoord werkgever: _______"])+"\n"
    if kind==4:
        return "\n".join([f"Gespreksverslag verzuimgesprek {date(2026)}"]+bl+[f"Aanwezig: {p['full']}, {mgr} (leidinggevende), {R.choice(RECRUITERS)} (HR)","",("Werknemer vertelt dat het gaat om "+diag+". ") if diag else "Werknemer geeft aan dat het langzaam beter gaat. Over de aard van de klachten is niet gesproken.","Afspraak: volgende week telefonisch contact, werknemer meldt zich zodra hij/zij weer kan starten."]+list(extra)+["","Verslag vastgesteld door HR"])+"\n"
    if kind==5:
        return "\n".join(["HERSTELDMELDING",f"Naam: {p['full']}",f"Pnr: {pn}"]+bl+[f"Ziek vanaf: {d1}",f"Hersteld per: {date(2026)}","Volledig hersteld: "+R.choice(["ja","ja","nee, 50% hervat"]),("Opmerking: "+diag+", hersteld") if diag else "Opmerking: -"]+list(extra)+["Gemeld door: "+mgr])+"\n"
    if kind==6:
        return "\n".join([f"Re-integratieverslag (eerstejaarsevaluatie) {p['full']}",f"Datum: {date(2026)}   Arbodienst: "+R.choice(["ArboNed","Arbo Unie","Zorg van de Zaak","HumanCapitalCare"])]+bl+["","Verloop:",(f"Werknemer is uitgevallen met {diag}. Hij/zij is inmiddels onder behandeling.") if diag else "Werknemer is op "+d1+" uitgevallen. De bedrijfsarts heeft de belastbaarheid vastgesteld in een FML.","Spoor 1: aangepast werk bij inlener niet mogelijk.","Spoor 2: re-integratiebureau ingeschakeld per "+date(2026)+"."]+list(extra)+["","Conclusie: doel van het eerste jaar niet gehaald; loondoorbetaling loopt."])+"\n"
    if kind==7:
        return "\n".join([f"notitie bellen {p['first']} {date(2026)}"]+[x.lower() for x in bl]+[("- "+diag) if diag else "- nog ziek, weet niet wanneer terug","- eerst naar bedrijfsarts vrijdag","- rooster vrijgemaakt tot eind vd maand"]+list(extra)+["- ("+R.choice(RECRUITERS).split()[0][:2].upper()+")"])+"\n"
    return ""
F_EXTRA = {3:[H,"Zwangerschap: 30 weken, ligt met pre-eclampsie in het ziekenhuis; verlof eerder ingegaan."],
           7:[T,None],12:[RL,None],18:[T,None],21:[H,"Arbeidshandicap: slechtziend, nodig: groot beeldscherm en spraaksoftware (aanpassing via UWV)."]}
fb=0
for i in range(25):
    p=person(); lang="en" if i in (5,16,23) else "nl"
    dg = R.choice(DIAG_EN) if lang=="en" else DQ[i%len(DQ)]
    b=bsn() if i in (2,9,14) else None
    sp=[H]; extra=[]
    if i in F_EXTRA:
        cat,txt=F_EXTRA[i]
        if cat==T: extra=[pick_u(T,'nl',True).format(n=p['first'])+" De vakbondsconsulent was bij het gesprek aanwezig."]; sp.append(T)
        elif cat==RL: extra=[pick_u(RL,'nl',True).format(n=p['first'])+" Met de bedrijfsarts is afgesproken de medicatie rond het vasten aan te passen."]; sp.append(RL)
        else: extra=[txt]
    kind=i%8
    add(f"verzuim-{['ziekmelding','dossier','mail','pva','gesprek','hersteld','reintegratie','belnotitie'][kind]}-{p['last'].replace(' ','').lower()}",lang,"medical",absence(kind,p,dg,b,extra,lang),special=sp,diag=True,bsns=[b] if b else [])
for i in range(15):
    p=person(); lang="en" if i==6 else "nl"; b=bsn() if i in (0,4) else None
    kind=(i+3)%8
    add(f"verzuim-zonder-oorzaak-{i:02d}",lang,"medical",absence(kind,p,None,b,[],lang),hn=True,bsns=[b] if b else [])
# verzuimoverzicht export (table) with reasons for some -> diagnosis
rows=[]
for k in range(8):
    q=person(); rows.append(f"{q['last']}, {q['first']};{R.randint(10000,99999)};{date(2026)};{R.choice(['','',''])if k not in (2,5) else ''};{R.choice(['kort','middel','lang'])};{['','','knieblessure','','','migraine/hoofdpijn','',''][k]}")
add("verzuimoverzicht-kwartaal","nl","medical","Naam;Pnr;Eerste ziektedag;Hersteld;Duurklasse;Reden\n"+"\n".join(rows)+"\n",special=[H],diag=True)
rows=[]
for k in range(8):
    q=person(); rows.append(f"{q['last']}, {q['first']};{R.randint(10000,99999)};{date(2026)};{R.choice(['',date(2026)])};{R.choice(['kort','middel','lang'])};{R.randint(0,4)}")
add("verzuimoverzicht-frequentie","nl","medical","Naam;Pnr;Eerste ziektedag;Hersteld;Duurklasse;Meldingen_12mnd\n"+"\n".join(rows)+"\n",hn=True)

# ---------------- special-category documents ----------------
FORM = {H:["Medische bijzonderheden: astma, heeft puffer bij zich","Gezondheid: hoog bloeddruk, gebruikt bètablokkers","Beperking: doof, communiceert via tolk NGT","Medicatie: insuline","Aandachtspunt: herstellende van een beroerte (CVA 2024)"],
 B:["Biometrie: vingerafdruk ingelezen (2x, wijsvinger L+R)","Gezichtsherkenning: template aangemaakt "+date(2026),"Irisscan: geregistreerd","Handpalm/handgeometrie: opgeslagen op terminal","Voiceprint: enrolled"],
 E:["Afkomst: Marokkaans","Etniciteit: Surinaams-Creools","Herkomst ouders: Turkije","Huidskleur: donker","Etnische achtergrond: Kaapverdiaans","Migratieachtergrond: 2e generatie Antilliaans"],
 RL:["Geloof: islam (praktiserend)","Religie: rooms-katholiek","Levensovertuiging: christelijk, werkt niet op zondag","Godsdienst: hindoeïsme","Religie: joods (sjabbat vrij)"],
 P:["Politieke voorkeur: SP (lid)","Partijlidmaatschap: PvdA","Lidmaatschap partij: Partij voor de Dieren","Politiek actief: ja, raadslid CU"],
 T:["Vakbond: FNV (lid sinds 2012)","Lid vakbond: ja, CNV","Vakbondslid: ja - De Unie","Union: FNV member"],
 S:["Geaardheid: homo","Seksuele voorkeur: lesbisch","Partner: man (homoseksueel)","Geaardheid: biseksueel"],
 C:["Strafblad: ja (diefstal 2020)","Justitiële antecedenten: veroordeling geweld 2019","Detentie: 2021-2023","Reclassering: toezicht tot 2026"]}
from collections import Counter
def counts():
    c=Counter()
    for d in DOCS:
        for s in d["special"]: c[s]+=1
    return c
def st(cat,lang,mode,nm):
    if mode=="form": 
        x=R.choice(FORM[cat]); return x
    if mode=="first": return pick_u(cat,lang,False)
    return pick_u(cat,lang,True).format(n=nm)
def sp_doc(tpl,cats,lang="nl"):
    p=person(); nm=p['full'] if R.random()<0.5 else p['first']
    if tpl=="hrnote":
        L=[R.choice(["Gespreksnotitie","Notitie personeelsdossier","Verslag functioneringsgesprek","Dossiernotitie"])+f" – {p['full']}",f"Datum: {date(2026)}   Opgesteld door: {R.choice(RECRUITERS)}","",R.choice(["Aanleiding: signaal van de teamleider over sfeer op de afdeling.","Aanleiding: verzoek medewerker om gesprek.","Aanleiding: conflict met collega op de lijn."])]
        L+=["- "+st(c,lang,"third",nm) for c in cats]+["- afspraak: over 4 weken evaluatie","","Medewerker heeft verslag ontvangen en gezien."]
        return add(f"hr-notitie-{p['last'].replace(' ','').lower()}",lang,"other","\n".join(L)+"\n",special=cats,hr=True)
    if tpl=="intake":
        L=["INTAKEFORMULIER KANDIDAAT",f"Naam: {p['full']}",f"Tel: {p['phone']}",f"Mail: {p['email']}",f"Geb.datum: {dobs(p)}",f"Gewenst werk: {R.choice(JOBS_NL)[0]}","Uren: "+R.choice(["40","32-40","max 24","flexibel"]),"Vervoer: "+R.choice(["auto","fiets","OV","scooter"])]
        L+=[st(c,lang,"form",nm) for c in cats]+["Indruk consultant: "+R.choice(["rustig, komt afspraken na","spontaan, goede werkhouding","wat onzeker maar gemotiveerd"])]
        return add(f"intake-{p['first'].lower()}-{len(DOCS)}",lang,"other","\n".join(L)+"\n",special=cats)
    if tpl=="mail":
        cl=R.choice(CLIENTS)
        snd=name()
        L=[f"Van: {snd} <planning@{cl.split()[0].lower()}.nl>",f"Aan: {R.choice(RECRUITERS)}",f"Onderwerp: {R.choice(['uitzendkracht','RE: bezetting nachtdienst','vraagje','Fw: klacht'])} {p['first']}","",R.choice(["Hoi,","Goedemorgen,","Hallo,"]),"",R.choice([f"Even over {p['full']}, die sinds {date(2026)} bij ons op de {R.choice(['inpak','expeditie','lijn 2','nachtploeg'])} staat.",f"Naar aanleiding van het gesprek met {p['first']} van gisteren:",f"Ik wil je iets laten weten over jullie uitzendkracht {p['full']}."])]
        L+=[st(c,lang,"third",nm) for c in cats]+[R.choice(["Kunnen we hier even over bellen?","Wil je dit meenemen in je gesprek met hem/haar?","Graag je advies hoe we dit aanpakken."]),"","Groet,",name(),cl]
        return add(f"mail-klant-{p['last'].replace(' ','').lower()}",lang,"other","\n".join(L)+"\n",special=cats)
    if tpl=="enmail":
        snd=name()
        L=[f"From: {snd} <{snd.split()[0].lower()}@{R.choice(['maersk-ops','ddc-logistics','brightfoods'])}.com>",f"To: {R.choice(RECRUITERS)}",f"Subject: {p['first']} - {R.choice(['onboarding','shift change','complaint','follow-up'])}","","Hi,","",R.choice([f"Quick heads-up about {p['full']}, who started on the night shift last week.",f"About your temp {p['full']} (badge {R.randint(1000,9999)}):",f"Following our call re {p['first']}:"])]
        L+=[st(c,"en","third",nm) for c in cats]+[R.choice(["Just so you know before Monday.","Not sure if this is relevant for you, but better to share.","Let me know how you want to handle this."]),"","Best,",snd,R.choice(["Site manager","Shift lead","HR business partner"])]
        return add(f"email-en-{p['first'].lower()}-{len(DOCS)}","en","other","\n".join(L)+"\n",special=cats)
    if tpl=="cv":
        txt=cv(p,lang,extra_end=[st(c,lang,"first",nm) for c in cats])
        return add(f"cv-{p['last'].replace(' ','').lower()}-{len(DOCS)}",lang,"cv",txt,special=cats)
    if tpl=="cvform":
        txt=cv(p,lang,layout=R.choice([0,3,4]),extra_pers=[st(c,lang,"form",nm) for c in cats])
        return add(f"cv-{p['first'].lower()}-{len(DOCS)}",lang,"cv",txt,special=cats)
    if tpl=="letter":
        txt=letter(p,lang,body_extra=[st(c,lang,"first",nm) for c in cats],email=R.random()<0.5)
        return add(f"sollicitatie-{p['first'].lower()}-{len(DOCS)}",lang,"motivation_letter",txt,special=cats)
    if tpl=="incident":
        L=["MELDING INCIDENT / KLACHT",f"Melder: {name()}",f"Betreft: {p['full']}",f"Datum voorval: {date(2026)}","Omschrijving:"]
        L+=["  "+st(c,lang,"third",nm) for c in cats]+["Vervolg: doorgezet naar vestigingsmanager en vertrouwenspersoon."]
        return add(f"melding-incident-{len(DOCS)}",lang,"other","\n".join(L)+"\n",special=cats)
    if tpl=="verlof":
        L=["VERLOFAANVRAAG",f"Naam: {p['full']}",f"Pnr: {R.randint(10000,99999)}",f"Van: {date(2026)}  t/m  {date(2026)}","Soort: "+R.choice(["bijzonder verlof","vakantie","onbetaald verlof"]),"Reden: "+(st(RL,lang,"third",p['first']) if RL in cats else R.choice(["verhuizing","familieomstandigheden","cursus"]))]+["Opmerking leidinggevende: "+st(c,lang,"third",p['first']) for c in cats if c!=RL]+["Akkoord leidinggevende: "+R.choice(["ja","ja","nee, drukte"])]
        return add(f"verlofaanvraag-{p['last'].replace(' ','').lower()}",lang,"other","\n".join(L)+"\n",special=cats,hr=True)
    if tpl=="vertrouwens":
        L=["Verslag vertrouwenspersoon (vertrouwelijk)",f"Datum: {date(2026)}","",f"Melder: {p['full']}, uitzendkracht bij {R.choice(CLIENTS)}.","Melder voelt zich gepest door collega's.",]
        L+=[st(c,lang,"third","Melder") for c in cats]+["Melder wil (nog) geen formele klacht indienen.","Afspraak: vervolggesprek over 2 weken."]
        return add(f"verslag-vertrouwenspersoon-{len(DOCS)}",lang,"other","\n".join(L)+"\n",special=cats,hr=True)
    if tpl=="reference":
        L=[f"Referentiecheck {p['full']}",f"Referent: {name()}, voormalig leidinggevende bij {R.choice(CLIENTS)}",f"Gebeld op {date(2026)} door {R.choice(RECRUITERS)}","","- betrouwbaar? "+R.choice(["ja","redelijk","twijfel"])]
        L+=["- "+st(c,lang,"third",p['first']) for c in cats]+["- zou hem/haar opnieuw aannemen: "+R.choice(["ja","nee","misschien"])]
        return add(f"referentiecheck-{p['last'].replace(' ','').lower()}",lang,"other","\n".join(L)+"\n",special=cats)
    if tpl=="unionletter":
        L=["FNV","Afdeling Uitzendkrachten / FNV Flex","",f"{CO}","t.a.v. de directie","",f"Utrecht, {date(2026)}","","Betreft: "+f"{p['full']} – loondoorbetaling","","Geachte directie,","",f"Namens ons lid {p['full']} maken wij bezwaar tegen het niet doorbetalen van de wachtdag en de reserveringen over week 3 t/m 9."]
        L+=[st(c,lang,"third",p['first']) for c in cats if c!=T]+["Wij verzoeken u binnen 14 dagen te reageren.","","Met vriendelijke groet,",name(),"juridisch adviseur FNV"]
        return add(f"brief-fnv-namens-lid-{len(DOCS)}",lang,"other","\n".join(L)+"\n",special=sorted(set(cats)|{T}),hr=True)
    if tpl=="ormin":
        L=[f"Verslag OR-vergadering {date(2026)}","Aanwezig: OR-leden "+", ".join(name() for _ in range(4)),""]
        L+=["- "+st(c,lang,"third",p['full']) for c in cats]+["- Instemmingsaanvraag roosters: aangehouden","- Rondvraag: parkeerplaatsen"]
        return add(f"verslag-or-vergadering-{len(DOCS)}",lang,"other","\n".join(L)+"\n",special=cats)
    raise ValueError(tpl)

def bio_time():
    rows=[]
    for k in range(8):
        q=person(); rows.append(f"{q['last']} {q['first'][0]}.|{R.randint(10000,99999)}|{date(2026)}|{R.randint(5,7):02d}:{R.randint(0,59):02d}|{R.randint(14,17):02d}:{R.randint(0,59):02d}|{R.choice(['vinger','vinger','gezicht','PIN'])}|{R.choice(['99.2','97.8','98.5','-'])}")
    add(f"tijdregistratie-biometrisch-{len(DOCS)}","nl","other","Tijdregistratie (TimeMoto export) - verificatie methode + score\nnaam|pnr|datum|in|uit|methode|score\n"+"\n".join(rows)+"\n",special=[B],hr=True)
def bio_cam():
    L=["Hikvision DeepinMind - face match log","camera: CAM-07 ingang personeel"]
    for k in range(5):
        q=person(); L.append(f"{date(2026)} {R.randint(6,22):02d}:{R.randint(0,59):02d}:{R.randint(0,59):02d}  MATCH  {q['full']:<24} lib:medewerkers  sim={R.randint(88,99)}.{R.randint(0,9)}%  snapshot_{R.randint(1000,9999)}.jpg")
    L.append(f"{date(2026)} 23:14:05  NO MATCH  unknown  sim=41.0%  -> alarm beveiliging")
    add(f"camera-gezichtsherkenning-log-{len(DOCS)}","nl","camera_footage","\n".join(L)+"\n",special=[B])
def bio_enrol(lang):
    p=person()
    if lang=="nl":
        t="\n".join(["Aanmeldformulier toegangspas + biometrie",f"Naam: {p['full']}",f"Afdeling: {R.choice(['expeditie','inslag','kantoor'])}","Toestemming vingerafdruk: ja (getekend)",f"Templates: 2 vingers ingelezen op {date(2026)}, terminal T3","Pasnummer: "+str(R.randint(100000,999999))])
    else:
        t="\n".join(["Biometric enrolment record",f"Employee: {p['full']}","Method: iris + face",f"Enrolled: {date(2026)} by security desk","Template stored on controller AC-2 (encrypted)"])
    add(f"biometrie-aanmelding-{len(DOCS)}",lang,"other",t+"\n",special=[B],hr=True)
def dna(lang="nl"):
    p=person()
    t="\n".join([f"Van: {R.choice(RECRUITERS)}","Aan: HR","Onderwerp: vertrouwelijk",f"",f"{p['full']} vertelde vandaag dat uit een genetische test is gebleken dat hij drager is van de erfelijke hartaandoening (MYBPC3-mutatie). Hij vraagt of dat gevolgen heeft voor zijn werk met zware lasten.","Ik heb gezegd dat we dat niet vastleggen, maar zet het even hier.",""])
    add(f"mail-genetische-test-{len(DOCS)}",lang,"other",t+"\n",special=[B,H],diag=True,hr=True)

bio_time(); bio_time(); bio_cam(); bio_cam(); bio_enrol("nl"); bio_enrol("en"); dna()
TPL_ALL=["hrnote","intake","mail","enmail","cv","cvform","letter","incident","verlof","vertrouwens","reference","ormin","hrnote","mail","cv","letter","intake"]
TPL_BY={T:["unionletter","ormin","hrnote","mail","cv","letter","intake","enmail","unionletter","reference"],
        RL:["verlof","hrnote","cv","letter","intake","mail","enmail","vertrouwens","verlof","cvform"],
        S:["vertrouwens","hrnote","cv","letter","mail","enmail","intake","incident","cvform"],
        E:["vertrouwens","incident","intake","cv","letter","mail","hrnote","enmail","cvform","reference"],
        P:["reference","hrnote","cv","letter","mail","enmail","intake","ormin","incident","cvform"],
        C:["reference","incident","hrnote","mail","intake","cv","letter","enmail","cvform"],
        B:["hrnote","mail","enmail","incident","intake","cv"],
        H:["cv","letter","intake","hrnote","mail","cvform"]}
k=0
while True:
    c=counts(); need=[x for x in CATS if c[x]<19]
    if not need: break
    need.sort(key=lambda x:c[x])
    cats=[need[0]]
    if len(need)>1 and k%2==0: cats.append(need[1] if len(need)>2 else need[-1])
    tpl=TPL_BY[cats[0]][k%len(TPL_BY[cats[0]])]
    if tpl=="unionletter" and T not in cats: tpl="hrnote"
    if tpl=="verlof" and RL not in cats: tpl="hrnote"
    lang="en" if tpl=="enmail" or (tpl in("cv","letter") and k%7==3) else "nl"
    sp_doc(tpl,cats,lang); k+=1
print(counts(), len(DOCS))

# ---------------- hard negatives ----------------
from gen_hn import HN
for slug,lang,dt,text,hr,bs,ibs in HN:
    add(slug,lang,dt,text,hn=True,hr=hr,bsns=bs,ibans=ibs)
# health statements: diagnosis unless the only health statement is a plain pregnancy
for d in DOCS:
    if "SPECIAL_HEALTH" in d["special"] and not d["diagnosis"]:
        d["diagnosis"] = "Ik ben 5 maanden zwanger" not in d["text"]
        if d["diagnosis"] and d["ev"]["hr"] and "sickness-diagnosis" not in d["rules"]:
            d["rules"].append("sickness-diagnosis")
def clean(x):
    for a,b in [("-bsn",""),("-id",""),("zonder-oorzaak-",""),("-politiek",""),("-fnv",""),("vakbondscontributie","maart"),("camera-diefstal","camera"),("genetische-test","vertrouwelijk"),("export-ats-kandidaten","export-ats-kandidaten"),("gezichtsherkenning-",""),("-biometrisch",""),("biometrie-aanmelding","aanmelding-toegang"),("-namens-lid",""),("-geen-personen",""),("-verzuim-passant",""),("pride-evenement-organisator","event-coordinator")]:
        x=x.replace(a,b)
    return x
ORDER=["bsn-on-cv","bsn-outside-hr","special-category","sickness-diagnosis","iban-on-cv","id-document-on-cv"]
R.shuffle(DOCS)
os.makedirs("docs",exist_ok=True)
for f in os.listdir("docs"): os.remove(os.path.join("docs",f))
with open("labels.jsonl","w") as L, open("evidence.jsonl","w") as EV:
    for i,d in enumerate(DOCS,1):
        fn=f"{i:03d}-{clean(d['slug'])}.txt"
        open(os.path.join("docs",fn),"w",encoding="utf-8").write(d["text"])
        L.write(json.dumps(dict(doc=fn,lang=d["lang"],doc_type=d["doc_type"],special=d["special"],hard_negative=d["hard_negative"],diagnosis=d["diagnosis"],rules=sorted(d["rules"],key=ORDER.index)),ensure_ascii=False)+"\n")
        EV.write(json.dumps(dict(doc=fn,hr_record=d["ev"]["hr"],bsn=d["ev"]["bsn"],iban=d["ev"]["iban"],id_document=d["ev"]["id"]),ensure_ascii=False)+"\n")
print(len(DOCS))
