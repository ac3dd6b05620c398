package org.enecg.expert.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.atomic.AtomicInteger;
import org.enecg.expert.ContentMemo;
import org.enecg.expert.ExpertInput;
import org.enecg.io.Record;
import org.junit.jupiter.api.Test;

class AnalysisMemoTest {

    private static float[][] leads(float v) { return new float[][] {{v, 1, 2}, {3, 4, 5}}; }

    @Test
    void equalContentInOtherArraysIsAHit() {
        ContentMemo<String> memo = new ContentMemo<>(2);
        AtomicInteger computed = new AtomicInteger();
        String a = memo.get(leads(0), 500, () -> "x" + computed.incrementAndGet());
        String b = memo.get(leads(0), 500, () -> "x" + computed.incrementAndGet());
        assertSame(a, b);
        assertEquals(1, computed.get());
        assertEquals(1, memo.hits());
        memo.get(leads(0), 250, () -> "y" + computed.incrementAndGet()); // another rate is another input
        memo.get(leads(9), 500, () -> "z" + computed.incrementAndGet());
        assertEquals(3, computed.get());
    }

    @Test
    void theLeastRecentlyUsedEntryGoes() {
        ContentMemo<Integer> memo = new ContentMemo<>(2);
        AtomicInteger computed = new AtomicInteger();
        memo.get(leads(1), 500, computed::incrementAndGet);
        memo.get(leads(2), 500, computed::incrementAndGet);
        memo.get(leads(1), 500, computed::incrementAndGet); // 1 used again: 2 is now the eldest
        memo.get(leads(3), 500, computed::incrementAndGet); // evicts 2
        memo.get(leads(1), 500, computed::incrementAndGet);
        assertEquals(3, computed.get());
        memo.get(leads(2), 500, computed::incrementAndGet);
        assertEquals(4, computed.get());
        assertThrows(IllegalArgumentException.class, () -> new ContentMemo<>(0));
    }

    @Test
    void rhythmAndMorphologyShareOneAnalysisPerRecord() {
        Record r = BuiltinFixtures.ludb(11);
        RhythmExpert rhythm = new RhythmExpert();
        MorphologyExpert morph = new MorphologyExpert();
        long[] before = BeatAnalysis.memoStats();
        rhythm.embed(ExpertInput.prepare(r, rhythm.spec()));
        morph.embed(ExpertInput.prepare(r, morph.spec()));
        long[] after = BeatAnalysis.memoStats();
        assertEquals(1, after[1] - before[1], "one analysis computed");
        assertEquals(1, after[0] - before[0], "the second expert found it");
    }
}
