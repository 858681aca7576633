import random
R = random.Random(20261130)
FIRST = ["Daan","Sanne","Mohamed","Fatima","Bram","Lotte","Yusuf","Anouk","Kevin","Priya","Joost","Esra","Thijs","Naomi","Rachid","Iris","Sven","Ayşe","Marieke","Dennis","Khadija","Ruben","Chantal","Piotr","Agnieszka","Jeroen","Samira","Tim","Femke","Orlando","Shanti","Wouter","Linda","Mehmet","Demi","Bas","Ilse","Ricardo","Nadia","Gert-Jan","Svetlana","Hamza","Roos","Stefan","Mirjam","Jorrit","Zeynep","Rens","Yara","Marco"]
LAST = ["de Vries","Jansen","Bakker","el Amrani","Visser","Smit","Yilmaz","Mulder","de Boer","Ramdin","Meijer","Bos","Kowalski","van Dijk","Hoekstra","Benali","Kaya","van der Linden","Dekker","Brouwer","Wijnands","Koster","Peeters","Nowak","Vermeulen","van den Berg","Ouali","Martens","Sitaldin","Hendriks","Veenstra","Doğan","de Graaf","Schouten","Kuipers","Tahiri","Postma","Wolters","Lammers","van Leeuwen"]
CITIES = [("Amsterdam","1062 KL"),("Rotterdam","3025 CB"),("Utrecht","3531 AG"),("Eindhoven","5611 EM"),("Tilburg","5038 TZ"),("Almere","1311 HA"),("Zwolle","8011 PX"),("Breda","4811 DK"),("Venlo","5911 CE"),("Den Haag","2525 RR"),("Arnhem","6822 BR"),("Groningen","9711 LM"),("Nijmegen","6511 PA"),("Haarlem","2011 VK"),("Apeldoorn","7311 LR"),("Helmond","5701 NK"),("Leeuwarden","8911 BX"),("Roosendaal","4701 GD")]
STREETS = ["Kerkstraat","Dorpsweg","Lindelaan","Molenweg","Prins Hendrikstraat","Populierenlaan","Zuiderkade","Beukenhof","Stationsweg","Wilhelminastraat","Vondelstraat","Irisplein","Korenbloemstraat","Havenstraat"]
CLIENTS = ["Bakkerij Van Rijn B.V.","Logistiek Centrum Moerdijk","DistriPoint Venlo","Metaalbewerking Twente B.V.","Zorggroep De Linde","Hotel Sterrenhof","Kuijpers Installatietechniek","FreshFoods Bleiswijk","Gemeente Zaanstad","Tuinbouwbedrijf Westland Kas 3","Autoschade Brabant","CleanPro Schoonmaak","PackNL Fulfilment","Drukkerij Hoogland"]
CO = "FlexWerk Groep"  # invented staffing company
CO_MAIL = "flexwerkgroep.nl"
RECRUITERS = ["Marloes Kamphuis","Erwin Tjon","Bianca Staal","Youssef Amrani","Nicole van Wees","Harm Dijkstra","Petra Lubbers"]
def name(): return R.choice(FIRST)+" "+R.choice(LAST)
def person():
    f=R.choice(FIRST); l=R.choice(LAST)
    c,pc=R.choice(CITIES)
    return dict(first=f,last=l,full=f+" "+l,city=c,pc=pc,street=R.choice(STREETS)+" "+str(R.randint(1,180))+R.choice(["","","a","-2","B"]),
        dob=(R.randint(1958,2004),R.randint(1,12),R.randint(1,28)),
        email=(f.lower().replace("ş","s").replace("ğ","g")+R.choice([".","_",""])+l.lower().replace(" ","").replace("ğ","g")+R.choice(["","87","1990","x"])+"@"+R.choice(["gmail.com","hotmail.com","outlook.com","ziggo.nl","kpnmail.nl","live.nl"])),
        phone=R.choice(["06-","06 ","+31 6 ","0031 6","06"])+"".join(str(R.randint(0,9)) for _ in range(8)))
def bsn():
    while True:
        d=[R.randint(0,9) for _ in range(8)]
        s=sum(d[i]*(9-i) for i in range(8))
        last=s%11
        if last<10 and (d[0]!=0 or R.random()<0.3):
            return "".join(map(str,d))+str(last)
def bsn_ok(x):
    x=x.zfill(9)
    if len(x)!=9 or not x.isdigit(): return False
    s=sum(int(x[i])*(9-i) for i in range(8))-int(x[8])
    return s%11==0 and x!="000000000"
def fmt_bsn(b):
    return R.choice([b,b,b[:4]+"."+b[4:6]+"."+b[6:],b[:3]+" "+b[3:6]+" "+b[6:],b[:4]+" "+b[4:6]+" "+b[6:]])
BANKS=["INGB","RABO","ABNA","TRIO","SNSB","ASNB","KNAB","BUNQ","RBRB"]
def iban_check(cc,bban):
    s=bban+cc+"00"; n="".join(str(int(ch,36)) for ch in s)
    return "%02d"%(98-int(n)%97)
def iban():
    if R.random()<0.12:
        bban="".join(str(R.randint(0,9)) for _ in range(12)); cc="BE"
    elif R.random()<0.08:
        bban="".join(str(R.randint(0,9)) for _ in range(18)); cc="DE"
    else:
        bban=R.choice(BANKS)+"0"+"".join(str(R.randint(0,9)) for _ in range(9)); cc="NL"
    return cc+iban_check(cc,bban)+bban
def iban_ok(x):
    x=x.replace(" ","").upper(); s=x[4:]+x[:4]
    return int("".join(str(int(c,36)) for c in s))%97==1
def fmt_iban(i):
    if R.random()<0.55: return " ".join(i[k:k+4] for k in range(0,len(i),4))
    return i
IDCH="ABCDEFGHIJKLMNPQRSTUVWXYZ0123456789"
def docnr():
    L="ABCDEFGHIJKLMNPQRSTUVWXYZ"
    return R.choice(L)+R.choice(L)+"".join(R.choice(IDCH) for _ in range(6))+str(R.randint(0,9))
def cd(s):
    w=[7,3,1]; t=0
    for i,ch in enumerate(s):
        v=0 if ch=="<" else (int(ch) if ch.isdigit() else ord(ch)-55)
        t+=v*w[i%3]
    return str(t%10)
def mrz_td3(p,dn,b,sex="M"):
    y,m,d=p["dob"]; dob="%02d%02d%02d"%(y%100,m,d)
    exp="%02d%02d%02d"%(R.randint(27,34),R.randint(1,12),R.randint(1,28))
    sur=p["last"].upper().replace(" ","<").replace("Ş","S").replace("Ğ","G")
    l1=("P<NLD"+sur+"<<"+p["first"].upper().replace("Ş","S").replace("-","<")).ljust(44,"<")[:44]
    pn=b.ljust(14,"<")
    part=dn+cd(dn)+"NLD"+dob+cd(dob)+sex+exp+cd(exp)+pn+cd(pn)
    comp=dn+cd(dn)+dob+cd(dob)+exp+cd(exp)+pn+cd(pn)
    l2=part+cd(comp)
    return l1,l2
def date(y=None):
    y=y or R.randint(2023,2026); m=R.randint(1,12); d=R.randint(1,28)
    return R.choice(["%d-%d-%d"%(d,m,y),"%02d-%02d-%d"%(d,m,y),"%d/%d/%d"%(d,m,y),"%d %s %d"%(d,["jan","feb","mrt","apr","mei","jun","jul","aug","sep","okt","nov","dec"][m-1],y),"%d-%02d-%02d"%(y,m,d)])
def dobs(p):
    y,m,d=p["dob"]; return R.choice(["%02d-%02d-%d"%(d,m,y),"%d-%d-%d"%(d,m,y),"%d %s %d"%(d,["januari","februari","maart","april","mei","juni","juli","augustus","september","oktober","november","december"][m-1],y),"%02d/%02d/%d"%(d,m,y)])
