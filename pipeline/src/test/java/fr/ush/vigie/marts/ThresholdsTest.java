package fr.ush.vigie.marts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ush.vigie.ingest.read.InputFileException;
import fr.ush.vigie.spark.TestSpark;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

class ThresholdsTest {
    private static final String FICHIER = "reference/seuils.properties";

    @Test
    void defaultsAreThoseOfTheContract() throws InputFileException {
        Thresholds defaults = new Thresholds(new BigDecimal("0.5"), new BigDecimal("60"), new BigDecimal("35"),
                new BigDecimal("15"), 3, new BigDecimal("5"), 5, 10, new BigDecimal("3.5"));
        assertEquals(defaults, Thresholds.defaults());
        assertEquals(defaults, Thresholds.parse("", FICHIER));
        assertEquals(defaults, Thresholds.parse("\uFEFF# aucun seuil modifié\n\n! ni ici\n", FICHIER));
    }

    @Test
    void overridesReplaceTheirDefaultOnly() throws InputFileException {
        Thresholds parsed = Thresholds.parse("""
                # seuils de la fédération
                gravite.crise = 55
                score.couverture_min: 0,6
                chronique.campagnes 4
                Tendance.Seuil=7.50\r
                efficacite.effectif_min = 12
                atypique.z = 3
                """, FICHIER);
        assertEquals(new Thresholds(new BigDecimal("0.6"), new BigDecimal("55"), new BigDecimal("35"),
                new BigDecimal("15"), 4, new BigDecimal("7.5"), 5, 12, new BigDecimal("3")), parsed);
    }

    @Test
    void anUnknownKeyIsAnInputErrorNamingItsLineAndTheKnownKeys() {
        InputFileException error = assertThrows(InputFileException.class,
                () -> Thresholds.parse("gravite.crise=60\ngravite.critique=70\n", FICHIER));
        assertEquals(FICHIER, error.fichier());
        assertEquals(2, error.ligne().orElseThrow());
        assertTrue(error.getMessage().contains("« gravite.critique »"), error.getMessage());
        assertTrue(error.getMessage().contains("score.couverture_min, gravite.crise, gravite.degradee, "
                + "gravite.vigilance, chronique.campagnes, tendance.seuil, efficacite.effectif_min, secret.seuil, "
                + "atypique.z"), error.getMessage());
    }

    @Test
    void aBadValueIsAnInputErrorNamingTheKeyAndWhatWasExpected() {
        Map<String, String> expectedByLine = Map.of(
                "tendance.seuil=cinq", "un nombre strictement supérieur à 0 et au plus 100",
                "tendance.seuil=0", "un nombre strictement supérieur à 0 et au plus 100",
                "score.couverture_min=1.5", "un nombre entre 0 et 1",
                "gravite.vigilance=-3", "un nombre entre 0 et 100",
                "chronique.campagnes=2.5", "un entier supérieur ou égal à 1",
                "secret.seuil=", "un entier supérieur ou égal à 1",
                "efficacite.effectif_min=0", "un entier supérieur ou égal à 1",
                "efficacite.effectif_min=7,5", "un entier supérieur ou égal à 1");
        expectedByLine.forEach((line, expected) -> {
            InputFileException error = assertThrows(InputFileException.class,
                    () -> Thresholds.parse("# ligne 1\n" + line, FICHIER), line);
            String key = line.substring(0, line.indexOf('='));
            assertEquals(2, error.ligne().orElseThrow(), line);
            assertTrue(error.getMessage().contains("« " + key + " »"), error.getMessage());
            assertTrue(error.getMessage().contains(expected), error.getMessage());
        });
    }

    @Test
    void aKeyGivenTwiceIsAnInputError() {
        InputFileException error = assertThrows(InputFileException.class,
                () -> Thresholds.parse("gravite.crise=60\ngravite.crise=50\n", FICHIER));
        assertEquals(2, error.ligne().orElseThrow());
        assertTrue(error.getMessage().contains("« gravite.crise » déjà définie ligne 1"), error.getMessage());
    }

    @Test
    void theStagingTableHoldsEveryKeyWithItsEffectiveValue() throws InputFileException {
        Thresholds thresholds = Thresholds.parse("gravite.crise=55.0\ntendance.seuil=2,5\nefficacite.effectif_min=8\n",
                FICHIER);
        Dataset<Row> table = thresholds.toTable(TestSpark.session());
        assertEquals(List.of("score.couverture_min=0.5", "gravite.crise=55", "gravite.degradee=35",
                "gravite.vigilance=15", "chronique.campagnes=3", "tendance.seuil=2.5", "efficacite.effectif_min=8",
                "secret.seuil=5", "atypique.z=3.5"),
                table.collectAsList().stream().map(r -> r.getString(0) + "=" + r.getString(1)).toList());
        assertEquals(thresholds, Thresholds.fromTable(table));
    }
}
