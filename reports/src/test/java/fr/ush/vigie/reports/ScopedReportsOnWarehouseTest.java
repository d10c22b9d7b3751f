package fr.ush.vigie.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ush.vigie.fixtures.FixtureWarehouse;
import fr.ush.vigie.marts.AppuiTerritoires;
import fr.ush.vigie.spark.TestSpark;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reports of the shared fixture warehouse (a real run): region 84 holds sites S1 and S2 of Lyon Habitat and the
 * one accepted mission (M1, on S1: 4 days at 1 100,50 €, 2 of extension); region 11 holds S3 of Paris Logement and
 * no mission.
 */
class ScopedReportsOnWarehouseTest {
    /** A site id as a word of its own: « S1 », not the end of the campaign « 2026-S1 ». */
    private static final Pattern REGION_84_SITE_ID = Pattern.compile("(?<![-\\w])S[12](?!\\w)");
    private static final List<String> REGION_84_NAMES = List.of("Les Minguettes Tour 1", "Résidence Croix-Rousse",
            "Lyon Habitat");

    @TempDir
    static Path out;
    private static ReportSummary summary;

    @BeforeAll
    static void generate() throws Exception {
        summary = new ReportGenerator(Clock.fixed(Fixture.GENERATED_AT, ZoneOffset.UTC)).generate(
                TestSpark.session(), FixtureWarehouse.path().toString(), out, Optional.empty(), ReportScope.all(), false);
    }

    /** The page and its CSV files. */
    private static String everything(String page, String csvPrefix) throws IOException {
        Path dir = out.resolve(summary.campagne());
        StringBuilder text = new StringBuilder(Files.readString(dir.resolve(page), StandardCharsets.UTF_8));
        try (Stream<Path> files = Files.list(dir.resolve("donnees"))) {
            for (Path csv : files.filter(f -> f.getFileName().toString().startsWith(csvPrefix)).toList()) {
                text.append(Files.readString(csv, StandardCharsets.UTF_8));
            }
        }
        return text.toString();
    }

    @Test
    void region11NamesNoSiteNorOrganismeOfRegion84InItsPageOrItsData() throws IOException {
        String region11 = everything("regions/11.html", "region-11-");
        assertFalse(REGION_84_SITE_ID.matcher(region11).find(), "no site id of region 84");
        for (String name : REGION_84_NAMES) {
            assertFalse(region11.contains(name), name);
        }
        assertTrue(region11.contains(
                "Aucune demande ni mission du pôle d&#39;appui n&#39;est enregistrée pour ce périmètre."));
    }

    @Test
    void region84sMissionFiguresAreItsRowsOfTheTerritorialMart() throws Exception {
        Row mart = TestSpark.session().read()
                .parquet(FixtureWarehouse.path().resolve("marts").resolve(AppuiTerritoires.MISSIONS_TABLE).toString())
                .where("dimension = 'REGION' and code_territoire = '84'")
                .selectExpr("sum(nb_missions)", "sum(cout_ush_eur)", "sum(cout_organismes_eur)").first();
        // M1: 4 × 1 100,50 = 4 402,00 € for the Union, 2 × 1 100,50 = 2 201,00 € for its organisme.
        assertEquals(List.of("1", "4402.00", "2201.00"),
                List.of(mart.get(0).toString(), mart.get(1).toString(), mart.get(2).toString()));
        String budget = Files.readString(out.resolve(summary.campagne()).resolve("donnees/region-84-budget.csv"),
                StandardCharsets.UTF_8);
        assertTrue(budget.contains("\r\n2024;1;4402;2201\r\n"), budget);
    }
}
