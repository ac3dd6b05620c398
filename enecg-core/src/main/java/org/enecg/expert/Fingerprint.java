package org.enecg.expert;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Everything that determines an expert's outputs, so that a cached output is reused only by the expert that
 * computed it (see {@link Expert#fingerprint()} for what it must cover). Two fingerprints are equal when their
 * {@link #canonical()} texts are; {@link #id()} is a short hash of that text, used in cache paths.
 *
 * @param name          the expert's name
 * @param version       the version of the code that computes it: bump it when the algorithm changes
 * @param parameters    every other setting, sorted by key, including the input spec ({@link ExpertSpec#describe()})
 * @param weightsSha256 SHA-256 (hex) of the weights, or {@code "none"} for an expert without weights
 */
public record Fingerprint(String name, String version, SortedMap<String, String> parameters, String weightsSha256) {

    public Fingerprint {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(weightsSha256, "weightsSha256");
        if (name.isBlank()) throw new IllegalArgumentException("expert name must not be blank");
        parameters = Collections.unmodifiableSortedMap(new TreeMap<>(parameters));
    }

    /** A fingerprint of {@code name} and {@code version}, the spec's fields and {@code parameters}. */
    public static Fingerprint of(String name, String version, ExpertSpec spec, Map<String, String> parameters,
                                 String weightsSha256) {
        TreeMap<String, String> all = new TreeMap<>(spec.describe());
        for (Map.Entry<String, String> e : parameters.entrySet()) {
            if (all.put(e.getKey(), e.getValue()) != null) {
                throw new IllegalArgumentException("parameter '" + e.getKey() + "' clashes with an input-spec field");
            }
        }
        return new Fingerprint(name, version, all, weightsSha256);
    }

    /** One line per field in a fixed order: {@code name=..}, {@code version=..}, each parameter, {@code weights=..}. */
    public String canonical() {
        StringBuilder s = new StringBuilder();
        s.append("name=").append(name).append('\n').append("version=").append(version).append('\n');
        for (Map.Entry<String, String> e : parameters.entrySet()) {
            s.append(e.getKey()).append('=').append(e.getValue().replace("\n", "\\n")).append('\n');
        }
        s.append("weights=").append(weightsSha256).append('\n');
        return s.toString();
    }

    /** The first 16 hex digits of the SHA-256 of {@link #canonical()}. */
    public String id() {
        return sha256Hex(canonical().getBytes(StandardCharsets.UTF_8)).substring(0, 16);
    }

    /** SHA-256 of bytes, as lower-case hex. */
    public static String sha256Hex(byte[] bytes) {
        MessageDigest md = sha256();
        return HexFormat.of().formatHex(md.digest(bytes));
    }

    /** SHA-256 of a file's content, as lower-case hex. */
    public static String sha256Hex(Path file) throws IOException {
        MessageDigest md = sha256();
        byte[] buf = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int r; (r = in.read(buf)) > 0; ) md.update(buf, 0, r);
        }
        return HexFormat.of().formatHex(md.digest());
    }

    /** A new SHA-256 digest. */
    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e); // every Java SE runtime must have it
        }
    }
}
