package org.enecg.cli;

import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.ReadOnlyFileSystemException;

/**
 * One line that says what went wrong, not only where: Java's file errors carry just the path
 * ({@code NoSuchFileException: /proc/nope}); here they read {@code /proc/nope: no such file or folder}.
 */
final class ErrorText {
    private ErrorText() {}

    /** The message of an error as the command line prints it. */
    static String of(Throwable e) {
        Throwable t = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
        if (t instanceof FileSystemException f) {
            String where = f.getFile() + (f.getOtherFile() != null ? " -> " + f.getOtherFile() : "");
            return where + ": " + reason(f);
        }
        String m = t.getMessage();
        if (m == null || m.isBlank()) return t.getClass().getSimpleName();
        Throwable c = t.getCause();
        // a message that is only a path, wrapping a file error: say what the file error was
        if (c instanceof FileSystemException f && m.equals(f.getFile())) return m + ": " + reason(f);
        return m;
    }

    /** What a file error means, without the path. */
    static String reason(Throwable e) {
        if (e instanceof FileSystemException f && f.getReason() != null && !f.getReason().isBlank()) {
            return f.getReason() + (e instanceof NoSuchFileException ? " (no such file or folder)" : "");
        }
        if (e instanceof NoSuchFileException) return "no such file or folder";
        if (e instanceof AccessDeniedException) return "permission denied";
        if (e instanceof FileAlreadyExistsException) return "a file of that name is in the way";
        if (e instanceof NotDirectoryException) return "not a folder";
        if (e instanceof DirectoryNotEmptyException) return "folder not empty";
        if (e instanceof ReadOnlyFileSystemException) return "read-only file system";
        if (e instanceof FileSystemException) return "file system error (" + e.getClass().getSimpleName() + ")";
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}
