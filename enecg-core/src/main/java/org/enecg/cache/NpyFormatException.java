package org.enecg.cache;

import java.io.IOException;
import java.nio.file.Path;

/** A {@code .npy} file that is not valid or holds something this reader does not support; names the file. */
public final class NpyFormatException extends IOException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;

    public NpyFormatException(Path file, String problem) {
        super(file + ": " + problem);
        this.file = file;
    }

    public Path file() { return file; }
}
