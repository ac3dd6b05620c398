package org.enecg.data;

import java.io.IOException;
import java.nio.file.Path;

/** A manifest file that cannot be used as it is; the message names the file, the line and the problem. */
public final class ManifestException extends IOException {
    private final Path file;
    private final int line;

    public ManifestException(Path file, int line, String problem) {
        super(file + (line > 0 ? " line " + line : "") + ": " + problem);
        this.file = file;
        this.line = line;
    }

    public Path file() { return file; }

    /** 1-based line of the problem, or 0 when it concerns the whole file. */
    public int line() { return line; }
}
