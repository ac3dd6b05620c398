package org.enecg.pipeline;

import java.util.List;
import java.util.Map;
import org.enecg.data.SourceDataset;

/** The human report's sections about the data and the experts: records skipped, training data, overlap. */
final class DataSections {
    private DataSections() {}

    static String html(PreparedData p) {
        StringBuilder h = new StringBuilder();
        h.append("<h2>Data</h2><p>").append(esc(p.data())).append(": ").append(p.manifest().size()).append(" records in the manifest, ")
                .append(p.embedding().ok()).append(" embedded (").append(p.embedding().fromCache()).append(" from the cache), ")
                .append(p.skippedRecords().size()).append(" skipped.</p>");
        list(h, "Skipped records", p.skippedRecords());
        list(h, "Labels left out", p.labelNotes());

        h.append("<h2>Experts and their training data</h2><table><tr><th class=\"l\">expert</th><th class=\"l\">kind</th>")
                .append("<th class=\"l\">opened as</th><th class=\"l\">trained on</th><th class=\"l\">sources of this data it was trained on</th></tr>");
        for (ExpertSource s : p.experts().sources()) {
            StringBuilder seen = new StringBuilder();
            p.overlap().seenBy().forEach((src, by) -> {
                if (by.contains(s.name())) seen.append(seen.length() == 0 ? "" : ", ").append(src.displayName());
            });
            h.append("<tr><td class=\"l\">").append(esc(s.name())).append("</td><td class=\"l\">").append(s.card() ? "ONNX model card" : "built-in")
                    .append("</td><td class=\"l\">").append(esc(s.reference())).append("</td><td class=\"l\">")
                    .append(s.trainingData().isEmpty() ? "no labelled data" : esc(String.join("; ", s.trainingData())))
                    .append("</td><td class=\"l\">").append(seen.length() == 0 ? "none" : esc(seen.toString())).append("</td></tr>");
        }
        h.append("</table>");

        TrainingOverlap t = p.overlap();
        h.append("<h3>Records per source database</h3><p class=\"note\">A record is <em>unseen</em> when its source database is known and ")
                .append("no expert's training data names it; subsets of unseen records are reported beside every task.</p>")
                .append("<table><tr><th class=\"l\">source</th><th>records</th><th class=\"l\">experts trained on it</th></tr>");
        Map<SourceDataset, Integer> n = t.recordsPerSource();
        t.seenBy().forEach((s, by) -> h.append("<tr><td class=\"l\">").append(esc(s.displayName())).append("</td><td>").append(n.get(s))
                .append("</td><td class=\"l\">").append(by.isEmpty() ? "none: unseen" : esc(String.join(", ", by))).append("</td></tr>"));
        int unknown = t.records() - t.sourceOf().size();
        if (unknown > 0) h.append("<tr><td class=\"l\">unknown</td><td>").append(unknown).append("</td><td class=\"l\">not counted as unseen</td></tr>");
        h.append("</table>");
        if (!t.unrecognised().isEmpty()) {
            h.append("<p class=\"flag\">Training data that names no database known here (not checked): ");
            t.unrecognised().forEach((e, v) -> h.append(esc(e)).append(": ").append(esc(String.join("; ", v))).append(". "));
            h.append("</p>");
        }
        return h.toString();
    }

    private static void list(StringBuilder h, String title, List<String> items) {
        if (items.isEmpty()) return;
        h.append("<h3>").append(esc(title)).append(" (").append(items.size()).append(")</h3><ul>");
        for (String s : items) h.append("<li>").append(esc(s)).append("</li>");
        h.append("</ul>");
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
