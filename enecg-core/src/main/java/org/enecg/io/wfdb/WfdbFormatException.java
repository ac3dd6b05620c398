package org.enecg.io.wfdb;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A WFDB file that cannot be read as the specification says. The message always starts with the file, then
 * the place where known (header line, signal), then the problem and the value found, for example
 * {@code ludb/1.hea line 4 (signal ii): adc gain '-3' must not be negative}.
 */
public final class WfdbFormatException extends IOException {
    private final transient Path file;
    private final int line;
    private final String signal;

    public WfdbFormatException(Path file, String problem) {
        this(file, 0, null, problem, null);
    }

    public WfdbFormatException(Path file, String problem, Throwable cause) {
        this(file, 0, null, problem, cause);
    }

    /**
     * @param line   1-based header line number, or 0 when not known
     * @param signal signal description or index, or null when the problem is not about one signal
     */
    public WfdbFormatException(Path file, int line, String signal, String problem, Throwable cause) {
        super(where(file, line, signal) + problem, cause);
        this.file = file;
        this.line = line;
        this.signal = signal;
    }

    private static String where(Path file, int line, String signal) {
        StringBuilder b = new StringBuilder(String.valueOf(file));
        if (line > 0) b.append(" line ").append(line);
        if (signal != null) b.append(line > 0 ? " (signal " : " signal ").append(signal).append(line > 0 ? ")" : "");
        return b.append(": ").toString();
    }

    /** The file that is wrong. */
    public Path file() { return file; }

    /** The 1-based header line, if the problem is on one. */
    public Optional<Integer> line() { return line > 0 ? Optional.of(line) : Optional.empty(); }

    /** The signal concerned, if any. */
    public Optional<String> signal() { return Optional.ofNullable(signal); }
}
