package org.enecg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.enecg.cache.Embedder;
import org.enecg.pipeline.PreparedData;

/** What the commands share: the installation folder, and progress lines on stderr. */
final class Cli {
    private Cli() {}

    /** The installation folder (the launcher sets {@code enecg.home}; else the working directory). */
    static Path home() {
        String h = System.getProperty("enecg.home");
        return h != null ? Path.of(h) : Path.of("");
    }

    /** Embedding progress: a line at every tenth of the records (from worker threads). */
    static Embedder.Progress embedProgress(PrintWriter err) {
        return (done, all) -> {
            int step = Math.max(1, all / 10);
            if (done % step == 0 || done == all) {
                synchronized (err) {
                    err.printf("embedded %d/%d records%n", done, all);
                    err.flush();
                }
            }
        };
    }

    /** Cross-validation progress: one numbered line per trained model. */
    static Consumer<String> modelProgress(PrintWriter err, int total) {
        AtomicInteger n = new AtomicInteger();
        return line -> {
            synchronized (err) {
                err.printf("model %d/%d: %s%n", n.incrementAndGet(), total, line);
                err.flush();
            }
        };
    }

    /**
     * The data lines of a summary (evaluate, run, train): records given, embedded and skipped with each reason, and the
     * label cells that could not be read (listed one by one, or only counted where a report lists them).
     */
    static String dataSummary(PreparedData p, boolean listLabelNotes) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(java.util.Locale.ROOT, "data: %s, %d records, %d embedded (%d from cache, %d computed), %d skipped%n",
                p.data(), p.manifest().size(), p.embedding().ok(), p.embedding().fromCache(), p.embedding().computed(), p.skippedRecords().size()));
        for (String s : p.skippedRecords()) sb.append("  skipped ").append(s).append('\n');
        if (!p.labelNotes().isEmpty()) {
            sb.append(String.format("labels left out: %d%s%n", p.labelNotes().size(), listLabelNotes ? ":" : " (see the report)"));
            if (listLabelNotes) for (String n : p.labelNotes()) sb.append("  ").append(n).append('\n');
        }
        return sb.toString();
    }

    static void log(PrintWriter err, String line) {
        synchronized (err) {
            err.println(line);
            err.flush();
        }
    }
}
