package fr.ush.vigie.cli;

import fr.ush.vigie.job.ExitCode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code vigie} command: one sub-command per job of CONTRACT section 1. */
@Command(name = "vigie", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        resourceBundle = "fr.ush.vigie.cli.aide",
        description = "Pipeline d'évaluation du programme « situations complexes » : autodiagnostics, "
                + "pôle d'appui, entrepôt Parquet et rapports.",
        subcommands = {RunCommand.class, IngestCommand.class, ComputeCommand.class, ReportCommand.class,
            LivrerCommand.class, VersionsCommand.class, RestoreCommand.class, ValidateCommand.class, SqlCommand.class,
            GenerateCommand.class, CommandLine.HelpCommand.class})
public final class Vigie implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        int code = execute(args);
        SparkSession.getActiveSession().foreach(session -> {
            session.stop();
            return null;
        });
        System.exit(code);
    }

    /** Runs the command line and returns its exit code, leaving the JVM (and a shared SparkSession) alive. */
    public static int execute(String... args) {
        return execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** The same, printing results on {@code out} and messages on {@code err}. */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new Vigie());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler(Vigie::onFailure);
        return commandLine.execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "une sous-commande est attendue");
    }

    /**
     * Every command's failures end here, in one or two French lines: a failure out of Spark names what failed, on
     * which file or table, and what to do; any other names itself and says how to see more. The stack trace comes
     * only with {@code --verbose}.
     */
    private static int onFailure(Exception failure, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        ExitCode code = ExitCode.of(failure);
        PrintWriter err = commandLine.getErr();
        Optional<List<String>> spark = code == ExitCode.FAILURE ? SparkFailures.describe(failure) : Optional.empty();
        if (spark.isPresent()) {
            err.println("vigie : " + String.join("\n", spark.get()));
            if (verbose(parseResult)) {
                failure.printStackTrace(err);
            }
        } else {
            err.println("vigie : " + (failure.getMessage() == null ? failure.toString() : failure.getMessage()));
            if (code == ExitCode.FAILURE) {
                if (verbose(parseResult)) {
                    failure.printStackTrace(err);
                } else {
                    err.println("Relancez la commande avec --verbose pour le détail de l'erreur.");
                }
            }
        }
        err.flush();
        return code.code();
    }

    /** Whether {@code --verbose} was given to the command that ran. */
    private static boolean verbose(CommandLine.ParseResult parseResult) {
        for (CommandLine.ParseResult result = parseResult; result != null; result = result.subcommand()) {
            if (result.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }
}
