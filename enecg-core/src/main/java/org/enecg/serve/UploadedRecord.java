package org.enecg.serve;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.enecg.io.Record;
import org.enecg.io.wfdb.HeaderParser;
import org.enecg.io.wfdb.SignalSpec;
import org.enecg.io.wfdb.WfdbHeader;
import org.enecg.io.wfdb.WfdbReader;

/**
 * An uploaded WFDB record, checked in this order before any sample is read: the parts' names ({@code .hea},
 * {@code .dat}, {@code .mat}, or one {@code .zip}), the total size, one header, each signal file it names being a
 * plain name of a file in the upload (a header naming {@code ../../etc/passwd} is refused and that path never
 * opened), the record's length from its header; then the record is read, strictly (a truncated signal file fails).
 * Every refusal is an {@link ApiError} whose message names the file and the problem, with the server's folders
 * taken out.
 */
final class UploadedRecord {
    private static final Set<String> RECORD_FILES = Set.of("hea", "dat", "mat");

    private UploadedRecord() {}

    /**
     * Writes the parts into {@code folder} (which the caller removes) and reads the record.
     *
     * @param minSeconds the shortest record the experts can use
     */
    static Record read(List<UploadPart> parts, Path folder, ServeLimits limits, double minSeconds) throws IOException {
        Path header = store(parts, folder, limits.maxUploadBytes());
        WfdbHeader h = checkedHeader(header, folder);
        String name = folder.relativize(header).toString();
        double fs = h.record().fs();
        long n = h.record().nSamples();
        if (n > 0 && n / fs > limits.maxRecordSeconds()) {
            throw ApiError.tooLarge(name + ": the record is " + seconds(n / fs) + " s long; the limit is " + seconds(limits.maxRecordSeconds()) + " s");
        }
        Record r;
        try {
            r = WfdbReader.read(header);
        } catch (IOException | RuntimeException e) {
            throw ApiError.badRequest(hideFolder(e.getMessage() != null ? e.getMessage() : e.toString(), folder));
        }
        if (r.durationSeconds() > limits.maxRecordSeconds()) {
            throw ApiError.tooLarge(name + ": the record is " + seconds(r.durationSeconds()) + " s long; the limit is "
                    + seconds(limits.maxRecordSeconds()) + " s");
        }
        if (r.nLeads() == 0) throw ApiError.unprocessable(name + ": the record has no signal");
        if (r.durationSeconds() < minSeconds) {
            throw ApiError.unprocessable(name + ": the record is " + seconds(r.durationSeconds()) + " s long; the model's experts need at least "
                    + seconds(minSeconds) + " s");
        }
        return new Record(h.record().name(), r.fs(), r.leads(), r.comments(), null);
    }

    /** Writes the parts and returns the one header among them (unpacking a zip first). */
    private static Path store(List<UploadPart> parts, Path folder, long maxBytes) throws IOException {
        if (parts.isEmpty()) {
            throw ApiError.badRequest("the upload holds no file; send the record's .hea with its .dat or .mat, or one .zip holding them");
        }
        Path files = Files.createDirectories(folder.resolve("files"));
        long budget = maxBytes;
        Set<String> seen = new HashSet<>();
        Path zip = null;
        for (UploadPart p : parts) {
            String name = SafeFiles.plainName(p.fileName());
            String ext = SafeFiles.extension(name);
            if (!RECORD_FILES.contains(ext) && !ext.equals("zip")) {
                throw ApiError.unsupported("'" + p.fileName() + "' is not a WFDB record file: send .hea with .dat or .mat, or one .zip holding them");
            }
            if (!seen.add(name)) throw ApiError.badRequest("the upload holds two files named '" + name + "'");
            Path target = files.resolve(name);
            try (InputStream in = p.content().open()) {
                budget -= SafeFiles.copyLimited(in, target, budget, "the upload");
            }
            if (ext.equals("zip")) zip = target;
        }
        Path root = files;
        if (zip != null) {
            if (parts.size() > 1) throw ApiError.badRequest("send either one .zip or the record's files, not both");
            root = folder.resolve("unzipped");
            ZipUpload.unpack(zip, zip.getFileName().toString(), root, maxBytes);
        }
        List<Path> headers;
        try (Stream<Path> s = Files.walk(root)) {
            headers = s.filter(f -> Files.isRegularFile(f) && f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".hea")).sorted().toList();
        }
        if (headers.isEmpty()) {
            throw ApiError.badRequest("the upload holds no WFDB header (.hea); send the header with its signal file");
        }
        if (headers.size() > 1) {
            List<String> names = new ArrayList<>();
            for (Path h : headers) names.add(root.relativize(h).toString());
            throw ApiError.badRequest("the upload holds " + headers.size() + " headers " + names + "; send one record at a time");
        }
        return headers.get(0);
    }

    /** The header, parsed, with every signal file it names being a plain name of a file beside it in the upload. */
    private static WfdbHeader checkedHeader(Path header, Path folder) throws IOException {
        String name = header.getFileName().toString();
        WfdbHeader h;
        try {
            h = HeaderParser.parse(header);
        } catch (IOException | RuntimeException e) {
            throw ApiError.badRequest(hideFolder(String.valueOf(e.getMessage()), folder));
        }
        if (h.isMultiSegment()) throw ApiError.badRequest(name + ": a multi-segment record; upload a single-segment record");
        for (SignalSpec s : h.signals()) {
            if (s.isNull()) continue;
            String file = s.fileName();
            if (file.contains("/") || file.contains("\\") || file.contains(":") || file.startsWith(".")) {
                throw ApiError.badRequest(name + ": signal file '" + file + "' points outside the upload; an uploaded header"
                        + " must name a file beside it; refused");
            }
            if (!Files.isRegularFile(header.resolveSibling(file))) {
                throw ApiError.badRequest(name + ": its signal file '" + file + "' is not in the upload");
            }
        }
        return h;
    }

    /** A reader's message without the server's temporary folders. */
    static String hideFolder(String message, Path folder) {
        String m = message;
        for (String prefix : List.of(folder.resolve("unzipped").toAbsolutePath() + "/", folder.resolve("files").toAbsolutePath() + "/",
                folder.toAbsolutePath() + "/")) {
            m = m.replace(prefix, "");
        }
        return m;
    }

    private static String seconds(double s) { return String.format(Locale.ROOT, "%.1f", s); }
}
