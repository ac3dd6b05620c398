package org.enecg.spark;

import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code enecg-spark} launcher: the jobs that run on Apache Spark (today: {@code embed}). */
@Command(name = "enecg-spark", mixinStandardHelpOptions = true, version = "enecg-spark 0.1.0",
        header = "EnECG's expert pass on Apache Spark.",
        subcommands = {SparkEmbedCommand.class, CommandLine.HelpCommand.class})
public final class EnecgSpark implements Runnable {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override public void run() { spec.commandLine().usage(System.err); }

    /** The installation folder (the launcher sets {@code enecg.home}; else the working directory). */
    static Path home() {
        String h = System.getProperty("enecg.home");
        return h != null ? Path.of(h) : Path.of("");
    }

    /** The command line: an error is one line on stderr ({@code -v}... is not offered: Spark logs the trace). */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new EnecgSpark());
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            err.println("enecg-spark: " + (ex.getMessage() != null ? ex.getMessage() : ex.toString()));
            err.flush();
            return commandLine.getCommandSpec().exitCodeOnExecutionException();
        });
        return cl;
    }

    public static void main(String[] args) { System.exit(commandLine().execute(args)); }
}
