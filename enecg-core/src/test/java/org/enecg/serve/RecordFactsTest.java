package org.enecg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.enecg.io.Lead;
import org.enecg.io.Record;
import org.enecg.io.wfdb.WfdbReader;
import org.junit.jupiter.api.Test;

/** The server's own quality facts on a real record and on copies of it made short, flat or incomplete. */
class RecordFactsTest {
    private static Record ludb1() throws Exception { return WfdbReader.read(Path.of("data/bundled/ludb/data/1")); }

    private static Record with(Record r, List<Lead> leads) { return new Record(r.id(), r.fs(), leads, r.comments(), null); }

    @Test
    void aCleanTwelveLeadRecordIsGood() throws Exception {
        RecordFacts f = RecordFacts.of(ludb1());
        assertEquals("good", f.quality().grade(), f.quality().reasons().toString());
        assertTrue(f.quality().reasons().isEmpty());
        assertTrue(f.beats().length >= 7 && f.beats().length <= 8, "LUDB 1 has a mean RR of 1.32 s over 10 s");
    }

    @Test
    void shortOrWithMissingLeadsIsAcceptableWithTheReasons() throws Exception {
        Record r = ludb1();
        RecordFacts shortOne = RecordFacts.of(r.slice(0, 3000));
        assertEquals("acceptable", shortOne.quality().grade());
        assertEquals(List.of("too short: 6.0 s; the experts read 10 s, the rest is padding"), shortOne.quality().reasons());
        RecordFacts six = RecordFacts.of(with(r, r.leads().subList(0, 6)));
        assertEquals("acceptable", six.quality().grade());
        assertEquals(List.of("missing leads: V1, V2, V3, V4, V5, V6"), six.quality().reasons());
    }

    @Test
    void oneFlatLeadIsAcceptableHalfFlatIsPoorAndNoLeadIIIsPoor() throws Exception {
        Record r = ludb1();
        List<Lead> oneFlat = new ArrayList<>(r.leads());
        oneFlat.set(7, new Lead("v2", new float[r.nSamples()]));
        RecordFacts a = RecordFacts.of(with(r, oneFlat));
        assertEquals("acceptable", a.quality().grade());
        assertEquals(List.of("flat leads (under 0.05 mV peak to peak): V2"), a.quality().reasons());

        List<Lead> halfFlat = new ArrayList<>(r.leads());
        for (int i = 6; i < 12; i++) halfFlat.set(i, new Lead(r.leads().get(i).originalName(), new float[r.nSamples()]));
        assertEquals("poor", RecordFacts.of(with(r, halfFlat)).quality().grade());

        List<Lead> noII = new ArrayList<>(r.leads());
        noII.remove(1);
        RecordFacts p = RecordFacts.of(with(r, noII));
        assertEquals("poor", p.quality().grade());
        assertEquals("lead II is missing: the gate and the rhythm strip read it", p.quality().reasons().get(0));
    }
}
