package org.enecg.serve;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Who gets in, and for how long. Predictions run on {@code workers} threads; a request finding them all busy waits
 * in a queue of {@code queue} places for at most {@code queueWait}, and is otherwise answered 503 with Retry-After.
 * A prediction running past {@code requestTimeout} is interrupted and answered 503; its worker counts as busy until
 * it really stops, so a runaway prediction never lets more run than the workers. Every request is counted from
 * {@link #enter} to {@link #leave}; {@link #drain} refuses new ones and waits for those in flight.
 */
final class Admission implements AutoCloseable {
    private final ServeLimits limits;
    private final Semaphore free;
    private final AtomicInteger waiting = new AtomicInteger();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final ExecutorService pool;
    private volatile boolean draining;

    Admission(ServeLimits limits) {
        this.limits = limits;
        this.free = new Semaphore(limits.workers(), true);
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(limits.workers(), r -> {
            Thread t = new Thread(r, "enecg-serve-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Counts a request in; refused with 503 once the server is stopping. Pair with {@link #leave}. */
    void enter() {
        inFlight.incrementAndGet();
        if (draining) {
            inFlight.decrementAndGet();
            throw ApiError.unavailable("the server is stopping", 5);
        }
    }

    void leave() {
        synchronized (inFlight) {
            inFlight.decrementAndGet();
            inFlight.notifyAll();
        }
    }

    /** Requests counted in and not yet out. */
    int inFlight() { return inFlight.get(); }

    boolean draining() { return draining; }

    /**
     * Runs one prediction on a worker, waiting for one in the queue if all are busy.
     *
     * @throws ApiError 503 when the queue is full, the wait too long or the prediction too slow
     */
    <T> T run(Callable<T> work) throws Exception {
        acquire();
        Future<T> f;
        try {
            f = pool.submit(() -> {
                try {
                    return work.call();
                } finally {
                    free.release();
                }
            });
        } catch (RuntimeException e) {
            free.release();
            throw e;
        }
        try {
            return f.get(limits.requestTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            throw ApiError.unavailable("the prediction took longer than " + seconds(limits.requestTimeout()) + " s", retryAfter());
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception x) throw x;
            throw e;
        } catch (InterruptedException e) {
            f.cancel(true);
            throw e;
        }
    }

    private void acquire() throws InterruptedException {
        if (free.tryAcquire()) return;
        if (waiting.incrementAndGet() > limits.queue()) {
            waiting.decrementAndGet();
            throw ApiError.unavailable("busy: all " + limits.workers() + " workers are predicting and " + limits.queue()
                    + " requests are waiting", retryAfter());
        }
        try {
            if (!free.tryAcquire(limits.queueWait().toMillis(), TimeUnit.MILLISECONDS)) {
                throw ApiError.unavailable("busy: no worker became free within " + seconds(limits.queueWait()) + " s", retryAfter());
            }
        } finally {
            waiting.decrementAndGet();
        }
    }

    private int retryAfter() { return (int) Math.max(1, Math.min(60, limits.queueWait().toSeconds())); }

    private static String seconds(Duration d) {
        return java.math.BigDecimal.valueOf(d.toMillis(), 3).stripTrailingZeros().toPlainString();
    }

    /**
     * Refuses new requests and waits up to {@code grace} for those in flight.
     *
     * @return true when every request in flight finished in time
     */
    boolean drain(Duration grace) throws InterruptedException {
        draining = true;
        long end = System.nanoTime() + grace.toNanos();
        synchronized (inFlight) {
            while (inFlight.get() > 0) {
                long left = end - System.nanoTime();
                if (left <= 0) return false;
                inFlight.wait(Math.max(1, left / 1_000_000));
            }
        }
        return true;
    }

    @Override
    public void close() { pool.shutdownNow(); }
}
