package org.enecg.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The {@code enecg} launcher: one subcommand per job. */
@Command(name = "enecg", mixinStandardHelpOptions = true, version = "enecg 0.1.0",
        header = "EnECG: ensembles of frozen ECG models, on the JVM.",
        subcommands = {RunCommand.class, InfoCommand.class, SignalsCommand.class, PeaksCommand.class, ImportCommand.class,
                EmbedCommand.class, EvaluateCommand.class, TrainCommand.class, PredictCommand.class, ServeCommand.class, DLinearTrainCommand.class,
                RocketFitCommand.class, BenchCommand.class, CommandLine.HelpCommand.class})
public final class EnecgCommand implements Runnable {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT,
            description = "Print the stack trace of an error, not only its message.")
    boolean verbose;

    @Override public void run() { spec.commandLine().usage(System.err); }

    /** The command line with the project's error handling: a message on stderr, the trace only with -v. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new EnecgCommand());
        cl.setCaseInsensitiveEnumValuesAllowed(true); // --gate-input constant, --adaptation full
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            err.println("enecg: " + (ex.getMessage() != null ? ex.getMessage() : ex.toString()));
            boolean verbose = false;
            for (CommandLine.ParseResult pr = parseResult; pr != null; pr = pr.subcommand()) {
                verbose |= pr.hasMatchedOption("-v");
            }
            if (verbose) ex.printStackTrace(err);
            err.flush();
            return commandLine.getCommandSpec().exitCodeOnExecutionException();
        });
        return cl;
    }

    public static void main(String[] args) { System.exit(commandLine().execute(args)); }
}
