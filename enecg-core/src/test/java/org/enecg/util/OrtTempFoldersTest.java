package org.enecg.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ONNX Runtime's extracted libraries: removed when the process that loaded them ends, and what a killed process left
 * removed at the next start, but never a folder a live process maps. The real cases run ONNX Runtime 1.29.0 in a child
 * JVM ({@link OrtChild}) with its own {@code java.io.tmpdir}.
 */
class OrtTempFoldersTest {
    @TempDir Path tmp;

    @Test
    void onlyOnnxRuntimeFoldersThatAreNotInUseAreRemoved() throws IOException {
        Path old = Files.createDirectories(tmp.resolve("onnxruntime-java123"));
        Files.writeString(old.resolve("libonnxruntime.so"), "x");
        Path busy = Files.createDirectories(tmp.resolve("onnxruntime-java456"));
        Path other = Files.createDirectories(tmp.resolve("onnxruntime-javaX"));
        Path mine = Files.createDirectories(tmp.resolve("my-data"));
        List<Path> removed = OrtTempFolders.removeUnused(tmp, busy::equals);
        assertEquals(List.of(old), removed);
        assertFalse(Files.exists(old));
        assertTrue(Files.exists(busy) && Files.exists(other) && Files.exists(mine));
    }

    @Test
    void aFolderChangedInTheLastMinuteIsLeftAlone() throws IOException {
        assumeTrue(Files.isDirectory(Path.of("/proc/self")), "needs /proc (Linux)");
        Path fresh = Files.createDirectories(tmp.resolve("onnxruntime-java1"));
        Files.writeString(fresh.resolve("libonnxruntime.so"), "being extracted");
        Path stale = Files.createDirectories(tmp.resolve("onnxruntime-java2"));
        age(stale);
        assertEquals(List.of(stale), OrtTempFolders.removeLeftovers(tmp));
        assertTrue(Files.exists(fresh));
    }

    @Test
    void theChildsOwnFolderIsGoneWhenItExits() throws Exception {
        assumeTrue(Files.isDirectory(Path.of("/proc/self")), "needs /proc (Linux)");
        Process p = child("exit");
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "child did not end");
        assertEquals(0, p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        assertEquals(List.of(), OrtTempFolders.folders(tmp), "ONNX Runtime's folder is removed at exit");
    }

    @Test
    void aKilledRunsFolderIsKeptWhileInUseAndRemovedAfter() throws Exception {
        assumeTrue(Files.isDirectory(Path.of("/proc/self")), "needs /proc (Linux)");
        Process p = child("wait");
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("loaded", out.readLine());
            List<Path> folders = OrtTempFolders.folders(tmp);
            assertEquals(1, folders.size(), "ONNX Runtime extracted into the child's tmpdir");
            assertTrue(Files.size(folders.get(0).resolve("libonnxruntime.so")) > 1_000_000);
            age(folders.get(0));
            assertEquals(List.of(), OrtTempFolders.removeLeftovers(tmp), "mapped by a live process: kept");
            p.destroyForcibly(); // SIGKILL: no shutdown hook, no deleteOnExit
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
            assertTrue(Files.exists(folders.get(0)), "kill -9 leaves the folder");
            assertEquals(folders, OrtTempFolders.removeLeftovers(tmp));
            assertFalse(Files.exists(folders.get(0)));
        } finally {
            p.destroyForcibly();
        }
    }

    private Process child(String mode) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx256m", "-Djava.io.tmpdir=" + tmp, "-cp", System.getProperty("java.class.path"),
                OrtChild.class.getName(), mode).redirectErrorStream(true).start();
    }

    /** Sets every file of the folder two minutes back (a folder no one touched lately). */
    private static void age(Path folder) throws IOException {
        FileTime t = FileTime.from(Instant.now().minusSeconds(120));
        try (Stream<Path> s = Files.walk(folder)) {
            for (Path p : s.toList()) Files.setLastModifiedTime(p, t);
        }
    }
}
