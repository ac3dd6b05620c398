package org.enecg.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Two measures of a process's peak memory. {@link #residentKiB()}: the kernel's high-water mark of resident memory
 * ({@code VmHWM} in {@code /proc/self/status}): everything the process ever held in RAM at once, the Java heap as the
 * collector sized it plus native memory (ONNX Runtime sessions, thread stacks, code); a JVM grows its heap lazily, so
 * this is what the process cost the machine, not the least it needed. {@link AfterGc}: the largest heap occupancy left
 * after any garbage collection, from the collectors' notifications. That is an upper bound of the live data, not the
 * live data: after a young collection G1 still counts every old region it has not yet reclaimed, garbage included
 * (dead records, prepared inputs and large arrays promoted or allocated there), and with a large heap it lets them
 * pile up for long. {@link #liveBytes()}: the heap in use right after a full collection, the data still referenced.
 */
public final class PeakMemory {
    private PeakMemory() {}

    /** Peak resident set size in KiB, or -1 where {@code /proc/self/status} is not available. */
    public static long residentKiB() {
        try {
            return parseHwm(Files.readAllLines(Path.of("/proc/self/status")));
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /**
     * The heap in use right after a full collection, in bytes: what the process still references at this call.
     * {@link System#gc()} is a full stop-the-world collection with G1 and the default flags (not with
     * {@code -XX:+ExplicitGCInvokesConcurrent} or {@code -XX:+DisableExplicitGC}); it costs a pause, so call it outside
     * timed work.
     */
    public static long liveBytes() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** The {@code VmHWM} value of a {@code /proc/<pid>/status} text, in KiB, or -1 when absent. */
    static long parseHwm(List<String> status) {
        for (String l : status) {
            if (l.startsWith("VmHWM:")) {
                String[] f = l.substring(6).trim().split("\\s+");
                if (f.length != 2 || !f[1].equals("kB")) throw new IllegalArgumentException("unexpected VmHWM line: " + l);
                return Long.parseLong(f[0]);
            }
        }
        return -1;
    }

    /** Listens to every collection from creation on and keeps the largest heap occupancy after one. */
    public static final class AfterGc implements AutoCloseable {
        private final AtomicLong peak = new AtomicLong(-1);
        private final AtomicInteger collections = new AtomicInteger();
        private final Set<String> heapPools = new HashSet<>();
        private final NotificationListener listener = (n, handback) -> {
            if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) return;
            GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
            long used = 0;
            for (var e : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
                if (heapPools.contains(e.getKey())) used += e.getValue().getUsed();
            }
            peak.accumulateAndGet(used, Math::max);   // before the count: a reader that sees the count sees the peak
            collections.incrementAndGet();
        };

        public AfterGc() {
            for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) if (p.getType() == MemoryType.HEAP) heapPools.add(p.getName());
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                if (gc instanceof NotificationEmitter em) em.addNotificationListener(listener, null, null);
            }
        }

        /** Largest heap occupancy after a collection, in bytes; -1 when none ran. */
        public long peakBytes() { return peak.get(); }

        public int collections() { return collections.get(); }

        @Override
        public void close() {
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                if (gc instanceof NotificationEmitter em) {
                    try {
                        em.removeNotificationListener(listener);
                    } catch (javax.management.ListenerNotFoundException e) {
                        // never added
                    }
                }
            }
        }
    }
}
