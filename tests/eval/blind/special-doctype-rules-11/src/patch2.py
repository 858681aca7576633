# one-off: hand-written additions to documents (before freezing); each adds a sentence and its evidence
import glob,sys
H='SPECIAL_HEALTH';R='SPECIAL_RELIGION';E='SPECIAL_ETHNICITY';P='SPECIAL_POLITICS';T='SPECIAL_TRADE_UNION';S='SPECIAL_SEXUAL_ORIENTATION';C='SPECIAL_CRIMINAL';B='SPECIAL_BIOMETRIC'
A=[
('cv-tekin-productie',"Ervaring: Verkade","Politiek: lid van NIDA Zaanstad.\nErvaring: Verkade",(P,'lid van NIDA')),
('cv-mulder-java',"Kennis: Java 17","Nevenactiviteit: bestuurslid JOVD Amersfoort\nKennis: Java 17",(P,'bestuurslid JOVD Amersfoort')),
('cv-smit-administratie',"Paspoort:","Voormalig Statenlid voor de ChristenUnie (2015-2019).\nPaspoort:",(P,'Statenlid voor de ChristenUnie')),
('brief-sollicitatie-planner',"Voor de volledigheid","Mijn man werkt ook in Veghel, dus de locatie is ideaal.\n\nVoor de volledigheid",(S,'Mijn man werkt ook in Veghel')),
('motivation-marin',"Regards,","My wife Ana will take the first months of parental leave.\n\nRegards,",(S,'My wife Ana')),
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
