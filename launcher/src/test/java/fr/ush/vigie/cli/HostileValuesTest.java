package fr.ush.vigie.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ush.vigie.io.FileNames;
import fr.ush.vigie.spark.TestSpark;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Codes and names written to do harm: region codes and organisme ids that would climb out of the reports folder
 * or collide once made into file names, names that French Excel would run as formulas. A whole {@code vigie run}
 * on a generated dataset carrying them must succeed, write every file inside {@code --out} under a name of its
 * own reachable from the index, and write every such name into the CSV annexes as inert text.
 */
class HostileValuesTest {
    /** The hostile codes; {@code a/b} and {@code a%2Fb} differ only by a character the encoding changes. */
    static final List<String> CODES = List.of("../x", "a/b", "a%2Fb", "..", "CON", "nom avec espaces", "é",
            "r".repeat(300));
    static final List<String> FORMULAS = List.of("=HYPERLINK(\"http://exemple.invalid\";\"voir\")", "@SUM(A1:A9)",
            "+33 1 23", "-2+3", "=1+1");
    private static final Pattern HREF = Pattern.compile("href=\"([^\"#]+)\"");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(,\\d+)?");

    @TempDir
    static Path tmp;
    static Path out;
    static Path warehouse;

    @BeforeAll
    static void hostileRun() throws Exception {
        TestSpark.session();
        Path input = tmp.resolve("entrees");
        assertEquals(0, Vigie.execute("generate", "--out", input.toString(), "--sites", "300", "--campagnes", "2",
                "--format", "long"));
        Map<String, String> regions = new HashMap<>();
        Map<String, String> organismes = new HashMap<>();
        // Organismes first: the hostile codes go to regions where organismes, and so sites, are.
        rewrite(input.resolve("reference/organismes.csv"), Map.of("code_region", code(regions, CODES),
                "organisme_id", code(organismes, CODES), "nom", cycling(FORMULAS)));
        rewrite(input.resolve("reference/regions.csv"), Map.of("code_region", code(regions, CODES)));
        rewrite(input.resolve("reference/departements.csv"), Map.of("code_region", code(regions, CODES)));
        rewrite(input.resolve("reference/communes.csv"), Map.of("code_region", code(regions, CODES)));
        rewrite(input.resolve("reference/sites.csv"), Map.of("organisme_id", code(organismes, CODES),
                "nom", cycling(FORMULAS)));
        rewrite(input.resolve("reference/prestataires.csv"), Map.of("nom", cycling(FORMULAS)));
        rewrite(input.resolve("appui/demandes.csv"), Map.of("organisme_id", code(organismes, CODES)));
        assertTrue(regions.values().containsAll(CODES) && organismes.values().containsAll(CODES),
                "every hostile code is in use: " + regions + " " + organismes);

        // Deep enough that a climbing name would land inside tmp, where the test looks for it.
        out = tmp.resolve("a/b/c/d/rapports");
        warehouse = tmp.resolve("entrepot");
        assertEquals(0, Vigie.execute("run", "--input", input.toString(), "--warehouse", warehouse.toString(),
                "--out", out.toString()));
    }

    @Test
    void everyFileLiesInsideTheReportsFolderUnderANameOfItsOwn() throws IOException {
        try (Stream<Path> files = Files.walk(tmp)) {
            List<Path> outside = files.filter(Files::isRegularFile)
                    .filter(f -> !f.startsWith(tmp.resolve("entrees")) && !f.startsWith(warehouse)
                            && !f.startsWith(out))
                    .toList();
            assertEquals(List.of(), outside);
        }
        List<String> regionsWithSites = TestSpark.session().read().parquet(warehouse.resolve("staging/sites")
                .toString()).select("code_region").distinct().collectAsList().stream().map(r -> r.getString(0))
                .toList();
        assertTrue(regionsWithSites.containsAll(List.of("../x", "a/b", "a%2Fb", "é", "r".repeat(300))),
                regionsWithSites.toString());
        Path campaign = latestCampaign();
        Set<String> pages = new HashSet<>();
        for (String region : regionsWithSites) {
            Path page = campaign.resolve("regions").resolve(FileNames.segment(region) + ".html");
            assertTrue(Files.isRegularFile(page), "the page of region « " + region + " »: " + page);
            pages.add(page.getFileName().toString());
        }
        assertEquals(regionsWithSites.size(), pages.size(), "no two regions share a page");
        try (Stream<Path> listed = Files.list(campaign.resolve("regions"))) {
            assertEquals(pages.size(), listed.count(), "one page per region, nothing else");
        }
        for (String organisme : CODES) {
            Path page = campaign.resolve("organismes").resolve(FileNames.segment(organisme) + ".html");
            assertTrue(Files.isRegularFile(page), "the return of organisme « " + organisme + " »: " + page);
        }
    }

    @Test
    void everyPageIsReachableFromTheIndexAndEveryLinkResolves() throws IOException {
        Set<Path> linked = new HashSet<>(links(out.resolve("index.html")));
        try (Stream<Path> files = Files.walk(out)) {
            Set<Path> htmlPages = new HashSet<>(files.filter(f -> f.toString().endsWith(".html"))
                    .filter(f -> !f.equals(out.resolve("index.html"))).map(Path::normalize).toList());
            assertEquals(htmlPages, linked);
            Path campaign = latestCampaign();
            List<Path> fromNational = links(campaign.resolve("national.html"));
            try (Stream<Path> regions = Files.list(campaign.resolve("regions"))) {
                for (Path region : regions.toList()) {
                    assertTrue(fromNational.contains(region.normalize()), "the national report links to " + region);
                    assertTrue(links(region).contains(campaign.resolve("national.html").normalize()),
                            region + " links back to the national report");
                }
            }
            for (Path page : htmlPages) {
                for (Path target : links(page)) {
                    assertTrue(Files.exists(target), page + " links to a missing " + target);
                    assertTrue(target.startsWith(out), page + " links outside the reports: " + target);
                }
            }
        }
    }

    @Test
    void noAnnexCellIsAFormulaAndNumbersStayNumbers() throws IOException {
        List<Path> annexes;
        try (Stream<Path> files = Files.walk(out)) {
            annexes = files.filter(f -> f.toString().endsWith(".csv")).toList();
        }
        assertFalse(annexes.isEmpty());
        int inert = 0;
        for (Path annex : annexes) {
            for (List<String> row : parse(Files.readString(annex, UTF_8).substring(1), ';')) {
                for (String cell : row) {
                    if (cell.startsWith("'")) {
                        inert++;
                    }
                    assertFalse(!cell.isEmpty() && "=+@\t\r".indexOf(cell.charAt(0)) >= 0,
                            annex.getFileName() + " holds a formula: " + cell);
                    assertFalse(cell.contains("\u2212"), annex.getFileName() + " holds a typographic minus: " + cell);
                    assertTrue(!cell.startsWith("-") || NUMBER.matcher(cell).matches(),
                            annex.getFileName() + " holds text starting with a minus sign: " + cell);
                }
            }
        }
        assertTrue(inert > 0, "the hostile names reach some annex, written inert");
        List<Path> watchLists = annexes.stream().filter(f -> f.getFileName().toString().endsWith("-veille.csv"))
                .toList();
        assertFalse(watchLists.isEmpty());
        for (Path watchList : watchLists) {
            List<List<String>> rows = parse(Files.readString(watchList, UTF_8).substring(1), ';');
            assertTrue(rows.size() == 1 || rows.stream().skip(1).allMatch(row -> row.stream().anyMatch(cell -> cell.startsWith("'"))),
                    watchList.getFileName() + " names each of its sites, inert: " + rows);
        }
    }

    private static Path latestCampaign() throws IOException {
        try (Stream<Path> dirs = Files.list(out)) {
            return dirs.filter(Files::isDirectory).max(Path::compareTo).orElseThrow();
        }
    }

    /** The local targets of a page's links, decoded as a browser does. */
    private static List<Path> links(Path page) throws IOException {
        List<Path> targets = new ArrayList<>();
        Matcher m = HREF.matcher(Files.readString(page));
        while (m.find()) {
            String href = m.group(1).replace("&amp;", "&");
            if (!href.contains(":")) {
                targets.add(page.getParent().resolve(URLDecoder.decode(href, UTF_8)).normalize());
            }
        }
        return targets;
    }

    /** Gives each distinct original value the next hostile code, as long as there are codes left. */
    private static UnaryOperator<String> code(Map<String, String> assigned, List<String> codes) {
        return original -> {
            if (original.isEmpty()) {
                return original;
            }
            if (!assigned.containsKey(original) && assigned.size() < codes.size()) {
                assigned.put(original, codes.get(assigned.size()));
            }
            return assigned.getOrDefault(original, original);
        };
    }

    private static UnaryOperator<String> cycling(List<String> values) {
        int[] next = {0};
        return original -> values.get(next[0]++ % values.size());
    }

    /** Rewrites some columns of an input CSV, whatever its encoding and separator, as UTF-8. */
    private static void rewrite(Path file, Map<String, UnaryOperator<String>> columns) throws IOException {
        String text = decode(Files.readAllBytes(file));
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        char separator = text.substring(0, text.indexOf('\n')).contains(";") ? ';' : ',';
        List<List<String>> rows = parse(text, separator);
        List<String> header = rows.get(0);
        StringBuilder written = new StringBuilder();
        for (List<String> row : rows) {
            List<String> fields = new ArrayList<>(row);
            if (row != header) {
                for (int i = 0; i < fields.size() && i < header.size(); i++) {
                    UnaryOperator<String> change = columns.get(header.get(i).trim());
                    if (change != null) {
                        fields.set(i, change.apply(fields.get(i)));
                    }
                }
            }
            List<String> quoted = fields.stream().map(f -> f.indexOf(separator) >= 0 || f.contains("\"")
                    || f.contains("\n") ? "\"" + f.replace("\"", "\"\"") + "\"" : f).toList();
            written.append(String.join(String.valueOf(separator), quoted)).append('\n');
        }
        Files.writeString(file, written, UTF_8);
    }

    private static String decode(byte[] bytes) {
        try {
            return UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }

    /** RFC 4180 records; line ends CRLF or LF. */
    private static List<List<String>> parse(String text, char separator) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == separator) {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }
}
