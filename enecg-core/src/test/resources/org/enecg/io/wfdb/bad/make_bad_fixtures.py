"""Builds the bad-input fixtures in this folder from real records (run from this folder with python3).

Sources: ../sample-data/100_3chan (MIT-BIH record 100 excerpt, format 212, 999 frames) and CinC 2020 record
A0002 (data/bundled/cinc2020-2021/tuijalei-smoke/CPSC_CPSC-Extra, MATLAB v4 .mat). Each fixture changes one
thing; the test that uses it says what error it expects.
"""
import os
import shutil
import struct

SRC = "../sample-data/100_3chan"
CINC = "../../../../../../../../data/bundled/cinc2020-2021/tuijalei-smoke/CPSC_CPSC-Extra/A0002"
hea = open(SRC + ".hea").read()
dat = open(SRC + ".dat", "rb").read()


def record(name, header_text, data=None, data_name=None):
    with open(name + ".hea", "w") as f:
        f.write(header_text.replace("100_3chan", name))
    if data is not None:
        with open((data_name or name) + ".dat", "wb") as f:
            f.write(data)


# A signal file cut short: 4000 of its 4496 bytes.
record("truncated", hea, dat[:4000])
# The header claims fewer frames than the file holds (900 instead of 999): length mismatch.
record("shortheader", hea.replace(" 999\n", " 900\n", 1), dat)
# One stored byte changed: the checksum of signal I no longer matches.
bad = bytearray(dat)
bad[450] ^= 0x01  # low byte of sample 300 (pair 150), which is signal I
record("corrupt", hea, bytes(bad))
# Format 999 does not exist.
record("unknownformat", hea.replace(" 212 ", " 999 ", 1), dat)
# The header names a signal file that is not there.
record("missingfile", hea)
# Non-numeric fields: gain, sampling frequency, number of samples, adc resolution.
record("badgain", hea.replace("200(1024)/mV", "abc(1024)/mV", 1), dat)
record("badfs", hea.replace(" 360.0 ", " 360Hz ", 1), dat)
record("badlength", hea.replace(" 999\n", " 9x9\n", 1), dat)
record("badadcres", hea.replace("/mV 11 ", "/mV eleven ", 1), dat)
# Gain 0 (uncalibrated: the spec says 200 is assumed) and a negative gain (an error).
record("zerogain", hea.replace("200(1024)/mV", "0(1024)/mV"), dat)
record("negativegain", hea.replace("200(1024)/mV", "-200(1024)/mV", 1), dat)
# A header whose record line names another record (copied from 100_3chan without editing).
with open("mislabelled.hea", "w") as f:
    f.write(hea)
shutil.copy(SRC + ".dat", "100_3chan.dat")
# The same signal file named on lines 1 and 3 with another file between.
two = hea.replace("100_3chan.dat 212 200(1024)/mV 11 1024 1011", "other.dat 212 200(1024)/mV 11 1024 1011")
record("nonconsecutive", two, dat)
# A variable-layout multi-segment record whose layout names signal II twice.
with open("duplayout.hea", "w") as f:
    f.write("duplayout/2 2 360 999\nduplayout_layout 0\ndupseg 999\n")
with open("duplayout_layout.hea", "w") as f:
    f.write("duplayout_layout 2 360 0\n~ 0 200(1024)/mV 11 1024 0 0 0 II\n~ 0 200(1024)/mV 11 1024 0 0 0 II\n")
with open("dupseg.hea", "w") as f:
    f.write(hea.replace("100_3chan", "dupseg"))
shutil.copy(SRC + ".dat", "dupseg.dat")

# MATLAB files: a small good one (first 100 frames of A0002), then broken copies.
mat = open(CINC + ".mat", "rb").read()
rows, cols = struct.unpack("<ii", mat[4:12])
frames = 100
data = mat[24:24 + rows * frames * 2]
vals = struct.unpack("<%dh" % (rows * frames), data)
lines = ["tinymat %d 500 %d" % (rows, frames)]
names = ["I", "II", "III", "aVR", "aVL", "aVF", "V1", "V2", "V3", "V4", "V5", "V6"]
for r in range(rows):
    sig = vals[r::rows]
    checksum = ((sum(sig) + 32768) % 65536) - 32768
    lines.append("tinymat.mat 16+24 1000/mV 16 0 %d %d 0 %s" % (sig[0], checksum, names[r]))
good_header = "\n".join(lines) + "\n"
good_mat = struct.pack("<5i", 30, rows, frames, 0, 4) + b"val\x00" + data
for name, content in [
    ("tinymat", good_mat),
    ("v5mat", b"MATLAB 5.0 MAT-file, Platform: GLNXA64" + b" " * 88 + good_mat[24:]),  # a MATLAB v5 file
    ("truncmat", good_mat[:24 + 1000]),                                                # cut inside the data
    ("doublemat", struct.pack("<5i", 0, rows, frames, 0, 4) + b"val\x00" + data),       # type word says double
    ("tinyheadmat", good_mat[:12]),                                                    # shorter than a MATLAB header
]:
    with open(name + ".mat", "wb") as f:
        f.write(content)
    with open(name + ".hea", "w") as f:
        f.write(good_header.replace("tinymat", name))

# An annotation file cut in the middle (1000 of the 4558 bytes of 100.atr), so it has no end-of-file word.
atr = open("../sample-data/100.atr", "rb").read()
with open("cut.atr", "wb") as f:
    f.write(atr[:1000])
# An odd number of bytes.
with open("odd.atr", "wb") as f:
    f.write(atr[:1001])
# An empty folder (git keeps no empty folders, so the test makes its own; this one holds only a note).
os.makedirs("noheaders", exist_ok=True)
with open("noheaders/README.txt", "w") as f:
    f.write("A folder with no .hea file.\n")
