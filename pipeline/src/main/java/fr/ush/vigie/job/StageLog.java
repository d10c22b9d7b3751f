package fr.ush.vigie.job;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Runs the named stages of a job and says what each did on stderr: when stderr is a terminal, a line as a stage
 * starts and one as it ends (stage, rows, elapsed); otherwise only the end line, one per stage, for logs.
 */
public final class StageLog {
    /** What a stage did: its name, how long it took and how many rows it handled (-1: not a row count). */
    public record Timing(String name, long elapsedMs, long rows) {
    }

    /** A stage's work, which may fail with a checked exception. */
    @FunctionalInterface
    public interface Body<T> {
        T run() throws Exception;
    }

    private final PrintStream out;
    private final boolean terminal;
    private final List<Timing> timings = new ArrayList<>();

    public StageLog(PrintStream out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    /** A log to stderr, in the terminal style when stderr is a console. */
    public static StageLog toStderr() {
        return new StageLog(System.err, System.console() != null);
    }

    public <T> T run(String name, Body<T> body, Function<T, Long> rows) throws Exception {
        if (terminal) {
            out.println("vigie · " + name + " …");
        }
        long start = System.nanoTime();
        T result = body.run();
        long elapsedMs = (System.nanoTime() - start) / 1_000_000;
        long count = rows.apply(result);
        timings.add(new Timing(name, elapsedMs, count));
        out.println(String.format(Locale.FRANCE, "vigie · %s · %s%.1f s", name,
                count >= 0 ? String.format(Locale.FRANCE, "%,d lignes · ", count) : "", elapsedMs / 1000.0));
        return result;
    }

    /** A step inside a long stage: shown on a terminal only, where someone is waiting for it. */
    public void progress(String stage, String step, long rows, long elapsedMs) {
        if (terminal) {
            out.println(String.format(Locale.FRANCE, "vigie · %s · %s · %,d lignes · %.1f s", stage, step, rows,
                    elapsedMs / 1000.0));
        }
    }

    /** How the job goes about its work (e.g. which files it reuses), one line whatever the terminal. */
    public void note(String message) {
        out.println("vigie · " + message);
    }

    /** Something the user should know, whatever the terminal. */
    public void warn(String message) {
        out.println("vigie · attention · " + message);
    }

    public List<Timing> timings() {
        return List.copyOf(timings);
    }
}
