package fr.ush.vigie.job;

import static org.apache.spark.sql.functions.col;

import fr.ush.vigie.ingest.FileCounts;
import fr.ush.vigie.ingest.ValidatedInputs;
import fr.ush.vigie.marts.RejectSummary;
import fr.ush.vigie.model.Col;
import fr.ush.vigie.model.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * What {@code vigie validate} prints: the reconciliation of each source, the rejects by reason and the first
 * rejected rows, so that whoever prepared the files can fix them.
 *
 * @param bySource     reconciliation per source
 * @param byReason     rejected rows per (source, code_motif)
 * @param examples     the first rejected rows (file and line order)
 * @param overLimit    the sources over the reject limit
 * @param maxRejectRate the limit
 */
public record ValidationReport(Map<Source, FileCounts> bySource, List<ReasonCount> byReason,
        List<Example> examples, List<FileCounts> overLimit, double maxRejectRate) {

    public static final int EXAMPLES = 20;

    public record ReasonCount(String source, String codeMotif, long lignes) {
    }

    public record Example(String fichier, long ligne, String codeMotif, String motif) {
    }

    public static ValidationReport of(ValidatedInputs inputs, double maxRejectRate) {
        Dataset<Row> rejected = inputs.rejected("");
        List<ReasonCount> byReason = new ArrayList<>();
        for (Row row : (Row[]) RejectSummary.of(rejected).collect()) {
            byReason.add(new ReasonCount(row.getString(0), row.getString(1), row.getLong(2)));
        }
        List<Example> examples = new ArrayList<>();
        for (Row row : (Row[]) rejected.orderBy(col(Col.FICHIER), col(Col.LIGNE)).limit(EXAMPLES)
                .select(Col.FICHIER, Col.LIGNE, Col.CODE_MOTIF, Col.MOTIF).collect()) {
            examples.add(new Example(row.getString(0), row.getLong(1), row.getString(2), row.getString(3)));
        }
        return new ValidationReport(inputs.countsBySource(), byReason, examples,
                inputs.overRejectLimit(maxRejectRate), maxRejectRate);
    }

    /** The text printed on stdout. */
    public String format() {
        StringBuilder text = new StringBuilder();
        text.append("Rapprochement par source (lignes lues = acceptées + rejetées)\n");
        text.append(String.format(Locale.ROOT, "%-16s %12s %12s %12s %10s%n",
                "source", "lues", "acceptées", "rejetées", "rejet"));
        for (FileCounts c : bySource.values()) {
            text.append(String.format(Locale.ROOT, "%-16s %12d %12d %12d %10s%n", c.source().code(), c.lues(),
                    c.acceptees(), c.rejetees(), c.lues() == 0 ? "-" : percent((double) c.rejetees() / c.lues())));
        }
        text.append("\nRejets par motif\n");
        if (byReason.isEmpty()) {
            text.append("aucun rejet\n");
        } else {
            text.append(String.format(Locale.ROOT, "%-16s %-20s %12s%n", "source", "code_motif", "lignes"));
            for (ReasonCount r : byReason) {
                text.append(String.format(Locale.ROOT, "%-16s %-20s %12d%n", r.source(), r.codeMotif(), r.lignes()));
            }
            text.append("\nPremiers rejets\n");
            for (Example e : examples) {
                text.append(e.fichier()).append(", ligne ").append(e.ligne()).append(" : ")
                        .append(e.codeMotif()).append(" — ").append(e.motif()).append('\n');
            }
        }
        text.append('\n');
        if (overLimit.isEmpty()) {
            text.append("Taux de rejet dans la limite (").append(percent(maxRejectRate)).append(" par source).\n");
        } else {
            for (FileCounts c : overLimit) {
                text.append("Taux de rejet au-dessus de la limite (").append(percent(maxRejectRate)).append(") : ")
                        .append(c.source().code()).append('\n');
            }
        }
        return text.toString();
    }

    private static String percent(double rate) {
        return String.format(Locale.FRANCE, "%.2f %%", 100 * rate);
    }
}
