package org.enecg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** Bounded predictions: one worker, one place in the queue; a timeout; draining waits for requests in flight. */
class AdmissionTest {
    private static ServeLimits limits(Duration queueWait, Duration timeout) {
        return ServeLimits.defaults().withWorkers(1, 1, queueWait).withTimeouts(timeout, Duration.ofSeconds(5));
    }

    @Test
    void beyondTheWorkersAndTheQueueAnswers503WithRetryAfter() throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(3);
        CountDownLatch running = new CountDownLatch(1), release = new CountDownLatch(1);
        try (Admission a = new Admission(limits(Duration.ofSeconds(10), Duration.ofSeconds(30)))) {
            Future<String> first = clients.submit(() -> a.run(() -> {
                running.countDown();
                release.await();
                return "first";
            }));
            assertTrue(running.await(5, TimeUnit.SECONDS));
            Future<String> queued = clients.submit(() -> a.run(() -> "queued"));
            Thread.sleep(200); // the second request is now waiting in the queue's one place
            ApiError full = assertThrows(ApiError.class, () -> a.run(() -> "third"));
            assertEquals(503, full.status());
            assertTrue(full.retryAfterSeconds() >= 1);
            assertTrue(full.getMessage().contains("busy: all 1 workers are predicting and 1 requests are waiting"), full.getMessage());
            release.countDown();
            assertEquals("first", first.get(5, TimeUnit.SECONDS));
            assertEquals("queued", queued.get(5, TimeUnit.SECONDS), "a queued request runs once a worker is free");
        } finally {
            clients.shutdownNow();
        }
    }

    @Test
    void aRequestWaitingLongerThanTheQueueWaitAnswers503() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService clients = Executors.newSingleThreadExecutor();
        try (Admission a = new Admission(limits(Duration.ofMillis(300), Duration.ofSeconds(30)))) {
            clients.submit(() -> a.run(() -> release.await(10, TimeUnit.SECONDS)));
            Thread.sleep(100);
            ApiError e = assertThrows(ApiError.class, () -> a.run(() -> "late"));
            assertEquals(503, e.status());
            assertTrue(e.getMessage().contains("no worker became free within 0.3 s"), e.getMessage());
        } finally {
            release.countDown();
            clients.shutdownNow();
        }
    }

    @Test
    void aPredictionPastTheTimeoutIsInterruptedAndItsWorkerFreedWhenItStops() throws Exception {
        AtomicBoolean interrupted = new AtomicBoolean();
        try (Admission a = new Admission(limits(Duration.ofSeconds(5), Duration.ofMillis(300)))) {
            ApiError e = assertThrows(ApiError.class, () -> a.run(() -> {
                try {
                    Thread.sleep(10_000);
                } catch (InterruptedException x) {
                    interrupted.set(true);
                }
                return "slow";
            }));
            assertEquals(503, e.status());
            assertTrue(e.getMessage().contains("the prediction took longer than 0.3 s"), e.getMessage());
            assertEquals("next", a.run(() -> "next"), "the worker is free again once the slow prediction stopped");
            assertTrue(interrupted.get());
        }
    }

    @Test
    void drainingRefusesNewRequestsAndWaitsForThoseInFlight() throws Exception {
        try (Admission a = new Admission(limits(Duration.ofSeconds(5), Duration.ofSeconds(5)))) {
            a.enter();
            Thread leaver = new Thread(() -> {
                try {
                    Thread.sleep(300);
                } catch (InterruptedException e) {
                    return;
                }
                a.leave();
            });
            leaver.start();
            long t0 = System.nanoTime();
            assertTrue(a.drain(Duration.ofSeconds(5)), "the request in flight finished within the grace time");
            assertTrue((System.nanoTime() - t0) / 1e6 >= 250, "drain waited for it");
            ApiError e = assertThrows(ApiError.class, a::enter);
            assertEquals(503, e.status());
            assertEquals(0, a.inFlight());
        }
    }

    @Test
    void drainingGivesUpAfterTheGraceTime() throws Exception {
        try (Admission a = new Admission(limits(Duration.ofSeconds(5), Duration.ofSeconds(5)))) {
            a.enter();
            assertFalse(a.drain(Duration.ofMillis(200)), "a request that never finishes is cut off after the grace time");
            assertEquals(1, a.inFlight());
        }
    }
}
