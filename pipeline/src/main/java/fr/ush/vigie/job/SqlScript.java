package fr.ush.vigie.job;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a SQL script into statements on {@code ;}, outside quotes and comments; reads the SQL cells of a Markdown
 * notebook (the analysis notebooks of {@code notebooks-docs/notebooks/}).
 */
public final class SqlScript {

    private SqlScript() {
    }

    public static List<String> statements(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        char quote = 0;
        for (int i = 0; i < script.length(); i++) {
            char c = script.charAt(i);
            if (quote != 0) {
                current.append(c);
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"' || c == '`') {
                quote = c;
                current.append(c);
            } else if (c == '-' && i + 1 < script.length() && script.charAt(i + 1) == '-') {
                int end = script.indexOf('\n', i);
                i = end < 0 ? script.length() : end;
                current.append('\n');
            } else if (c == ';') {
                add(statements, current);
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        add(statements, current);
        return statements;
    }

    /**
     * An opening code fence (CommonMark): up to three spaces, three or more backticks or tildes, then the info
     * string, whose first word is the language.
     */
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})\\s*(\\S*).*$");

    /**
     * The SQL cells of a Markdown notebook, in order: the text of each fenced block whose language is {@code sql}
     * (any case). Prose and blocks in other languages are left out, even when they show a fence themselves, so
     * that a notebook documents its queries and still runs as a script. A block closes at a line of the same fence
     * character at least as long as its opening, or at the end of the text.
     */
    public static List<String> notebookCells(String markdown) {
        List<String> cells = new ArrayList<>();
        String fence = null;
        boolean sql = false;
        StringBuilder cell = new StringBuilder();
        for (String line : markdown.split("\\r\\n|\\r|\\n", -1)) {
            if (fence == null) {
                Matcher opening = FENCE.matcher(line);
                if (opening.matches()) {
                    fence = opening.group(1);
                    sql = opening.group(2).equalsIgnoreCase("sql");
                    cell.setLength(0);
                }
            } else if (closes(line, fence)) {
                if (sql) {
                    cells.add(cell.toString());
                }
                fence = null;
            } else {
                cell.append(line).append('\n');
            }
        }
        if (fence != null && sql) {
            cells.add(cell.toString());
        }
        return cells;
    }

    /**
     * A notebook's cells as one script: each cell ends its last statement, even when its last line is a comment
     * (the {@code ;} goes on a line of its own).
     */
    public static String notebookScript(String markdown) {
        return String.join("\n;\n", notebookCells(markdown));
    }

    private static boolean closes(String line, String fence) {
        String stripped = line.strip();
        return line.indexOf(fence.charAt(0)) <= 3 && stripped.length() >= fence.length()
                && stripped.chars().allMatch(c -> c == fence.charAt(0));
    }

    private static void add(List<String> statements, StringBuilder statement) {
        String text = statement.toString().strip();
        if (!text.isEmpty()) {
            statements.add(text);
        }
    }
}
