package org.enecg.signal.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.enecg.io.LeadName;
import org.enecg.io.wfdb.WfdbReader;
import org.junit.jupiter.api.Test;

/** The Li et al. 2008 indices against scipy (reference_sqi.py) and by hand. */
class Li2008Test {
    static final Path DIR = Path.of("enecg-core/src/test/resources/org/enecg/signal/quality");

    @Test
    void kurtosisAndSpectralSharesMatchScipyOnARealLead() throws Exception {
        Map<String, Double> ref = new HashMap<>();
        for (String line : Files.readAllLines(DIR.resolve("reference_sqi.csv")).subList(1, 4)) {
            ref.put(line.split(",")[0], Double.parseDouble(line.split(",")[1]));
        }
        var r = WfdbReader.read(Path.of("data/bundled/ludb/data/2"));
        float[] ii = r.lead(LeadName.II).orElseThrow().samples();
        assertEquals(ref.get("kSQI"), Li2008.kSqi(ii), 1e-5 * ref.get("kSQI"));
        assertEquals(ref.get("pSQI"), Li2008.pSqi(ii, r.fs()), 1e-6);
        assertEquals(ref.get("basSQI"), Li2008.basSqi(ii, r.fs()), 1e-6);
    }

    @Test
    void bSqiIsMatchedBeatsOverAllBeatsWithin150Ms() {
        // at 100 Hz the window is 15 samples: 100~105 match, 200 and 300 and 400 do not
        assertEquals(1 / 4.0, Li2008.bSqi(new int[] {100, 200, 300}, new int[] {105, 400}, 100), 1e-12);
        assertEquals(1.0, Li2008.bSqi(new int[] {10, 90}, new int[] {12, 88}, 100), 1e-12);
        assertEquals(0.0, Li2008.bSqi(new int[] {10}, new int[0], 100), 1e-12);
        assertTrue(Double.isNaN(Li2008.bSqi(new int[0], new int[0], 100)), "no beats at all: undefined");
    }

    @Test
    void kurtosisIsThreeForGaussianNoiseAndUndefinedForAConstant() {
        Random rnd = new Random(1);
        float[] g = new float[200_000];
        for (int i = 0; i < g.length; i++) g[i] = (float) rnd.nextGaussian();
        assertEquals(3.0, Li2008.kSqi(g), 0.05);
        float[] sine = new float[10_000];
        for (int i = 0; i < sine.length; i++) sine[i] = (float) Math.sin(2 * Math.PI * i / 100.0);
        assertEquals(1.5, Li2008.kSqi(sine), 1e-3, "a sinusoid: 3/2");
        assertTrue(Double.isNaN(Li2008.kSqi(new float[100])));
    }

    @Test
    void spectralSharesSeeWhereThePowerIs() {
        double fs = 500;
        float[] qrsBand = tone(10, fs), highBand = tone(30, fs), wander = tone(0.5, fs);
        assertEquals(1.0, Li2008.pSqi(qrsBand, fs), 0.01, "all of 5-40 Hz power at 10 Hz");
        assertEquals(0.0, Li2008.pSqi(highBand, fs), 0.01);
        assertEquals(0.0, Li2008.basSqi(wander, fs), 0.01, "all power below 1 Hz");
        assertEquals(1.0, Li2008.basSqi(qrsBand, fs), 0.01);
        assertTrue(Double.isNaN(Li2008.pSqi(qrsBand, 60)), "no 40 Hz band below 80 Hz");
    }

    private static float[] tone(double hz, double fs) {
        float[] x = new float[(int) (20 * fs)];
        for (int i = 0; i < x.length; i++) x[i] = (float) Math.sin(2 * Math.PI * hz * i / fs);
        return x;
    }
}
