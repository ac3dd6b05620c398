package org.enecg.serve;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.enecg.model.ModelJson;

/** A small HTTP client for the serve tests and the load benchmark: JSON answers, multipart uploads built by hand. */
public final class Http {
    static final String BOUNDARY = "enecg-test-boundary-7d1f";

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;

    public Http(int port) { this.base = "http://127.0.0.1:" + port; }

    /** A status, its headers and its body parsed as JSON (null when not JSON). */
    public record Answer(int status, java.net.http.HttpHeaders headers, String body) {
        public JsonNode json() {
            try {
                return ModelJson.MAPPER.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (" + status + "): " + body, e);
            }
        }
    }

    public Answer get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    public Answer post(String path, String contentType, byte[] body) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** Posts a body as a stream of unknown length (chunked: no Content-Length for the server to check first). */
    public Answer postStreamed(String path, String contentType, byte[] body) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body))));
    }

    /** Uploads files (name to bytes) as multipart/form-data to /api/records, each under its own field name. */
    public Answer upload(Map<String, byte[]> files) throws IOException, InterruptedException {
        return post("/api/records", "multipart/form-data; boundary=" + BOUNDARY, multipart(files));
    }

    /** Uploads a record's files from disk. */
    public Answer upload(List<Path> files) throws IOException, InterruptedException {
        Map<String, byte[]> m = new LinkedHashMap<>();
        for (Path p : files) m.put(p.getFileName().toString(), Files.readAllBytes(p));
        return upload(m);
    }

    public static byte[] multipart(Map<String, byte[]> files) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        int i = 0;
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            String head = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"part" + (i++) + "\"; filename=\"" + f.getKey()
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n";
            b.write(head.getBytes(StandardCharsets.UTF_8));
            b.write(f.getValue());
            b.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        b.write(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return b.toByteArray();
    }

    private Answer send(HttpRequest.Builder r) throws IOException, InterruptedException {
        HttpResponse<String> res = client.send(r.timeout(Duration.ofSeconds(120)).build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(res.statusCode(), res.headers(), res.body());
    }
}
