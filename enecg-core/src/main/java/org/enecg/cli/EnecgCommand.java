package org.enecg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import org.enecg.util.OrtTempFolders;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The {@code enecg} launcher: one subcommand per job. */
@Command(name = "enecg", mixinStandardHelpOptions = true, version = "enecg 0.1.0",
        header = "EnECG: ensembles of frozen ECG models, on the JVM.",
        subcommands = {RunCommand.class, InfoCommand.class, SignalsCommand.class, PeaksCommand.class, ImportCommand.class,
                EmbedCommand.class, EvaluateCommand.class, TrainCommand.class, PredictCommand.class, DLinearTrainCommand.class,
                RocketFitCommand.class, StabilityCommand.class, BenchCommand.class, CommandLine.HelpCommand.class})
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
        cl.setExecutionStrategy(parseResult -> {
            PathRules.refuseEmptyValues(parseResult); // every command, before any work (exit 2)
            return new CommandLine.RunLast().execute(parseResult);
        });
        cl.setParameterExceptionHandler((ex, args) -> { // a usage error: the message and where help is, not the whole help
            CommandLine c = ex.getCommandLine();
            PrintWriter err = c.getErr();
            err.println(c.getCommandSpec().qualifiedName() + ": " + ex.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
            err.println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for the options.");
            err.flush();
            return c.getCommandSpec().exitCodeOnInvalidInput();
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            err.println("enecg: " + ErrorText.of(ex));
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

    /**
     * Runs one command. ONNX Runtime's extracted libraries (about 28 MB a run, {@link OrtTempFolders}) are removed as the
     * process ends, and those that killed runs left are removed first.
     */
    public static void main(String[] args) {
        Path tmp = OrtTempFolders.tmpdir();
        try {
            OrtTempFolders.removeLeftovers(tmp);
        } catch (IOException | RuntimeException e) {
            System.err.println("enecg: warning: could not remove ONNX Runtime's old temporary folders in " + tmp + ": " + ErrorText.of(e));
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                OrtTempFolders.removeOwn(tmp);
            } catch (IOException | RuntimeException e) {
                // the next start removes what is left
            }
        }));
        System.exit(commandLine().execute(args));
    }
}
