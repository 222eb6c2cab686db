package org.gdlab.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code gdlab} command: every question of the lab is a subcommand.
 *
 * <p>Errors: a bad argument or a bad value anywhere prints one line on stderr naming the option,
 * the value and what is allowed, and exits with 2; an unexpected failure prints one line and
 * exits with 1; a run that finished but diverged exits with {@link ExitCode#DIVERGED}. {@code --verbose} adds the
 * stack trace.
 */
@Command(name = "gdlab",
        mixinStandardHelpOptions = true,
        versionProvider = Versions.class,
        sortOptions = false,
        description = "A laboratory for how learning systems train: every question is a command that computes "
                + "the answer, checks it by simulation or training, and draws it.",
        subcommands = {InfoCommand.class, BenchCommand.class, DataCommand.class, GdCommand.class, MomentumCommand.class,
                NoiseCommand.class, RidgeCommand.class, GradcheckCommand.class, TrainCommand.class, EvaluateCommand.class,
                PredictCommand.class, LinearizeCommand.class, SharpnessCommand.class, LrFindCommand.class,
                ExperimentCommand.class, SweepCommand.class, LabCommand.class, ExploreCommand.class,
                CommandLine.HelpCommand.class},
        footer = {"", "Run 'gdlab COMMAND --help' for the options of a command.",
            "Exit codes: 0 finished; 1 internal failure; 2 bad input (one line names it); " + ExitCode.DIVERGED
                + " finished, but the training or simulation diverged."})
public final class Gdlab implements Runnable {
    /** Exit code for bad input. */
    public static final int EXIT_USAGE = 2;
    /** Exit code for a failure that is not the user's input. */
    public static final int EXIT_FAILURE = 1;

    @Option(names = "--verbose", scope = ScopeType.INHERIT, description = "Print stack traces with errors.")
    boolean verbose;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * Runs the command line and exits with its code.
     *
     * @param args the command and its flags, e.g. {@code train --data fashion-mnist --epochs 3}
     */
    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /**
     * Runs the command line with the given streams and returns the exit code (for tests).
     *
     * @param args the command and its flags
     * @param out where the commands print their output and usage
     * @param err where errors (one line each, with stack traces under {@code --verbose}) go
     * @return the command's exit code, 0 on success; {@link #EXIT_USAGE} for a bad command line or a refused value, {@link #EXIT_FAILURE} for an internal error or running out of memory
     */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        boolean verbose = java.util.Arrays.asList(args).contains("--verbose");
        CommandLine cl = new CommandLine(new Gdlab());
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println(ex.getCommandLine().getCommandName() + ": " + ex.getMessage());
            if (verbose) {
                ex.printStackTrace(err);
            }
            err.flush();
            return EXIT_USAGE;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            boolean usage = ex instanceof IllegalArgumentException || ex instanceof UncheckedIOException;
            String message = usage ? ex.getMessage() : "internal error: " + ex
                    + (verbose ? "" : " (run again with --verbose for the stack trace)");
            err.println(commandLine.getCommandName() + ": " + message);
            if (verbose) {
                ex.printStackTrace(err);
            }
            err.flush();
            return usage ? EXIT_USAGE : EXIT_FAILURE;
        });
        try {
            return cl.execute(args);
        } catch (OutOfMemoryError e) {
            // the sizes are checked against their cost before work starts; this is the last line of defence
            err.println("gdlab: out of memory (" + e.getMessage() + "): the work needs more than the "
                    + Runtime.getRuntime().maxMemory() / (1 << 20) + " MiB the JVM may use; ask for less, or give "
                    + "the JVM more with GDLAB_JAVA_OPTS=-Xmx...");
            err.flush();
            return EXIT_FAILURE;
        }
    }
}
