package org.enecg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PeakMemoryTest {

    @Test
    void readsTheHighWaterMarkOfProcStatus() {
        List<String> status = List.of("Name:\tjava", "VmPeak:\t 9876543 kB", "VmHWM:\t  1234567 kB", "VmRSS:\t  1000000 kB");
        assertEquals(1234567, PeakMemory.parseHwm(status));
        assertEquals(-1, PeakMemory.parseHwm(List.of("Name:\tjava")));
        assertThrows(IllegalArgumentException.class, () -> PeakMemory.parseHwm(List.of("VmHWM:\t12 MB")));
    }

    @Test
    void thisProcessHasAPeakAtLeastItsHeapInUse() {
        long kib = PeakMemory.residentKiB();
        long heapKiB = Runtime.getRuntime().totalMemory() / 1024 - Runtime.getRuntime().freeMemory() / 1024;
        assertTrue(kib == -1 || kib >= heapKiB, kib + " KiB resident peak, " + heapKiB + " KiB of heap in use");
    }

    @Test
    void seesTheHeapLeftAfterACollection() {
        try (PeakMemory.AfterGc gc = new PeakMemory.AfterGc()) {
            byte[][] keep = new byte[64][];
            for (int i = 0; i < keep.length; i++) keep[i] = new byte[1 << 20];
            int before = gc.collections();   // collections during the allocations may have run before all 64 MiB existed
            System.gc();
            long deadline = System.currentTimeMillis() + 5000;
            while (gc.collections() == before && System.currentTimeMillis() < deadline) Thread.onSpinWait();
            assertTrue(gc.collections() > before, "the explicit collection was notified");
            assertTrue(gc.peakBytes() >= 64L << 20, gc.peakBytes() + " bytes after GC with 64 MiB live");
            assertEquals(64, keep.length);
        }
    }

    @Test
    void liveBytesCountWhatIsReferencedAndNotGarbage() {
        byte[][] keep = new byte[64][];
        for (int i = 0; i < keep.length; i++) keep[i] = new byte[1 << 20];
        long with = PeakMemory.liveBytes();
        assertTrue(with >= 64L << 20, with + " bytes live with 64 MiB referenced");
        java.lang.ref.Reference.reachabilityFence(keep);
        keep = null;
        long garbage = 0;
        for (int i = 0; i < 64; i++) garbage += new byte[1 << 20].length;
        assertEquals(64L << 20, garbage);
        long without = PeakMemory.liveBytes();
        assertTrue(without <= with - (48L << 20), without + " bytes live after dropping 64 MiB (" + with + " before), garbage not counted");
    }
}
