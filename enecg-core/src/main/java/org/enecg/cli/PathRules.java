package org.enecg.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.enecg.data.Manifest;
import org.enecg.data.ManifestRow;
import org.enecg.data.importer.BundledDataset;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.ParameterException;

/**
 * The rules every command applies to the paths it is given, checked before any work starts (docs/main-job.md,
 * "Paths"):
 * <ul>
 * <li>no option takes an empty value: {@code --data ''} or {@code --cache ''} would mean the working folder;</li>
 * <li>no output names one of the command's inputs: the manifest, a record's files (same folder and name, any
 * extension: {@code 1.hea}, {@code 1.dat}, {@code A0001.mat}), the model file, or anything inside the embedding cache
 * or another input folder;</li>
 * <li>every output location can be written: its folder exists or can be made, and a file can be created in it.</li>
 * </ul>
 * Breaking the first two is a usage error (exit 2, picocli's {@link ParameterException}); an output that cannot be
 * written is a failure (exit 1) whose message says why.
 */
final class PathRules {
    private PathRules() {}

    /** Refuses an empty value for any option or parameter of the parsed command line (exit 2). */
    static void refuseEmptyValues(CommandLine.ParseResult parsed) {
        for (CommandLine.ParseResult pr = parsed; pr != null; pr = pr.subcommand()) {
            for (ArgSpec a : pr.matchedArgs()) {
                for (String v : a.originalStringValues()) {
                    if (v.isBlank()) {
                        String name = a.isOption() ? ((CommandLine.Model.OptionSpec) a).longestName() : a.paramLabel();
                        throw new ParameterException(pr.commandSpec().commandLine(), name + ": empty value" + (isPath(a)
                                ? "; give a path ('.' for the working folder)" : ""));
                    }
                }
            }
        }
    }

    private static boolean isPath(ArgSpec a) {
        return a.type() == Path.class || a.paramLabel().matches("<(data|dir|file.*|model|manifest|source|record)>");
    }

    /**
     * What a command reads and must not write over.
     *
     * @param files   input files (a manifest, a model file)
     * @param records record paths without extension (any file of the same folder and name is the record's)
     * @param folders input folders (the cache): nothing inside them may be an output
     */
    record Inputs(List<Path> files, Set<Path> records, List<Path> folders) {
        static Inputs none() { return new Inputs(List.of(), Set.of(), List.of()); }

        /** The manifest that {@code --data} named (when it is a file) and its records. */
        static Inputs of(String data, Manifest manifest) throws IOException {
            Inputs r = records(manifest);
            return manifestFile(data).map(r::withFile).orElse(r);
        }

        /** The records of a manifest (an import's output: its manifest file is not read). */
        static Inputs records(Manifest manifest) {
            Set<Path> records = new HashSet<>();
            for (ManifestRow r : manifest.rows()) {
                Path rec = norm(manifest.recordPath(r));
                records.add(rec.toString().endsWith(".hea") ? stem(rec) : rec);
            }
            return new Inputs(List.of(), records, List.of());
        }

        Inputs withFile(Path f) {
            List<Path> fs = new ArrayList<>(files);
            if (f != null) fs.add(f);
            return new Inputs(fs, records, folders);
        }

        Inputs withFolder(Path f) {
            List<Path> fs = new ArrayList<>(folders);
            if (f != null) fs.add(f);
            return new Inputs(files, records, fs);
        }

        /** Why {@code out} is one of these inputs, or null. */
        String clash(Path out) {
            Path o = norm(out);
            for (Path f : files) if (o.equals(norm(f))) return "it is an input of this command";
            for (Path d : folders) if (o.startsWith(norm(d))) return "it is inside " + d + ", an input of this command";
            Path stem = stem(o);
            if (records.contains(o) || records.contains(stem)) return "it is a file of record " + stem;
            return null;
        }
    }

    /** The manifest file that {@code --data} reads, when it is one. */
    static java.util.Optional<Path> manifestFile(String data) throws IOException {
        if (data.equals(BundledDataset.NAME)) return java.util.Optional.of(BundledDataset.manifestPath());
        Path p = Path.of(data);
        if (Files.isRegularFile(p)) return java.util.Optional.of(p);
        if (Files.isDirectory(p) && Files.isRegularFile(p.resolve("manifest.csv"))) return java.util.Optional.of(p.resolve("manifest.csv"));
        return java.util.Optional.empty();
    }

    /**
     * Checks an output file before the work: not an input (exit 2), not a folder (exit 2), and writable (else an
     * {@link IOException} saying why, exit 1).
     */
    static void outputFile(CommandLine cl, String option, Path out, Inputs inputs) throws IOException {
        String clash = inputs.clash(out);
        if (clash != null) throw new ParameterException(cl, option + " " + out + ": refused, " + clash + " and would be overwritten");
        if (Files.isDirectory(out)) throw new ParameterException(cl, option + " " + out + ": is a folder; name a file");
        Path dir = out.toAbsolutePath().getParent();
        writableFolder(option + " " + out, dir);
        if (Files.exists(out) && !Files.isWritable(out)) throw new IOException(option + " " + out + ": the file exists and cannot be written (permission denied)");
    }

    /** Checks an output folder before the work: not inside an input (exit 2), not a file (exit 2), and writable (exit 1). */
    static void outputFolder(CommandLine cl, String option, Path dir, Inputs inputs) throws IOException {
        String clash = inputs.clash(dir);
        if (clash != null) throw new ParameterException(cl, option + " " + dir + ": refused, " + clash);
        if (Files.exists(dir) && !Files.isDirectory(dir)) throw new ParameterException(cl, option + " " + dir + ": is a file; name a folder");
        writableFolder(option + " " + dir, dir.toAbsolutePath());
    }

    /** Makes the folder if needed and creates (then deletes) a file in it; the error says what failed and why. */
    private static void writableFolder(String what, Path dir) throws IOException {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new IOException(what + ": cannot create the folder " + dir + " (" + ErrorText.reason(e) + ")", e);
        }
        try {
            Files.delete(Files.createTempFile(dir, ".enecg-write-check", ".tmp"));
        } catch (IOException e) {
            throw new IOException(what + ": cannot write in the folder " + dir + " (" + ErrorText.reason(e) + ")", e);
        }
    }

    private static Path norm(Path p) { return p.toAbsolutePath().normalize(); }

    /** The path without its last extension ({@code 1.hea} to {@code 1}). */
    private static Path stem(Path p) {
        String n = p.getFileName() == null ? "" : p.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? p.resolveSibling(n.substring(0, dot)) : p;
    }
}
