package org.enecg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.enecg.serve.EcgServer;
import org.enecg.serve.ModelService;
import org.enecg.serve.ServeLimits;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code enecg serve}: a saved model over HTTP, with the viewer page at {@code /}. */
@Command(name = "serve", mixinStandardHelpOptions = true, showDefaultValues = true,
        header = "Serve a saved model over HTTP (Open Inference Protocol, record uploads) with an ECG viewer page.",
        description = {"Routes: GET / (the viewer page), POST /api/records (multipart WFDB record), GET /v2/health/live,"
                + " GET /v2/health/ready, GET /v2/models/NAME, POST /v2/models/NAME/infer. See docs/serve.md.",
                "Binds to the loopback address unless --host says otherwise. SIGTERM (or Ctrl-C) lets requests in flight finish,"
                + " then stops."})
public final class ServeCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--model", required = true, paramLabel = "<model>", description = "A model file written by 'enecg train'.")
    Path model;

    @Option(names = "--host", paramLabel = "<address>", description = "Address to listen on (0.0.0.0: every interface).")
    String host = "127.0.0.1";

    @Option(names = "--port", paramLabel = "<port>", description = "Port to listen on (0: any free port).")
    int port = 8080;

    @Option(names = "--name", paramLabel = "<name>", description = "The model's name in /v2/models/NAME (default: the file name without extension).")
    String name;

    @Option(names = "--workers", paramLabel = "<n>", description = "Predictions computed at once (default: one per core).")
    Integer workers;

    @Option(names = "--queue", paramLabel = "<n>", description = "Requests that may wait for a worker; more are answered 503 (default: four per worker, at least 8).")
    Integer queue;

    @Option(names = "--queue-wait", paramLabel = "<seconds>", description = "Longest wait for a worker before a 503.")
    double queueWait = 10;

    @Option(names = "--timeout", paramLabel = "<seconds>", description = "Longest time one prediction may take before a 503.")
    double timeout = 60;

    @Option(names = "--max-upload-mb", paramLabel = "<MiB>", description = "Largest upload (all files, or the zip unpacked).")
    double maxUploadMb = 32;

    @Option(names = "--max-record-seconds", paramLabel = "<seconds>", description = "Longest record accepted.")
    double maxRecordSeconds = 300;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        ServeLimits d = ServeLimits.defaults();
        int w = workers != null ? workers : d.workers();
        ServeLimits limits = d.withWorkers(w, queue != null ? queue : ServeLimits.defaultQueue(w), millis(queueWait))
                .withUpload(Math.round(maxUploadMb * 1024 * 1024), maxRecordSeconds)
                .withTimeouts(millis(timeout), d.drain());
        String n = name != null ? name : modelName(model);
        Path uploads = Path.of(System.getProperty("java.io.tmpdir"), "enecg-serve-" + ProcessHandle.current().pid());
        ModelService service = ModelService.open(model, n, Cli.home());
        EcgServer server;
        try {
            server = EcgServer.start(service, limits, host, port, uploads);
        } catch (RuntimeException e) {
            service.close();
            throw e;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                boolean drained = server.stop();
                System.err.println("enecg serve: stopped" + (drained ? "" : " (requests still in flight after " + limits.drain().toSeconds() + " s were cut off)"));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                service.close();
                stopped.countDown();
            }
        }, "enecg-serve-stop"));
        Cli.log(err, "serving model '" + n + "' (" + model + ") on http://" + host + ":" + server.port() + "/ with " + w + " workers;"
                + " SIGTERM or Ctrl-C stops");
        stopped.await();
        return 0;
    }

    static String modelName(Path model) {
        String f = model.getFileName().toString();
        int dot = f.lastIndexOf('.');
        return dot > 0 ? f.substring(0, dot) : f;
    }

    private static Duration millis(double seconds) { return Duration.ofMillis(Math.round(seconds * 1000)); }
}
