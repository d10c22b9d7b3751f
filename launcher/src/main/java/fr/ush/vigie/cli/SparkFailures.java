package fr.ush.vigie.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.SparkThrowable;

/**
 * A failure that came out of Spark, said in one or two French lines: what failed, on which file or table, and
 * what to do. Spark's own message (English, with its error class) and the stack trace are for {@code --verbose}.
 */
final class SparkFailures {
    /** A warehouse file: the version, the folder and the table it belongs to. */
    private static final Pattern WAREHOUSE_FILE =
            Pattern.compile("/_versions/([^/]+)/(staging|marts|rejets)(?:/([^/]+))?");
    private static final int MAX_DETAIL = 200;

    private SparkFailures() {
    }

    /** The lines to print, or empty when the failure did not come out of Spark. */
    static Optional<List<String>> describe(Throwable failure) {
        Optional<SparkThrowable> spark = sparkCause(failure);
        if (spark.isEmpty()) {
            return Optional.empty();
        }
        String condition = Optional.ofNullable(spark.get().getCondition()).orElse("");
        Map<String, String> parameters = spark.get().getMessageParameters();
        String path = parameters == null || parameters.get("path") == null ? null
                : readable(unquoted(parameters.get("path")));
        List<String> lines = new ArrayList<>();
        if (condition.startsWith("FAILED_READ_FILE.FILE_NOT_EXIST") && path != null) {
            lines.add("lecture interrompue : le fichier " + path + what(path) + " n'existe plus.");
            lines.add("Sa version a été supprimée depuis le début de la lecture (une publication ne conserve que "
                    + "les dernières versions, voir vigie versions) ou le fichier a été effacé : relancez la "
                    + "commande.");
        } else if (condition.startsWith("FAILED_READ_FILE") && path != null) {
            lines.add("lecture impossible du fichier " + path + what(path) + " : "
                    + detail(innermost(failure), path));
            lines.add("Vérifiez ce fichier (droits, disque, fichier Parquet abîmé) ; le détail avec --verbose.");
        } else if (condition.startsWith("TASK_WRITE_FAILED") && path != null) {
            lines.add("écriture impossible dans " + path + what(path) + " : " + detail(innermost(failure), path));
            lines.add("Vérifiez la place libre et les droits sur ce dossier, puis relancez ; le détail avec "
                    + "--verbose.");
        } else if (path != null) {
            lines.add("échec de Spark sur " + path + what(path) + " : " + detail(innermost(failure), path));
            lines.add("Relancez avec --verbose pour le détail (journaux de Spark et pile d'appels).");
        } else {
            lines.add("échec de Spark" + (condition.isEmpty() ? "" : " (" + condition + ")") + " : "
                    + detail(innermost(failure), null));
            lines.add("Relancez avec --verbose pour le détail (journaux de Spark et pile d'appels).");
        }
        return Optional.of(lines);
    }

    /** What a warehouse file is part of, in words: « (mart scores_sites de la version 2026…) ». */
    static String what(String path) {
        Matcher matcher = WAREHOUSE_FILE.matcher(path);
        if (!matcher.find()) {
            return "";
        }
        String version = " de la version " + matcher.group(1);
        return switch (matcher.group(2)) {
            case "marts" -> matcher.group(3) == null ? " (indicateurs" + version + ")"
                    : " (indicateur " + matcher.group(3) + version + ")";
            case "staging" -> matcher.group(3) == null ? " (staging" + version + ")"
                    : " (table de staging " + matcher.group(3) + version + ")";
            default -> " (rejets" + version + ")";
        };
    }

    private static Optional<SparkThrowable> sparkCause(Throwable failure) {
        SparkThrowable first = null;
        for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof SparkThrowable spark) {
                if (spark.getMessageParameters() != null && spark.getMessageParameters().containsKey("path")) {
                    return Optional.of(spark);
                }
                if (first == null && spark.getCondition() != null) {
                    first = spark;
                }
            }
        }
        return Optional.ofNullable(first);
    }

    private static Throwable innermost(Throwable failure) {
        Throwable t = failure;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

    /**
     * The first line of a message, without Spark's error class in brackets nor the file already named, cut to a
     * readable length, ending a sentence.
     */
    private static String detail(Throwable cause, String path) {
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        String line = message.strip().lines().findFirst().orElse("").replaceFirst("^\\[[A-Z_.]+\\]\\s*", "");
        if (path != null) {
            String name = path.substring(path.lastIndexOf('/') + 1);
            int at = name.isEmpty() ? -1 : line.lastIndexOf(name);
            if (at >= 0) {
                line = line.substring(at + name.length()).replaceFirst("^[\\s:,]+", "");
            }
        }
        line = line.length() > MAX_DETAIL ? line.substring(0, MAX_DETAIL) + "…" : line;
        return line.endsWith(".") || line.endsWith("…") ? line : line + ".";
    }

    /** A local file's path rather than its {@code file:} URI. */
    private static String readable(String path) {
        return path.startsWith("file:///") ? path.substring("file://".length()) : path;
    }

    private static String unquoted(String path) {
        return path.length() > 1 && path.startsWith("`") && path.endsWith("`")
                ? path.substring(1, path.length() - 1) : path;
    }
}
