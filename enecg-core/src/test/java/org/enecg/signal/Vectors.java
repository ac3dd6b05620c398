package org.enecg.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Reads whitespace-separated reference vectors from test resources and compares them with a stated tolerance. */
final class Vectors {

    private Vectors() {}

    static float[] read(String resource) throws IOException {
        try (InputStream in = Vectors.class.getResourceAsStream(resource)) {
            if (in == null) throw new IOException("missing test resource " + resource);
            String[] tok = new String(in.readAllBytes(), StandardCharsets.US_ASCII).trim().split("\\s+");
            float[] v = new float[tok.length];
            for (int i = 0; i < v.length; i++) v[i] = (float) Double.parseDouble(tok[i]);
            return v;
        }
    }

    /** Every sample within {@code relTol} times the range of {@code expected}. */
    static void assertClose(float[] expected, float[] actual, double relTol, String what) {
        assertEquals(expected.length, actual.length, what + ": length");
        float lo = Float.MAX_VALUE, hi = -Float.MAX_VALUE;
        for (float e : expected) { lo = Math.min(lo, e); hi = Math.max(hi, e); }
        double tol = relTol * (hi - lo);
        for (int i = 0; i < expected.length; i++) assertEquals(expected[i], actual[i], tol, what + ": sample " + i);
    }

    static float[] tone(double hz, double amplitude, double fs, int n) {
        float[] x = new float[n];
        for (int i = 0; i < n; i++) x[i] = (float) (amplitude * Math.sin(2 * Math.PI * hz * i / fs));
        return x;
    }

    static double rms(float[] x, int from, int to) {
        double s = 0;
        for (int i = from; i < to; i++) s += (double) x[i] * x[i];
        return Math.sqrt(s / (to - from));
    }
}
