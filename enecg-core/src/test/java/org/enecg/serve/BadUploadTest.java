package org.enecg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every kind of bad upload answers 4xx with a JSON message naming the problem, never a stack trace, and leaves no
 * file behind. The server here accepts 512 KiB uploads and records up to 20 s.
 */
class BadUploadTest {
    static ModelService service;
    static EcgServer server;
    static Http http;
    static Path uploads;
    static byte[] header;
    static byte[] signal;

    @BeforeAll
    static void start() throws Exception {
        service = ModelService.open(ServeFixture.model(), "ecg", Path.of(""));
        uploads = ServeFixture.dir().resolve("bad-uploads");
        ServeLimits limits = ServeLimits.defaults().withWorkers(1, 2, Duration.ofSeconds(30)).withUpload(512 * 1024, 20);
        server = EcgServer.start(service, limits, "127.0.0.1", 0, uploads);
        http = new Http(server.port());
        header = Files.readAllBytes(Path.of("data/bundled/ludb/data/1.hea"));
        signal = Files.readAllBytes(Path.of("data/bundled/ludb/data/1.dat"));
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) server.stop();
        if (service != null) service.close();
    }

    @AfterEach
    void nothingIsLeftBehind() throws Exception {
        try (var s = Files.list(uploads)) {
            assertEquals(0, s.count(), "every request's folder is removed");
        }
    }

    /** Asserts a refusal: the status, a JSON error containing the phrase, and nothing of a Java trace. */
    private static void refused(Http.Answer a, int status, String phrase) {
        assertEquals(status, a.status(), a.body());
        String error = a.json().get("error").asText();
        assertTrue(error.contains(phrase), "expected '" + phrase + "' in: " + error);
        assertFalse(a.body().contains("Exception") || a.body().contains("\tat ") || a.body().contains("org.enecg."), a.body());
        assertFalse(a.body().contains(uploads.toAbsolutePath().toString()), "server folders stay hidden: " + a.body());
    }

    private static Map<String, byte[]> files(Object... nameThenBytes) {
        Map<String, byte[]> m = new LinkedHashMap<>();
        for (int i = 0; i < nameThenBytes.length; i += 2) m.put((String) nameThenBytes[i], (byte[]) nameThenBytes[i + 1]);
        return m;
    }

    private static String headerText() { return new String(header, StandardCharsets.US_ASCII); }

    @Test
    void aTruncatedSignalFile() throws Exception {
        refused(http.upload(files("1.hea", header, "1.dat", Arrays.copyOf(signal, signal.length / 2))), 400,
                "1.dat: 60,000 bytes of samples, header needs 120,000 (5,000 frames × 12 samples, format 16); the file is truncated");
    }

    @Test
    void aFileThatIsNoRecordFile() throws Exception {
        refused(http.upload(files("report.pdf", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII))), 415, "'report.pdf' is not a WFDB record file");
    }

    @Test
    void aHeaderThatIsNoHeader() throws Exception {
        refused(http.upload(files("1.hea", "this is not a header\n".getBytes(StandardCharsets.US_ASCII), "1.dat", signal)), 400, "1.hea");
    }

    @Test
    void aHeaderWithoutItsSignalFile() throws Exception {
        refused(http.upload(files("1.hea", header)), 400, "1.hea: its signal file '1.dat' is not in the upload");
    }

    @Test
    void aSignalFileWithoutItsHeader() throws Exception {
        refused(http.upload(files("1.dat", signal)), 400, "no WFDB header");
    }

    @Test
    void theWrongContentType() throws Exception {
        refused(http.post("/api/records", "application/octet-stream", signal), 415, "send the record as multipart/form-data");
        refused(http.post("/v2/models/ecg/infer", "text/plain", "{}".getBytes(StandardCharsets.US_ASCII)), 415, "application/json");
    }

    @Test
    void aZipWhoseEntriesClimbOutOfTheirFolder() throws Exception {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(zip)) {
            z.putNextEntry(new ZipEntry("1.hea"));
            z.write(header);
            z.putNextEntry(new ZipEntry("../../escaped.dat"));
            z.write(signal, 0, 100);
        }
        refused(http.upload(files("rec.zip", zip.toByteArray())), 400, "entry '../../escaped.dat' climbs out of the zip's folder");
        assertFalse(Files.exists(uploads.resolve("escaped.dat")) || Files.exists(uploads.getParent().resolve("escaped.dat")));
    }

    @Test
    void aZipThatIsNoZip() throws Exception {
        refused(http.upload(files("rec.zip", signal)), 400, "rec.zip: not a zip file");
    }

    /**
     * The header names a signal file outside the upload; one exists there, a valid signal even, so only the refusal
     * to look outside the upload can stop it being read.
     */
    @Test
    void aHeaderWhoseSignalFilePointsOutsideTheUpload() throws Exception {
        Path outside = uploads.resolve("etc");
        Files.createDirectories(outside);
        Files.write(outside.resolve("passwd"), signal);
        try {
            byte[] evil = headerText().replace("1.dat", "../../etc/passwd").getBytes(StandardCharsets.US_ASCII);
            refused(http.upload(files("1.hea", evil, "1.dat", signal)), 400, "1.hea: signal file '../../etc/passwd' points outside the upload");
            byte[] absolute = headerText().replace("1.dat", "/etc/passwd").getBytes(StandardCharsets.US_ASCII);
            refused(http.upload(files("1.hea", absolute, "1.dat", signal)), 400, "signal file '/etc/passwd' points outside the upload");
        } finally {
            Files.delete(outside.resolve("passwd"));
            Files.delete(outside);
        }
    }

    @Test
    void aRecordShorterThanTheExpertsNeed() throws Exception {
        // 2 s of LUDB 1: the header says 1000 samples with their checksums, the signal file holds 1000 frames of 12 leads
        int frames = 1000, leads = 12;
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(signal).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        int[] sums = new int[leads];
        for (int i = 0; i < frames * leads; i++) sums[i % leads] += b.getShort(2 * i);
        StringBuilder h = new StringBuilder();
        int line = 0;
        for (String l : headerText().split("\n")) {
            if (line == 0) {
                h.append("1 12 500 1000\n");
            } else if (line <= leads) {
                String[] f = l.split(" ");
                f[6] = Integer.toString((short) sums[line - 1]);
                h.append(String.join(" ", f)).append('\n');
            } else {
                h.append(l).append('\n');
            }
            line++;
        }
        Http.Answer a = http.upload(files("1.hea", h.toString().getBytes(StandardCharsets.US_ASCII), "1.dat", Arrays.copyOf(signal, frames * leads * 2)));
        refused(a, 422, "the record is 2.0 s long; the model's experts need at least " + String.format(java.util.Locale.ROOT, "%.1f", service.minSeconds()) + " s");
    }

    @Test
    void theMinimumIsHalfTheLongestWindowAnExpertReads() {
        // the paper's gate input reads 10 s (5000 samples at 500 Hz); the three built-in experts read the whole record
        assertEquals(5.0, service.minSeconds());
    }

    @Test
    void aZipThatUnpacksPastTheUploadLimit() throws Exception {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(zip)) {
            z.putNextEntry(new ZipEntry("1.hea"));
            z.write(header);
            z.putNextEntry(new ZipEntry("1.dat"));
            z.write(new byte[2 << 20]); // 2 MiB of zeros: a few KiB compressed
        }
        assertTrue(zip.size() < 64 * 1024);
        refused(http.upload(files("bomb.zip", zip.toByteArray())), 413, "bomb.zip unpacked is larger than the upload limit of 0.5 MiB");
    }

    @Test
    void aRecordLongerThanTheLimitIsRefusedOnItsHeader() throws Exception {
        byte[] longHeader = headerText().replaceFirst("1 12 500 5000", "1 12 500 50000").getBytes(StandardCharsets.US_ASCII);
        refused(http.upload(files("1.hea", longHeader, "1.dat", signal)), 413, "1.hea: the record is 100.0 s long; the limit is 20.0 s");
    }

    @Test
    void anUploadOverTheSizeLimit() throws Exception {
        byte[] big = new byte[600 * 1024];
        refused(http.upload(files("1.hea", header, "1.dat", big)), 413, "the limit is 0.5 MiB");
    }

    @Test
    void bodiesOverTheLimitWithoutAContentLength() throws Exception {
        byte[] multipart = Http.multipart(files("1.hea", header, "1.dat", new byte[600 * 1024]));
        refused(http.postStreamed("/api/records", "multipart/form-data; boundary=" + Http.BOUNDARY, multipart), 413, "limit");
        byte[] json = ("{\"inputs\":[{\"data\":[" + "0,".repeat(300_000) + "0]}]}").getBytes(StandardCharsets.US_ASCII);
        refused(http.postStreamed("/v2/models/ecg/infer", "application/json", json), 413, "the request body is larger than the limit of 0.5 MiB");
    }

    @Test
    void aMalformedMultipartBody() throws Exception {
        refused(http.post("/api/records", "multipart/form-data; boundary=other", "--other\r\nno headers, no end".getBytes(StandardCharsets.US_ASCII)),
                400, "the multipart body cannot be read");
    }

    @Test
    void twoRecordsOrNoFileAtAll() throws Exception {
        refused(http.upload(files("1.hea", header, "1.dat", signal, "2.hea", header)), 400, "the upload holds 2 headers [1.hea, 2.hea]");
        refused(http.upload(files()), 400, "the upload holds no file");
        refused(http.upload(files("..", header)), 400, "file name '..' is not a usable file name");
    }

    @Test
    void badInferRequests() throws Exception {
        refused(http.post("/v2/models/ecg/infer", "application/json", "{not json".getBytes(StandardCharsets.US_ASCII)), 400, "the body is not valid JSON");
        String wrongShape = "{\"inputs\":[{\"name\":\"ecg\",\"datatype\":\"FP32\",\"shape\":[2,12,5000],\"data\":[]}]}";
        refused(http.post("/v2/models/ecg/infer", "application/json", wrongShape.getBytes(StandardCharsets.US_ASCII)), 400, "input shape must be [1, leads, samples]");
        String noRate = "{\"inputs\":[{\"name\":\"ecg\",\"datatype\":\"FP32\",\"shape\":[1,1,3],\"data\":[1,2,3],\"parameters\":{\"leads\":\"II\"}}]}";
        refused(http.post("/v2/models/ecg/infer", "application/json", noRate.getBytes(StandardCharsets.US_ASCII)), 400, "parameter sampling_rate is missing");
        String fewValues = "{\"inputs\":[{\"name\":\"ecg\",\"datatype\":\"FP32\",\"shape\":[1,1,3000],\"data\":[1,2,3],"
                + "\"parameters\":{\"leads\":\"II\",\"sampling_rate\":500}}]}";
        refused(http.post("/v2/models/ecg/infer", "application/json", fewValues.getBytes(StandardCharsets.US_ASCII)), 400, "input data holds 3 values, the shape needs 3000");
        String badLead = "{\"inputs\":[{\"name\":\"ecg\",\"datatype\":\"FP32\",\"shape\":[1,1,3],\"data\":[1,2,3],"
                + "\"parameters\":{\"leads\":\"XYZ\",\"sampling_rate\":500}}]}";
        refused(http.post("/v2/models/ecg/infer", "application/json", badLead.getBytes(StandardCharsets.US_ASCII)), 400, "'XYZ' is not a standard lead name");
        refused(http.post("/v2/models/nope/infer", "application/json", "{}".getBytes(StandardCharsets.US_ASCII)), 404, "no model named 'nope'");
    }
}
