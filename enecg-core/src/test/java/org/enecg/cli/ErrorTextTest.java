package org.enecg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;

/** File errors say what went wrong, not only the path Java puts in their message. */
class ErrorTextTest {
    @Test
    void fileErrorsSayWhatWentWrong() {
        assertEquals("/proc/nope: no such file or folder", ErrorText.of(new NoSuchFileException("/proc/nope")));
        assertEquals("/x: permission denied", ErrorText.of(new UncheckedIOException(new AccessDeniedException("/x"))));
        assertEquals("/x: manifest not found (no such file or folder)", ErrorText.of(new NoSuchFileException("/x", null, "manifest not found")));
        assertEquals("/x: permission denied", ErrorText.of(new IOException("/x", new AccessDeniedException("/x"))));
        assertEquals("plain message", ErrorText.of(new IllegalArgumentException("plain message")));
        assertEquals("IllegalStateException", ErrorText.of(new IllegalStateException()));
    }
}
