package org.enecg.cache;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.enecg.expert.Fingerprint;
import org.enecg.io.Lead;
import org.enecg.io.Record;

/**
 * The cache key of a record's content: SHA-256 over its sampling rate, its leads' names (as the file spells them)
 * and every sample's bits, shortened to 128 bits (32 hex digits). The record's id and file path are not part of it,
 * so a renamed or moved file keeps its cached outputs and a changed signal gets new ones.
 */
public final class RecordKey {

    private static final byte[] DOMAIN = "enecg-record-v1".getBytes(StandardCharsets.US_ASCII);

    private RecordKey() {}

    public static String of(Record record) {
        MessageDigest md = Fingerprint.sha256();
        md.update(DOMAIN);
        ByteBuffer head = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
        head.putDouble(record.fs()).putInt(record.nLeads()).putInt(record.nSamples());
        md.update(head.array());
        int n = record.nSamples();
        float[] samples = new float[n];
        ByteBuffer bytes = ByteBuffer.allocate(n * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (Lead l : record.leads()) {
            byte[] name = l.originalName().getBytes(StandardCharsets.UTF_8);
            md.update(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(name.length).array());
            md.update(name);
            l.copyTo(0, samples, 0, n);
            bytes.clear();
            bytes.asFloatBuffer().put(samples);
            md.update(bytes.array(), 0, n * 4);
        }
        return HexFormat.of().formatHex(md.digest(), 0, 16);
    }
}
