package org.enecg.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** File names and copies inside an upload's folder: nothing is written outside it, nothing larger than allowed. */
final class SafeFiles {
    private SafeFiles() {}

    /** The extensions an upload may hold: a WFDB header, its signal files, or a zip of them. */
    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /**
     * A client's file name as a plain name in one folder: the last part of a path a browser or client may send
     * ({@code C:\ecg\rec.hea}), refused when nothing usable is left.
     */
    static String plainName(String clientName) {
        String n = clientName.replace('\\', '/');
        n = n.substring(n.lastIndexOf('/') + 1).strip();
        if (n.isEmpty() || n.equals(".") || n.equals("..") || n.startsWith(".")) {
            throw ApiError.badRequest("file name '" + clientName + "' is not a usable file name");
        }
        return n;
    }

    /**
     * Copies at most {@code budget} bytes of {@code in} to {@code target}.
     *
     * @return the bytes copied
     * @throws ApiError 413 naming {@code what} when the content is larger than the budget
     */
    static long copyLimited(InputStream in, Path target, long budget, String what) throws IOException {
        byte[] buf = new byte[64 * 1024];
        long total = 0;
        try (OutputStream out = Files.newOutputStream(target)) {
            int n;
            while ((n = in.read(buf)) > 0) {
                total += n;
                if (total > budget) {
                    throw ApiError.tooLarge(what + " is larger than the upload limit of " + megabytes(budget));
                }
                out.write(buf, 0, n);
            }
        }
        return total;
    }

    static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024.0));
    }

    /** Deletes a folder and everything in it (best effort, deepest first). */
    static void deleteTree(Path dir) {
        if (dir == null || !Files.exists(dir)) return;
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // left for the OS temp cleaner; the folder name says what it was
                }
            });
        } catch (IOException e) {
            // as above
        }
    }
}
