package org.enecg.expert.onnx;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Typed access to one JSON object of a model card, with errors that name the card file and the field's path
 * ({@code input.fs}), and a check that no unknown (e.g. misspelt) field was left unread.
 */
final class CardFields {
    private final Path file;
    private final String path;
    private final JsonNode node;
    private final Set<String> read = new LinkedHashSet<>();

    CardFields(Path file, String path, JsonNode node) throws ModelCardException {
        this.file = file;
        this.path = path;
        this.node = node;
        if (node == null || !node.isObject()) throw error(path.isEmpty() ? "the card must be a JSON object" : "must be a JSON object");
    }

    ModelCardException error(String problem) {
        return new ModelCardException(file, (path.isEmpty() ? "" : path + ": ") + problem);
    }

    private String at(String key) { return path.isEmpty() ? key : path + "." + key; }

    private ModelCardException fieldError(String key, String problem) {
        return new ModelCardException(file, at(key) + ": " + problem);
    }

    boolean has(String key) { return node.has(key) && !node.get(key).isNull(); }

    private JsonNode get(String key) {
        read.add(key);
        return node.get(key);
    }

    String string(String key) throws ModelCardException {
        JsonNode v = get(key);
        if (v == null || v.isNull()) throw fieldError(key, "required field is missing");
        if (!v.isTextual() || v.asText().isBlank()) throw fieldError(key, "expected a non-empty string, found " + v);
        return v.asText();
    }

    String string(String key, String otherwise) throws ModelCardException {
        return has(key) ? string(key) : mark(key, otherwise);
    }

    private <T> T mark(String key, T value) {
        read.add(key);
        return value;
    }

    double number(String key) throws ModelCardException {
        JsonNode v = get(key);
        if (v == null || v.isNull()) throw fieldError(key, "required field is missing");
        if (!v.isNumber()) throw fieldError(key, "expected a number, found " + v);
        return v.asDouble();
    }

    int integer(String key) throws ModelCardException {
        JsonNode v = get(key);
        if (v == null || v.isNull()) throw fieldError(key, "required field is missing");
        if (!v.isIntegralNumber() || !v.canConvertToInt()) throw fieldError(key, "expected a whole number, found " + v);
        return v.asInt();
    }

    int integer(String key, int otherwise) throws ModelCardException {
        return has(key) ? integer(key) : mark(key, otherwise);
    }

    List<String> strings(String key) throws ModelCardException {
        JsonNode v = get(key);
        if (v == null || v.isNull()) throw fieldError(key, "required field is missing");
        if (!v.isArray()) throw fieldError(key, "expected a list of strings, found " + v);
        List<String> out = new ArrayList<>();
        for (JsonNode e : v) {
            if (!e.isTextual()) throw fieldError(key, "expected a list of strings, found element " + e);
            out.add(e.asText());
        }
        return out;
    }

    List<String> strings(String key, List<String> otherwise) throws ModelCardException {
        return has(key) ? strings(key) : mark(key, otherwise);
    }

    double[] numbers(String key) throws ModelCardException {
        JsonNode v = get(key);
        if (v == null || !v.isArray() || v.isEmpty()) throw fieldError(key, "expected a non-empty list of numbers, found " + v);
        double[] out = new double[v.size()];
        for (int i = 0; i < out.length; i++) {
            if (!v.get(i).isNumber()) throw fieldError(key, "expected a list of numbers, found element " + v.get(i));
            out[i] = v.get(i).asDouble();
        }
        return out;
    }

    /** A nested object, or null when absent. */
    CardFields object(String key) throws ModelCardException {
        JsonNode v = get(key);
        if (v == null || v.isNull()) return null;
        return new CardFields(file, at(key), v);
    }

    /** The objects of a list, each with its index in the path. */
    List<CardFields> objects(String key) throws ModelCardException {
        JsonNode v = get(key);
        List<CardFields> out = new ArrayList<>();
        if (v == null || v.isNull()) return out;
        if (!v.isArray()) throw fieldError(key, "expected a list of objects, found " + v);
        for (int i = 0; i < v.size(); i++) out.add(new CardFields(file, at(key) + "[" + i + "]", v.get(i)));
        return out;
    }

    /** Fails when the object has a field nobody asked for (a typo would otherwise be silently ignored). */
    void noOthers() throws ModelCardException {
        List<String> unknown = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!read.contains(k)) unknown.add(k);
        }
        if (!unknown.isEmpty()) throw error("unknown field(s) " + unknown + "; known here: " + read);
    }

    /** Runs a parse of a field's text, turning IllegalArgumentException into a card error. */
    <T> T parse(String key, String text, java.util.function.Function<String, T> parser) throws ModelCardException {
        try {
            return parser.apply(text);
        } catch (IllegalArgumentException e) {
            throw fieldError(key, e.getMessage());
        }
    }
}
