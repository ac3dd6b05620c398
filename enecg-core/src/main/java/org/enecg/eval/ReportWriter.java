package org.enecg.eval;

import org.enecg.util.AtomicFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.enecg.model.ModelJson;

/** Writes {@code report.json} and {@code report.html} into a directory, each atomically. */
public final class ReportWriter {
    public static final String JSON = "report.json";
    public static final String HTML = "report.html";

    private ReportWriter() {}

    /** Returns the path of {@code report.json}. */
    public static Path write(EvaluationResult result, Path dir) throws IOException {
        return write(result, dir, java.util.Map.of(), "");
    }

    /**
     * As {@link #write(EvaluationResult, Path)}, with a caller's own top-level fields in {@code report.json} (e.g.
     * {@code data}: the dataset and skipped records) and sections in the HTML report.
     *
     * @throws IllegalArgumentException when an extra field would replace one of the report's own
     */
    public static Path write(EvaluationResult result, Path dir, java.util.Map<String, com.fasterxml.jackson.databind.JsonNode> extraJson,
                             String extraHtml) throws IOException {
        com.fasterxml.jackson.databind.node.ObjectNode root = ReportJson.of(result);
        for (var e : extraJson.entrySet()) {
            if (root.has(e.getKey())) throw new IllegalArgumentException("report field '" + e.getKey() + "' is the report's own");
            root.set(e.getKey(), e.getValue());
        }
        Files.createDirectories(dir);
        Path json = dir.resolve(JSON);
        AtomicFiles.write(json, ModelJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(root));
        AtomicFiles.writeString(dir.resolve(HTML), HtmlReport.of(result, extraHtml));
        return json;
    }
}
