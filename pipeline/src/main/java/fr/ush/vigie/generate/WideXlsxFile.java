package fr.ush.vigie.generate;

import fr.ush.vigie.model.Source;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A wide grid as an Excel workbook (first sheet), streamed with SXSSF: dates are real date cells, levels
 * and the grid version numeric cells, as someone typing the grid in Excel would leave them.
 *
 * <p>POI stamps the zip entries and the document properties with the current time; to keep the output
 * byte-identical from one run to the next, the creation date is fixed and the package is re-zipped with
 * fixed entry times when the file is closed. Closing the workbook also deletes SXSSF's temporary files.
 */
final class WideXlsxFile implements AutodiagnosticFile {
    /** Rows kept in memory before SXSSF flushes them to its temporary file. */
    private static final int WINDOW = 200;
    private static final LocalDateTime FIXED_TIME = LocalDateTime.of(2026, 7, 1, 0, 0);

    private final Path file;
    private final Grille grille;
    private final SXSSFWorkbook workbook;
    private final Sheet sheet;
    private final CellStyle dateStyle;
    private int nextRow;
    private long indicatorRows;

    WideXlsxFile(Path file, Grille grille) {
        this.file = file;
        this.grille = grille;
        this.workbook = new SXSSFWorkbook(WINDOW);
        workbook.getXSSFWorkbook().getProperties().getCoreProperties()
                .setCreated(Optional.of(Date.from(FIXED_TIME.toInstant(ZoneOffset.UTC))));
        workbook.getXSSFWorkbook().getProperties().getCoreProperties().setCreator("Vigie");
        this.sheet = workbook.createSheet("Autodiagnostics");
        this.dateStyle = workbook.createCellStyle();
        dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
        List<String> header = WideCsvFile.header(grille);
        Row row = sheet.createRow(nextRow++);
        for (int i = 0; i < header.size(); i++) {
            row.createCell(i).setCellValue(header.get(i));
        }
    }

    @Override
    public void write(String autodiagnosticId, String siteId, LocalDate date, int[] niveaux, Rng comments) {
        Row row = sheet.createRow(nextRow++);
        row.createCell(0).setCellValue(autodiagnosticId);
        row.createCell(1).setCellValue(siteId);
        Cell dateCell = row.createCell(2);
        dateCell.setCellValue(date);
        dateCell.setCellStyle(dateStyle);
        String version = grille.version();
        if (version.chars().allMatch(Character::isDigit)) {
            row.createCell(3).setCellValue(Integer.parseInt(version));
        } else {
            row.createCell(3).setCellValue(version);
        }
        for (int i = 0; i < niveaux.length; i++) {
            if (niveaux[i] >= 0) {
                row.createCell(4 + i).setCellValue(niveaux[i]);
                indicatorRows++;
            }
        }
    }

    /** Text cells, as a grid typed by hand in a spreadsheet holds them; empty cells are left blank. */
    @Override
    public void writeCells(List<String> cells) {
        Row row = sheet.createRow(nextRow++);
        for (int i = 0; i < cells.size(); i++) {
            if (!cells.get(i).isEmpty()) {
                row.createCell(i).setCellValue(cells.get(i));
                if (i >= Source.WIDE_FIXED_COLUMNS.size()) {
                    indicatorRows++;
                }
            }
        }
    }

    @Override
    public long indicatorRows() {
        return indicatorRows;
    }

    @Override
    public void close() throws IOException {
        Path raw = Files.createTempFile("vigie-generate-", ".xlsx");
        try {
            try (OutputStream out = Files.newOutputStream(raw)) {
                workbook.write(out);
            } finally {
                workbook.close();
            }
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                rezipWithFixedTimes(raw, out);
            }
        } finally {
            Files.deleteIfExists(raw);
        }
    }

    /** Copies every entry, in the package's order, with a fixed time (read through the central directory). */
    private static void rezipWithFixedTimes(Path zip, OutputStream target) throws IOException {
        try (ZipFile in = new ZipFile(zip.toFile());
             ZipOutputStream out = new ZipOutputStream(target)) {
            for (ZipEntry entry : Collections.list(in.entries())) {
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTimeLocal(FIXED_TIME);
                out.putNextEntry(copy);
                try (InputStream data = in.getInputStream(entry)) {
                    data.transferTo(out);
                }
                out.closeEntry();
            }
        }
    }
}
