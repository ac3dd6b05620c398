package org.enecg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.enecg.io.Record;
import org.enecg.io.wfdb.WfdbReader;
import org.enecg.signal.QrsDetector;
import org.junit.jupiter.api.Test;

/** Variants of LUDB record 1: the same ECG at another rate keeps its duration and beats; a crop keeps its start. */
class RecordVariantTest {

    @Test
    void resamplingKeepsDurationAndBeatTimes() throws Exception {
        Record r = WfdbReader.read(Path.of("data/bundled/ludb/data/1"));
        Record v = RecordVariant.resampledTo(250).apply(r);
        assertEquals(250, v.fs());
        assertEquals(2500, v.nSamples());
        assertEquals(r.nLeads(), v.nLeads());
        int[] a = QrsDetector.detect(r.lead(org.enecg.io.LeadName.II).orElseThrow().samples(), r.fs());
        int[] b = QrsDetector.detect(v.lead(org.enecg.io.LeadName.II).orElseThrow().samples(), v.fs());
        assertEquals(a.length, b.length);
        for (int i = 0; i < a.length; i++) assertEquals(a[i] / r.fs(), b[i] / v.fs(), 0.012, "beat " + i + " within 12 ms");
    }

    @Test
    void croppingKeepsTheFirstSeconds() throws Exception {
        Record r = WfdbReader.read(Path.of("data/bundled/ludb/data/1"));
        Record v = RecordVariant.croppedTo(7.3).apply(r);
        assertEquals(3650, v.nSamples());
        assertEquals(r.leads().get(3).sample(3649), v.leads().get(3).sample(3649));
        assertTrue(RecordVariant.croppedTo(7.3).appliesTo(r));
        assertFalse(RecordVariant.croppedTo(10).appliesTo(r), "a 10-s record cut to 10 s is itself");
        assertFalse(RecordVariant.resampledTo(500).appliesTo(r));
    }

    @Test
    void parsesRatesAndLengthsAndRefusesTheRest() {
        assertEquals(List.of(RecordVariant.resampledTo(400), RecordVariant.resampledTo(250), RecordVariant.croppedTo(7.3)),
                RecordVariant.parseList(RecordVariant.DEFAULTS));
        assertEquals("400hz", RecordVariant.parseList("400Hz").get(0).name());
        assertThrows(IllegalArgumentException.class, () -> RecordVariant.parseList("400"));
        assertThrows(IllegalArgumentException.class, () -> RecordVariant.parseList("0hz"));
        assertThrows(IllegalArgumentException.class, () -> RecordVariant.parseList("-3s"));
    }
}
