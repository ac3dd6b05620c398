package org.enecg.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.enecg.nn.Param;

/** The digests of a model file: the SHA-256 of its bytes, and the hash of the frozen weights it does not store. */
final class ModelDigests {
    private ModelDigests() {}

    /** SHA-256 (hex) of every frozen parameter's name, shape and values, in model order. */
    static String frozen(EnEcgModel m) {
        MessageDigest d = digest();
        java.nio.ByteBuffer buf = java.nio.ByteBuffer.allocate(8);
        for (Param p : m.parameters()) {
            if (p.trainable()) continue;
            d.update(p.name().getBytes(StandardCharsets.UTF_8));
            buf.clear();
            buf.putInt(p.rows()).putInt(p.cols());
            d.update(buf.array());
            java.nio.ByteBuffer vals = java.nio.ByteBuffer.allocate(p.size() * 4);
            vals.asFloatBuffer().put(p.value());
            d.update(vals.array());
        }
        return HexFormat.of().formatHex(d.digest());
    }

    static byte[] sha256(byte[] bytes, int length) {
        MessageDigest d = digest();
        d.update(bytes, 0, length);
        return d.digest();
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
