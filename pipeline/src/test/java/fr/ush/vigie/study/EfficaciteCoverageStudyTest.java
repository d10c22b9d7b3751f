package fr.ush.vigie.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ush.vigie.generate.PlantedEffects;
import fr.ush.vigie.spark.TestSpark;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The coverage study's harness on a tiny programme, two draws: what bench/coverage.sh runs at scale keeps working.
 * It checks the files' lines and the truth the draws are judged against, not the statistics (two draws say nothing
 * about coverage). The untreated twin behind {@code --realise} is checked without Spark ({@code
 * GeneratorUntreatedTest}).
 */
class EfficaciteCoverageStudyTest {
    private static final int DRAWS = 2;
    private static final int SITES = 300;
    private static final int CAMPAGNES = 4;

    @TempDir
    static Path out;
    private static List<CoverageSummary> summaries;
    private static List<Map<String, String>> draws;
    private static String progress;

    @BeforeAll
    static void runTheStudy() throws Exception {
        ByteArrayOutputStream lines = new ByteArrayOutputStream();
        summaries = CoverageStudy.run(TestSpark.session(), CoverageStudy.Options.parse(new String[] {
                "--sortie", out.toString(), "--taille", "mini:" + SITES + ":" + CAMPAGNES + ":" + DRAWS,
                "--graine-initiale", "7"}), new PrintStream(lines, true, StandardCharsets.UTF_8));
        progress = lines.toString(StandardCharsets.UTF_8);
        draws = csv(out.resolve(CoverageStudy.DRAWS_FILE));
    }

    @Test
    void writesALinePerDrawAndProviderJudgedAgainstTheGeneratorsPlantedEffect() {
        Map<String, Double> planted = PlantedEffects.onGlobalScore();
        assertEquals(DRAWS * planted.size(), draws.size());
        for (Map<String, String> draw : draws) {
            assertEquals(planted.get(draw.get("prestataire_id")), Double.parseDouble(draw.get("verite")), 0.0,
                    draw.toString());
            assertTrue(List.of("7", "8").contains(draw.get("graine")), draw.toString());
        }
        assertEquals(-8.0, planted.get("PRE01"));
        assertEquals(0.0, planted.get("PRE04"));
        assertEquals(DRAWS, progress.lines().count(), progress);
    }

    @Test
    void recordsTheMartsEstimateWithItsIntervalAndNoRealisedEffectUnasked() {
        for (Map<String, String> draw : draws) {
            assertTrue(draw.get("verite_realisee").isEmpty(), draw.toString());
            long withFollowUp = Long.parseLong(draw.get("nb_missions_avec_suivi"));
            assertEquals(withFollowUp == 0, draw.get("effet_did").isEmpty(), draw.toString());
            assertEquals(withFollowUp < 2, draw.get("effet_ic95_bas").isEmpty(), draw.toString());
            assertEquals(withFollowUp < 2, draw.get("effet_ic95_bas_grappes").isEmpty(), draw.toString());
            if (withFollowUp >= 2) {
                double effet = Double.parseDouble(draw.get("effet_did"));
                assertTrue(Double.parseDouble(draw.get("effet_ic95_bas")) <= effet
                        && effet <= Double.parseDouble(draw.get("effet_ic95_haut")), draw.toString());
                // The generator sends at most one mission to a site: sites as clusters never narrow the interval.
                assertTrue(Double.parseDouble(draw.get("effet_ic95_bas_grappes"))
                        <= Double.parseDouble(draw.get("effet_ic95_bas"))
                        && Double.parseDouble(draw.get("effet_ic95_haut"))
                        <= Double.parseDouble(draw.get("effet_ic95_haut_grappes")), draw.toString());
            }
            assertEquals(withFollowUp >= 10, Boolean.parseBoolean(draw.get("effectif_suffisant")), draw.toString());
        }
    }

    @Test
    void summarisesEachProviderOnceWithItsDraws() throws Exception {
        List<Map<String, String>> lines = csv(out.resolve(CoverageStudy.SUMMARY_FILE));
        assertEquals(PlantedEffects.onGlobalScore().keySet().stream().toList(),
                lines.stream().map(l -> l.get("prestataire_id")).toList());
        for (CoverageSummary s : summaries) {
            assertEquals(DRAWS, s.tirages());
            assertTrue(s.partSuffisant().value() >= 0 && s.partSuffisant().value() <= 1);
        }
    }

    private static List<Map<String, String>> csv(Path file) throws Exception {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String> header = Arrays.asList(lines.get(0).split(",", -1));
        return lines.subList(1, lines.size()).stream().map(line -> {
            String[] cells = line.split(",", -1);
            assertEquals(header.size(), cells.length, line);
            java.util.LinkedHashMap<String, String> row = new java.util.LinkedHashMap<>();
            for (int i = 0; i < cells.length; i++) {
                row.put(header.get(i), cells[i]);
            }
            return (Map<String, String>) row;
        }).toList();
    }
}
