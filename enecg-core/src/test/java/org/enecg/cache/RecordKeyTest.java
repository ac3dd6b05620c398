package org.enecg.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.enecg.io.Lead;
import org.enecg.io.Record;
import org.enecg.testing.SyntheticRecords;
import org.junit.jupiter.api.Test;

class RecordKeyTest {

    final Record base = SyntheticRecords.twelveLead("a", 500, 10, 1);

    @Test
    void sameContentSameKeyWhateverTheIdOrFile() {
        Record renamed = new Record("b", base.fs(), base.leads(), List.of("Age: 50"), Path.of("x/b.hea"));
        assertEquals(RecordKey.of(base), RecordKey.of(renamed));
        assertEquals(32, RecordKey.of(base).length());
    }

    @Test
    void oneSampleRateOrLeadNameChangesTheKey() {
        List<Lead> leads = new ArrayList<>(base.leads());
        float[] v = leads.get(7).samples();
        v[4321] = Math.nextUp(v[4321]);
        leads.set(7, new Lead(leads.get(7).originalName(), v));
        assertNotEquals(RecordKey.of(base), RecordKey.of(new Record("a", 500, leads, List.of(), null)));
        assertNotEquals(RecordKey.of(base), RecordKey.of(new Record("a", 499, base.leads(), List.of(), null)));
        List<Lead> renamed = new ArrayList<>(base.leads());
        renamed.set(0, new Lead("lead I", base.leads().get(0).samples()));
        assertNotEquals(RecordKey.of(base), RecordKey.of(new Record("a", 500, renamed, List.of(), null)));
        List<Lead> swapped = new ArrayList<>(base.leads());
        swapped.set(0, base.leads().get(1));
        swapped.set(1, base.leads().get(0));
        assertNotEquals(RecordKey.of(base), RecordKey.of(new Record("a", 500, swapped, List.of(), null)));
    }
}
