package org.enecg.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.enecg.model.ModelJson;
import org.enecg.model.Prediction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP server of {@code enecg serve} (Javalin on Jetty 12): the Open Inference Protocol routes under {@code /v2},
 * the record upload route {@code POST /api/records}, and the viewer page at {@code /} with its bundled examples, all
 * from the jar. Requests are counted in and out by {@link Admission} (bounded predictions, a short queue, a timeout,
 * a graceful {@link #stop}); refusals are JSON {@code {"error": "..."}} with a 4xx or 503 status, and an unexpected
 * failure is a 500 whose body says only that, its trace going to the server's log.
 */
public final class EcgServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EcgServer.class);

    private final ModelService service;
    private final ServeLimits limits;
    private final Path uploads;
    private final Admission admission;
    private final Javalin app;
    private final AtomicLong failures = new AtomicLong();

    private EcgServer(ModelService service, ServeLimits limits, Path uploads) {
        this.service = service;
        this.limits = limits;
        this.uploads = uploads;
        this.admission = new Admission(limits);
        this.app = Javalin.create(c -> {
            c.startup.showJavalinBanner = false;
            c.startup.showOldJavalinVersionWarning = false;
            c.http.maxRequestSize = limits.maxUploadBytes();
            c.jetty.multipartConfig.maxFileSize(limits.maxUploadBytes(), SizeUnit.BYTES);
            c.jetty.multipartConfig.maxTotalRequestSize(limits.maxUploadBytes(), SizeUnit.BYTES);
            c.jetty.multipartConfig.maxInMemoryFileSize(1, SizeUnit.MB);
            c.jetty.multipartConfig.cacheDirectory(uploads.toString());
            c.jetty.modifyServer(server -> {
                // on stop, Jetty first stops accepting connections, then lets every request it already read finish
                server.setHandler(new GracefulHandler());
                server.setStopTimeout(limits.drain().toMillis());
            });
            c.staticFiles.add("/serve/web", Location.CLASSPATH);
            c.routes.get("/v2", ctx -> json(ctx, 200, serverMetadata()));
            c.routes.get("/v2/health/live", ctx -> json(ctx, 200, ModelJson.MAPPER.createObjectNode().put("live", true)));
            c.routes.get("/v2/health/ready", this::ready);
            c.routes.get("/v2/models/{name}", ctx -> json(ctx, 200, OpenInference.metadata(model(ctx), service.model(), service.minSeconds())));
            c.routes.get("/v2/models/{name}/ready", this::ready);
            c.routes.post("/v2/models/{name}/infer", ctx -> counted(ctx, this::infer));
            c.routes.post("/api/records", ctx -> counted(ctx, this::record));
            c.routes.exception(ApiError.class, (e, ctx) -> {
                if (e.retryAfterSeconds() > 0) ctx.header("Retry-After", Integer.toString(e.retryAfterSeconds()));
                error(ctx, e.status(), e.getMessage());
            });
            c.routes.exception(Exception.class, (e, ctx) -> {
                long id = failures.incrementAndGet();
                LOG.error("request {} {} failed (failure {})", ctx.method(), ctx.path(), id, e);
                error(ctx, 500, "internal error (failure " + id + " in the server's log)");
            });
        });
    }

    /**
     * Starts serving on {@code host:port} (port 0: any free port, see {@link #port()}).
     *
     * @param uploads the folder where each request gets a temporary folder of its own (created if needed)
     */
    public static EcgServer start(ModelService service, ServeLimits limits, String host, int port, Path uploads) throws IOException {
        Files.createDirectories(uploads);
        EcgServer s = new EcgServer(service, limits, uploads);
        s.app.start(host, port);
        return s;
    }

    public int port() { return app.port(); }

    /** Requests counted in and not yet answered. */
    int inFlight() { return admission.inFlight(); }

    /**
     * Stops gracefully: new requests are answered 503 and those in flight get up to the limits' drain time to finish;
     * then Jetty stops accepting connections and finishes the requests it has read (a request counted in only after
     * the drain is answered 503, never cut off). Safe to call twice.
     *
     * @return true when every request in flight finished before the server stopped
     */
    public boolean stop() throws InterruptedException {
        boolean drained = admission.drain(limits.drain());
        app.stop();
        admission.close();
        return drained;
    }

    @Override
    public void close() throws InterruptedException { stop(); }

    private String model(Context ctx) {
        String name = ctx.pathParam("name");
        if (!name.equals(service.name())) throw new ApiError(404, "no model named '" + name + "'; this server serves '" + service.name() + "'");
        return name;
    }

    private void ready(Context ctx) throws JsonProcessingException {
        if (ctx.pathParamMap().containsKey("name")) model(ctx);
        boolean ready = !admission.draining();
        json(ctx, ready ? 200 : 503, ModelJson.MAPPER.createObjectNode().put("ready", ready));
    }

    private JsonNode serverMetadata() {
        var o = ModelJson.MAPPER.createObjectNode();
        o.put("name", "enecg");
        o.put("version", org.enecg.model.ProjectVersion.get());
        o.putArray("extensions");
        o.putArray("models").add(service.name());
        return o;
    }

    @FunctionalInterface
    private interface Route {
        void handle(Context ctx) throws Exception;
    }

    private void counted(Context ctx, Route r) throws Exception {
        admission.enter();
        try {
            r.handle(ctx);
        } finally {
            admission.leave();
        }
    }

    private void infer(Context ctx) throws Exception {
        String name = model(ctx);
        if (!String.valueOf(ctx.contentType()).startsWith("application/json")) {
            throw ApiError.unsupported("send the infer request as application/json; found Content-Type '" + ctx.contentType() + "'");
        }
        JsonNode req;
        try (InputStream in = new LimitedInput(ctx.bodyInputStream(), limits.maxUploadBytes())) {
            req = ModelJson.MAPPER.readTree(in);
        } catch (JsonProcessingException e) {
            throw ApiError.badRequest("the body is not valid JSON: " + e.getOriginalMessage());
        }
        var record = OpenInference.record(req, limits.maxRecordSeconds());
        if (record.durationSeconds() < service.minSeconds()) {
            throw ApiError.unprocessable(String.format(java.util.Locale.ROOT, "the record is %.1f s long; the model's experts need at least %.1f s",
                    record.durationSeconds(), service.minSeconds()));
        }
        Prediction p = admission.run(() -> service.predict(record));
        json(ctx, 200, OpenInference.response(name, service.model(), record.id(), p));
    }

    private void record(Context ctx) throws Exception {
        if (!ctx.isMultipartFormData()) {
            throw ApiError.unsupported("send the record as multipart/form-data (one part per file: .hea with .dat or .mat, or one .zip);"
                    + " found Content-Type '" + ctx.contentType() + "'");
        }
        if (ctx.contentLength() > limits.maxUploadBytes()) {
            throw ApiError.tooLarge("the upload is " + SafeFiles.megabytes(ctx.contentLength()) + "; the limit is " + SafeFiles.megabytes(limits.maxUploadBytes()));
        }
        Path dir = Files.createTempDirectory(uploads, "upload-");
        try {
            var parts = UploadParts.of(ctx, limits);
            var record = UploadedRecord.read(parts, dir, limits, service.minSeconds());
            RecordFacts facts = RecordFacts.of(record);
            Prediction p = admission.run(() -> service.predict(record));
            json(ctx, 200, RecordAnswer.of(service.name(), service.model().expertNames(), service.model().tasks(), record, p, facts));
        } finally {
            SafeFiles.deleteTree(dir);
        }
    }

    private static void json(Context ctx, int status, JsonNode body) throws JsonProcessingException {
        ctx.status(status).contentType("application/json").result(ModelJson.MAPPER.writeValueAsString(body));
    }

    private static void error(Context ctx, int status, String message) {
        ctx.status(status).contentType("application/json").result(ModelJson.MAPPER.createObjectNode().put("error", message).toString());
    }

}
