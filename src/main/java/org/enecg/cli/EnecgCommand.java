package org.enecg.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code enecg} launcher: one subcommand per job. */
@Command(name = "enecg", mixinStandardHelpOptions = true, version = "enecg 0.1.0",
        header = "EnECG: ensembles of frozen ECG models, on the JVM.",
        subcommands = {CommandLine.HelpCommand.class})
public final class EnecgCommand implements Runnable {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override public void run() { spec.commandLine().usage(System.err); }

    public static void main(String[] args) { System.exit(new CommandLine(new EnecgCommand()).execute(args)); }
}
