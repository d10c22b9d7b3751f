package fr.ush.vigie.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ush.vigie.docs.DataDictionaryTest.Section;
import fr.ush.vigie.fixtures.FixtureWarehouse;
import fr.ush.vigie.ingest.read.CloseableRecordIterator;
import fr.ush.vigie.ingest.read.InputFileReader;
import fr.ush.vigie.ingest.read.RawRecord;
import fr.ush.vigie.io.Trees;
import fr.ush.vigie.job.ResultFormat;
import fr.ush.vigie.job.RunConfig;
import fr.ush.vigie.job.StageLog;
import fr.ush.vigie.job.VigieJob;
import fr.ush.vigie.model.Source;
import fr.ush.vigie.spark.TestSpark;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dictionary says its examples come from {@code sample-data/} and from the warehouse {@code bin/vigie run} builds
 * on it: each example (the first backticked value of a row's last cell) must be a value of its column there — as the
 * file holds it for the input files, as {@code vigie sql} prints it for the staging tables and marts. The rejects
 * ({@code rejets} and {@code rejets_synthese}) are left out: the sample data has none, and the dictionary says where
 * its reject examples come from.
 */
class DataDictionaryExamplesTest {
    private static final Path SAMPLE = Path.of("..", "sample-data");
    private static final Pattern FIRST_BACKTICKED = Pattern.compile("`([^`]*)`");
    private static final Set<String> REJECTS = Set.of("rejets", "rejets_synthese");

    private static Map<Section, Map<String, List<List<String>>>> documented;
    private static Path dir;
    private static Path warehouse;

    @BeforeAll
    static void buildTheSampleWarehouse() throws Exception {
        documented = DataDictionaryTest.parse(
                Files.readAllLines(FixtureWarehouse.docs().resolve("dictionnaire-des-donnees.md")));
        dir = Files.createTempDirectory("vigie-sample");
        warehouse = dir.resolve("warehouse");
        VigieJob job = new VigieJob(TestSpark.session(),
                new StageLog(new PrintStream(new ByteArrayOutputStream()), false), "test");
        job.run(RunConfig.run(SAMPLE.toString(), warehouse.toString(), dir.resolve("reports").toString(),
                Optional.empty(), 0.0), published -> 0);
    }

    @AfterAll
    static void deleteIt() throws Exception {
        Trees.deleteRecursively(dir);
    }

    @Test
    void inputExamplesAreValuesOfTheSampleFiles() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Source source : Source.values()) {
            List<Set<String>> values = fileValues(source);
            for (List<String> row : documented.get(Section.INPUTS).get(source.code())) {
                String column = DataDictionaryTest.plain(row.get(0));
                example(row).filter(e -> !values.get(source.indexOf(column)).contains(e))
                        .ifPresent(e -> wrong.add(source.code() + "." + column + " « " + e + " », sample: "
                                + firstValues(values.get(source.indexOf(column)))));
            }
        }
        assertEquals(List.of(), wrong, "examples that are not in sample-data");
    }

    @Test
    void stagingAndMartExamplesAreValuesOfTheSampleWarehouse() {
        List<String> wrong = new ArrayList<>();
        Map<Section, String> folders = Map.of(Section.STAGING, "staging", Section.MARTS, "marts");
        folders.forEach((section, folder) -> documented.get(section).forEach((table, rows) -> {
            if (REJECTS.contains(table)) {
                return;
            }
            Dataset<Row> data = TestSpark.session().read().parquet(warehouse.resolve(folder).resolve(table).toString());
            List<String> columns = List.of(data.columns());
            List<Set<String>> values = new ArrayList<>();
            columns.forEach(c -> values.add(new HashSet<>()));
            for (Row line : data.collectAsList()) {
                for (int i = 0; i < columns.size(); i++) {
                    values.get(i).add(ResultFormat.text(line.get(i)));
                }
            }
            for (List<String> row : rows) {
                String column = DataDictionaryTest.plain(row.get(0));
                Set<String> printed = values.get(columns.indexOf(column));
                example(row).filter(e -> !printed.contains(e)).ifPresent(e -> wrong.add(table + "." + column
                        + " « " + e + " », sample: " + firstValues(printed)));
            }
        }));
        assertEquals(List.of(), wrong, "examples that are not in the sample warehouse");
    }

    @Test
    void everyDocumentedColumnHasAnExample() {
        List<String> missing = new ArrayList<>();
        for (Section section : List.of(Section.INPUTS, Section.STAGING, Section.MARTS)) {
            documented.get(section).forEach((table, rows) -> rows.stream().filter(r -> example(r).isEmpty())
                    .forEach(r -> missing.add(table + "." + DataDictionaryTest.plain(r.get(0)))));
        }
        assertTrue(missing.isEmpty(), "columns without an example: " + missing);
    }

    private static Optional<String> example(List<String> row) {
        Matcher value = FIRST_BACKTICKED.matcher(row.get(row.size() - 1));
        return value.find() ? Optional.of(value.group(1)) : Optional.empty();
    }

    /** Per column of the source, the cells of its sample files, read as the ingestion reads them. */
    private static List<Set<String>> fileValues(Source source) throws Exception {
        List<Set<String>> values = new ArrayList<>();
        source.columns().forEach(c -> values.add(new HashSet<>()));
        for (Path file : files(source)) {
            String fichier = SAMPLE.relativize(file).toString().replace('\\', '/');
            try (CloseableRecordIterator records = InputFileReader.open(source, fichier,
                    () -> Files.newInputStream(file))) {
                while (records.hasNext()) {
                    RawRecord record = records.next();
                    for (int i = 0; i < record.champs().size(); i++) {
                        if (record.champs().get(i) != null) {
                            values.get(i).add(record.champs().get(i));
                        }
                    }
                }
            }
        }
        return values;
    }

    private static List<Path> files(Source source) throws Exception {
        Path path = SAMPLE.resolve(source.path());
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        try (Stream<Path> walk = Files.walk(path)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static String firstValues(Set<String> values) {
        return new TreeSet<>(values).stream().limit(8).toList().toString();
    }
}
