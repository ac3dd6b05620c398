package org.enecg.cache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.enecg.util.AtomicFiles;

/**
 * A part's checksum file {@code part-NNNNNN.sum}: its row count and the CRC-32C of its matrix and of its index, as
 * written. It is written last, so a part counts once it exists; reading checks the index at once and the matrix
 * before its first row is used ({@link PartMatrix}).
 * <pre>
 * # enecg cache part: CRC-32C of each file as written
 * rows 512
 * part-000001.npy 0c1f2e3d
 * part-000001.csv 4a5b6c7d
 * </pre>
 */
record PartSum(int rows, long npyCrc, long csvCrc) {

    static final String FIRST_LINE = "# enecg cache part: CRC-32C of each file as written";

    void write(Path sum, String npyName, String csvName) throws IOException {
        AtomicFiles.writeString(sum, FIRST_LINE + "\nrows " + rows + "\n" + npyName + " " + hex(npyCrc) + "\n" + csvName + " "
                + hex(csvCrc) + "\n");
    }

    static PartSum read(Path sum) throws IOException {
        List<String> lines = Files.readAllLines(sum);
        try {
            if (lines.size() != 4 || !lines.get(0).equals(FIRST_LINE) || !lines.get(1).startsWith("rows ")) throw new IllegalArgumentException();
            return new PartSum(Integer.parseInt(lines.get(1).substring(5)), crc(lines.get(2)), crc(lines.get(3)));
        } catch (RuntimeException e) {
            throw new IOException(sum + ": not a cache part checksum file (expected '" + FIRST_LINE + "', rows, two checksums)"
                    + "; delete this part's files to recompute its rows");
        }
    }

    private static long crc(String line) {
        String hex = line.substring(line.lastIndexOf(' ') + 1);
        if (hex.length() != 8) throw new IllegalArgumentException();
        return Long.parseLong(hex, 16);
    }

    static String hex(long crc) { return String.format("%08x", crc); }
}
