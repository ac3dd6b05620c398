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
        Files.createDirectories(dir);
        Path json = dir.resolve(JSON);
        AtomicFiles.write(json, ModelJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(ReportJson.of(result)));
        AtomicFiles.writeString(dir.resolve(HTML), HtmlReport.of(result));
        return json;
    }
}
