package fr.ush.vigie.ingest.read;

import static fr.ush.vigie.ingest.read.ReaderFixtures.broken;
import static fr.ush.vigie.ingest.read.ReaderFixtures.readAll;
import static fr.ush.vigie.ingest.read.ReaderFixtures.record;
import static fr.ush.vigie.ingest.read.ReaderFixtures.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.ush.vigie.model.Source;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFileReaderAutodiagnosticsTest {

    private static final Source AUTODIAGNOSTICS = Source.AUTODIAGNOSTICS;
    private static final String LONG = "autodiagnostics/2024/long.csv";
    private static final String WIDE = "autodiagnostics/2024/large.csv";

    @TempDir
    Path dir;

    @Test
    void readsTheLongShape() throws Exception {
        Path file = utf8(dir, LONG, """
                Niveau;Code_Indicateur;commentaire;autodiagnostic_id;site_id;date_autodiagnostic;version_grille
                2;QS01;hall dégradé;AD1;S1;12/03/2024;V2024
                0;QS02;;AD1;S1;12/03/2024;V2024
                """);

        assertEquals(List.of(
                record(LONG, 2, "AD1", "S1", "12/03/2024", "V2024", "QS01", "2", "hall dégradé"),
                record(LONG, 3, "AD1", "S1", "12/03/2024", "V2024", "QS02", "0", null)),
                readAll(AUTODIAGNOSTICS, LONG, file));
    }

    @Test
    void readsTheLongShapeWithoutTheOptionalCommentColumn() throws Exception {
        Path file = utf8(dir, LONG, """
                autodiagnostic_id,site_id,date_autodiagnostic,version_grille,code_indicateur,niveau
                AD1,S1,2024-03-12,V2024,QS01,3
                """);

        assertEquals(List.of(record(LONG, 2, "AD1", "S1", "2024-03-12", "V2024", "QS01", "3", null)),
                readAll(AUTODIAGNOSTICS, LONG, file));
    }

    @Test
    void aHeaderWithALevelColumnIsLongAndMustHaveItsColumns() {
        Path file = utf8(dir, LONG, "autodiagnostic_id;site_id;date_autodiagnostic;version_grille;niveau\n");

        InputFileException e = assertThrows(InputFileException.class, () -> readAll(AUTODIAGNOSTICS, LONG, file));

        assertEquals(LONG + ", ligne 1 : colonnes manquantes : code_indicateur (en-tête attendu : autodiagnostic_id,"
                + " site_id, date_autodiagnostic, version_grille, code_indicateur, niveau)", e.getMessage());
    }

    @Test
    void expandsAWideRowIntoOneRecordPerFilledIndicatorInHeaderOrder() throws Exception {
        Path file = utf8(dir, WIDE, """
                Site_Id;autodiagnostic_id;QS02;date_autodiagnostic;version_grille;QS01;fu01
                S1;AD1;1;2024-03-12;V2024;;3
                S2;AD2;;2024-03-13;V2024;;
                S3;AD3;0;2024-03-14;V2024;2;1
                """);

        assertEquals(List.of(
                record(WIDE, 2, "AD1", "S1", "2024-03-12", "V2024", "QS02", "1", null),
                record(WIDE, 2, "AD1", "S1", "2024-03-12", "V2024", "fu01", "3", null),
                record(WIDE, 4, "AD3", "S3", "2024-03-14", "V2024", "QS02", "0", null),
                record(WIDE, 4, "AD3", "S3", "2024-03-14", "V2024", "QS01", "2", null),
                record(WIDE, 4, "AD3", "S3", "2024-03-14", "V2024", "fu01", "1", null)),
                readAll(AUTODIAGNOSTICS, WIDE, file));
    }

    @Test
    void aWideRowWithTheWrongNumberOfFieldsFlagsEachFilledAlignedCell() throws Exception {
        Path file = utf8(dir, WIDE, """
                autodiagnostic_id;site_id;date_autodiagnostic;version_grille;QS01;QS02
                AD1;S1;2024-03-12;V2024;2;;1
                AD2;S2;2024-03-13;V2024;3
                AD3;S3;2024-03-14;V2024
                """);

        assertEquals(List.of(
                broken(WIDE, 2, "7 champs lus, 6 attendus (en-tête)", "AD1", "S1", "2024-03-12", "V2024", "QS01", "2",
                        null),
                broken(WIDE, 3, "5 champs lus, 6 attendus (en-tête)", "AD2", "S2", "2024-03-13", "V2024", "QS01", "3",
                        null)),
                readAll(AUTODIAGNOSTICS, WIDE, file));
    }

    @Test
    void aWideCellUnderAnUnnamedColumnIsKeptWithoutCode() throws Exception {
        Path file = utf8(dir, WIDE, """
                autodiagnostic_id;site_id;date_autodiagnostic;version_grille;QS01;;
                AD1;S1;2024-03-12;V2024;2;;
                AD2;S2;2024-03-13;V2024;;1;
                """);

        assertEquals(List.of(
                record(WIDE, 2, "AD1", "S1", "2024-03-12", "V2024", "QS01", "2", null),
                record(WIDE, 3, "AD2", "S2", "2024-03-13", "V2024", null, "1", null)),
                readAll(AUTODIAGNOSTICS, WIDE, file));
    }

    @Test
    void aWideHeaderMustHaveTheFourFixedColumns() {
        Path file = utf8(dir, WIDE, "autodiagnostic_id;site_id;date;QS01\nAD1;S1;2024-03-12;2\n");

        InputFileException e = assertThrows(InputFileException.class, () -> readAll(AUTODIAGNOSTICS, WIDE, file));

        assertEquals(WIDE + ", ligne 1 : colonnes manquantes : date_autodiagnostic, version_grille (en-tête attendu :"
                + " autodiagnostic_id, site_id, date_autodiagnostic, version_grille puis une colonne par"
                + " code_indicateur)", e.getMessage());
    }
}
