package org.enecg.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Where a benchmark ran: CPU, cores, memory, JVM, date, commit, and the load others put on the machine. */
public final class Machine {
    private Machine() {}

    /** The CPU model (Linux {@code /proc/cpuinfo}), or the OS architecture elsewhere. */
    public static String cpu() {
        for (String l : lines("/proc/cpuinfo")) if (l.startsWith("model name")) return l.substring(l.indexOf(':') + 1).trim();
        return System.getProperty("os.arch");
    }

    /** Installed memory in GiB ({@code /proc/meminfo} MemTotal), or NaN where unknown. */
    public static double memoryGiB() {
        for (String l : lines("/proc/meminfo")) {
            if (l.startsWith("MemTotal:")) return Long.parseLong(l.replaceAll("[^0-9]", "")) / 1024.0 / 1024.0;
        }
        return Double.NaN;
    }

    /** The 1-minute load average ({@code /proc/loadavg}), or NaN where unknown. */
    public static double load() {
        List<String> l = lines("/proc/loadavg");
        return l.isEmpty() ? Double.NaN : Double.parseDouble(l.get(0).split("\\s+")[0]);
    }

    /** The commit of the installation ({@code git rev-parse --short HEAD}), with {@code +dirty} for local changes; "unknown" without git. */
    public static String commit(Path home) {
        String head = git(home, "rev-parse", "--short", "HEAD");
        if (head == null) return "unknown";
        String status = git(home, "status", "--porcelain", "--untracked-files=no");
        return head + (status != null && !status.isBlank() ? "+dirty" : "");
    }

    /** One line: CPU, cores, memory, OS, JVM. */
    public static String describe() {
        return String.format(Locale.ROOT, "%s, %d cores, %.1f GiB; %s %s; %s %s (%s)", cpu(), Runtime.getRuntime().availableProcessors(),
                memoryGiB(), System.getProperty("os.name"), System.getProperty("os.version"), System.getProperty("java.vm.name"),
                System.getProperty("java.version"), System.getProperty("java.vendor"));
    }

    private static String git(Path home, String... args) {
        try {
            List<String> cmd = new java.util.ArrayList<>(List.of("git", "-C", home.toAbsolutePath().toString()));
            cmd.addAll(List.of(args));
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).trim();
            return p.waitFor() == 0 ? out : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static List<String> lines(String file) {
        try {
            return Files.readAllLines(Path.of(file));
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }
}
