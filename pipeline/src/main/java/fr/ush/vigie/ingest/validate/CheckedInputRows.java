package fr.ush.vigie.ingest.validate;

import fr.ush.vigie.ingest.validate.SourceRules.Reference;
import fr.ush.vigie.model.Col;
import fr.ush.vigie.model.Source;
import fr.ush.vigie.staging.Campaigns;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.unsafe.types.UTF8String;
import org.apache.spark.util.AccumulatorV2;

/**
 * What the pass checking the autodiagnostic records by rules 1 to 3 ({@link SourceValidator#checkOwnRules}) learns
 * of them, keeping none: one entry per input row (its autodiagnostic, site and date, how many records it gave and
 * how many of them passed), the counts per file, and the distinct values each reference looks up. Seventeen
 * million records come from under a million wide input rows, all the records of an input row one after the other.
 *
 * <p>When no value is unknown to its reference and no autodiagnostic appears in two input rows (the usual case),
 * no record breaks rule 4 or 6: the counts per file and the retained autodiagnostics are then known from these
 * entries alone, and the records need not be kept for the passes that would find them (references, duplicates,
 * counts, retained): staging and rejects read them again from the files. Otherwise, or when input rows are too
 * short for their entries to be few, the caller checks the records again and keeps them: see {@link #clean}.
 */
public final class CheckedInputRows implements Serializable {
    private static final long serialVersionUID = 1L;
    /** Beyond one entry per this many records (and a few thousand entries), a partition keeps none. */
    private static final int MIN_RECORDS_PER_ENTRY = 4;
    private static final int ENTRIES_ALWAYS_KEPT = 10_000;

    /** One input row: its records all share these values (the fixed columns of a wide row). */
    record InputRow(String fichier, long ligne, String autodiagnosticId, String siteId, Integer date, int records,
            int passing) implements Serializable {
    }

    private final List<InputRow> rows = new ArrayList<>();
    private final Map<String, long[]> recordsAndRejectedByFile = new LinkedHashMap<>();
    private final List<Set<List<String>>> referenceValues = new ArrayList<>();
    private boolean tooMany;

    CheckedInputRows(int references) {
        for (int i = 0; i < references; i++) {
            referenceValues.add(new HashSet<>());
        }
    }

    /**
     * {@code ownChecked} (a result of {@link SourceValidator#checkOwnRules} on autodiagnostics) observed into
     * {@code accumulator} by the action that runs it: the columns the observation reads, so that Spark computes
     * no other. Read the accumulator once that action has run, and run no other action on the result (each would
     * add its rows again).
     */
    static Dataset<Row> observe(Dataset<Row> ownChecked, Accumulator accumulator, List<Reference> references) {
        Set<String> read = new LinkedHashSet<>(List.of(Col.FICHIER, Col.LIGNE, Col.AUTODIAGNOSTIC_ID, Col.SITE_ID,
                Col.DATE_AUTODIAGNOSTIC, SourceValidator.OWN_CODE));
        references.forEach(reference -> read.addAll(reference.columns()));
        Dataset<Row> observed = ownChecked.select(read.stream().map(functions::col).toArray(Column[]::new));
        StructType schema = observed.schema();
        Layout layout = new Layout(schema, references);
        // Registered before the function holding it is checked for serialization, as the RDD is built.
        ownChecked.sparkSession().sparkContext().register(accumulator, "lignes d'entrée contrôlées");
        JavaRDD<InternalRow> rows = observed.queryExecution().toRdd().toJavaRDD()
                .mapPartitions(partition -> new Observer(partition, layout, accumulator));
        return ((org.apache.spark.sql.classic.SparkSession) ownChecked.sparkSession())
                .internalCreateDataFrame(rows.rdd(), schema, false);
    }

    /**
     * True when these entries stand for the passes over the records: every entry kept, no value unknown to its
     * reference (given each reference's target keys, in the order of {@code references}: asked for only when some
     * value was seen) and no autodiagnostic in two input rows.
     */
    public boolean clean(Supplier<List<Set<List<String>>>> targetKeys) {
        if (tooMany) {
            return false;
        }
        List<Set<List<String>>> keys = referenceValues.stream().allMatch(Set::isEmpty) ? null : targetKeys.get();
        for (int i = 0; keys != null && i < referenceValues.size(); i++) {
            if (!keys.get(i).containsAll(referenceValues.get(i))) {
                return false;
            }
        }
        Set<String> seen = new HashSet<>();
        for (InputRow row : rows) {
            if (row.passing() > 0 && !seen.add(row.autodiagnosticId())) {
                return false;
            }
        }
        return true;
    }

    /** Records read and records rejected (by rules 1 to 3: see {@link #clean}) per file. */
    public Map<String, long[]> recordsAndRejectedByFile() {
        return recordsAndRejectedByFile;
    }

    /**
     * The autodiagnostics not retained among the input rows with a passing record: those superseded by another of
     * their site and campaign (the latest date is retained, ties: the greatest id, compared as Spark compares text).
     * Exact when {@link #clean}, each autodiagnostic then being on one input row. Rows of
     * {@link #SUPERSEDED_SCHEMA}, in no order.
     */
    public List<Row> superseded() {
        Map<List<String>, InputRow> latest = new HashMap<>();
        List<Row> superseded = new ArrayList<>();
        for (InputRow row : rows) {
            if (row.passing() == 0) {
                continue;
            }
            List<String> siteAndCampaign = List.of(row.siteId(), Campaigns.of(LocalDate.ofEpochDay(row.date())));
            InputRow before = latest.get(siteAndCampaign);
            if (before == null) {
                latest.put(siteAndCampaign, row);
                continue;
            }
            InputRow kept = later(before, row);
            latest.put(siteAndCampaign, kept);
            superseded.add(RowFactory.create((kept == row ? before : row).autodiagnosticId()));
        }
        return superseded;
    }

    /**
     * The campaigns of the input rows with a passing record: when {@link #clean}, those of the accepted
     * autodiagnostics.
     */
    public Set<String> campaigns() {
        Set<String> campaigns = new TreeSet<>();
        for (InputRow row : rows) {
            if (row.passing() > 0) {
                campaigns.add(Campaigns.of(LocalDate.ofEpochDay(row.date())));
            }
        }
        return campaigns;
    }

    /**
     * The range of the autodiagnostics of the input rows with a passing record, in the order Spark compares text
     * (and Parquet's statistics of text columns): those that a published row could repeat.
     */
    public SourceValidator.KeyRange passingKeyRange() {
        UTF8String min = null;
        UTF8String max = null;
        for (InputRow row : rows) {
            if (row.passing() == 0) {
                continue;
            }
            UTF8String id = UTF8String.fromString(row.autodiagnosticId());
            min = min == null || id.compareTo(min) < 0 ? id : min;
            max = max == null || id.compareTo(max) > 0 ? id : max;
        }
        return new SourceValidator.KeyRange(min == null ? null : min.toString(), max == null ? null : max.toString());
    }

    /** {@code autodiagnostic_id} of an autodiagnostic superseded by another. */
    public static final StructType SUPERSEDED_SCHEMA = new StructType()
            .add(Col.AUTODIAGNOSTIC_ID, DataTypes.StringType, false);

    private static InputRow later(InputRow a, InputRow b) {
        int byDate = Integer.compare(a.date(), b.date());
        if (byDate != 0) {
            return byDate > 0 ? a : b;
        }
        return UTF8String.fromString(a.autodiagnosticId()).compareTo(UTF8String.fromString(b.autodiagnosticId())) >= 0
                ? a : b;
    }

    private void addAll(CheckedInputRows other) {
        tooMany |= other.tooMany;
        if (!tooMany) {
            rows.addAll(other.rows);
        } else {
            rows.clear();
        }
        other.recordsAndRejectedByFile.forEach((fichier, n) -> recordsAndRejectedByFile.merge(fichier, n.clone(),
                (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]}));
        for (int i = 0; i < referenceValues.size(); i++) {
            referenceValues.get(i).addAll(other.referenceValues.get(i));
        }
    }

    List<InputRow> rows() {
        return rows;
    }

    /** Where the observer finds what it needs in a checked row. */
    private record Layout(int fichier, int ligne, int autodiagnosticId, int siteId, int date, int ownCode,
            int[][] referenceColumns) implements Serializable {
        Layout(StructType schema, List<Reference> references) {
            this(schema.fieldIndex(Col.FICHIER), schema.fieldIndex(Col.LIGNE),
                    schema.fieldIndex(Col.AUTODIAGNOSTIC_ID), schema.fieldIndex(Col.SITE_ID),
                    schema.fieldIndex(Col.DATE_AUTODIAGNOSTIC), schema.fieldIndex(SourceValidator.OWN_CODE),
                    references.stream().map(r -> r.columns().stream().mapToInt(schema::fieldIndex).toArray())
                            .toArray(int[][]::new));
        }
    }

    /**
     * Passes a partition's rows on unchanged, noting its input rows as they end; adds its entries to the
     * accumulator after its last row. The rows are Spark's reused buffers: only values are kept, copied.
     */
    private static final class Observer implements Iterator<InternalRow> {
        private final Iterator<InternalRow> rows;
        private final Layout layout;
        private final Accumulator accumulator;
        private final CheckedInputRows seen;
        private final List<Set<List<UTF8String>>> referenceValues = new ArrayList<>();
        private long recordCount;
        private String fichier;
        private UTF8String fichierBytes;
        private long[] fileCounts;
        private long ligne;
        private InputRow current;
        private int records;
        private int passing;
        private boolean added;

        Observer(Iterator<InternalRow> rows, Layout layout, Accumulator accumulator) {
            this.rows = rows;
            this.layout = layout;
            this.accumulator = accumulator;
            this.seen = new CheckedInputRows(layout.referenceColumns().length);
            for (int i = 0; i < layout.referenceColumns().length; i++) {
                referenceValues.add(new HashSet<>());
            }
        }

        @Override
        public boolean hasNext() {
            boolean more = rows.hasNext();
            if (!more && !added) {
                added = true;
                endInputRow();
                finish();
            }
            return more;
        }

        @Override
        public InternalRow next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            InternalRow row = rows.next();
            note(row);
            return row;
        }

        private void note(InternalRow row) {
            UTF8String rowFichier = row.getUTF8String(layout.fichier());
            long rowLigne = row.getLong(layout.ligne());
            if (current == null || rowLigne != ligne || !rowFichier.equals(fichierBytes)) {
                endInputRow();
                if (!rowFichier.equals(fichierBytes)) {
                    fichierBytes = rowFichier.clone();
                    fichier = fichierBytes.toString();
                    fileCounts = seen.recordsAndRejectedByFile.computeIfAbsent(fichier, f -> new long[2]);
                }
                ligne = rowLigne;
                current = new InputRow(fichier, ligne, text(row, layout.autodiagnosticId()),
                        text(row, layout.siteId()),
                        row.isNullAt(layout.date()) ? null : row.getInt(layout.date()), 0, 0);
            }
            recordCount++;
            records++;
            fileCounts[0]++;
            if (!row.isNullAt(layout.ownCode())) {
                fileCounts[1]++;
                return;
            }
            passing++;
            for (int i = 0; i < layout.referenceColumns().length; i++) {
                noteReferenceValue(row, i);
            }
        }

        /** The values of reference {@code i}, when all filled; text is copied only when not seen before. */
        private void noteReferenceValue(InternalRow row, int i) {
            int[] columns = layout.referenceColumns()[i];
            List<UTF8String> values = new ArrayList<>(columns.length);
            for (int column : columns) {
                if (row.isNullAt(column)) {
                    return;
                }
                values.add(row.getUTF8String(column));
            }
            if (!referenceValues.get(i).contains(values)) {
                referenceValues.get(i).add(values.stream().map(UTF8String::clone).toList());
            }
        }

        private void endInputRow() {
            if (current != null) {
                seen.rows.add(new InputRow(current.fichier(), current.ligne(), current.autodiagnosticId(),
                        current.siteId(), current.date(), records, passing));
            }
            current = null;
            records = 0;
            passing = 0;
        }

        private void finish() {
            int entries = seen.rows.size();
            if (entries > ENTRIES_ALWAYS_KEPT && entries * (long) MIN_RECORDS_PER_ENTRY > recordCount) {
                seen.tooMany = true;
                seen.rows.clear();
            }
            for (int i = 0; i < referenceValues.size(); i++) {
                Set<List<String>> values = seen.referenceValues.get(i);
                referenceValues.get(i).forEach(v -> values.add(v.stream().map(UTF8String::toString).toList()));
            }
            accumulator.add(seen);
        }

        private static String text(InternalRow row, int column) {
            return row.isNullAt(column) ? null : row.getUTF8String(column).toString();
        }
    }

    /** Gathers the partitions' entries on the driver, each successful task's once (it runs in a result stage). */
    public static final class Accumulator extends AccumulatorV2<CheckedInputRows, CheckedInputRows> {
        private static final long serialVersionUID = 1L;
        private final int references;
        private CheckedInputRows value;
        private boolean zero = true;

        public Accumulator(int references) {
            this.references = references;
            this.value = new CheckedInputRows(references);
        }

        @Override
        public boolean isZero() {
            return zero;
        }

        @Override
        public AccumulatorV2<CheckedInputRows, CheckedInputRows> copy() {
            Accumulator copy = new Accumulator(references);
            copy.merge(this);
            return copy;
        }

        @Override
        public void reset() {
            value = new CheckedInputRows(references);
            zero = true;
        }

        @Override
        public void add(CheckedInputRows partition) {
            value.addAll(partition);
            zero = false;
        }

        @Override
        public void merge(AccumulatorV2<CheckedInputRows, CheckedInputRows> other) {
            if (!other.isZero()) {
                add(other.value());
            }
        }

        @Override
        public CheckedInputRows value() {
            return value;
        }
    }

    /** For {@link Source#AUTODIAGNOSTICS} only: the source whose records come many to an input row. */
    static boolean applies(Source source) {
        return source == Source.AUTODIAGNOSTICS;
    }
}
