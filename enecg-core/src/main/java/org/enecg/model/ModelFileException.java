package org.enecg.model;

import java.io.IOException;
import java.nio.file.Path;

/** A model file that cannot be read: truncated, corrupt, from a newer version, or not a model file. The message names the file. */
public final class ModelFileException extends IOException {
    private final transient Path file;

    public ModelFileException(Path file, String problem) {
        super(file + ": " + problem);
        this.file = file;
    }

    public ModelFileException(Path file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
        this.file = file;
    }

    public Path file() { return file; }
}
