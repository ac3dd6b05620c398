package org.enecg.data.importer;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;

class AnnotatedRrTest {

    /** LUDB record 1, lead II QRS peaks (N) at these samples (read from 1.ii); mean RR by hand: (3969-662)/5/500 s. */
    @Test
    void ludbRecordOneByHand() {
        List<Long> beats = List.of(662L, 1342L, 2000L, 2642L, 3314L, 3969L);
        assertEquals(1322.8, AnnotatedRr.meanMs(beats, 0, Long.MAX_VALUE, 500).getAsDouble(), 1e-9);
    }

    @Test
    void onlyBeatsInsideTheWindowCount() {
        List<Long> beats = List.of(100L, 460L, 820L, 1180L, 1600L);
        // window [360, 1200): beats 460, 820, 1180 -> intervals 360, 360 samples at 360 Hz = 1000 ms
        assertEquals(1000.0, AnnotatedRr.meanMs(beats, 360, 1200, 360).getAsDouble(), 1e-9);
        assertTrue(AnnotatedRr.meanMs(beats, 0, 200, 360).isEmpty(), "one beat: no interval");
        assertTrue(AnnotatedRr.meanMs(List.of(), 0, 1000, 360).isEmpty());
    }
}
