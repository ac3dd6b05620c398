package org.enecg.expert.builtin;

import static org.enecg.expert.builtin.ParameterFile.array;
import static org.enecg.expert.builtin.ParameterFile.integer;
import static org.enecg.expert.builtin.ParameterFile.ints;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
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

    public MiniRocketFile {
        provenance = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(provenance));
    }

    /** The file as JSON bytes (UTF-8), one field per line, arrays on one line. */
    public byte[] toBytes() {
        ObjectNode o = ParameterFile.create(FORMAT);
        MiniRocket.Structure s = rocket.structure();
        o.put("seed", seed);
        o.put("channels", s.channels());
        o.put("input_length", s.inputLength());
        o.put("features", s.features());
        o.put("max_dilations_per_kernel", maxDilationsPerKernel);
        ParameterFile.put(o.putArray("dilations"), s.dilations());
        ParameterFile.put(o.putArray("features_per_dilation"), s.featuresPerDilation());
        ParameterFile.put(o.putArray("channels_per_combination"), s.channelsPerCombination());
        ParameterFile.put(o.putArray("channel_indices"), s.channelIndices());
        ArrayNode b = o.putArray("biases");
        for (float v : rocket.biases()) b.add(v);
        return ParameterFile.bytes(o, provenance);
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
        JsonNode o = ParameterFile.read(in, source, "MiniRocket parameter file", FORMAT);
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
            return new MiniRocketFile(new MiniRocket(s, biases), o.path("seed").asLong(), integer(o, "max_dilations_per_kernel", source),
                    ParameterFile.provenance(o));
        } catch (IllegalArgumentException e) {
            throw new IOException(source + ": " + e.getMessage(), e);
        }
    }
}
