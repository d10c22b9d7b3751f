package fr.ush.vigie.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ush.vigie.fixtures.FixtureWarehouse;
import fr.ush.vigie.marts.Thresholds;
import fr.ush.vigie.spark.TestSpark;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every page that {@code vigie report} writes for the shared fixture warehouse (a real run: national, regional,
 * famille and organisme pages, the index), read as a reader sees it — the text of the page and of its charts — and
 * every CSV annex, read as French Excel reads it.
 */
class EveryPageTypographyTest {
    /** An ordinary space or tab before a high punctuation mark, or inside French quotes. */
    private static final Pattern LOOSE_PUNCTUATION = Pattern.compile("[ \\t][:;!?]|«[^\\u00A0\\u202F]|[^\\u00A0\\u202F]»");
    /** « 0 lignes », « 1 missions »: a count of 0 or 1 before a plural word (a decimal's last digit is not one). */
    private static final Pattern PLURAL_AFTER_ONE = Pattern.compile(
            "(?<![\\d,.\\u202F\\u00A0])(?<![−+×/] )[01][ \\u00A0]+(\\p{Ll}+s)(?!\\p{L})");
    /** Words ending in s that are no plural. */
    private static final Set<String> INVARIABLE = Set.of("mois", "fois", "sans", "sous", "dans", "plus", "moins",
            "après", "depuis", "des", "les", "ses", "aux", "très", "cas", "temps", "pas", "jamais", "alors");
    /** Code written for the machine: « NOUVELLE_CRISE », « max_reject_rate », « input = sample-data ». */
    private static final Pattern CODE = Pattern.compile(
            "\\b[A-Z]+_[A-Z_]+\\b|\\b[a-z]+_[a-z_]+\\b|\\b[a-z][a-z_.]{2,} = ");
    /** The file kinds of the ledger and of {@code rejets}, printed in a cell of their own. */
    private static final Set<String> FILE_KINDS = Set.of("regions", "departements", "communes", "qpv",
            "organismes", "sites", "prestataires", "grille", "autodiagnostics", "demandes", "missions",
            "evaluations");
    private static final Pattern FRENCH_NUMBER = Pattern.compile("-?\\d+(,\\d+)?");

    @TempDir
    static Path out;
    private static List<Path> pages;
    private static List<Path> annexes;

    @BeforeAll
    static void generate() throws Exception {
        new ReportGenerator(Clock.fixed(Fixture.GENERATED_AT, ZoneOffset.UTC)).generate(TestSpark.session(),
                FixtureWarehouse.path().toString(), out, Optional.empty(), ReportScope.all(), false);
        try (Stream<Path> files = Files.walk(out)) {
            List<Path> all = files.filter(Files::isRegularFile).sorted().toList();
            pages = all.stream().filter(f -> f.toString().endsWith(".html")).toList();
            annexes = all.stream().filter(f -> f.toString().endsWith(".csv")).toList();
        }
    }

    /** The text a reader sees: the page's and its charts', without markup, style nor attribute. */
    static List<String> visibleLines(String html) {
        String text = html.replaceAll("(?s)<style>.*?</style>", "").replaceAll("(?s)<!--.*?-->", "")
                .replaceAll("<[^>]*>", "\n");
        text = text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&nbsp;", "\u00A0").replace("&amp;", "&");
        return Stream.of(text.split("\n")).map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    @Test
    void everyPageIsSpacedAndAgreedTheFrenchWay() throws IOException {
        assertTrue(pages.size() >= 6, "pages: " + pages);
        List<String> faults = new ArrayList<>();
        for (Path page : pages) {
            String html = Files.readString(page, StandardCharsets.UTF_8);
            for (String line : visibleLines(html)) {
                if (LOOSE_PUNCTUATION.matcher(line).find()) {
                    faults.add(out.relativize(page) + " — espace : " + line);
                }
                Matcher plural = PLURAL_AFTER_ONE.matcher(line);
                while (plural.find()) {
                    if (!INVARIABLE.contains(plural.group(1))) {
                        faults.add(out.relativize(page) + " — accord : " + line);
                    }
                }
            }
        }
        assertEquals(List.of(), faults);
    }

    @Test
    void noPageShowsAnIdentifierOfTheCode() throws IOException {
        Set<String> keys = labelKeys();
        keys.addAll(Thresholds.defaults().asProperties().keySet());
        Pattern dotted = Pattern.compile("\\b[a-z]+\\.[a-z_]+(\\.[a-z_]+)*\\b");
        List<String> faults = new ArrayList<>();
        for (Path page : pages) {
            // An organisme's rejected lines are shown as read, with the columns its files name: what it must fix.
            String html = Files.readString(page, StandardCharsets.UTF_8)
                    .replaceAll("(?s)<section id=\"rejets\".*?</section>", "");
            for (String line : visibleLines(html)) {
                Matcher key = dotted.matcher(line);
                while (key.find()) {
                    if (keys.contains(key.group()) || keys.contains(key.group().replaceFirst("^seuils\\.", ""))) {
                        faults.add(out.relativize(page) + " — clé : " + line);
                    }
                }
                if (CODE.matcher(line).find() || FILE_KINDS.contains(line)) {
                    faults.add(out.relativize(page) + " — code : " + line);
                }
            }
        }
        assertEquals(List.of(), faults);
    }

    @Test
    void everyAnnexOpensAsNumbersInFrenchExcel() throws IOException {
        assertTrue(annexes.size() >= 10, "annexes: " + annexes);
        int numbers = 0;
        for (Path annex : annexes) {
            String csv = Files.readString(annex, StandardCharsets.UTF_8);
            String name = out.relativize(annex).toString();
            assertTrue(csv.startsWith("\uFEFF"), name + " : BOM");
            assertFalse(csv.contains("\u2212"), name + " : signe moins typographique");
            List<List<String>> rows = parse(csv.substring(1));
            int columns = rows.get(0).size();
            for (List<String> row : rows.subList(1, rows.size())) {
                assertEquals(columns, row.size(), name + " : " + row);
                for (String cell : row) {
                    // A figure with its unit, its thousands spaced or with an interval would be text to Excel.
                    if (cell.matches("[-+]?[\\d\\u202F\\u00A0 ]+([,.]\\d+)?[\\u202F\\u00A0 ]*[%€]?")
                            || cell.matches(".*\\d.*\\[.*;.*\\].*")) {
                        assertTrue(FRENCH_NUMBER.matcher(cell).matches(), name + " : « " + cell + " » in " + row);
                        numbers++;
                    }
                }
            }
        }
        assertTrue(numbers > 50, "numbers checked: " + numbers);
    }

    private static Set<String> labelKeys() throws IOException {
        Properties labels = new Properties();
        try (var in = new InputStreamReader(Labels.class.getResourceAsStream("labels.properties"),
                StandardCharsets.UTF_8)) {
            labels.load(in);
        }
        return new HashSet<>(labels.stringPropertyNames());
    }

    /** The records of a CSV file as Excel splits them: {@code ;}, double quotes, CRLF. */
    static List<List<String>> parse(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ';') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                cell.append(c);
            }
        }
        return rows;
    }
}
