package fr.ush.vigie.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Words follow the thresholds: a score change smaller than {@code tendance.seuil} is stable. */
class SentencesTest {
    private static final Labels LABELS = new Labels();
    private static final Sentences SENTENCES = new Sentences(LABELS, new Secrecy(5), new BigDecimal("5"));

    private static TerritoryStats panel(long sites, double delta) {
        return new TerritoryStats("2026-S1", "NATIONAL", "FR", "France", 100, 90, 90, 30.0, 50, 20, 10, 10, sites,
                delta);
    }

    @Test
    void aChangeBelowTheThresholdIsStable() {
        assertEquals("À périmètre constant (sites évalués aux deux dernières campagnes\u00A0: 80), le score global "
                + "moyen varie de −0,1\u00A0point\u00A0: la situation est stable.", SENTENCES.panelChange(panel(80, -0.1)));
        assertEquals("À périmètre constant (sites évalués aux deux dernières campagnes\u00A0: 80), le score global "
                + "moyen varie de +20,8\u00A0points\u00A0: la situation se dégrade (un score plus haut est plus grave).",
                SENTENCES.panelChange(panel(80, 20.8)));
        // −4,96 prints −5,0: the change as printed reaches the threshold.
        assertEquals("phrase.stabilite", SENTENCES.direction(4.94));
        assertEquals("phrase.amelioration", SENTENCES.direction(-4.96));
        assertEquals("phrase.degradation", SENTENCES.direction(5.0));
    }

    @Test
    void aChangeOverTooFewSitesIsNotDescribed() {
        assertEquals(LABELS.format("phrase.panel.indisponible", 3), SENTENCES.panelChange(panel(3, -8.0)));
    }
}
