package fr.ush.vigie.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code vigie livrer} on the reports of the hand-made snapshot (national, regions 84 and 11, familles, organismes),
 * with a PDF beside region 11's page: each recipient's folder holds its own page, PDF and annexes only, every file
 * of the campaign goes to a recipient, the manifests give each file's size and SHA-256, and a second delivery is the
 * same as the first.
 */
class DeliveryTest {
    private static final String CAMPAGNE = "2026-S1";

    @TempDir
    static Path reports;

    @TempDir
    Path destination;

    @BeforeAll
    static void writeReports() throws IOException {
        new ReportWriter(new Labels(), new TemplateRenderer()).write(Fixture.snapshot(), reports, ReportScope.all(),
                Fixture.GENERATED_AT, false);
        // Any bytes do: the delivery copies the PDF beside the page, it does not read it.
        Files.write(reports.resolve(CAMPAGNE).resolve("regions").resolve("11.pdf"), new byte[] {'%', 'P', 'D', 'F'});
    }

    @Test
    void eachFolderHoldsItsOwnPageAndAnnexesOnly() throws IOException {
        Delivery.Summary summary = Delivery.deliver(reports, destination, Optional.empty());
        Path delivered = destination.resolve(CAMPAGNE);
        assertEquals(delivered, summary.folder());
        assertEquals(List.of("commission", "region-11", "region-84"), summary.recipients().subList(0, 3));

        Set<String> region11 = files(delivered.resolve("region-11"));
        assertTrue(region11.containsAll(Set.of("regions/11.html", "regions/11.pdf", "MANIFEST.csv")),
                region11.toString());
        for (String file : region11) {
            assertFalse(file.contains("84") || file.contains("national"), "region 11 receives " + file);
        }
        for (String recipient : summary.recipients()) {
            String prefix = recipient.equals("commission") ? "national" : recipient;
            String page = recipient.equals("commission") ? "national.html"
                    : folderOf(recipient) + "/" + recipient.substring(recipient.indexOf('-') + 1) + ".html";
            for (String file : files(delivered.resolve(recipient))) {
                boolean own = file.equals("MANIFEST.csv") || file.equals(page)
                        || file.equals(page.replace(".html", ".pdf")) || file.startsWith("donnees/" + prefix + "-");
                assertTrue(own, recipient + " receives " + file);
            }
            assertTrue(files(delivered.resolve(recipient)).contains(page), recipient + " receives its page");
        }
    }

    @Test
    void everyPageAndAnnexOfTheCampaignGoesToOneRecipient() throws IOException {
        Delivery.deliver(reports, destination, Optional.of(CAMPAGNE));
        Path delivered = destination.resolve(CAMPAGNE);
        Map<String, Integer> copies = new TreeMap<>();
        try (Stream<Path> folders = Files.list(delivered)) {
            for (Path folder : folders.filter(Files::isDirectory).toList()) {
                files(folder).stream().filter(f -> !f.equals("MANIFEST.csv"))
                        .forEach(f -> copies.merge(f, 1, Integer::sum));
            }
        }
        assertEquals(files(reports.resolve(CAMPAGNE)), copies.keySet());
        assertEquals(Set.of(1), Set.copyOf(copies.values()), "each file in one folder");
    }

    @Test
    void manifestsGiveEachFilesSizeAndSha256AndTheSummaryCountsThem() throws Exception {
        Delivery.Summary summary = Delivery.deliver(reports, destination, Optional.empty());
        Path delivered = summary.folder();
        List<String> lines = Files.readAllLines(delivered.resolve("livraison.csv"), StandardCharsets.UTF_8);
        assertEquals("\uFEFFdestinataire;dossier;nb_fichiers", lines.get(0));
        assertEquals(summary.recipients().size(), lines.size() - 1);
        assertEquals("Commission Qualité de service;commission;" + (files(delivered.resolve("commission")).size() - 1),
                lines.get(1));
        for (String line : lines.subList(1, lines.size())) {
            String[] fields = line.split(";");
            Path folder = delivered.resolve(fields[1]);
            List<String> manifest = Files.readAllLines(folder.resolve("MANIFEST.csv"), StandardCharsets.UTF_8);
            assertEquals("\uFEFFfichier;octets;sha256", manifest.get(0));
            Set<String> listed = new TreeSet<>();
            for (String row : manifest.subList(1, manifest.size())) {
                String[] cells = row.split(";");
                Path file = folder.resolve(cells[0]);
                byte[] bytes = Files.readAllBytes(file);
                assertEquals(bytes.length, Long.parseLong(cells[1]), cells[0]);
                assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)), cells[2],
                        cells[0]);
                assertEquals(bytes.length, Files.size(reports.resolve(CAMPAGNE).resolve(cells[0])), "copied whole");
                listed.add(cells[0]);
            }
            Set<String> present = files(folder);
            present.remove("MANIFEST.csv");
            assertEquals(present, listed, fields[1]);
            assertEquals(Integer.parseInt(fields[2]), listed.size(), fields[1]);
        }
    }

    @Test
    void aSecondDeliveryIsTheSameAndLeavesNothingAside() throws IOException {
        Delivery.deliver(reports, destination, Optional.empty());
        Map<String, String> first = tree(destination);
        Files.writeString(destination.resolve(CAMPAGNE).resolve("commission").resolve("stale.txt"), "old");
        Delivery.deliver(reports, destination, Optional.empty());
        assertEquals(first, tree(destination), "same files, same bytes; a file left in the old delivery is gone");
        try (Stream<Path> entries = Files.list(destination)) {
            assertEquals(List.of(CAMPAGNE), entries.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void aCampaignWithoutReportsIsRefusedAndWritesNothing() throws IOException {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> Delivery.deliver(reports, destination, Optional.of("2030-S1")));
        assertTrue(refused.getMessage().contains("2030-S1"), refused.getMessage());
        try (Stream<Path> entries = Files.list(destination)) {
            assertEquals(0, entries.count());
        }
        Path empty = Files.createDirectories(destination.resolve("vide"));
        assertThrows(IllegalArgumentException.class, () -> Delivery.deliver(empty, destination, Optional.empty()));
    }

    private static String folderOf(String recipient) {
        return switch (recipient.substring(0, recipient.indexOf('-'))) {
            case "region" -> "regions";
            case "famille" -> "familles";
            default -> "organismes";
        };
    }

    /** The files under a folder, as relative paths with {@code /}. */
    private static Set<String> files(Path folder) throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            return all.filter(Files::isRegularFile).map(p -> folder.relativize(p).toString().replace('\\', '/'))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    /** Every file under a folder and its content. */
    private static Map<String, String> tree(Path folder) throws IOException {
        Map<String, String> tree = new TreeMap<>();
        for (String file : files(folder)) {
            tree.put(file, HexFormat.of().formatHex(Files.readAllBytes(folder.resolve(file))));
        }
        return tree;
    }
}
