package org.enecg.expert.builtin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the built-in experts' parameter files ({@link DLinearFile}, {@link MiniRocketFile}) share: a JSON object with a
 * {@code format} tag, typed fields and a {@code provenance} object of text fields. Every read error names the source
 * and the field.
 */
final class ParameterFile {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ParameterFile() {}

    /** A new file object carrying its format tag. */
    static ObjectNode create(String format) {
        ObjectNode o = JSON.createObjectNode();
        o.put("format", format);
        return o;
    }

    /** The object with its provenance added, as pretty-printed UTF-8 JSON ending in a newline. */
    static byte[] bytes(ObjectNode o, Map<String, String> provenance) {
        ObjectNode p = o.putObject("provenance");
        provenance.forEach(p::put);
        try {
            return (JSON.writerWithDefaultPrettyPrinter().writeValueAsString(o) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e); // writing a tree to a string cannot fail
        }
    }

    /**
     * Parses a file and checks its format tag.
     *
     * @param kind what the file is, for messages ("DLinear weights file")
     * @throws IOException naming {@code source} when it is not JSON, not an object, or of another format
     */
    static JsonNode read(InputStream in, String source, String kind, String format) throws IOException {
        JsonNode o;
        try {
            o = JSON.readTree(in);
        } catch (IOException e) {
            throw new IOException(source + ": not a " + kind + " (JSON): " + e.getMessage(), e);
        }
        if (o == null || !o.isObject()) throw new IOException(source + ": not a " + kind + " (no JSON object)");
        String found = o.path("format").asText("");
        if (!format.equals(found)) throw new IOException(source + ": field 'format' is '" + found + "', expected '" + format + "'");
        return o;
    }

    /** Provenance field listing the source databases of the fitting records, joined by {@value #SOURCES_SEPARATOR}. */
    static final String TRAINING_DATA = "training_data";
    static final String SOURCES_SEPARATOR = "; ";

    /**
     * The databases a fitted file's records came from ({@link #TRAINING_DATA}). A file that does not record them (one
     * written before the field existed) names its {@code data} as unrecorded: no database can then be called unseen
     * by this expert's account, and the evaluation lists the entry as one it cannot check.
     */
    static java.util.List<String> trainingData(Map<String, String> provenance) {
        String t = provenance.get(TRAINING_DATA);
        if (t == null) return java.util.List.of("unrecorded fitting data (" + provenance.getOrDefault("data", "unknown") + ")");
        if (t.isBlank()) return java.util.List.of();
        return java.util.List.of(t.split(java.util.regex.Pattern.quote(SOURCES_SEPARATOR)));
    }

    /** The {@code provenance} object's fields as text, in file order (empty when absent). */
    static Map<String, String> provenance(JsonNode o) {
        Map<String, String> prov = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = o.path("provenance").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            prov.put(e.getKey(), e.getValue().asText());
        }
        return prov;
    }

    static void put(ArrayNode a, double[] v) { for (double x : v) a.add(x); }

    static void put(ArrayNode a, int[] v) { for (int x : v) a.add(x); }

    static JsonNode array(JsonNode o, String field, String source) throws IOException {
        JsonNode a = o.get(field);
        if (a == null || !a.isArray()) throw new IOException(source + ": field '" + field + "' is missing or not an array");
        return a;
    }

    static double[] doubles(JsonNode o, String field, String source) throws IOException {
        JsonNode a = array(o, field, source);
        double[] v = new double[a.size()];
        for (int i = 0; i < v.length; i++) {
            if (!a.get(i).isNumber()) throw new IOException(source + ": field '" + field + "' element " + i + " is not a number");
            v[i] = a.get(i).doubleValue();
        }
        return v;
    }

    static int[] ints(JsonNode o, String field, String source) throws IOException {
        JsonNode a = array(o, field, source);
        int[] v = new int[a.size()];
        for (int i = 0; i < v.length; i++) {
            if (!a.get(i).canConvertToInt()) throw new IOException(source + ": field '" + field + "' element " + i + " is not an integer");
            v[i] = a.get(i).intValue();
        }
        return v;
    }

    static double number(JsonNode o, String field, String source) throws IOException {
        JsonNode v = o.get(field);
        if (v == null || !v.isNumber()) throw new IOException(source + ": field '" + field + "' is missing or not a number");
        return v.doubleValue();
    }

    static int integer(JsonNode o, String field, String source) throws IOException {
        JsonNode v = o.get(field);
        if (v == null || !v.canConvertToInt()) throw new IOException(source + ": field '" + field + "' is missing or not an integer");
        return v.intValue();
    }
}
