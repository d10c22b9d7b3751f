package fr.ush.vigie.marts;

import static fr.ush.vigie.marts.AppuiColumns.*;
import static fr.ush.vigie.marts.AppuiFixtures.*;
import static fr.ush.vigie.model.Col.PRESTATAIRE_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The estimator of {@code effet_did} validated on synthetic data with a planted effect. Every site drifts by
 * +{@value #DRIFT} points a campaign, with Gaussian noise; the sites of prestataire A lose {@value #PLANTED_EFFECT}
 * points from the first campaign after their mission, those of prestataire B nothing. The DiD must recover −8 for A,
 * with an interval that holds −8 and excludes 0, and find no effect for B.
 */
class PlantedEffectTest {
    private static final double PLANTED_EFFECT = 8.0;
    private static final double DRIFT = 0.5;
    private static final double NOISE_SD = 1.0;
    private static final int TREATED_PER_PRESTATAIRE = 10;
    private static final int CONTROLS = 40;
    /** 2022-S1 … 2025-S2; S1 sites are assessed on 1 March, S2 sites on 1 November. */
    private static final int CAMPAIGNS = 8;
    private static final int FIRST_YEAR = 2022;

    /** Two cohorts of missions: mid-March to mid-April 2023 (campaign 2), then 2024 (campaign 4). */
    private record Cohort(int baselineCampaign, String debut, String fin) {
    }

    private static final List<Cohort> COHORTS = List.of(
            new Cohort(2, "2023-03-15", "2023-04-15"),
            new Cohort(4, "2024-03-15", "2024-04-15"));

    private static Map<String, Row> byPrestataire;

    @BeforeAll
    static void compute() {
        Random random = new Random(20240315L);
        AppuiFixtures.Table sites = sites();
        AppuiFixtures.Table demandes = demandes();
        AppuiFixtures.Table missions = missions();
        List<Row> scores = new ArrayList<>();
        int siteNumber = 0;
        for (String prestataire : List.of("A", "B")) {
            double effect = prestataire.equals("A") ? -PLANTED_EFFECT : 0;
            for (int i = 0; i < TREATED_PER_PRESTATAIRE; i++) {
                String site = "T" + prestataire + i;
                boolean tendu = siteNumber++ % 2 == 0;
                Cohort cohort = COHORTS.get(i % COHORTS.size());
                sites.row(site("" + site, "O1", "11", tendu ? TENDU : DETENDU, tendu));
                demandes.row(demande("D" + site, "O1", site, "2023-01-10", GUSP, "2023-02-01", ACCEPTEE));
                missions.row(mission("M" + site, "D" + site, prestataire, cohort.debut(), cohort.fin(), TERMINEE));
                // The follow-up is the campaign after the baseline (1 November, more than 180 days after the end).
                addSite(scores, random, site, tendu, cohort.baselineCampaign() + 1, effect);
            }
        }
        for (int i = 0; i < CONTROLS; i++) {
            boolean tendu = siteNumber++ % 2 == 0;
            String site = "C" + i;
            sites.row(site(site, "O2", "11", tendu ? TENDU : DETENDU, tendu));
            addSite(scores, random, site, tendu, Integer.MAX_VALUE, 0);
        }
        byPrestataire = byKey(EfficacitePrestataires.compute(
                prestataires().row(prestataire("A", GUSP)).row(prestataire("B", GUSP)).dataset(),
                missions.dataset(), demandes.dataset(), evaluations().dataset(), scoresSites(scores),
                sites.dataset(), Thresholds.defaults().effectifMin()), PRESTATAIRE_ID);
    }

    /** One site's retained autodiagnostics: level + drift + noise, shifted by the effect from a campaign on. */
    private static void addSite(List<Row> scores, Random random, String site, boolean tendu, int effectFrom,
            double effect) {
        double level = 42 + 8 * random.nextDouble();
        for (int c = 0; c < CAMPAIGNS; c++) {
            double value = level + DRIFT * c + NOISE_SD * random.nextGaussian() + (c >= effectFrom ? effect : 0);
            double stored = BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).doubleValue();
            int year = FIRST_YEAR + c / 2;
            String date = c % 2 == 0 ? year + "-03-01" : year + "-11-01";
            scores.add(score(site, year + (c % 2 == 0 ? "-S1" : "-S2"), date, tendu, tendu ? TENDU : DETENDU,
                    stored, gravite(stored)));
        }
    }

    /** Gravité from the score alone (CONTRACT section 4 thresholds; no indicator levels in this fixture). */
    private static String gravite(double score) {
        return score >= 60 ? "CRISE" : score >= 35 ? "DEGRADEE" : score >= 15 ? "VIGILANCE" : "NORMALE";
    }

    @Test
    void recoversThePlantedEffectWithinAnIntervalThatExcludesZero() {
        Row a = byPrestataire.get("A");
        double effect = a.getAs(EFFET_DID);
        double low = a.getAs(EFFET_IC95_BAS);
        double high = a.getAs(EFFET_IC95_HAUT);
        assertEquals(TREATED_PER_PRESTATAIRE, (long) a.getAs(NB_MISSIONS_AVEC_SUIVI));
        assertTrue((boolean) a.getAs(EFFECTIF_SUFFISANT));
        assertEquals(-PLANTED_EFFECT, effect, 1.0, "effet_did");
        assertTrue(low <= -PLANTED_EFFECT && -PLANTED_EFFECT <= high, "[" + low + ", " + high + "] holds −8");
        assertTrue(high < 0, "[" + low + ", " + high + "] excludes 0");
        // Each site has one mission: sites as clusters never narrow the interval; it still holds −8.
        double lowClustered = a.getAs(EFFET_IC95_BAS_GRAPPES);
        double highClustered = a.getAs(EFFET_IC95_HAUT_GRAPPES);
        assertTrue(lowClustered <= low && high <= highClustered && lowClustered <= -PLANTED_EFFECT
                && -PLANTED_EFFECT <= highClustered, "[" + lowClustered + ", " + highClustered + "]");
        // Treated sites moved by drift + effect, their controls by the drift alone.
        assertEquals(DRIFT - PLANTED_EFFECT, (double) a.getAs(DELTA_SCORE_TRAITES), 1.0);
        assertEquals(DRIFT, (double) a.getAs(DELTA_SCORE_TEMOINS), 0.5);
    }

    @Test
    void findsNoEffectWhereNoneWasPlanted() {
        Row b = byPrestataire.get("B");
        double effect = b.getAs(EFFET_DID);
        double low = b.getAs(EFFET_IC95_BAS);
        double high = b.getAs(EFFET_IC95_HAUT);
        assertEquals(TREATED_PER_PRESTATAIRE, (long) b.getAs(NB_MISSIONS_AVEC_SUIVI));
        assertEquals(0.0, effect, 1.0, "effet_did");
        assertTrue(low <= 0 && 0 <= high, "[" + low + ", " + high + "] holds 0");
        assertEquals(DRIFT, (double) b.getAs(DELTA_SCORE_TEMOINS), 0.5);
    }
}
