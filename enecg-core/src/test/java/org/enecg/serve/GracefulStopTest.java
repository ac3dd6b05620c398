package org.enecg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Stopping lets requests in flight finish: through the Java API, and for a real process on SIGTERM. */
class GracefulStopTest {

    @Test
    void stopFinishesTheRequestsInFlightThenRefusesConnections() throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(4);
        try (ModelService service = ModelService.open(ServeFixture.model(), "ecg", Path.of(""))) {
            EcgServer server = EcgServer.start(service, ServeLimits.defaults().withWorkers(1, 8, Duration.ofSeconds(60)), "127.0.0.1", 0,
                    ServeFixture.dir().resolve("stop-uploads"));
            Http http = new Http(server.port());
            List<Future<Http.Answer>> answers = new ArrayList<>();
            for (int i = 0; i < 4; i++) answers.add(clients.submit(() -> http.upload(ServeFixture.files(ServeFixture.LUDB_1))));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (server.inFlight() < 2 && System.nanoTime() < deadline) Thread.sleep(5);
            int inFlight = server.inFlight();
            assertTrue(inFlight >= 2, "requests in flight when stopping: " + inFlight);
            assertTrue(server.stop(), "every request in flight finished within the drain time");
            int ok = 0;
            for (Future<Http.Answer> f : answers) {
                Http.Answer a = f.get(60, TimeUnit.SECONDS); // no connection was cut: every request got an answer
                if (a.status() == 200) ok++;
                else assertEquals("the server is stopping", a.json().get("error").asText(), a.body());
            }
            assertTrue(ok >= inFlight, ok + " answered, " + inFlight + " were in flight");
            assertThrows(IOException.class, () -> http.get("/v2/health/live"), "stopped: no more connections");
        } finally {
            clients.shutdownNow();
        }
    }

    @Test
    void sigtermStopsTheServeCommandAfterItsRequestsInFlight() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx512m", "-Djava.io.tmpdir=" + ServeFixture.dir(), "-cp", System.getProperty("java.class.path"),
                "org.enecg.cli.EnecgCommand", "serve", "--model", ServeFixture.model().toString(), "--port", "0", "--workers", "1");
        pb.redirectErrorStream(true);
        Process p = pb.start();
        StringBuilder log = new StringBuilder();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            Pattern listening = Pattern.compile("on http://127\\.0\\.0\\.1:(\\d+)/");
            int port = -1;
            for (String line; port < 0 && (line = out.readLine()) != null; ) {
                log.append(line).append('\n');
                Matcher m = listening.matcher(line);
                if (m.find()) port = Integer.parseInt(m.group(1));
            }
            assertTrue(port > 0, "the server said where it listens: " + log);
            Http http = new Http(port);
            assertEquals(200, http.upload(ServeFixture.files(ServeFixture.LUDB_1)).status());
            ExecutorService client = Executors.newSingleThreadExecutor();
            try {
                Future<Http.Answer> inFlight = client.submit(() -> http.upload(ServeFixture.files(ServeFixture.CINC)));
                Thread.sleep(30);
                p.toHandle().destroy(); // SIGTERM (Process.destroy would also close our end of its output)
                Http.Answer a = inFlight.get(60, TimeUnit.SECONDS);
                assertTrue(a.status() == 200 || a.status() == 503, a.body());
            } finally {
                client.shutdownNow();
            }
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the process stopped by itself");
            for (String line; (line = out.readLine()) != null; ) log.append(line).append('\n');
            assertTrue(log.toString().contains("enecg serve: stopped"), log.toString());
            assertEquals(143, p.exitValue(), "exit status of a process ended by SIGTERM");
        } finally {
            p.destroyForcibly();
        }
    }
}
