"""Builds the MIMIC-IV-ECG-shaped test fixture from real LUDB records.

Run from the repository root:  python3 src/test/resources/org/enecg/data/importer/mimic-iv-ecg/make_fixture.py
Needs numpy only. Reads data/bundled/ludb/data/N.hea/.dat; writes this folder's files/, record_list.csv,
machine_measurements.csv, and the MIMIC-IV hosp-shaped patients.csv and labevents.csv.
"""
import csv
import os
import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
LUDB = os.path.join(HERE, '../../../../../../../../data/bundled/ludb/data')
MIMIC_LEADS = ['I', 'II', 'III', 'aVR', 'aVF', 'aVL', 'V1', 'V2', 'V3', 'V4', 'V5', 'V6']
LUDB_NAMES = {'i': 'I', 'ii': 'II', 'iii': 'III', 'avr': 'aVR', 'avl': 'aVL', 'avf': 'aVF',
              'v1': 'V1', 'v2': 'V2', 'v3': 'V3', 'v4': 'V4', 'v5': 'V5', 'v6': 'V6'}
GAIN = 200.0  # MIMIC-IV-ECG: 16-bit samples, 200 ADC units per mV

# (ludb record, subject_id, study_id, ecg_time, record date/time on the header line)
STUDIES = [
    ('1', '10000001', '40000001', '2180-07-23 08:44:00'),
    ('9', '10000001', '40000002', '2181-03-02 14:05:00'),
    ('2', '10000002', '40000003', '2150-01-10 09:30:00'),
    ('8', '10000003', '40000004', '2175-11-30 22:15:00'),
    ('13', '10010004', '40000005', '2160-06-01 07:00:00'),
]


def read_ludb(rec):
    lines = open(os.path.join(LUDB, rec + '.hea')).read().splitlines()
    n_sig, n = int(lines[0].split()[1]), int(lines[0].split()[3])
    gains, bases, names = [], [], []
    for l in lines[1:1 + n_sig]:
        f = l.split()
        g, b = f[2].split('/')[0].rstrip(')').split('(')
        gains.append(float(g)); bases.append(float(b)); names.append(LUDB_NAMES[f[8]])
    d = np.fromfile(os.path.join(LUDB, rec + '.dat'), dtype='<i2').reshape(n, n_sig).astype(float)
    phys = (d - np.array(bases)) / np.array(gains)
    return {names[i]: phys[:, i] for i in range(n_sig)}, n


def write_record(folder, study, leads, n, time):
    os.makedirs(folder, exist_ok=True)
    dig = np.stack([np.clip(np.round(leads[l] * GAIN), -32767, 32767) for l in MIMIC_LEADS], axis=1).astype('<i2')
    dig.tofile(os.path.join(folder, study + '.dat'))
    date, clock = time.split(' ')
    y, m, dd = date.split('-')
    with open(os.path.join(folder, study + '.hea'), 'w') as h:
        h.write(f'{study} 12 500 {n} {clock} {dd}/{m}/{y}\n')
        for i, l in enumerate(MIMIC_LEADS):
            col = dig[:, i].astype(np.int64)
            checksum = int(((col.sum() + 32768) % 65536) - 32768)
            h.write(f'{study}.dat 16 200.0(0)/mV 16 0 {int(col[0])} {checksum} 0 {l}\n')


REPORTS = {  # machine statements written for this fixture from each LUDB record's diagnoses
    '40000001': ['Sinus bradycardia', 'Left axis deviation', 'Abnormal ECG'],
    '40000002': ['Sinus rhythm', 'Left axis deviation', 'Borderline ECG'],
    '40000004': ['Atrial fibrillation', 'Ventricular-paced complexes', 'Abnormal ECG'],
    '40000005': ['Sinus rhythm with 1st degree A-V block', 'Incomplete left bundle branch block', 'Abnormal ECG'],
}
MEASURES = {  # rr_interval (the LUDB lead II mean RR, rounded),, p_onset, p_end, qrs_onset, qrs_end, t_end, p_axis, qrs_axis, t_axis
    '40000001': [1323, 40, 148, 196, 290, 652, 50, -38, 61],
    '40000002': [848, 36, 140, 180, 272, 590, 45, -35, 40],
    '40000004': [832, 29999, 29999, 160, 312, 640, 29999, -70, 110],
    '40000005': [1020, 20, 130, 236, 340, 660, 60, -40, 30],
}


def main():
    rl = [['subject_id', 'study_id', 'file_name', 'ecg_time', 'path']]
    for rec, subj, study, time in STUDIES:
        rel = f'files/p{subj[:4]}/p{subj}/s{study}'
        leads, n = read_ludb(rec)
        write_record(os.path.join(HERE, rel), study, leads, n, time)
        rl.append([subj, study, study, time, f'{rel}/{study}'])
    with open(os.path.join(HERE, 'record_list.csv'), 'w', newline='') as f:
        csv.writer(f, lineterminator='\n').writerows(rl)
    header = ['subject_id', 'study_id', 'cart_id', 'ecg_time'] + [f'report_{k}' for k in range(18)] + \
        ['bandwidth', 'filtering', 'rr_interval', 'p_onset', 'p_end', 'qrs_onset', 'qrs_end', 't_end',
         'p_axis', 'qrs_axis', 't_axis']
    rows = [header]
    for rec, subj, study, time in STUDIES:
        if study not in REPORTS:
            continue  # 40000003: an ECG without a machine report
        rep = REPORTS[study] + [''] * (18 - len(REPORTS[study]))
        rows.append([subj, study, '6848296', time] + rep + ['0.005-150 Hz', '60 Hz  notch Baseline filter'] +
                    [str(v) for v in MEASURES[study]])
    with open(os.path.join(HERE, 'machine_measurements.csv'), 'w', newline='') as f:
        csv.writer(f, lineterminator='\n').writerows(rows)
    with open(os.path.join(HERE, 'hosp/patients.csv'), 'w', newline='') as f:
        csv.writer(f, lineterminator='\n').writerows([
            ['subject_id', 'gender', 'anchor_age', 'anchor_year', 'anchor_year_group', 'dod'],
            ['10000001', 'F', '51', '2180', '2014 - 2016', ''],
            ['10000002', 'M', '64', '2150', '2008 - 2010', ''],
            ['10000003', 'F', '57', '2170', '2011 - 2013', '2176-01-02'],
        ])  # 10010004 is missing on purpose
    with open(os.path.join(HERE, 'hosp/labevents.csv'), 'w', newline='') as f:
        csv.writer(f, lineterminator='\n').writerows([
            ['labevent_id', 'subject_id', 'hadm_id', 'specimen_id', 'itemid', 'order_provider_id', 'charttime',
             'storetime', 'value', 'valuenum', 'valueuom', 'ref_range_lower', 'ref_range_upper', 'flag',
             'priority', 'comments'],
            # study 40000001 (2180-07-23 08:44): nearest potassium is 2 h before, abnormal; a normal one 5 h after
            ['1', '10000001', '20000001', '30000001', '50971', '', '2180-07-23 06:44:00', '2180-07-23 07:30:00',
             '5.9', '5.9', 'mEq/L', '3.3', '5.1', 'abnormal', 'STAT', ''],
            ['2', '10000001', '20000001', '30000002', '50971', '', '2180-07-23 13:44:00', '2180-07-23 14:30:00',
             '4.2', '4.2', 'mEq/L', '3.3', '5.1', '', 'ROUTINE', ''],
            ['3', '10000001', '20000001', '30000001', '50983', '', '2180-07-23 08:40:00', '2180-07-23 09:30:00',
             '120', '120', 'mEq/L', '133', '145', 'abnormal', 'STAT', ''],
            # study 40000002 (2181-03-02 14:05): only a result 3 days later: outside the window, flag empty
            ['4', '10000001', '20000002', '30000003', '50971', '', '2181-03-05 14:05:00', '2181-03-05 15:00:00',
             '6.1', '6.1', 'mEq/L', '3.3', '5.1', 'abnormal', 'STAT', ''],
            # study 40000003 (2150-01-10 09:30): whole-blood potassium 30 min after, normal
            ['5', '10000002', '20000003', '30000004', '50822', '', '2150-01-10 10:00:00', '2150-01-10 10:05:00',
             '4.0', '4.0', 'mEq/L', '3.5', '5.3', '', 'STAT', ''],
        ])


if __name__ == '__main__':
    os.makedirs(os.path.join(HERE, 'hosp'), exist_ok=True)
    main()
