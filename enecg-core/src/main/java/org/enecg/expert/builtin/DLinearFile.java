package org.enecg.expert.builtin;

import static org.enecg.expert.builtin.ParameterFile.doubles;
import static org.enecg.expert.builtin.ParameterFile.integer;
import static org.enecg.expert.builtin.ParameterFile.number;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
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

    public DLinearFile {
        provenance = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(provenance));
    }

    /** The file as JSON bytes (UTF-8), weights at full double precision. */
    public byte[] toBytes() {
        ObjectNode o = ParameterFile.create(FORMAT);
        o.put("seq_len", model.seqLen());
        o.put("kernel", model.kernel());
        o.put("fs", fs);
        o.put("lambda", lambda);
        ParameterFile.put(o.putArray("seasonal_weight"), model.seasonalWeight());
        o.put("seasonal_bias", model.seasonalBias());
        ParameterFile.put(o.putArray("trend_weight"), model.trendWeight());
        o.put("trend_bias", model.trendBias());
        return ParameterFile.bytes(o, provenance);
    }

    /** Writes the file atomically. */
    public void write(Path target) throws IOException { AtomicFiles.write(target, toBytes()); }

    /**
     * Reads a file written by {@link #toBytes}.
     *
     * @throws IOException naming {@code source} and the field when the content is not a valid weights file
     */
    public static DLinearFile read(InputStream in, String source) throws IOException {
        JsonNode o = ParameterFile.read(in, source, "DLinear weights file", FORMAT);
        try {
            DLinearModel m = new DLinearModel(integer(o, "seq_len", source), integer(o, "kernel", source),
                    doubles(o, "seasonal_weight", source), number(o, "seasonal_bias", source),
                    doubles(o, "trend_weight", source), number(o, "trend_bias", source));
            double fs = number(o, "fs", source);
            if (!(fs > 0)) throw new IOException(source + ": field 'fs' must be positive, found " + fs);
            return new DLinearFile(m, fs, number(o, "lambda", source), ParameterFile.provenance(o));
        } catch (IllegalArgumentException e) {
            throw new IOException(source + ": " + e.getMessage(), e);
        }
    }
}
