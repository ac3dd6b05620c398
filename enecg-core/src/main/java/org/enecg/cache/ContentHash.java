package org.enecg.cache;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.enecg.expert.Fingerprint;

/**
 * What a record's files hold, as one hash: SHA-256 over each of its {@link RecordFiles} (file name within its folder,
 * length, every byte), 128 bits kept. Two records with the same bytes in files of the same names have the same hash
 * wherever they lie; one changed byte (a signal replaced by {@code cp -p}, whatever its size and time) changes it.
 * It is what the cache recognises a record file by; the rows themselves are keyed by the decoded {@link RecordKey}.
 * Costs one read of the files (about 300 MB/s for SHA-256 in Java 17 on the development VM, docs/embedding-cache.md).
 */
final class ContentHash {

    private static final byte[] DOMAIN = "enecg-record-files-v1".getBytes(StandardCharsets.US_ASCII);

    private ContentHash() {}

    static String of(List<Path> files) throws IOException {
        MessageDigest md = Fingerprint.sha256();
        md.update(DOMAIN);
        byte[] buf = new byte[1 << 16];
        for (Path f : files) {
            byte[] name = f.getFileName().toString().getBytes(StandardCharsets.UTF_8);
            md.update(ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN).putInt(name.length).putLong(Files.size(f)).array());
            md.update(name);
            try (InputStream in = Files.newInputStream(f)) {
                for (int n; (n = in.read(buf)) > 0; ) md.update(buf, 0, n);
            }
        }
        return HexFormat.of().formatHex(md.digest(), 0, 16);
    }
}
