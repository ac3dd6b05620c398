package org.enecg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Over the HTTP: a prediction past the request timeout is answered 503 with Retry-After, and the server goes on. */
class BusyServerTest {

    @Test
    void aPredictionPastTheTimeoutIsA503WithRetryAfter() throws Exception {
        ServeLimits limits = ServeLimits.defaults().withWorkers(1, 8, Duration.ofSeconds(60)).withTimeouts(Duration.ofNanos(1), Duration.ofSeconds(5));
        try (ModelService service = ModelService.open(ServeFixture.model(), "ecg", Path.of(""));
             EcgServer server = EcgServer.start(service, limits, "127.0.0.1", 0, ServeFixture.dir().resolve("busy-uploads"))) {
            Http http = new Http(server.port());
            Http.Answer a = http.upload(ServeFixture.files(ServeFixture.LUDB_1));
            assertEquals(503, a.status(), a.body());
            // a timeout shorter than any prediction (memoised analyses can make one take under a millisecond)
            assertTrue(a.json().get("error").asText().startsWith("the prediction took longer than "), a.body());
            int retry = Integer.parseInt(a.headers().firstValue("Retry-After").orElseThrow());
            assertTrue(retry >= 1 && retry <= 60, "Retry-After " + retry);
            assertEquals(200, http.get("/v2/health/ready").status(), "a timed-out prediction does not stop the server");
        }
    }
}
