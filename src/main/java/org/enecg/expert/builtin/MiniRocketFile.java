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
 * A frozen {@link MiniRocket} on disk (JSON, format {@value #FORMAT}): its structure, biases, the seed and settings
 * it was planned with, and how the biases were fitted (data, count of examples, command, date), so a reader can tell
 * what it is and rebuild it.
 *
 * @param rocket                the transform
 * @param seed                  the seed of the structure (channel subsets) and of the fit's example draws
 * @param maxDilationsPerKernel the reference's setting the dilations came from
 * @param provenance            how the biases were made, as text fields
 */
public record MiniRocketFile(MiniRocket rocket, long seed, int maxDilationsPerKernel, Map<String, String> provenance) {

    public static final String FORMAT = "enecg-minirocket/1";
    private static final ObjectMapper JSON = new ObjectMapper();

    public MiniRocketFile {
        provenance = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(provenance));
    }

    /** The file as JSON bytes (UTF-8), one field per line, arrays on one line. */
    public byte[] toBytes() {
        ObjectNode o = JSON.createObjectNode();
        MiniRocket.Structure s = rocket.structure();
        o.put("format", FORMAT);
        o.put("seed", seed);
        o.put("channels", s.channels());
        o.put("input_length", s.inputLength());
        o.put("features", s.features());
        o.put("max_dilations_per_kernel", maxDilationsPerKernel);
        ints(o.putArray("dilations"), s.dilations());
        ints(o.putArray("features_per_dilation"), s.featuresPerDilation());
        ints(o.putArray("channels_per_combination"), s.channelsPerCombination());
        ints(o.putArray("channel_indices"), s.channelIndices());
        ArrayNode b = o.putArray("biases");
        for (float v : rocket.biases()) b.add(v);
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
     * @param source names the file in error messages
     * @throws IOException naming {@code source} and the field when the content is not a valid parameter file
     */
    public static MiniRocketFile read(InputStream in, String source) throws IOException {
        JsonNode o;
        try {
            o = JSON.readTree(in);
        } catch (IOException e) {
            throw new IOException(source + ": not a MiniRocket parameter file (JSON): " + e.getMessage(), e);
        }
        if (o == null || !o.isObject()) throw new IOException(source + ": not a MiniRocket parameter file (no JSON object)");
        String format = o.path("format").asText("");
        if (!FORMAT.equals(format)) throw new IOException(source + ": field 'format' is '" + format + "', expected '" + FORMAT + "'");
        try {
            MiniRocket.Structure s = new MiniRocket.Structure(integer(o, "channels", source), integer(o, "input_length", source),
                    ints(o, "dilations", source), ints(o, "features_per_dilation", source), ints(o, "channels_per_combination", source),
                    ints(o, "channel_indices", source));
            JsonNode b = array(o, "biases", source);
            float[] biases = new float[b.size()];
            for (int i = 0; i < biases.length; i++) {
                if (!b.get(i).isNumber()) throw new IOException(source + ": field 'biases' element " + i + " is not a number");
                biases[i] = b.get(i).floatValue();
            }
            if (integer(o, "features", source) != s.features()) {
                throw new IOException(source + ": field 'features' is " + o.get("features") + " but the structure gives " + s.features());
            }
            Map<String, String> prov = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = o.path("provenance").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                prov.put(e.getKey(), e.getValue().asText());
            }
            return new MiniRocketFile(new MiniRocket(s, biases), o.path("seed").asLong(), integer(o, "max_dilations_per_kernel", source), prov);
        } catch (IllegalArgumentException e) {
            throw new IOException(source + ": " + e.getMessage(), e);
        }
    }

    private static void ints(ArrayNode a, int[] v) { for (int x : v) a.add(x); }

    private static JsonNode array(JsonNode o, String field, String source) throws IOException {
        JsonNode a = o.get(field);
        if (a == null || !a.isArray()) throw new IOException(source + ": field '" + field + "' is missing or not an array");
        return a;
    }

    private static int[] ints(JsonNode o, String field, String source) throws IOException {
        JsonNode a = array(o, field, source);
        int[] v = new int[a.size()];
        for (int i = 0; i < v.length; i++) {
            if (!a.get(i).canConvertToInt()) throw new IOException(source + ": field '" + field + "' element " + i + " is not an integer");
            v[i] = a.get(i).intValue();
        }
        return v;
    }

    private static int integer(JsonNode o, String field, String source) throws IOException {
        JsonNode v = o.get(field);
        if (v == null || !v.canConvertToInt()) throw new IOException(source + ": field '" + field + "' is missing or not an integer");
        return v.intValue();
    }
}
