package fr.ush.vigie.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ush.vigie.fixtures.EveryReasonFixture;
import fr.ush.vigie.spark.TestSpark;
import fr.ush.vigie.warehouse.RunLedger;
import fr.ush.vigie.warehouse.RunLock;
import fr.ush.vigie.warehouse.Warehouse;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The command line's contract: help, exit codes 0/2/3, messages naming the file and what was expected. */
class VigieCliTest {
    @TempDir
    static Path tmp;
    static Path fixture;

    /** What one invocation printed and returned. */
    record Outcome(int code, String out, String err) {
    }

    @BeforeAll
    static void sharedSparkAndFixture() throws IOException {
        TestSpark.session();
        fixture = EveryReasonFixture.write(tmp.resolve("fixture"));
    }

    static Outcome vigie(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Vigie.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Outcome(code, out.toString(), err.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"run", "ingest", "compute", "report", "versions", "restaurer", "validate", "sql",
        "generate"})
    void everyCommandHasHelp(String command) {
        Outcome outcome = vigie(command, "--help");
        assertEquals(0, outcome.code());
        assertTrue(outcome.out().contains("Utilisation\u00A0: vigie " + command), outcome.out());
        assertFrenchHelp(outcome.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"--help", "help", "help --help", "help report"})
    void theMainHelpAndTheHelpCommandAreInFrench(String args) {
        Outcome outcome = vigie(args.split(" "));
        assertEquals(0, outcome.code());
        assertFrenchHelp(outcome.out());
    }

    /** None of picocli's own English lines: headings, --help, --version, the help command. */
    private static void assertFrenchHelp(String help) {
        for (String english : List.of("Usage:", "Commands:", "Show this help", "Print version", "Display help",
                "Show usage help", "When no COMMAND", "The COMMAND")) {
            assertFalse(help.contains(english), english + " in:\n" + help);
        }
        assertTrue(help.contains("Affiche"), help);
    }

    @Test
    void argumentErrorsExitWithTwo() {
        assertEquals(2, vigie().code());
        assertEquals(2, vigie("ingest", "--input", fixture.toString()).code(), "--warehouse is required");
        assertEquals(2, vigie("frobnicate").code());
        Outcome badRate = vigie("validate", "--input", fixture.toString(), "--max-reject-rate", "1.5");
        assertEquals(2, badRate.code());
        assertTrue(badRate.err().contains("--max-reject-rate"), badRate.err());
        Outcome hdfs = vigie("ingest", "--input", fixture.toString(), "--warehouse", "hdfs://namenode/vigie");
        assertEquals(2, hdfs.code(), hdfs.err());
        Outcome badCampaign = vigie("run", "--input", fixture.toString(), "--campagne", "2025-T3");
        assertEquals(2, badCampaign.code());
        assertTrue(badCampaign.err().contains("AAAA-S1"), badCampaign.err());
    }

    @Test
    void generateWritesTheFormatAskedAndChecksItsOptions() throws IOException {
        Path out = tmp.resolve("generated");
        assertEquals(0, vigie("generate", "--out", out.toString(), "--sites", "20", "--campagnes", "2",
                "--format", "xlsx", "--bad-rows", "0.05").code());
        try (Stream<Path> files = Files.list(out.resolve("autodiagnostics/2026-S1"))) {
            List<Path> written = files.toList();
            assertFalse(written.isEmpty());
            assertTrue(written.stream().allMatch(f -> f.toString().endsWith(".xlsx")), written.toString());
        }
        Outcome badFormat = vigie("generate", "--out", out.toString(), "--format", "csv");
        assertEquals(2, badFormat.code());
        assertTrue(badFormat.err().contains("--format"), badFormat.err());
        Outcome badRate = vigie("generate", "--out", out.toString(), "--bad-rows", "1.5");
        assertEquals(2, badRate.code());
        assertTrue(badRate.err().contains("--bad-rows"), badRate.err());
    }

    @Test
    void aHeaderLackingColumnsIsFatalAndNamesFileAndColumns() throws IOException {
        Path input = EveryReasonFixture.write(tmp.resolve("missing-columns"));
        Files.writeString(input.resolve("reference/sites.csv"),
                "site_id,organisme_id,nom,code_commune,code_qpv,nb_logements\nS1,O1,Tour,69123,,10\n",
                StandardCharsets.UTF_8);
        Path warehouse = tmp.resolve("missing-columns-warehouse");
        Outcome outcome = vigie("ingest", "--input", input.toString(), "--warehouse", warehouse.toString());
        assertEquals(2, outcome.code());
        assertTrue(outcome.err().contains("reference/sites.csv"), outcome.err());
        assertTrue(outcome.err().contains("date_entree, date_sortie"), outcome.err());
        assertFalse(Files.exists(warehouse.resolve("staging")), "nothing published");
    }

    @Test
    void aMissingFileIsFatal() throws IOException {
        Path input = EveryReasonFixture.write(tmp.resolve("missing-file"));
        Files.delete(input.resolve("appui/missions.csv"));
        Outcome outcome = vigie("validate", "--input", input.toString());
        assertEquals(2, outcome.code());
        assertTrue(outcome.err().contains("appui/missions.csv"), outcome.err());
    }

    @Test
    void validatePrintsTheReconciliationAndExitsThreeOverTheLimit() {
        Outcome outcome = vigie("validate", "--input", fixture.toString());
        assertEquals(3, outcome.code());
        assertTrue(outcome.out().matches("(?s).*\\nautodiagnostics +22 +10 +12 +54,55 %\\n.*"), outcome.out());
        assertTrue(outcome.out().contains("UNKNOWN_REFERENCE"), outcome.out());
        assertEquals(0, vigie("validate", "--input", fixture.toString(), "--max-reject-rate", "1").code());
    }

    @Test
    void aRejectRateOverTheLimitPublishesNothingAndRecordsARejectedRun() throws IOException {
        Path warehouse = tmp.resolve("rejected-warehouse");
        Outcome outcome = vigie("ingest", "--input", fixture.toString(), "--warehouse", warehouse.toString());
        assertEquals(3, outcome.code());
        assertTrue(outcome.err().contains("taux de rejet"), outcome.err());
        Warehouse published = new Warehouse(warehouse);
        assertTrue(published.publishedRunId().isEmpty());
        List<RunLedger> ledgers = published.ledgers();
        assertEquals(1, ledgers.size());
        assertEquals(RunLedger.Status.REJECTED, ledgers.get(0).status());
        assertEquals(14, ledgers.get(0).inputs().size());
    }

    @Test
    void aWarehouseHeldByAnotherRunIsRefusedNamingTheHolder() throws Exception {
        Path warehouse = tmp.resolve("busy-warehouse");
        try (RunLock held = new Warehouse(warehouse).lock("20261129T000000Z-abcdef")) {
            Outcome outcome = vigie("ingest", "--input", fixture.toString(), "--warehouse", warehouse.toString(),
                    "--max-reject-rate", "1");
            assertEquals(2, outcome.code());
            assertTrue(outcome.err().contains("20261129T000000Z-abcdef"), outcome.err());
        }
        assertEquals(0, vigie("ingest", "--input", fixture.toString(), "--warehouse", warehouse.toString(),
                "--max-reject-rate", "1").code(), "the lock released, the next run goes through");
    }

    @Test
    void sqlQueriesEveryTableOfThePublishedWarehouseByName() {
        Path warehouse = tmp.resolve("sql-warehouse");
        assertEquals(2, vigie("sql", "--warehouse", warehouse.toString(), "-e", "select 1").code(),
                "nothing published yet");
        assertEquals(0, vigie("ingest", "--input", fixture.toString(), "--warehouse", warehouse.toString(),
                "--max-reject-rate", "1").code());
        Outcome csv = vigie("sql", "--warehouse", warehouse.toString(), "--format", "csv", "-e",
                "select source, sum(nb_lignes) as n from rejets_synthese group by source order by source;"
                        + "select count(*) as n from rejets r join sites s on r.fichier = 'x'");
        assertEquals(0, csv.code(), csv.err());
        assertTrue(csv.out().startsWith("source,n\nautodiagnostics,12\ncommunes,1\n"), csv.out());
        assertTrue(csv.out().endsWith("n\n0\n"), csv.out());
        Outcome badSql = vigie("sql", "--warehouse", warehouse.toString(), "-e", "select nope from sites");
        assertEquals(2, badSql.code());
        assertTrue(badSql.err().contains("nope"), badSql.err());
    }

    @Test
    void anUnknownThresholdKeyIsAnInputErrorNamingTheKey() throws IOException {
        Path input = EveryReasonFixture.write(tmp.resolve("bad-seuils"));
        Files.writeString(input.resolve("reference/seuils.properties"), "gravite.crise=55\ngravite.critique=70\n",
                StandardCharsets.UTF_8);
        Outcome outcome = vigie("validate", "--input", input.toString());
        assertEquals(2, outcome.code());
        assertTrue(outcome.err().contains("reference/seuils.properties"), outcome.err());
        assertTrue(outcome.err().contains("gravite.critique"), outcome.err());
    }

    @Test
    void runRendersEveryReportAndReportRendersOneScope() throws IOException {
        Path warehouse = tmp.resolve("report-warehouse");
        Path out = tmp.resolve("report-out");
        assertEquals(2, vigie("report", "--warehouse", warehouse.toString(), "--out", out.toString()).code(),
                "nothing published yet");
        Outcome run = vigie("run", "--input", fixture.toString(), "--warehouse", warehouse.toString(), "--out",
                out.toString(), "--max-reject-rate", "1");
        assertEquals(0, run.code(), run.err());
        for (String page : List.of("index.html", "2026-S1/national.html", "2026-S1/regions/84.html",
                "2026-S1/regions/11.html", "2026-S1/familles/OPH.html", "2026-S1/familles/ESH.html")) {
            assertTrue(Files.isRegularFile(out.resolve(page)), page);
        }
        String regional = Files.readString(out.resolve("2026-S1/regions/11.html"), StandardCharsets.UTF_8);
        assertFalse(regional.contains("Minguettes") || regional.contains("Croix-Rousse"), "no site of region 84");

        // In 2025-S2 site S3 of region 11 is in crisis (FU01, critical, at level 3): it is on its region's list.
        Path scoped = tmp.resolve("report-scoped");
        assertEquals(0, vigie("report", "--warehouse", warehouse.toString(), "--out", scoped.toString(),
                "--campagne", "2025-S2", "--scope", "region:11").code());
        String watched = Files.readString(scoped.resolve("2025-S2/regions/11.html"), StandardCharsets.UTF_8);
        assertTrue(watched.contains("Cité des Œillets"), "its own site, by name");
        assertFalse(watched.contains("Minguettes") || watched.contains("Lyon Habitat"), "nothing of region 84");
        assertFalse(Files.exists(scoped.resolve("2025-S2/national.html")));
        assertEquals(2, vigie("report", "--warehouse", warehouse.toString(), "--out", scoped.toString(),
                "--scope", "departement:69").code());
        assertEquals(2, vigie("report", "--warehouse", warehouse.toString(), "--out", scoped.toString(),
                "--campagne", "2019-S1").code());

        // One organisme's data-quality return, alone.
        List<String> returns;
        try (Stream<Path> pages = Files.list(out.resolve("2026-S1/organismes"))) {
            returns = pages.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertFalse(returns.isEmpty(), "run writes the organismes' returns");
        String first = returns.get(0).replace(".html", "");
        Path alone = tmp.resolve("report-organisme");
        assertEquals(0, vigie("report", "--warehouse", warehouse.toString(), "--out", alone.toString(),
                "--scope", "organisme:" + first).code());
        try (Stream<Path> files = Files.walk(alone.resolve("2026-S1")).filter(p -> p.toString().endsWith(".html"))) {
            assertEquals(List.of(alone.resolve("2026-S1/organismes/" + first + ".html")), files.toList());
        }
    }

    @Test
    void anUnforeseenFailureIsTwoFrenchLinesWithItsTraceOnlyOnRequest() throws IOException {
        Path warehouse = tmp.resolve("failure-warehouse");
        assertEquals(0, vigie("ingest", "--input", fixture.toString(), "--warehouse", warehouse.toString(),
                "--max-reject-rate", "1").code());
        Path notAFolder = Files.writeString(tmp.resolve("rapports-fichier"), "pas un dossier");
        Outcome failed = vigie("report", "--warehouse", warehouse.toString(), "--out", notAFolder.toString());
        assertEquals(1, failed.code(), failed.err());
        assertTrue(failed.err().lines().count() <= 2, failed.err());
        assertTrue(failed.err().startsWith("vigie : "), failed.err());
        assertFalse(failed.err().contains("\tat "), failed.err());
        Outcome detailed = vigie("report", "--warehouse", warehouse.toString(), "--out", notAFolder.toString(),
                "--verbose");
        assertEquals(1, detailed.code());
        assertTrue(detailed.err().lines().anyMatch(l -> l.startsWith("\tat ")), "the stack trace with --verbose");
    }
}
