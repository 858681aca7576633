import random
random.seed(7707)
def bsn_ok(s):
    s=s.zfill(9)
    return sum(int(c)*w for c,w in zip(s,[9,8,7,6,5,4,3,2,-1]))%11==0 and int(s)>0
def bsn():
    while True:
        s=str(random.randint(100000000,999999999))
        if bsn_ok(s): return s
def bsn8():
    while True:
        s='0'+str(random.randint(10000000,99999999))
        if bsn_ok(s): return s
def iban(cc,bban):
    conv=lambda t:''.join(str(int(c,36)) for c in t)
    chk=98-int(conv(bban+cc+'00'))%97
    return f"{cc}{chk:02d}{bban}"
print('BSN9', [bsn() for _ in range(160)])
print('BSN8', [bsn8() for _ in range(20)])
banks=['ABNA','INGB','RABO','SNSB','ASNB','TRIO','KNAB','BUNQ','RBRB','INGB','RABO','ABNA']
print('NLIBAN',[iban('NL',random.choice(banks)+''.join(random.choice('0123456789') for _ in range(10))) for _ in range(40)])
print('BE',[iban('BE',''.join(random.choice('0123456789') for _ in range(12))) for _ in range(3)])
print('DE',[iban('DE',''.join(random.choice('0123456789') for _ in range(18))) for _ in range(3)])
print('PL',[iban('PL',''.join(random.choice('0123456789') for _ in range(24))) for _ in range(3)])
print('ES',[iban('ES',''.join(random.choice('0123456789') for _ in range(20))) for _ in range(2)])
print('RO',[iban('RO','BTRL'+''.join(random.choice('0123456789ABCDEFGHJK') for _ in range(16))) for _ in range(2)])
L='ABCDEFGHIJKLMNPQRSTUVWXYZ'
print('IDDOC',[''.join(random.choice(L) for _ in range(2))+''.join(random.choice(L+'0123456789') for _ in range(6))+str(random.randint(0,9)) for _ in range(25)])
print('RIJ',[str(random.randint(4000000000,5999999999)) for _ in range(14)])
def kvk():
    while True:
        s=str(random.randint(10000000,99999999))
        if bsn_ok(s): return s
print('KVK',[kvk() for _ in range(12)])
print('VAT',['NL'+bsn()+'B0'+str(random.randint(1,3)) for _ in range(8)])
