package org.climatecity.examples.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.climatecity.core.ClimateCityException;
import org.climatecity.examples.DocumentFiles;
import org.climatecity.examples.ExitCodes;
import org.climatecity.examples.MainJob;
import org.climatecity.examples.UserError;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The {@code climate-city} command. Without a subcommand it runs the main example on the embedded Borlänge–Avesta–
 * Dalarna document; its subcommands validate, convert, report on and scale any document.
 *
 * @since 0.1.0
 */
@Command(name = ClimateCityCommand.NAME, mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Validates, converts and reports on climate-neutral city programme documents.",
            "Without a command, runs the main example: the Borlänge-Avesta pilot scaled to Dalarna, Sweden and"
                    + " Europe, on the embedded document."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success, every document valid", "1:a document is invalid",
            "2:usage error: bad option, missing or unreadable file, output that cannot be written",
            "70:internal error"})
public final class ClimateCityCommand implements Callable<Integer> {

    /** The command's name, as messages begin. */
    static final String NAME = "climate-city";

    /** The subcommands' names, in the order help lists them. */
    static final List<String> SUBCOMMANDS = List.of("validate", "convert", "schema", "report", "scale", "trend",
            "import", "export", "follow-up", "scenarios", "diff");

    @Spec
    private CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", description = "Where to write the report (default: ${DEFAULT-VALUE}).",
            defaultValue = MainJob.DEFAULT_OUT)
    private Path out;

    /**
     * Creates the command; picocli calls this.
     */
    public ClimateCityCommand() {
    }

    /**
     * Runs the main example on the embedded document.
     *
     * @return the exit code
     */
    @Override
    public Integer call() {
        CommandLine cli = spec.commandLine();
        // the summary shows a document's control characters escaped
        PrintWriter summary = ConsoleText.escaping(cli.getOut());
        try {
            return MainJob.forEmbeddedDocument(summary, cli.getErr()).run(out);
        } finally {
            summary.flush();
        }
    }

    /**
     * Builds the command line with its handlers, printing to the standard streams in UTF-8.
     *
     * @return the command line, ready to {@link CommandLine#execute(String...) execute}
     */
    public static CommandLine commandLine() {
        return commandLine(StandardOutput.open(),
                new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
    }

    /**
     * Builds the command line with its handlers: user errors print one line and exit with their code, usage errors
     * print the problem and a hint and exit 2, and anything unexpected, an {@link Error} such as an
     * {@link OutOfMemoryError} included, prints one line and exits 70. Everything printed to {@code err} shows a
     * document's control characters escaped ({@link ConsoleText}).
     *
     * @param out where normal output goes, not null
     * @param err where messages and progress go, not null
     * @return the command line, ready to {@link CommandLine#execute(String...) execute}
     */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        return commandLine(out, err, SUBCOMMANDS);
    }

    /**
     * Builds the command line for some arguments: with only the subcommand they start with, when they start with
     * one, as picocli reads the annotations of every command it is given (a fifth of a second of a fresh JVM for all
     * of them, which {@code validate} of a small document would spend before reading it); else with all of them, for
     * help, the main job and the suggestions of an unknown command.
     */
    static CommandLine commandLine(PrintWriter out, PrintWriter err, String... args) {
        return commandLine(out, err,
                args.length > 0 && SUBCOMMANDS.contains(args[0]) ? List.of(args[0]) : SUBCOMMANDS);
    }

    private static CommandLine commandLine(PrintWriter out, PrintWriter err, List<String> subcommands) {
        CommandLine cli = new CommandLine(new ClimateCityCommand());
        for (String name : subcommands) {
            cli.addSubcommand(name, subcommand(name));
        }
        giveVersion(cli, new VersionProvider());
        cli.setOut(out);
        cli.setErr(ConsoleText.escaping(err));
        cli.setExecutionStrategy(ClimateCityCommand::executeCatchingErrors);
        cli.setExecutionExceptionHandler(ClimateCityCommand::handleExecutionException);
        cli.setParameterExceptionHandler(ClimateCityCommand::handleParameterException);
        return cli;
    }

    private static Object subcommand(String name) {
        return switch (name) {
            case "validate" -> new ValidateCommand();
            case "convert" -> new ConvertCommand();
            case "schema" -> new SchemaCommand();
            case "report" -> new ReportCommand();
            case "scale" -> new ScaleCommand();
            case "trend" -> new TrendCommand();
            case "import" -> new ImportCommand();
            case "export" -> new ExportCommand();
            case "follow-up" -> new FollowUpCommand();
            case "scenarios" -> new ScenariosCommand();
            case "diff" -> new DiffCommand();
            default -> throw new IllegalArgumentException("no subcommand " + name);
        };
    }

    /**
     * Gives the subcommands the tool's version: their {@code --version}, which {@code --help} lists, printed an
     * empty line.
     */
    private static void giveVersion(CommandLine cli, CommandLine.IVersionProvider version) {
        for (CommandLine sub : cli.getSubcommands().values()) {
            CommandSpec spec = sub.getCommandSpec();
            if (spec.versionProvider() == null && spec.version().length == 0) {
                spec.versionProvider(version);
            }
            giveVersion(sub, version);
        }
    }

    /**
     * Runs the command line on arguments and returns the exit code. If the output could not be written (a full disk,
     * a closed pipe), which a {@link PrintWriter} only flags, it says so in one line and returns
     * {@link ExitCodes#USAGE}, as for an output file that cannot be written, unless the code is already higher.
     *
     * @param out where normal output goes, such as {@link StandardOutput#open()}, not null
     * @param err where messages and progress go, not null
     * @param args the arguments, not null
     * @return the exit code, one of {@link ExitCodes}
     */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        int exit = execute(commandLine(out, err, args), args);
        if (out.checkError()) {
            String reason = out instanceof StandardOutput standard
                    ? standard.failure().map(e -> ": " + DocumentFiles.describe(e)).orElse("") : "";
            err.println("climate-city: cannot write to standard output" + reason);
            err.flush();
            return Math.max(exit, ExitCodes.USAGE);
        }
        return exit;
    }

    /**
     * Executes a command line built by {@link #commandLine(PrintWriter, PrintWriter)} and flushes its streams; what
     * escapes picocli's handlers (an error while parsing, or in a handler itself) prints one line and exits 70.
     */
    static int execute(CommandLine cli, String... args) {
        try {
            return cli.execute(args);
        } catch (RuntimeException | Error e) {
            cli.getErr().println(cli.getCommandSpec().qualifiedName() + ": internal error: " + e);
            return ExitCodes.INTERNAL;
        } finally {
            cli.getOut().flush();
            cli.getErr().flush();
        }
    }

    /**
     * Runs the command as picocli does, but hands an {@link Error} to the execution exception handler like any
     * exception: picocli lets errors pass, and the JVM would print their stack trace and exit 1, the code of an
     * invalid document.
     */
    private static int executeCatchingErrors(CommandLine.ParseResult parsed) {
        try {
            return new CommandLine.RunLast().execute(parsed);
        } catch (Error e) {
            List<CommandLine> commands = parsed.asCommandLineList();
            throw new CommandLine.ExecutionException(commands.get(commands.size() - 1), e.toString(), e);
        }
    }

    private static int handleExecutionException(Exception ex, CommandLine cli, CommandLine.ParseResult parsed) {
        Throwable failure = ex instanceof CommandLine.ExecutionException && ex.getCause() instanceof Error error
                ? error : ex;
        return failed(failure, cli.getCommandSpec().qualifiedName(), cli.getErr());
    }

    /**
     * Prints what ended a command in one line and returns its exit code: a user error's own, 1 for a rule of the
     * model broken, 70 for anything unexpected.
     */
    private static int failed(Throwable failure, String command, PrintWriter err) {
        if (failure instanceof UserError user) {
            err.println(command + ": " + user.getMessage());
            return user.exitCode();
        }
        if (failure instanceof ClimateCityException domain) {
            err.println(command + ": " + domain.getMessage());
            return ExitCodes.INVALID;
        }
        err.println(command + ": internal error: " + failure);
        return ExitCodes.INTERNAL;
    }

    private static int handleParameterException(CommandLine.ParameterException ex, String[] args) {
        CommandLine cli = ex.getCommandLine();
        PrintWriter err = cli.getErr();
        err.println(cli.getCommandSpec().qualifiedName() + ": " + ex.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
        err.println("Try '" + cli.getCommandSpec().qualifiedName() + " --help' for more information.");
        return ExitCodes.USAGE;
    }
}
