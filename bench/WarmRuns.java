import fr.ush.vigie.cli.Vigie;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs vigie commands one after another in one JVM, as a resident driver would, and prints each one's wall time:
 * what a run costs once Spark's code is loaded and compiled (see bench/warm.sh). Commands are separated by
 * {@code --then}.
 */
public class WarmRuns {
    public static void main(String[] args) {
        List<List<String>> commands = new ArrayList<>();
        commands.add(new ArrayList<>());
        for (String arg : args) {
            if (arg.equals("--then")) {
                commands.add(new ArrayList<>());
            } else {
                commands.get(commands.size() - 1).add(arg);
            }
        }
        int failures = 0;
        for (List<String> command : commands) {
            long start = System.nanoTime();
            int code = Vigie.execute(command.toArray(String[]::new));
            System.out.printf("%.1f s\texit %d\t%s%n", (System.nanoTime() - start) / 1e9, code, String.join(" ", command));
            failures += code == 0 ? 0 : 1;
        }
        System.exit(failures == 0 ? 0 : 1);
    }
}
