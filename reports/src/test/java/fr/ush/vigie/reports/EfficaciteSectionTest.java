package fr.ush.vigie.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.api.Test;

/**
 * Provider effects: hidden below {@code secret.seuil} missions with follow-up, indicative from there to
 * {@code efficacite.effectif_min}, plain above; the chart draws exactly what the table prints, in one neutral
 * colour.
 */
class EfficaciteSectionTest {
    private static final Labels LABELS = new Labels();
    private static final Secrecy SECRECY = new Secrecy(5);

    /** Follow-ups 0, 3, 7, 12 and 15; the mart says sufficient from 10. */
    private static final List<ProviderEffect> EFFECTS = List.of(
            effect("P15", "Quinze suivis", 15, -3.0, -4.5, -1.5, true),
            effect("P0", "Aucun suivi", 0, null, null, null, false),
            effect("P3", "Trois suivis", 3, -20.0, -45.0, 5.0, false),
            effect("P7", "Sept suivis", 7, -4.0, -9.5, 1.5, false),
            effect("P12", "Douze suivis", 12, -6.0, -8.0, -4.0, true));

    private static ProviderEffect effect(String id, String nom, long suivis, Double effet, Double bas, Double haut,
            boolean suffisant) {
        return new ProviderEffect(id, nom, "GUSP", 15, 6, 3.5, 3.1, 3.9, 0.5, 0.3, 0.7, suivis, -5.0, 1.0, effet,
                bas, haut, suffisant);
    }

    private final EfficaciteSection section = new EfficaciteSection(EFFECTS, LABELS, SECRECY,
            new java.math.BigDecimal("5"), "national-");

    @Test
    void eachProviderIsReadAsItsMissionsWithFollowUpAllow() {
        Map<String, EfficaciteSection.Reading> readings = EFFECTS.stream()
                .collect(Collectors.toMap(ProviderEffect::prestataireId, section::reading));
        assertEquals(Map.of("P0", EfficaciteSection.Reading.NONE, "P3", EfficaciteSection.Reading.SECRET,
                "P7", EfficaciteSection.Reading.INDICATIF, "P12", EfficaciteSection.Reading.PLAIN,
                "P15", EfficaciteSection.Reading.PLAIN), readings);
    }

    @Test
    void theTableHidesTheEffectOfThreeMissionsAndSaysIndicatifForSeven() {
        Map<String, List<Cell>> rows = section.table("t").rows().stream()
                .collect(Collectors.toMap(r -> r.get(0).text(), r -> r));
        // Columns: … 6 missions suivies, 7 Δ traités, 8 Δ témoins, 9 effet [IC], 10 lecture.
        assertEquals(List.of("0", "—", "—", "—", "—"), texts(rows.get("Aucun suivi").subList(6, 11)));
        assertEquals(List.of("3", "n < 5", "n < 5", "n < 5", "n < 5"),
                texts(rows.get("Trois suivis").subList(6, 11)));
        assertEquals(List.of("7", "−5,0", "+1,0", "−4,0 [−9,5\u202F; 1,5]", "indicatif"),
                texts(rows.get("Sept suivis").subList(6, 11)));
        assertEquals(List.of("12", "−5,0", "+1,0", "−6,0 [−8,0\u202F; −4,0]", "publié"),
                texts(rows.get("Douze suivis").subList(6, 11)));
    }

    @Test
    void noChartShowsAnEffectItsTableHides() {
        ForestData forest = section.forestData();
        Map<String, List<Cell>> rows = section.table("t").rows().stream()
                .collect(Collectors.toMap(r -> r.get(0).text(), r -> r));
        for (ForestData.Row row : forest.rows()) {
            String nom = row.label().replace(" (indicatif)", "");
            String printed = rows.get(nom).get(9).text();
            assertEquals(FrenchFormat.number(row.estimate(), 1) + " [" + FrenchFormat.number(row.low(), 1) + "\u202F; "
                    + FrenchFormat.number(row.high(), 1) + "]", printed, nom);
        }
        assertEquals(List.of("Douze suivis", "Quinze suivis", "Sept suivis (indicatif)"),
                forest.rows().stream().map(ForestData.Row::label).sorted().toList());
        YIntervalSeriesCollection dataset = ForestPlot.createDataset(forest, "publié", "indicatif");
        assertEquals(2, dataset.getItemCount(0));
        assertEquals(1, dataset.getItemCount(1));
        assertEquals(-4.0, dataset.getYValue(1, 0), 1e-9);
    }

    @Test
    void indicativeEffectsAreHollowAndNoColourJudgesAProvider() {
        JFreeChart chart = ForestPlot.createChart(section.forestData(), "effet", "publié", "indicatif");
        XYErrorRenderer renderer = (XYErrorRenderer) ((XYPlot) chart.getPlot()).getRenderer();
        assertEquals(Palette.BLUE, renderer.getSeriesPaint(0));
        assertEquals(Palette.BLUE, renderer.getSeriesPaint(1));
        assertTrue(renderer.getSeriesShapesFilled(0));
        assertFalse(renderer.getSeriesShapesFilled(1));
    }

    @Test
    void theSectionSaysWhatIsIndicativeHiddenAndUnmeasured() {
        Section built = section.section();
        assertEquals(LABELS.get("note.indicatif"), built.figures().get(0).credit());
        String text = String.join(" ", built.sentences());
        assertTrue(text.contains("1 prestataire a assez de missions suivies"), text);
        assertTrue(text.contains("1 prestataire a moins de 5 missions suivies\u00A0: son effet n'est pas publié (n < 5)"),
                text);
        assertTrue(text.contains("1 prestataire n'a aucune mission suivie"), text);
        assertTrue(text.contains("Les sites accompagnés par Douze suivis s'améliorent"), text);
        assertFalse(text.contains("Sept suivis"), "an indicative effect is never called an improvement");
        assertFalse(text.contains("Quinze suivis"), "an effect of 3 points is below the threshold of a change");
    }

    private static List<String> texts(List<Cell> cells) {
        return cells.stream().map(Cell::text).toList();
    }

    @Test
    void theNoteSaysWhichIntervalIsShown() {
        assertEquals(List.of(LABELS.get("note.did")), section.section().notes());
        ProviderEffect clustered = EFFECTS.get(0);
        ProviderEffect withClusters = new ProviderEffect(clustered.prestataireId(), clustered.nom(),
                clustered.pole(), clustered.nbMissions(), clustered.nbEvaluees(), clustered.satisfaction(),
                clustered.satisfactionBas(), clustered.satisfactionHaut(), clustered.tauxMiseEnOeuvre(),
                clustered.tauxBas(), clustered.tauxHaut(), clustered.nbAvecSuivi(), clustered.deltaTraites(),
                clustered.deltaTemoins(), clustered.effet(), clustered.effetBas(), clustered.effetHaut(),
                clustered.effectifSuffisant(), true);
        EfficaciteSection shown = new EfficaciteSection(List.of(withClusters), LABELS, SECRECY,
                new java.math.BigDecimal("5"), "national-");
        assertEquals(List.of(LABELS.get("note.did.grappes")), shown.section().notes());
        assertTrue(LABELS.get("note.did.grappes").contains("grappes de sites"));
    }
}
