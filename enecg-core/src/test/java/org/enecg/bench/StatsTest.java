package org.enecg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Reference values from NumPy 2.4 (snippets in src/test/resources/org/enecg/bench/README.md). */
class StatsTest {

    @Test
    void percentilesInterpolateLinearlyAsNumpy() {
        double[] v = {3.5, 1.25, 9.0, 4.75, 2.0, 7.5, 6.25};
        assertEquals(4.75, Stats.median(v), 1e-12);
        assertEquals(8.1, Stats.percentile(v, 90), 1e-12);
        assertEquals(1.7, Stats.percentile(v, 10), 1e-12);
        assertEquals(1.25, Stats.percentile(v, 0), 0);
        assertEquals(9.0, Stats.percentile(v, 100), 0);
        assertEquals(2.5, Stats.median(new double[] {4, 1, 3, 2}), 1e-12);
        assertEquals(3.7, Stats.percentile(new double[] {4, 1, 3, 2}, 90), 1e-12);
        assertEquals(3.5, v[0], 0, "the input is not sorted in place");
    }

    @Test
    void lineIsNumpysPolyfitWithItsR2() {
        Stats.Line l = Stats.fit(new double[] {320, 1280, 5120}, new double[] {21.7, 88.1, 349.9});
        assertEquals(0.20000000000003149, l.intercept(), 1e-9);
        assertEquals(0.0683184523809524, l.slope(), 1e-12);
        assertEquals(0.9999942908838034, l.r2(), 1e-12);
    }

    @Test
    void badInputIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Stats.median(new double[0]));
        assertThrows(IllegalArgumentException.class, () -> Stats.percentile(new double[] {1}, 101));
        assertThrows(IllegalArgumentException.class, () -> Stats.fit(new double[] {1, 1}, new double[] {2, 3}));
        assertThrows(IllegalArgumentException.class, () -> Stats.fit(new double[] {1}, new double[] {2}));
    }
}
