package org.enecg.serve;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Unpacks an uploaded zip into a folder of its own. An entry whose name climbs out of that folder ({@code ../x},
 * an absolute path: "zip slip") refuses the whole upload and nothing is written outside the folder; so do more than
 * {@link #MAX_ENTRIES} entries or more unpacked bytes than the upload limit (a zip bomb).
 */
final class ZipUpload {
    static final int MAX_ENTRIES = 256;

    private ZipUpload() {}

    /** Unpacks {@code zip} (the client's {@code name}) into {@code into}, keeping the entries' sub-folders. */
    static void unpack(Path zip, String name, Path into, long maxBytes) throws IOException {
        Files.createDirectories(into);
        Path root = into.toAbsolutePath().normalize();
        long budget = maxBytes;
        int entries = 0;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            ZipEntry e;
            while ((e = nextEntry(in, name)) != null) {
                if (++entries > MAX_ENTRIES) throw ApiError.tooLarge(name + " holds more than " + MAX_ENTRIES + " entries");
                Path target = root.resolve(e.getName().replace('\\', '/')).normalize();
                if (e.getName().startsWith("/") || e.getName().contains(":") || !target.startsWith(root) || target.equals(root)) {
                    throw ApiError.badRequest(name + ": entry '" + e.getName() + "' climbs out of the zip's folder; refused");
                }
                if (e.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                budget -= SafeFiles.copyLimited(in, target, budget, name + " unpacked");
            }
        } catch (ZipException ex) {
            throw ApiError.badRequest(name + ": not a readable zip file (" + ex.getMessage() + ")");
        }
        if (entries == 0) throw ApiError.badRequest(name + ": not a zip file, or an empty one");
    }

    private static ZipEntry nextEntry(ZipInputStream in, String name) throws IOException {
        try {
            return in.getNextEntry();
        } catch (IllegalArgumentException ex) { // a malformed entry name
            throw ApiError.badRequest(name + ": not a readable zip file (" + ex.getMessage() + ")");
        }
    }
}
