package org.enecg.eval;

import java.util.List;
import java.util.Locale;

/** Small self-contained SVG plots for the human report: a scatter with the identity line, a heat map, grouped bars. */
final class Svg {
    private static final String[] PALETTE = {"#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f",
            "#bcbd22", "#17becf"};

    private Svg() {}

    /** Predicted against true values, both axes over the same range, with the line y = x. */
    static String scatter(double[] truth, double[] predicted, String unit) {
        int w = 360, h = 360, m = 48;
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < truth.length; i++) {
            lo = Math.min(lo, Math.min(truth[i], predicted[i]));
            hi = Math.max(hi, Math.max(truth[i], predicted[i]));
        }
        if (!(hi > lo)) {
            lo -= 1;
            hi += 1;
        }
        double pad = (hi - lo) * 0.05;
        lo -= pad;
        hi += pad;
        StringBuilder sb = open(w, h);
        sb.append(axes(m, w, h));
        sb.append(line(x(lo, lo, hi, m, w), y(lo, lo, hi, m, h), x(hi, lo, hi, m, w), y(hi, lo, hi, m, h), "#999", "4 3"));
        for (int i = 0; i < truth.length; i++) {
            sb.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"2.5\" fill=\"%s\" fill-opacity=\"0.6\"/>",
                    x(truth[i], lo, hi, m, w), y(predicted[i], lo, hi, m, h), PALETTE[0]));
        }
        sb.append(text(w / 2.0, h - 8, "true" + unitLabel(unit), "middle"));
        sb.append(String.format(Locale.ROOT, "<text x=\"12\" y=\"%.1f\" transform=\"rotate(-90 12 %.1f)\" text-anchor=\"middle\" font-size=\"12\">%s</text>",
                h / 2.0, h / 2.0, esc("predicted" + unitLabel(unit))));
        sb.append(text(m, h - m + 14, fmt(lo), "start")).append(text(w - m, h - m + 14, fmt(hi), "end"));
        sb.append(text(m - 4, h - m, fmt(lo), "end")).append(text(m - 4, m + 10, fmt(hi), "end"));
        return sb.append("</svg>").toString();
    }

    /** Confusion matrix: rows true class, columns predicted class, cell shade by the row share. */
    static String confusion(int[][] counts, List<String> classes) {
        int k = counts.length;
        int cell = Math.max(18, Math.min(40, 420 / Math.max(1, k)));
        int m = 110;
        int w = m + k * cell + 10, h = m + k * cell + 10;
        StringBuilder sb = open(w, h);
        for (int i = 0; i < k; i++) {
            int row = 0;
            for (int c : counts[i]) row += c;
            sb.append(text(m - 4, m + i * cell + cell / 2.0 + 4, trim(classes.get(i)), "end"));
            sb.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" transform=\"rotate(-60 %.1f %d)\" font-size=\"11\">%s</text>",
                    m + i * cell + cell / 2.0, m - 4, m + i * cell + cell / 2.0, m - 4, esc(trim(classes.get(i)))));
            for (int j = 0; j < k; j++) {
                double share = row == 0 ? 0 : (double) counts[i][j] / row;
                int shade = (int) Math.round(255 - 200 * share);
                sb.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"rgb(%d,%d,255)\" stroke=\"#fff\"/>",
                        m + j * cell, m + i * cell, cell, cell, shade, shade));
                if (counts[i][j] > 0) {
                    sb.append(text(m + j * cell + cell / 2.0, m + i * cell + cell / 2.0 + 4, Integer.toString(counts[i][j]), "middle"));
                }
            }
        }
        sb.append(text(m + k * cell / 2.0, h - 2, "predicted", "middle"));
        return sb.append("</svg>").toString();
    }

    /** One group of bars per task, one bar per expert (value in [0, 1]), with a legend. */
    static String groupedBars(List<String> groups, List<String> series, double[][] values) {
        int bar = 14, gap = 18, m = 40;
        int groupWidth = series.size() * bar + gap;
        int w = m + groups.size() * groupWidth + 160, h = 240;
        double plotH = h - 2 * m;
        StringBuilder sb = open(w, h);
        sb.append(line(m, h - m, m + groups.size() * groupWidth, h - m, "#333", null));
        sb.append(line(m, m, m, h - m, "#333", null));
        sb.append(text(m - 4, m + 4, "1", "end")).append(text(m - 4, h - m + 4, "0", "end"));
        for (int g = 0; g < groups.size(); g++) {
            for (int s = 0; s < series.size(); s++) {
                double v = Double.isFinite(values[g][s]) ? Math.max(0, Math.min(1, values[g][s])) : 0;
                double bh = v * plotH;
                sb.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%.1f\" width=\"%d\" height=\"%.1f\" fill=\"%s\"><title>%s</title></rect>",
                        m + g * groupWidth + s * bar + gap / 2, h - m - bh, bar - 2, bh, PALETTE[s % PALETTE.length],
                        esc(groups.get(g) + " / " + series.get(s) + ": " + fmt(values[g][s]))));
            }
            sb.append(text(m + g * groupWidth + groupWidth / 2.0, h - m + 14, trim(groups.get(g)), "middle"));
        }
        int lx = m + groups.size() * groupWidth + 10;
        for (int s = 0; s < series.size(); s++) {
            sb.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"10\" height=\"10\" fill=\"%s\"/>", lx, m + s * 16, PALETTE[s % PALETTE.length]));
            sb.append(text(lx + 14, m + s * 16 + 9, trim(series.get(s)), "start"));
        }
        return sb.append("</svg>").toString();
    }

    private static StringBuilder open(int w, int h) {
        return new StringBuilder(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" font-family=\"sans-serif\">",
                w, h, w, h));
    }

    private static String axes(int m, int w, int h) {
        return line(m, h - m, w - m, h - m, "#333", null) + line(m, m, m, h - m, "#333", null);
    }

    private static String line(double x1, double y1, double x2, double y2, String color, String dash) {
        return String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"%s/>", x1, y1, x2, y2, color,
                dash == null ? "" : " stroke-dasharray=\"" + dash + "\"");
    }

    private static String text(double x, double y, String s, String anchor) {
        return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" font-size=\"11\">%s</text>", x, y, anchor, esc(s));
    }

    private static double x(double v, double lo, double hi, int m, int w) { return m + (v - lo) / (hi - lo) * (w - 2 * m); }

    private static double y(double v, double lo, double hi, int m, int h) { return h - m - (v - lo) / (hi - lo) * (h - 2 * m); }

    private static String unitLabel(String unit) { return unit == null || unit.isEmpty() ? "" : " (" + unit + ")"; }

    private static String trim(String s) { return s.length() > 18 ? s.substring(0, 17) + "…" : s; }

    static String fmt(double v) {
        if (!Double.isFinite(v)) return "n/a";
        double a = Math.abs(v);
        return String.format(Locale.ROOT, a >= 100 ? "%.1f" : a >= 1 ? "%.3f" : "%.4f", v);
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
