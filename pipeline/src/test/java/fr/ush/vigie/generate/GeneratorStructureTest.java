package fr.ush.vigie.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ush.vigie.model.Source;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A small run (60 sites, 4 campaigns) read back independently and checked against the contract. */
class GeneratorStructureTest {
    @TempDir
    static Path out;
    static GeneratorSummary summary;
    static GeneratedDataset dataset;

    @BeforeAll
    static void generate() throws IOException {
        summary = new Generator().generate(new GeneratorConfig(out, 60, 4, 11));
        dataset = GeneratedDataset.read(out);
    }

    @Test
    void everyRowIsValidPerContract() {
        ContractChecks.assertValid(dataset);
    }

    @Test
    void layoutIsTheContractInputLayout() throws IOException {
        for (Source source : Source.values()) {
            if (source.singleFile()) {
                assertTrue(Files.isRegularFile(out.resolve(source.path())), source.path());
            }
        }
        Set<String> campaigns = GeneratorDeterminismTest.files(out).stream()
                .filter(f -> f.startsWith("autodiagnostics/"))
                .map(f -> f.split("/")[1]).collect(Collectors.toCollection(java.util.TreeSet::new));
        assertEquals(Set.of("2024-S2", "2025-S1", "2025-S2", "2026-S1"), campaigns);
        for (String file : GeneratorDeterminismTest.files(out.resolve("autodiagnostics"))) {
            assertTrue(file.matches("\\d{4}-S[12]/ORG\\d{3}\\.(csv|xlsx)"), file);
        }
    }

    @Test
    void summaryCountsWhatWasWritten() {
        for (Map.Entry<Source, GeneratedDataset.Table> entry : dataset.tables.entrySet()) {
            assertEquals(entry.getValue().rows().size(), summary.rows().get(entry.getKey()), entry.getKey().code());
            assertEquals(1, summary.files().get(entry.getKey()), entry.getKey().code());
        }
        assertEquals(dataset.indicators.size(), summary.rows().get(Source.AUTODIAGNOSTICS));
        assertEquals(dataset.autodiagnosticFiles.size(), summary.files().get(Source.AUTODIAGNOSTICS));
        assertEquals(dataset.autodiagnosticFiles.size(),
                summary.autodiagnosticFiles().values().stream().mapToInt(Integer::intValue).sum());
        long autodiagnostics = dataset.indicators.stream().map(GeneratedDataset.IndicatorRow::autodiagnosticId)
                .distinct().count();
        assertEquals(autodiagnostics, summary.autodiagnostics());
        assertEquals(60, summary.rows().get(Source.SITES));
        assertEquals(6, summary.rows().get(Source.ORGANISMES));
    }

    @Test
    void frenchOfficeFilesAreWindows1252WithSemicolons() throws IOException {
        GeneratedDataset.Table demandes = dataset.tables.get(Source.DEMANDES);
        assertEquals("windows-1252", demandes.charset().name());
        assertEquals(';', demandes.separator());
        assertTrue(demandes.rows().stream().allMatch(r -> r.get("date_reception").matches("\\d{2}/\\d{2}/\\d{4}")));
        assertTrue(dataset.rows(Source.PRESTATAIRES).stream().anyMatch(r -> r.get("nom").contains("é")),
                "accents decode from Windows-1252");
        byte[] missions = Files.readAllBytes(out.resolve(Source.MISSIONS.path()));
        assertEquals((byte) 0xEF, missions[0], "missions.csv starts with a UTF-8 BOM");
        assertTrue(dataset.rows(Source.MISSIONS).stream().allMatch(r -> r.get("tarif_jour_eur").contains(",")),
                "decimal comma");
        assertTrue(dataset.rows(Source.EVALUATIONS).stream().allMatch(r -> Set.of("oui", "non")
                .contains(r.get("regard_neuf"))));
        assertTrue(dataset.autodiagnosticFiles.stream().anyMatch(t -> t.charset().name().equals("windows-1252")
                && t.separator() == ';'));
    }

    @Test
    void quotedCellsSurviveTheRoundTrip() throws IOException {
        String raw = Files.readString(out.resolve(Source.DEMANDES.path()), CsvFormat.WINDOWS_1252);
        List<String> problematiques = dataset.rows(Source.DEMANDES).stream().map(r -> r.get("problematique")).toList();
        for (String p : problematiques) {
            if (p.contains(";") || p.contains("\"")) {
                assertTrue(raw.contains("\"" + p.replace("\"", "\"\"") + "\""), p);
            }
        }
        assertFalse(new String(Files.readAllBytes(out.resolve(Source.COMMUNES.path())), StandardCharsets.UTF_8)
                .contains("\uFFFD"));
    }

    @Test
    void eachFormatWritesOneShapeInOneFilePerOrganismeAndCampaign(@TempDir Path wide, @TempDir Path longForm,
            @TempDir Path xlsx) throws IOException {
        Map<AutodiagnosticFormat, AutodiagnosticShape> only = Map.of(AutodiagnosticFormat.WIDE,
                AutodiagnosticShape.WIDE_CSV, AutodiagnosticFormat.LONG, AutodiagnosticShape.LONG_CSV,
                AutodiagnosticFormat.XLSX, AutodiagnosticShape.WIDE_XLSX);
        Map<AutodiagnosticFormat, Path> folders = Map.of(AutodiagnosticFormat.WIDE, wide,
                AutodiagnosticFormat.LONG, longForm, AutodiagnosticFormat.XLSX, xlsx);
        for (AutodiagnosticFormat format : only.keySet()) {
            Path folder = folders.get(format);
            GeneratorSummary written = new Generator().generate(
                    new GeneratorConfig(folder, 60, 4, 11).withFormat(format));
            assertEquals(summary.files().get(Source.AUTODIAGNOSTICS), written.autodiagnosticFiles()
                    .get(only.get(format)), format.code());
            GeneratedDataset read = GeneratedDataset.read(folder);
            assertEquals(dataset.indicators.size(), read.indicators.size(), format.code() + ": the same grids");
            assertEquals(written.rows().get(Source.AUTODIAGNOSTICS), read.indicators.size(), format.code());
        }
        assertEquals(AutodiagnosticFormat.MIXED, GeneratorConfig.defaults(out).format());
        assertEquals(AutodiagnosticFormat.LONG, AutodiagnosticFormat.fromCode("Long"));
        assertThrows(IllegalArgumentException.class, () -> AutodiagnosticFormat.fromCode("csv"));
    }

    @Test
    void configurationIsChecked() {
        assertThrows(IllegalArgumentException.class, () -> new GeneratorConfig(out, 0, 6, 1));
        assertThrows(IllegalArgumentException.class, () -> new GeneratorConfig(out, 10, 0, 1));
        assertEquals(new GeneratorConfig(out, 400, 6, 2017), GeneratorConfig.defaults(out));
        assertEquals(0, GeneratorConfig.defaults(out).badRows());
        assertThrows(IllegalArgumentException.class, () -> GeneratorConfig.defaults(out).withBadRows(1.5));
        assertThrows(IllegalArgumentException.class, () -> GeneratorConfig.defaults(out).withBadRows(-0.1));
    }
}
