package org.enecg.cache;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.enecg.expert.Fingerprint;

/**
 * A memo of a record's {@link ContentHash} that is safe to trust without reading the files: path, size,
 * modification time, <em>change time</em> (ctime) and inode of each of its {@link RecordFiles}. Tools that restore a
 * modification time ({@code cp -p}, {@code rsync -t}, {@code tar}, {@code touch -d}) cannot restore the change time:
 * the kernel sets it to "now" on every write, rename and time change, so any new content changes the stamp. Two
 * cases give no stamp (null), and the record's bytes are hashed on every run instead: a file system without POSIX
 * change times (the JVM's {@code unix} attribute view), and a file changed less than {@link #SETTLE_SECONDS} ago,
 * whose change time could still be shared by a later write in the same clock tick (the "racy" case git knows).
 */
final class FileStamp {

    /** A file changed more recently than this is not stamped (its change time may not have ticked yet). */
    static final long SETTLE_SECONDS = 2;

    private FileStamp() {}

    /** The stamp of these files, or null when it would not be safe (see the class comment). */
    static String of(List<Path> files) throws IOException {
        long now = System.currentTimeMillis();
        StringBuilder s = new StringBuilder();
        for (Path p : files) {
            Map<String, Object> a;
            try {
                a = Files.readAttributes(p, "unix:size,lastModifiedTime,ctime,ino,dev", LinkOption.NOFOLLOW_LINKS);
            } catch (UnsupportedOperationException | IllegalArgumentException e) {
                return null;   // no change time here: hash the bytes every run
            }
            Object ctime = a.get("ctime");
            if (!(ctime instanceof FileTime c) || now - c.toMillis() < SETTLE_SECONDS * 1000) return null;
            s.append(p).append(' ').append(a.get("size")).append(' ')
                    .append(((FileTime) a.get("lastModifiedTime")).to(TimeUnit.NANOSECONDS)).append(' ')
                    .append(c.to(TimeUnit.NANOSECONDS)).append(' ').append(a.get("ino")).append(' ').append(a.get("dev")).append('\n');
        }
        return Fingerprint.sha256Hex(s.toString().getBytes(StandardCharsets.UTF_8)).substring(0, 32);
    }
}
