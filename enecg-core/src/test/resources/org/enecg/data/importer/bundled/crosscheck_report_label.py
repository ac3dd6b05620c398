"""Second, independent implementation of docs/report-label-mapping.md (Python, standard library only), used to
cross-check the per-class counts the Java importers give on the bundled data (BundledDatasetTest).

Run from the repository root:  python3 src/test/resources/org/enecg/data/importer/bundled/crosscheck_report_label.py
Printed on 2026-11-26 (None: no rhythm stated, label missing; these 29 were class 14 before 2026-11-26):
  cinc [(0, 27), (1, 12), (2, 9), (3, 8), (5, 1), (7, 2), (13, 1), (14, 31), (None, 29)]
  ludb [(0, 114), (1, 21), (2, 4), (3, 12), (5, 8), (7, 6), (8, 2), (9, 10), (10, 8), (12, 2), (14, 13)]
  conduction_abnormality: ludb 66, cinc 24
"""
import collections
import csv

PACE = {'10370003', '251266004'}
STEMI = {'57054005'}
RAF = {'314208002'}
AF = {'164889003', '195080001', '426749004', '282825002'}
ECT = {'106068003', '233892002'}
OTHER = {'164890007', '713422000', '426761007', '67198005', '233897008', '251166008', '426648003', '29320008',
         '426664006', '425856008', '164895002', '164896001', '111288001', '61277005', '49260003', '81898007',
         '195101003', '17366009', '74615001', '5609005', '65778007', '50799005', '27885002', '195042002',
         '54016002', '426183003', '204384007', '233917008', '698247007', '251268003'}
SR, SB, ST, SA = {'426783006'}, {'426177001'}, {'427084000'}, {'427393009'}
IAVB = {'270492004', '164947007'}
PAC = {'284470004', '63593006', '251170000', '251173003', '251168009'}
PVC = {'427172004', '17338001', '164884008', '11157007', '251180001', '251182009'}
COND = {'270492004', '195042002', '54016002', '426183003', '27885002', '233917008', '204384007', '6374002',
        '164909002', '733534002', '251120003', '59118001', '713427006', '713426002', '445118002', '445211001',
        '698252002', '82226007', '65778007'}


def resolve(f):
    for name, cls in (('pace', 9), ('stemi', 10), ('raf', 6), ('af', 3), ('ect', 13), ('other', 14)):
        if name in f:
            return cls
    base = 1 if 'sb' in f else 2 if 'st' in f else 7 if 'sa' in f else 0 if 'sr' in f else None
    if base is None:
        return None  # no rhythm stated: missing, not "other"
    mods = [m for m in ('iavb', 'pac', 'pvc') if m in f]
    if not mods:
        return base
    if base != 0 or len(mods) > 1:
        return 14
    return {'iavb': 5, 'pac': 8, 'pvc': 12}[mods[0]]


def snomed(codes):
    sets = [('pace', PACE), ('stemi', STEMI), ('raf', RAF), ('af', AF), ('ect', ECT), ('other', OTHER), ('sr', SR),
            ('sb', SB), ('st', ST), ('sa', SA), ('iavb', IAVB), ('pac', PAC), ('pvc', PVC)]
    return resolve({name for c in codes for name, s in sets if c in s})


def lines(cell):
    return [s.strip().lower().rstrip('.') for s in cell.split('\n') if s.strip()]


def ludb(r):
    f = set()
    rhythm = {'sinus rhythm': 'sr', 'sinus bradycardia': 'sb', 'sinus tachycardia': 'st', 'sinus arrhythmia': 'sa',
              'irregular sinus rhythm': 'sa', 'atrial fibrillation': 'af', 'aberrant conduction': None}
    for s in lines(r['Rhythms']):
        v = rhythm.get(s, 'other')
        if v:
            f.add(v)
    for s in lines(r['Cardiac pacing']):
        if s != 'pacemaker presence, undefined':
            f.add('other' if s == 'unipolar atrial pacing' else 'pace')
    for s in lines(r['Conduction abnormalities']):
        if s == 'i degree av block':
            f.add('iavb')
        if s in ('ii degree av block', 'iii degree av-block', 'sinoatrial blockade, undefined'):
            f.add('other')
    for s in lines(r['Extrasystolies']):
        if s.startswith('atrial extrasystole'):
            f.add('pac')
        if s.startswith('ventricular extrasystole'):
            f.add('pvc')
    if any(s.startswith('stemi') for s in lines(r['Ischemia'])):
        f.add('stemi')
    return resolve(f)


cinc_rows = list(csv.DictReader(open('data/bundled/cinc2020-2021/labels.csv')))
ludb_rows = list(csv.DictReader(open('data/bundled/ludb/ludb.csv', newline='')))
print('cinc', sorted(collections.Counter(snomed(r['dx_snomed'].split(';')) for r in cinc_rows).items(), key=lambda kv: (kv[0] is None, kv[0] or 0)))
print('ludb', sorted(collections.Counter(ludb(r) for r in ludb_rows).items(), key=lambda kv: (kv[0] is None, kv[0] or 0)))
print('conduction_abnormality: ludb', sum(1 for r in ludb_rows if r['Conduction abnormalities'].strip()),
      'cinc', sum(1 for r in cinc_rows if set(r['dx_snomed'].split(';')) & COND))
