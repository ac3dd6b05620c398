package org.enecg.io.wfdb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import org.enecg.io.Record;

/** Comparisons against rdsamp outputs: digital exactly, physical within a stated tolerance. */
final class ConformanceAssert {
    private ConformanceAssert() {}

    /** rdsamp -P prints 8 decimals: a double computed here must round to the printed value (half a unit in the 8th). */
    static final double PRINTED = 5.000001e-9;

    static void digitalEquals(double[] expected, int[] actual, int n, String what) {
        assertEquals(expected.length, n, what + ": number of samples");
        for (int i = 0; i < n; i++) {
            if (expected[i] != actual[i]) fail(what + ": sample " + i + " is " + actual[i] + ", rdsamp gives " + (long) expected[i]);
        }
    }

    static void physicalEquals(double[] expected, double[] actual, double tolerance, String what) {
        assertEquals(expected.length, actual.length, what + ": number of samples");
        for (int i = 0; i < actual.length; i++) {
            double e = expected[i], a = actual[i];
            if (Double.isNaN(e) || Double.isNaN(a)) {
                if (!(Double.isNaN(e) && Double.isNaN(a))) fail(what + ": sample " + i + " is " + a + ", rdsamp gives " + e);
                continue;
            }
            if (Math.abs(a - e) > tolerance) fail(what + ": sample " + i + " is " + a + ", rdsamp gives " + e + " (tolerance " + tolerance + ")");
        }
    }

    /** Float leads of a {@code Record}: within float precision of the printed value (1.2e-7 relative) plus the print rounding. */
    static void leadEquals(double[] expected, Record r, int lead, int from, String what) {
        float[] s = r.leads().get(lead).samples();
        for (int i = 0; i < expected.length; i++) {
            double e = expected[i], a = s[from + i];
            if (Double.isNaN(e) || Double.isNaN(a)) {
                if (!(Double.isNaN(e) && Double.isNaN(a))) fail(what + ": sample " + i + " is " + a + ", rdsamp gives " + e);
                continue;
            }
            if (Math.abs(a - e) > PRINTED + 1.2e-7 * Math.abs(e)) fail(what + ": sample " + i + " is " + a + ", rdsamp gives " + e);
        }
    }

    /** Physical values (double) of a digital signal, one per stored sample. */
    static double[] physical(DigitalSignal s) {
        double[] out = new double[s.length()];
        for (int i = 0; i < out.length; i++) out[i] = RecordConverter.physical(s.spec(), s.sample(i));
        return out;
    }

    /** rdsamp's low-resolution frames: the samples of a frame summed and divided with C's truncating division. */
    static int[] cFrameMeans(DigitalSignal s) {
        int spf = s.sampsPerFrame();
        int[] out = new int[s.length() / spf];
        for (int f = 0; f < out.length; f++) {
            int sum = 0;
            for (int j = 0; j < spf; j++) sum += s.sample(f * spf + j);
            out[f] = sum / spf;
        }
        return out;
    }
}
