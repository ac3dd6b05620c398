package org.enecg.expert.builtin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.enecg.util.AtomicFiles;

/**
 * Trained {@link DLinearModel} weights on disk (JSON, format {@value #FORMAT}): the two maps and their biases, the
 * sampling rate and ridge strength they were fitted with, and how (data, targets, command, date).
 *
 * @param model      the weights
 * @param fs         the rate the model was trained at, Hz (the expert reads the same rate)
 * @param lambda     the ridge strength of the fit
 * @param provenance how the weights were made, as text fields
 */
public record DLinearFile(DLinearModel model, double fs, double lambda, Map<String, String> provenance) {

    public static final String FORMAT = "enecg-dlinear/1";
    private static final ObjectMapper JSON = new ObjectMapper();

    public DLinearFile {
        provenance = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(provenance));
    }

    /** The file as JSON bytes (UTF-8), weights at full double precision. */
    public byte[] toBytes() {
        ObjectNode o = JSON.createObjectNode();
        o.put("format", FORMAT);
        o.put("seq_len", model.seqLen());
        o.put("kernel", model.kernel());
        o.put("fs", fs);
        o.put("lambda", lambda);
        doubles(o.putArray("seasonal_weight"), model.seasonalWeight());
        o.put("seasonal_bias", model.seasonalBias());
        doubles(o.putArray("trend_weight"), model.trendWeight());
        o.put("trend_bias", model.trendBias());
        ObjectNode p = o.putObject("provenance");
        provenance.forEach(p::put);
        try {
            return (JSON.writerWithDefaultPrettyPrinter().writeValueAsString(o) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e); // writing a tree to a string cannot fail
        }
    }

    /** Writes the file atomically. */
    public void write(Path target) throws IOException { AtomicFiles.write(target, toBytes()); }

    /**
     * Reads a file written by {@link #toBytes}.
     *
     * @throws IOException naming {@code source} and the field when the content is not a valid weights file
     */
    public static DLinearFile read(InputStream in, String source) throws IOException {
        JsonNode o;
        try {
            o = JSON.readTree(in);
        } catch (IOException e) {
            throw new IOException(source + ": not a DLinear weights file (JSON): " + e.getMessage(), e);
        }
        if (o == null || !o.isObject()) throw new IOException(source + ": not a DLinear weights file (no JSON object)");
        String format = o.path("format").asText("");
        if (!FORMAT.equals(format)) throw new IOException(source + ": field 'format' is '" + format + "', expected '" + FORMAT + "'");
        try {
            DLinearModel m = new DLinearModel(integer(o, "seq_len", source), integer(o, "kernel", source),
                    doubles(o, "seasonal_weight", source), number(o, "seasonal_bias", source),
                    doubles(o, "trend_weight", source), number(o, "trend_bias", source));
            Map<String, String> prov = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = o.path("provenance").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                prov.put(e.getKey(), e.getValue().asText());
            }
            double fs = number(o, "fs", source);
            if (!(fs > 0)) throw new IOException(source + ": field 'fs' must be positive, found " + fs);
            return new DLinearFile(m, fs, number(o, "lambda", source), prov);
        } catch (IllegalArgumentException e) {
            throw new IOException(source + ": " + e.getMessage(), e);
        }
    }

    private static void doubles(ArrayNode a, double[] v) { for (double x : v) a.add(x); }

    private static double[] doubles(JsonNode o, String field, String source) throws IOException {
        JsonNode a = o.get(field);
        if (a == null || !a.isArray()) throw new IOException(source + ": field '" + field + "' is missing or not an array");
        double[] v = new double[a.size()];
        for (int i = 0; i < v.length; i++) {
            if (!a.get(i).isNumber()) throw new IOException(source + ": field '" + field + "' element " + i + " is not a number");
            v[i] = a.get(i).doubleValue();
        }
        return v;
    }

    private static double number(JsonNode o, String field, String source) throws IOException {
        JsonNode v = o.get(field);
        if (v == null || !v.isNumber()) throw new IOException(source + ": field '" + field + "' is missing or not a number");
        return v.doubleValue();
    }

    private static int integer(JsonNode o, String field, String source) throws IOException {
        JsonNode v = o.get(field);
        if (v == null || !v.canConvertToInt()) throw new IOException(source + ": field '" + field + "' is missing or not an integer");
        return v.intValue();
    }
}
