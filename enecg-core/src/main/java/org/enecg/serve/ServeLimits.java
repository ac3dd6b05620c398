package org.enecg.serve;

import java.time.Duration;

/**
 * The server's limits, in one place.
 *
 * @param maxUploadBytes   largest request body (all parts, or the zip) accepted, and largest unpacked zip content
 * @param maxRecordSeconds longest record accepted (checked on the header, before any sample is read)
 * @param workers          predictions computed at once
 * @param queue            requests that may wait for a worker; more are answered 503 at once
 * @param queueWait        how long a request waits for a worker before it is answered 503
 * @param requestTimeout   how long one prediction may take before the request is answered 503
 * @param drain            on stop, how long requests in flight are given to finish
 */
public record ServeLimits(long maxUploadBytes, double maxRecordSeconds, int workers, int queue, Duration queueWait,
                          Duration requestTimeout, Duration drain) {

    public ServeLimits {
        if (maxUploadBytes < 1024) throw new IllegalArgumentException("maxUploadBytes must be at least 1024, found " + maxUploadBytes);
        if (!(maxRecordSeconds > 0)) throw new IllegalArgumentException("maxRecordSeconds must be positive, found " + maxRecordSeconds);
        if (workers < 1) throw new IllegalArgumentException("workers must be at least 1, found " + workers);
        if (queue < 0) throw new IllegalArgumentException("queue must not be negative, found " + queue);
    }

    /**
     * 32 MiB uploads (a 10-s 12-lead record at 500 Hz is 120 KiB; 32 MiB holds several minutes at 1 kHz), records up
     * to 5 minutes, one worker per core, {@link #defaultQueue} waiting for up to 10 s, 60 s per prediction, 30 s to
     * drain.
     */
    public static ServeLimits defaults() {
        int cores = Runtime.getRuntime().availableProcessors();
        return new ServeLimits(32L << 20, 300, cores, defaultQueue(cores), Duration.ofSeconds(10), Duration.ofSeconds(60), Duration.ofSeconds(30));
    }

    /** Four waiting per worker, at least 8: a handful of clients never see a 503 from a small machine. */
    public static int defaultQueue(int workers) { return Math.max(8, 4 * workers); }

    public ServeLimits withWorkers(int workers, int queue, Duration queueWait) {
        return new ServeLimits(maxUploadBytes, maxRecordSeconds, workers, queue, queueWait, requestTimeout, drain);
    }

    public ServeLimits withUpload(long maxUploadBytes, double maxRecordSeconds) {
        return new ServeLimits(maxUploadBytes, maxRecordSeconds, workers, queue, queueWait, requestTimeout, drain);
    }

    public ServeLimits withTimeouts(Duration requestTimeout, Duration drain) {
        return new ServeLimits(maxUploadBytes, maxRecordSeconds, workers, queue, queueWait, requestTimeout, drain);
    }
}
