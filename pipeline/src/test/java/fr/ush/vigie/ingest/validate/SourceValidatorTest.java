package fr.ush.vigie.ingest.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.ush.vigie.model.Source;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

class SourceValidatorTest {

    private static final Dataset<Row> ORGANISMES = RawRows.of(Source.ORGANISMES)
            .row("O1", "Office", "OPH", "", "").validated();
    private static final Dataset<Row> SITES = RawRows.of(Source.SITES).validated();
    private static final Dataset<Row> DEMANDES = RawRows.of(Source.DEMANDES)
            .row("D1", "O1", "", "10/01/2022", "direct", "GUSP", "", "2022-02-01", "acceptee")
            .validated(Map.of(Source.ORGANISMES, ORGANISMES, Source.SITES, SITES));
    private static final Dataset<Row> PRESTATAIRES = RawRows.of(Source.PRESTATAIRES)
            .row("P1", "Cabinet Un", "GUSP", "2021-01-01", "")
            .validated();

    private static Dataset<Row> missions(RawRows rows) {
        return rows.validated(Map.of(Source.DEMANDES, DEMANDES, Source.PRESTATAIRES, PRESTATAIRES));
    }

    @Test
    void eachRuleGivesItsReasonAndTheFirstBrokenRuleWins() {
        RawRows rows = RawRows.of(Source.MISSIONS)
                .row("M1", "D1", "P1", "2022-03-01", "05/03/2022", "4", "0", "1000,50", "TERMINEE")
                .row("M2", "D1", "P1", "2022-03-01", "", "2,0", "", "1000", "TERMINEE")
                .row("M3", "D1", "", "2022-03-01", "", "7", "", "1000", "EN_COURS")
                .row("M4", "D9", "P1", "2022-03-01", "", "6", "", "1000", "EN_COURS")
                .row("M5", "D9", "P1", "2022-03-01", "2022-02-01", "5", "", "1000", "TERMINEE")
                .row("M6", "D1", "P1", "2022-01-01", "", "3", "1", "950", "PLANIFIEE")
                .row("M1", "D1", "P1", "2022-04-01", "", "3", "", "900", "planifiee")
                .row("M7", "D1", "P1", "2022-03-01", "", "3", "", "900", "TERMINÉE")
                .malformed("10 champs lus, 9 attendus (en-tête)",
                        "M8", "D1", "P1", "2022-03-01", "", "3", "", "900", "TERMINEE")
                .row("M1", "D1", "P1", "2022-13-01", "", "3", "", "900", "TERMINEE")
                .row("M9", "D1", "P1", "2022-03-01", "", "3", "-1", "0", "ANNULEE");

        assertEquals(List.of("OK", "PARSE_ERROR", "REQUIRED_MISSING", "OUT_OF_RANGE", "UNKNOWN_REFERENCE",
                "INCONSISTENT_DATES", "DUPLICATE_KEY", "PARSE_ERROR", "PARSE_ERROR", "PARSE_ERROR", "OUT_OF_RANGE"),
                RawRows.codesByLine(missions(rows)));
    }

    @Test
    void acceptedRowsAreTypedAndMotifsNameColumnAndValue() {
        Dataset<Row> validated = missions(RawRows.of(Source.MISSIONS)
                .row("M1", "D1", "P1", "2022-03-01", "05/03/2022", "4", "0", "1000,50", "terminee")
                .row("M2", "D1", "P1", "2022-03-01", "", "2,0", "", "1000", "TERMINEE")
                .row("M1", "D1", "P1", "2022-03-02", "", "3", "", "900", "TERMINEE"));
        Row[] rows = (Row[]) validated.orderBy("ligne").collect();

        Row accepted = rows[0];
        assertEquals(LocalDate.of(2022, 3, 5), accepted.getAs("date_fin"));
        assertEquals(4, (int) accepted.getAs("jours_finances"));
        assertEquals(0, new BigDecimal("1000.50").compareTo(accepted.getAs("tarif_jour_eur")));
        assertEquals("TERMINEE", accepted.getAs("statut"));

        assertEquals("jours_finances : nombre entier attendu, lu « 2,0 »", rows[1].getAs("motif"));
        assertEquals("clé (mission_id) = (M1) déjà vue : appui/missions.csv, ligne 2", rows[2].getAs("motif"));
        assertEquals("mission_id=M2 ; demande_id=D1 ; prestataire_id=P1 ; date_debut=2022-03-01 ; date_fin= ; "
                + "jours_finances=2,0 ; jours_prolongation= ; tarif_jour_eur=1000 ; statut=TERMINEE",
                rows[1].getAs("enregistrement"));
    }

    @Test
    void datesEnumsBooleansAndDecimalsAreReadStrictly() {
        Dataset<Row> grille = RawRows.of(Source.GRILLE)
                .row("2017", "QS01", "qualite_service", "T", "L", "1,5", "oui")
                .row("2017", "QS02", "QUALITE_SERVICE", "T", "L", "1.5", "VRAI")
                .row("2017", "QS03", "QUALITE_SERVICE", "T", "L", "1 5", "non")
                .row("2017", "QS04", "QUALITE_SERVICE", "T", "L", "2", "peut-être")
                .row("2017", "QS05", "QUALITÉ_SERVICE", "T", "L", "2", "0")
                .row("2017", "QS06", "QUALITE_SERVICE", "T", "L", "0", "0")
                .row("2017", "QS01", "QUALITE_SERVICE", "T", "L", "1", "n")
                .validated();
        assertEquals(List.of("OK", "OK", "PARSE_ERROR", "PARSE_ERROR", "PARSE_ERROR", "OUT_OF_RANGE",
                "DUPLICATE_KEY"), RawRows.codesByLine(grille));

        Dataset<Row> sites = RawRows.of(Source.REGIONS).row("84", "Auvergne-Rhône-Alpes").row("", "Sans code")
                .validated();
        assertEquals(List.of("OK", "REQUIRED_MISSING"), RawRows.codesByLine(sites));
    }

    @Test
    void anIndicatorRepeatedInAnotherRowIsADuplicateButTheIndicatorsOfOneWideRowAreNot() {
        // Autodiagnostics found in several input rows are looked up directly, or, beyond a limit (here none is
        // allowed), every row's hashed key is counted: the same duplicates either way.
        for (int maxRowKeysBroadcast : new int[] {SourceValidator.MAX_ROW_KEYS_BROADCAST, 0}) {
            assertEquals(List.of("a.csv I1 OK", "a.csv I2 OK", "a.csv I1 OK",
                    "b.csv I2 DUPLICATE_KEY : clé (autodiagnostic_id, code_indicateur) = (A1, I2) déjà vue : a.csv,"
                            + " ligne 2", "b.csv I3 OK"), outcomesOfWideRows(maxRowKeysBroadcast));
        }
    }

    /** The accepted rows autodiagnostics refer to: site S1 and indicators I1 to I3 of grid V1. */
    private static Map<Source, Dataset<Row>> oneSiteAndGrid() {
        Dataset<Row> grille = RawRows.of(Source.GRILLE)
                .row("V1", "I1", "QUALITE_SERVICE", "", "Un", "1", "non")
                .row("V1", "I2", "QUALITE_SERVICE", "", "Deux", "1", "non")
                .row("V1", "I3", "FONCTIONNEMENT_URBAIN", "", "Trois", "1", "non")
                .validated();
        Dataset<Row> sites = RawRows.of(Source.SITES).row("S1", "O1", "Site", "", "", "", "", "")
                .validated(Map.of(Source.ORGANISMES, ORGANISMES));
        return Map.of(Source.SITES, sites, Source.GRILLE, grille);
    }

    private static List<String> outcomesOfWideRows(int maxRowKeysBroadcast) {
        // a.csv line 2 and b.csv line 2 are wide rows of A1: three records each, I2 in both.
        Dataset<Row> validated = RawRows.of(Source.AUTODIAGNOSTICS)
                .rowAt("a.csv", 2, "A1", "S1", "2022-03-01", "V1", "I1", "2", "")
                .rowAt("a.csv", 2, "A1", "S1", "2022-03-01", "V1", "I2", "1", "")
                .rowAt("a.csv", 3, "A2", "S1", "2022-03-01", "V1", "I1", "0", "")
                .rowAt("b.csv", 2, "A1", "S1", "2022-03-01", "V1", "I2", "3", "")
                .rowAt("b.csv", 2, "A1", "S1", "2022-03-01", "V1", "I3", "3", "")
                .validated(oneSiteAndGrid(), maxRowKeysBroadcast);
        return validated
                .orderBy("fichier", "ligne", "code_indicateur").select("fichier", "code_indicateur", "code_motif",
                        "motif").collectAsList().stream()
                .map(r -> r.getString(0) + " " + r.getString(1) + " " + (r.isNullAt(2) ? "OK" : r.getString(2)
                        + " : " + r.getString(3))).toList();
    }

    @Test
    void eachStepKeptBeforeTheNextGivesTheSameReasonsAndMotifs() {
        Map<Source, Dataset<Row>> references = oneSiteAndGrid();
        RawRows rows = RawRows.of(Source.AUTODIAGNOSTICS)
                .row("A1", "S1", "2022-03-01", "V1", "I1", "2", "")
                .row("A2", "S9", "2022-03-01", "V1", "I1", "2", "")
                .row("A3", "S1", "2022-03-01", "V1", "I9", "2", "")
                .row("A4", "S9", "2022-03-01", "V1", "I1", "5", "")
                .row("A5", "S1", "2022-03-01", "V1", "I1", "x", "")
                .row("A6", "", "2022-03-01", "V1", "I1", "1", "")
                .row("A1", "S1", "2022-03-01", "V1", "I1", "3", "")
                .row("A7", "S1", "2022-03-01", "V1", "I2", "0", "");
        List<String> expected = List.of("OK", "UNKNOWN_REFERENCE", "UNKNOWN_REFERENCE", "OUT_OF_RANGE",
                "PARSE_ERROR", "REQUIRED_MISSING", "DUPLICATE_KEY", "OK");
        assertEquals(expected, RawRows.codesByLine(rows.validated(references)));
        assertEquals(expected, RawRows.codesByLine(rows.validatedInSteps(references)));
        assertEquals(rows.validated(references).orderBy("ligne").collectAsList(),
                rows.validatedInSteps(references).orderBy("ligne").collectAsList());

        RawRows allKnown = RawRows.of(Source.AUTODIAGNOSTICS)
                .row("A1", "S1", "2022-03-01", "V1", "I1", "2", "")
                .row("A1", "S1", "2022-03-01", "V1", "I2", "4", "");
        assertEquals(List.of("OK", "OUT_OF_RANGE"), RawRows.codesByLine(allKnown.validatedInSteps(references)));
        assertEquals("site_id « S9 » absent des lignes acceptées de reference/sites.csv",
                rows.validatedInSteps(references).orderBy("ligne").collectAsList().get(1).getAs("motif"));
    }

    @Test
    void impossibleCalendarDatesAreParseErrors() {
        Dataset<Row> validated = RawRows.of(Source.DEMANDES)
                .row("D1", "O1", "", "2022-02-30", "", "GUSP", "", "", "EN_ATTENTE")
                .row("D2", "O1", "", "31/04/2022", "", "GUSP", "", "", "EN_ATTENTE")
                .row("D3", "O1", "", "29/02/2024", "", "GUSP", "", "", "EN_ATTENTE")
                .row("D4", "O1", "", "2022/01/01", "", "GUSP", "", "", "EN_ATTENTE")
                .validated(Map.of(Source.ORGANISMES, ORGANISMES, Source.SITES, SITES));
        assertEquals(List.of("PARSE_ERROR", "PARSE_ERROR", "OK", "PARSE_ERROR"), RawRows.codesByLine(validated));
    }
}
