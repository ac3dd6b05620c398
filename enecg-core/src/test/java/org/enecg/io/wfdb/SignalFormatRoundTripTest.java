package org.enecg.io.wfdb;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.enecg.io.Record;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every storage format: seeded random samples (the full range of the format, odd frame counts so packed formats
 * end in a partial group, several samples per frame and skew where the format allows) are written by
 * {@link TestEncoders}, read back and compared exactly, checksums included.
 */
class SignalFormatRoundTripTest {

    @ParameterizedTest(name = "format {0}")
    @EnumSource(value = SignalFormat.class, names = "FMT_0", mode = EnumSource.Mode.EXCLUDE)
    void storedSamplesReadBackExactly(SignalFormat f, @TempDir Path dir) throws IOException {
        for (int frames : new int[] {1, 2, 3, 1001}) {
            Random rnd = new Random(42L * 1000 + f.code() + frames);
            int[] spf = f.isFlac() ? new int[] {1, 1, 1} : new int[] {1, 2, 1};
            int tspf = spf[0] + spf[1] + spf[2];
            int[] v = new int[frames * tspf];
            int lo = f == SignalFormat.FMT_8 ? -30000 : f.minValue() + 1, hi = f == SignalFormat.FMT_8 ? 30000 : f.maxValue();
            int[] owner = f.isFlac() ? new int[] {0, 1, 2} : new int[] {0, 1, 1, 2};
            int[] last = new int[3];
            for (int i = 0; i < v.length; i++) {
                if (f == SignalFormat.FMT_8) { // differences within a signal must fit in 8 bits: a bounded random walk
                    int prev = last[owner[i % tspf]];
                    v[i] = Math.max(lo, Math.min(hi, prev + rnd.nextInt(255) - 127));
                    last[owner[i % tspf]] = v[i];
                } else {
                    v[i] = lo + (int) (rnd.nextDouble() * ((double) hi - lo + 1));
                }
            }
            String name = "r" + frames;
            Files.write(dir.resolve(name + ".dat"), TestEncoders.encode(f, v, tspf, owner));
            StringBuilder h = new StringBuilder(name + " 3 250 " + frames + "\n");
            int pos = 0;
            int[][] expect = new int[3][];
            for (int s = 0; s < 3; s++) {
                expect[s] = new int[frames * spf[s]];
                int sum = 0;
                for (int fr = 0; fr < frames; fr++) {
                    for (int j = 0; j < spf[s]; j++) {
                        expect[s][fr * spf[s] + j] = v[fr * tspf + pos + j];
                        sum += v[fr * tspf + pos + j];
                    }
                }
                h.append(name).append(".dat ").append(f.code()).append(spf[s] > 1 ? "x" + spf[s] : "")
                        .append(" 100/mV 16 0 0 ").append((short) sum).append(" 0 S").append(s).append('\n');
                pos += spf[s];
            }
            Files.writeString(dir.resolve(name + ".hea"), h.toString());
            DigitalRecord d = WfdbReader.readDigital(dir.resolve(name), ReadOptions.defaults());
            for (int s = 0; s < 3; s++) {
                DigitalSignal got = d.signals().get(s);
                assertArrayEquals(expect[s], got.samples(), "format " + f + ", " + frames + " frames, signal " + s);
                assertTrue(got.computedChecksum().isPresent());
                assertFalse(got.checksumMismatch(), "format " + f + " checksum");
            }
        }
    }

    @Test
    void skewedSignalShiftsAndEndsInvalid(@TempDir Path dir) throws IOException {
        int frames = 10;
        int[] v = new int[frames * 2];
        for (int i = 0; i < v.length; i++) v[i] = i;
        Files.write(dir.resolve("s.dat"), TestEncoders.encode(SignalFormat.FMT_16, v, 2, new int[] {0, 1}));
        Files.writeString(dir.resolve("s.hea"), "s 2 250 10\ns.dat 16 100 16 0 0 90 0 A\ns.dat 16:2 100 16 0 1 100 0 B\n");
        DigitalRecord d = WfdbReader.readDigital(dir.resolve("s"), ReadOptions.defaults());
        assertArrayEquals(new int[] {5, 7, 9, 11, 13, 15, 17, 19, -32768, -32768}, d.signals().get(1).samples());
        Record r = WfdbReader.read(dir.resolve("s"));
        assertTrue(Float.isNaN(r.leads().get(1).sample(9)));
        assertEquals(0.05f, r.leads().get(1).sample(0), 1e-7f);
    }

    @Test
    void nullFormatReadsAsInvalid(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("z.hea"), "z 1 250 4\n~ 0 200 12 0 0 0 0 X\n");
        Record r = WfdbReader.read(dir.resolve("z"));
        assertEquals(4, r.nSamples());
        for (float x : r.leads().get(0).samples()) assertTrue(Float.isNaN(x));
    }

    @Test
    void voltageUnitsBecomeMillivolts(@TempDir Path dir) throws IOException {
        Files.write(dir.resolve("u.dat"), TestEncoders.encode(SignalFormat.FMT_16, new int[] {1000, 1000, 1000}, 3, new int[] {0, 1, 2}));
        Files.writeString(dir.resolve("u.hea"), "u 3 250 1\nu.dat 16 1/uV 16 0 0 1000 0 A\nu.dat 16 1000/V 16 0 0 1000 0 B\n"
                + "u.dat 16 10/mmHg 16 0 0 1000 0 C\n");
        Record r = WfdbReader.read(dir.resolve("u"));
        assertEquals(1.0f, r.leads().get(0).sample(0), 1e-6f);    // 1000 uV
        assertEquals(1000.0f, r.leads().get(1).sample(0), 1e-3f); // 1 V
        assertEquals(100.0f, r.leads().get(2).sample(0), 1e-4f);  // mmHg kept
    }
}
