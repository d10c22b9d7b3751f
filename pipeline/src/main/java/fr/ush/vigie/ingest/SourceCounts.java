package fr.ush.vigie.ingest;

import static org.apache.spark.sql.functions.bit_xor;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.xxhash64;

import fr.ush.vigie.model.Col;
import fr.ush.vigie.model.Source;
import fr.ush.vigie.staging.Campaigns;
import fr.ush.vigie.warehouse.Sha256;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * What validating one source gives besides its rows: its counts per file, the fingerprint of its accepted rows
 * and, for the autodiagnostics, of each campaign's (see {@link ValidatedInputs#fingerprint}); from one pass over
 * the validated rows, or from the text kept with the source's verdicts in the {@link CheckedRowStore}.
 */
record SourceCounts(List<FileCounts> counts, Map<String, String> campaigns, String fingerprint)
        implements InputValidation.Piece {

    /** The counts and fingerprints from one pass over the validated rows. */
    static SourceCounts of(InputInventory inventory, Source source, Dataset<Row> validatedRows,
            Map<String, String> keyOf) {
        Column accepted = col(Col.CODE_MOTIF).isNull();
        Column campaign = source == Source.AUTODIAGNOSTICS
                ? when(accepted, Campaigns.of(col(Col.DATE_AUTODIAGNOSTIC))) : lit(null).cast("string");
        // A row is named by its file, line and key: with the file's key in the store, that names its content too.
        List<Column> name = new ArrayList<>(List.of(col(Col.FICHIER), col(Col.LIGNE)));
        source.keyColumns().forEach(column -> name.add(col(column)));
        Row[] rows = (Row[]) validatedRows.groupBy(col(Col.FICHIER), campaign.as(Col.CAMPAGNE))
                .agg(count(lit(1)).as("lues"), count(when(accepted.unary_$bang(), lit(1))).as("rejetees"),
                        bit_xor(when(accepted, xxhash64(name.toArray(Column[]::new)))).as("empreinte"))
                .collect();
        Map<String, long[]> byFile = new LinkedHashMap<>();
        inventory.files(source).forEach(file -> byFile.put(file.fichier(), new long[2]));
        Fingerprint whole = new Fingerprint();
        Map<String, Fingerprint> byCampaign = new TreeMap<>();
        for (Row row : rows) {
            String fichier = row.getString(0);
            long[] n = byFile.get(fichier);
            n[0] += row.getLong(2);
            n[1] += row.getLong(3);
            long acceptedRows = row.getLong(2) - row.getLong(3);
            if (acceptedRows > 0) {
                String part = keyOf.get(fichier) + "\t" + fichier + "\t" + row.getLong(4);
                whole.add(acceptedRows, part);
                if (!row.isNullAt(1)) {
                    byCampaign.computeIfAbsent(row.getString(1), c -> new Fingerprint()).add(acceptedRows, part);
                }
            }
        }
        List<FileCounts> counts = new ArrayList<>();
        byFile.forEach((fichier, n) -> counts.add(new FileCounts(fichier, source, inventory.sha256(fichier), n[0],
                n[0] - n[1], n[1])));
        Map<String, String> campaigns = new TreeMap<>();
        byCampaign.forEach((c, print) -> campaigns.put(c, print.toString()));
        return new SourceCounts(counts, campaigns, whole.toString());
    }

    /**
     * A fingerprint of accepted rows: their count, and the XOR of the hash of each group of them (a file's rows of
     * one campaign: the file's key, its path and the XOR of its rows' hashes), so that it does not depend on the
     * order the groups come in.
     */
    private static final class Fingerprint {
        private long rows;
        private long hash;

        void add(long groupRows, String group) {
            rows += groupRows;
            hash ^= Long.parseUnsignedLong(Sha256.of(group.getBytes(StandardCharsets.UTF_8)).substring(0, 16), 16);
        }

        @Override
        public String toString() {
            return rows + "-" + HexFormat.of().toHexDigits(hash);
        }
    }

    /** The counts as {@link #parse} reads them: one line per file, then one per campaign, then the source's. */
    String asText() {
        StringBuilder text = new StringBuilder();
        counts().forEach(c -> text.append("fichier\t").append(c.fichier()).append('\t').append(c.lues())
                .append('\t').append(c.rejetees()).append('\n'));
        campaigns().forEach((c, print) -> text.append("campagne\t").append(c).append('\t').append(print)
                .append('\n'));
        text.append("source\t").append(fingerprint()).append('\n');
        return text.toString();
    }

    static SourceCounts parse(InputInventory inventory, Source source, String text) {
        List<FileCounts> counts = new ArrayList<>();
        Map<String, String> campaigns = new TreeMap<>();
        String fingerprint = "";
        for (String line : text.split("\n")) {
            String[] fields = line.split("\t");
            if (fields[0].equals("fichier")) {
                long lues = Long.parseLong(fields[2]);
                long rejetees = Long.parseLong(fields[3]);
                counts.add(new FileCounts(fields[1], source, inventory.sha256(fields[1]), lues, lues - rejetees,
                        rejetees));
            } else if (fields[0].equals("campagne")) {
                campaigns.put(fields[1], fields[2]);
            } else if (fields[0].equals("source")) {
                fingerprint = fields[1];
            }
        }
        return new SourceCounts(counts, campaigns, fingerprint);
    }
}
