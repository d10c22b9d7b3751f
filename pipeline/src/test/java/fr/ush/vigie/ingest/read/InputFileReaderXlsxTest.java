package fr.ush.vigie.ingest.read;

import static fr.ush.vigie.ingest.read.ReaderFixtures.broken;
import static fr.ush.vigie.ingest.read.ReaderFixtures.readAll;
import static fr.ush.vigie.ingest.read.ReaderFixtures.record;
import static fr.ush.vigie.ingest.read.ReaderFixtures.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ush.vigie.model.Source;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFileReaderXlsxTest {

    private static final Source AUTODIAGNOSTICS = Source.AUTODIAGNOSTICS;
    private static final String FICHIER = "autodiagnostics/grilles.xlsx";

    @TempDir
    Path dir;

    @Test
    void readsCellsAsTheTextTheyStandFor() throws Exception {
        Path file = workbook(sheet -> {
            CellStyle dateStyle = sheet.getWorkbook().createCellStyle();
            dateStyle.setDataFormat(sheet.getWorkbook().getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            row(sheet, 0, "version_grille", "Autodiagnostic_ID", "site_id", "date_autodiagnostic", "code_indicateur",
                    "niveau", "commentaire", "remarque");

            Row first = sheet.createRow(1);
            first.createCell(0).setCellValue(2017);
            first.createCell(1).setCellValue("  AD1 ");
            first.createCell(2).setCellValue("S1");
            Cell date = first.createCell(3);
            date.setCellValue(LocalDate.of(2024, 3, 12));
            date.setCellStyle(dateStyle);
            first.createCell(4).setCellValue("QS01");
            first.createCell(5).setCellValue(2.5);
            first.createCell(6).setCellValue(true);

            Row blank = sheet.createRow(2);
            blank.createCell(0).setCellValue("   ");
            blank.createCell(3).setBlank();

            Row second = sheet.createRow(4);
            second.createCell(0).setCellValue("V2");
            second.createCell(1).setCellValue("AD2");
            second.createCell(2).setCellValue("S2");
            second.createCell(3).setCellValue("2024-06-30");
            second.createCell(4).setCellValue("FU01");
            Cell formula = second.createCell(5);
            formula.setCellFormula("1+2");
            sheet.getWorkbook().getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(formula);
            second.createCell(6).setCellFormula("1/0");
            sheet.getWorkbook().getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(second.getCell(6));

            Row tooWide = sheet.createRow(5);
            tooWide.createCell(0).setCellValue("V2");
            tooWide.createCell(5).setCellValue(1);
            tooWide.createCell(9).setCellValue("hors tableau");
        });

        assertEquals(List.of(
                record(FICHIER, 2, "AD1", "S1", "2024-03-12", "2017", "QS01", "2.5", "true"),
                record(FICHIER, 5, "AD2", "S2", "2024-06-30", "V2", "FU01", "3", null),
                broken(FICHIER, 6, "10 champs lus, 8 attendus (en-tête)", null, null, null, "V2", null, "1", null)),
                readAll(AUTODIAGNOSTICS, FICHIER, file));
    }

    @Test
    void expandsAWideSheet() throws Exception {
        Path file = workbook(sheet -> {
            row(sheet, 0, "autodiagnostic_id", "site_id", "date_autodiagnostic", "version_grille", "QS01", "QS02");
            row(sheet, 1, "AD1", "S1", "2024-03-12", "V2024", null, "2");
            row(sheet, 2, "AD2", "S2", "2024-03-13", "V2024");
        });

        assertEquals(List.of(record(FICHIER, 2, "AD1", "S1", "2024-03-12", "V2024", "QS02", "2", null)),
                readAll(AUTODIAGNOSTICS, FICHIER, file));
    }

    @Test
    void refusesASheetWhoseFirstRowIsNotAHeader() throws Exception {
        Path file = workbook(sheet -> row(sheet, 1, "autodiagnostic_id", "site_id"));

        InputFileException e = assertThrows(InputFileException.class,
                () -> readAll(AUTODIAGNOSTICS, FICHIER, file));

        assertTrue(e.getMessage().startsWith(FICHIER + ", ligne 1 : en-tête absent"), e.getMessage());
    }

    @Test
    void refusesAHeaderMissingColumns() throws Exception {
        Path file = workbook(sheet -> row(sheet, 0, "code_region"));

        InputFileException e = assertThrows(InputFileException.class,
                () -> readAll(Source.REGIONS, "regions.xlsx", file));

        assertEquals("regions.xlsx, ligne 1 : colonnes manquantes : nom (en-tête attendu : code_region, nom)",
                e.getMessage());
    }

    @Test
    void refusesACorruptWorkbook() {
        Path file = write(dir, "abime.xlsx", "ceci n'est pas un classeur".getBytes(StandardCharsets.UTF_8));

        InputFileException e = assertThrows(InputFileException.class,
                () -> readAll(AUTODIAGNOSTICS, "abime.xlsx", file));

        assertTrue(e.getMessage().startsWith("abime.xlsx : classeur .xlsx illisible"), e.getMessage());
    }

    private interface SheetFiller {
        void fill(Sheet sheet);
    }

    private Path workbook(SheetFiller filler) throws IOException {
        Path file = dir.resolve("classeur.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            filler.fill(workbook.createSheet("grille"));
            workbook.createSheet("ignorée").createRow(0).createCell(0).setCellValue("autre chose");
            workbook.write(out);
        }
        return file;
    }

    private static void row(Sheet sheet, int index, String... values) {
        Row row = sheet.createRow(index);
        for (int column = 0; column < values.length; column++) {
            if (values[column] != null) {
                row.createCell(column).setCellValue(values[column]);
            }
        }
    }
}
