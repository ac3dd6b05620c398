package org.enecg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import org.enecg.cache.EmbedSummary;
import org.enecg.cache.EmbeddingCache;
import org.enecg.cache.Embedder;
import org.enecg.cache.RecordKey;
import org.enecg.io.LeadName;
import org.enecg.io.Record;
import org.enecg.testing.CountingExpert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Repeated records are new records to the cache and to the folds: distinct ids, subjects and content, the same labels. */
class ScaledDataTest {

    @Test
    void repeatsHaveTheirOwnIdsSubjectsAndSamples() throws Exception {
        BenchData base = BenchData.load("bundled", List.of("age", "gender"), 6, 3, 42);
        BenchData x = ScaledData.of(base, 3, 42);
        assertEquals(18, x.size());
        assertEquals(18, new HashSet<>(x.ids()).size(), "ids are unique");
        for (int j = 0; j < 3; j++) {
            for (int i = 0; i < 6; i++) {
                int at = j * 6 + i;
                assertEquals(j == 0 ? base.ids().get(i) : base.ids().get(i) + "~" + j, x.ids().get(at));
                assertEquals(j == 0 ? base.subject(i) : base.subject(i) + "~" + j, x.subject(at));
                for (String t : List.of("age", "gender")) assertEquals(base.label(t, i), x.label(t, at), 0.0);
            }
        }
        Record original = base.refs().get(1).reader().read();
        Record second = x.refs().get(2 * 6 + 1).reader().read();
        assertEquals(x.ids().get(13), second.id());
        assertEquals(original.nLeads(), second.nLeads());
        for (int l = 0; l < original.nLeads(); l++) {
            float[] a = original.leads().get(l).samples(), b = second.leads().get(l).samples();
            for (int s = 0; s < a.length; s++) assertEquals(a[s] + 2 * ScaledData.SHIFT_MV, b[s], 0f);
        }
        assertNotEquals(RecordKey.of(original), RecordKey.of(second), "the cache sees a different recording");
    }

    @Test
    void everyRepeatIsComputedNotServedFromTheCache(@TempDir Path tmp) throws Exception {
        BenchData x = ScaledData.of(BenchData.load("bundled", List.of("age"), 4, 2, 42), 2, 42);
        CountingExpert e = new CountingExpert("count", "1", List.of(LeadName.II), 500, 5000);
        EmbedSummary s;
        try (EmbeddingCache c = EmbeddingCache.open(tmp)) {
            s = new Embedder(c, 1).embed(x.refs(), List.of(e), Embedder.Progress.NONE);
        }
        assertEquals(8, s.computed());
        assertEquals(0, s.fromCache());
        assertEquals(8, e.items.get());
    }

    @Test
    void scaleOneIsTheDataItself() throws Exception {
        BenchData base = BenchData.load("bundled", List.of("age"), 4, 2, 42);
        assertEquals(base, ScaledData.of(base, 1, 42));
    }
}
