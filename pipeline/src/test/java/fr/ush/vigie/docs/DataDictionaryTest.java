package fr.ush.vigie.docs;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ush.vigie.fixtures.FixtureWarehouse;
import fr.ush.vigie.model.ColumnSpec;
import fr.ush.vigie.model.ColumnType;
import fr.ush.vigie.model.Source;
import fr.ush.vigie.spark.TestSpark;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * {@code notebooks-docs/dictionnaire-des-donnees.md} cannot drift from the code: its input tables are compared with
 * {@link Source} (names, order, types, required, allowed values), and its staging, mart and rejects tables with the
 * Parquet schemas a real run writes (names, order and Spark types, as {@code vigie sql} shows them).
 */
class DataDictionaryTest {
    private static final Path DICTIONARY = FixtureWarehouse.docs().resolve("dictionnaire-des-donnees.md");

    /** How the dictionary spells each input type. */
    private static final Map<ColumnType, String> TYPE_WORDS = Map.of(ColumnType.TEXT, "texte", ColumnType.DATE, "date",
            ColumnType.INTEGER, "entier", ColumnType.DECIMAL, "décimal", ColumnType.BOOLEAN, "booléen",
            ColumnType.ENUM, "énumération");

    private static Map<Section, Map<String, List<List<String>>>> documented;
    private static Path warehouse;

    /** The level-2 sections of the dictionary, each holding one level-3 heading and table per file or table. */
    enum Section {
        INPUTS("Fichiers d'entrée"), STAGING("Tables de staging"), MARTS("Marts"), REJETS("Rejets");

        final String title;

        Section(String title) {
            this.title = title;
        }
    }

    @BeforeAll
    static void readBoth() throws Exception {
        documented = parse(Files.readAllLines(DICTIONARY));
        warehouse = FixtureWarehouse.path();
    }

    @Test
    void everyInputFileIsDocumentedWithItsColumnsTypesAndRequiredFields() {
        Map<String, List<List<String>>> inputs = documented.get(Section.INPUTS);
        List<Executable> checks = new ArrayList<>();
        checks.add(() -> assertEquals(Arrays.stream(Source.values()).map(Source::code).toList(),
                List.copyOf(inputs.keySet()), "input files documented, in validation order"));
        for (Source source : Source.values()) {
            List<List<String>> rows = inputs.getOrDefault(source.code(), List.of());
            checks.add(() -> assertEquals(source.columns().stream().map(DataDictionaryTest::inputLine).toList(),
                    rows.stream().map(r -> r.subList(0, 3).stream().map(DataDictionaryTest::plain).toList()).toList(),
                    source.code() + ": colonne | type | obligatoire"));
            for (ColumnSpec spec : source.columns()) {
                rows.stream().filter(r -> plain(r.get(0)).equals(spec.name())).findFirst().ifPresent(row -> spec.allowed()
                        .forEach(value -> checks.add(() -> assertTrue(plain(String.join("|", row)).contains(value),
                                source.code() + "." + spec.name() + " lists its value " + value))));
            }
        }
        assertAll(checks);
    }

    @Test
    void everyStagingTableIsDocumentedAsWritten() throws IOException {
        assertTablesMatch(Section.STAGING, warehouse.resolve("staging"));
    }

    @Test
    void everyMartIsDocumentedAsWritten() throws IOException {
        assertTablesMatch(Section.MARTS, warehouse.resolve("marts"));
    }

    @Test
    void theRejectsTableIsDocumentedAsWritten() {
        assertEquals(schemaLines(warehouse.resolve("rejets")), documentedLines(Section.REJETS, "rejets"));
    }

    private static void assertTablesMatch(Section section, Path folder) throws IOException {
        List<String> tables;
        try (Stream<Path> dirs = Files.list(folder)) {
            tables = dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).sorted().toList();
        }
        List<Executable> checks = new ArrayList<>();
        checks.add(() -> assertEquals(tables, List.copyOf(new TreeSet<>(documented.get(section).keySet())),
                section.title + " documented"));
        for (String table : tables) {
            checks.add(() -> assertEquals(schemaLines(folder.resolve(table)), documentedLines(section, table),
                    section.title + " " + table + ": colonne | type"));
        }
        assertAll(checks);
    }

    private static List<String> inputLine(ColumnSpec spec) {
        return List.of(spec.name(), TYPE_WORDS.get(spec.type()), spec.required() ? "oui" : "non");
    }

    /** "name type" per column of a written table, the type as {@code vigie sql}'s {@code describe} prints it. */
    private static List<String> schemaLines(Path table) {
        StructType schema = TestSpark.session().read().parquet(table.toString()).schema();
        return Arrays.stream(schema.fields()).map(f -> f.name() + " " + f.dataType().simpleString()).toList();
    }

    private static List<String> documentedLines(Section section, String table) {
        return documented.get(section).getOrDefault(table, List.of()).stream()
                .map(row -> plain(row.get(0)) + " " + plain(row.get(1))).toList();
    }

    private static final Pattern BACKTICKED = Pattern.compile("`([^`]+)`");

    /**
     * Section → table name (the first backticked word of its {@code ###} heading) → the cells of its first Markdown
     * table's body rows, as written (see {@link #plain}).
     */
    static Map<Section, Map<String, List<List<String>>>> parse(List<String> lines) {
        Map<String, Section> byTitle = new LinkedHashMap<>();
        Arrays.stream(Section.values()).forEach(s -> byTitle.put(s.title, s));
        Map<Section, Map<String, List<List<String>>>> result = new LinkedHashMap<>();
        Arrays.stream(Section.values()).forEach(s -> result.put(s, new LinkedHashMap<>()));
        Section section = null;
        List<List<String>> rows = null;
        int tableLine = 0;
        for (String line : lines) {
            if (line.startsWith("## ")) {
                section = byTitle.get(line.substring(3).strip());
                rows = null;
            } else if (line.startsWith("### ") && section != null) {
                Matcher name = BACKTICKED.matcher(line);
                rows = name.find() ? new ArrayList<>() : null;
                if (rows != null) {
                    result.get(section).put(name.group(1), rows);
                }
                tableLine = 0;
            } else if (rows != null && line.startsWith("|")) {
                tableLine++;
                if (tableLine > 2) { // header and delimiter rows
                    rows.add(cells(line));
                }
            } else if (rows != null && tableLine > 0) {
                rows = null; // only the first table after a heading
            }
        }
        return result;
    }

    private static List<String> cells(String row) {
        String inner = row.strip().substring(1, row.strip().length() - 1);
        return Arrays.stream(inner.split("(?<!\\\\)\\|", -1)).map(String::strip).toList();
    }

    /** A cell's text without its backticks. */
    static String plain(String cell) {
        return cell.replace("`", "");
    }
}
