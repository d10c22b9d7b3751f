package fr.ush.vigie.ingest.read;

import fr.ush.vigie.model.Source;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads the first sheet of an .xlsx workbook: header in row 1, {@code ligne} = the spreadsheet row number, fully
 * empty rows skipped. The workbook is loaded whole (POI's user model): workbooks typed by hand are small; a streaming
 * (SAX) reader can replace this class if that ever changes.
 */
final class XlsxFileReader extends RowRecordIterator {

    private final XSSFWorkbook workbook;
    private final Iterator<Row> rows;
    private final RowMapper mapper;

    private XlsxFileReader(String fichier, XSSFWorkbook workbook, Iterator<Row> rows, RowMapper mapper) {
        super(fichier);
        this.workbook = workbook;
        this.rows = rows;
        this.mapper = mapper;
    }

    static CloseableRecordIterator open(Source source, String fichier, InputStreamOpener opener)
            throws InputFileException {
        XSSFWorkbook workbook = load(fichier, opener);
        try {
            if (workbook.getNumberOfSheets() == 0) {
                throw new InputFileException(fichier, "classeur sans feuille, en-tête attendu : "
                        + HeaderMapping.expectedHeader(source));
            }
            Iterator<Row> rows = workbook.getSheetAt(0).rowIterator();
            Row first = rows.hasNext() ? rows.next() : null;
            List<String> header = first == null || first.getRowNum() != 0 ? List.of() : cellTexts(first);
            if (header.isEmpty()) {
                throw new InputFileException(fichier, 1, "en-tête absent de la première feuille, en-tête attendu : "
                        + HeaderMapping.expectedHeader(source));
            }
            RowMapper mapper = HeaderMapping.parse(source, fichier, 1, header);
            return new XlsxFileReader(fichier, workbook, rows, mapper);
        } catch (InputFileException | RuntimeException e) {
            InputStreams.closeAfterFailure(workbook, e);
            throw e;
        }
    }

    /**
     * POI reports a damaged or foreign file (an .xls renamed, a truncated zip) through various runtime exceptions as
     * well as I/O ones; all of them mean the same to the user: this workbook cannot be read.
     */
    private static XSSFWorkbook load(String fichier, InputStreamOpener opener) throws InputFileException {
        try (InputStream in = InputStreams.open(fichier, opener)) {
            return new XSSFWorkbook(in);
        } catch (IOException | RuntimeException e) {
            throw new InputFileException(fichier, "classeur .xlsx illisible : " + e.getMessage(), e);
        }
    }

    @Override
    protected List<RawRecord> nextRow() {
        while (rows.hasNext()) {
            Row row = rows.next();
            List<String> cells = cellTexts(row);
            if (!cells.isEmpty()) {
                // Trailing empty cells are not stored in a workbook, so only a filled cell past the header is wrong.
                String erreur = cells.size() > mapper.width() ? mapper.fieldCountError(cells.size()) : null;
                return mapper.map(row.getRowNum() + 1L, cells, erreur);
            }
        }
        return null;
    }

    @Override
    protected void release() throws IOException {
        workbook.close();
    }

    /** The texts of a row up to its last filled cell; empty for a row with no filled cell. */
    private static List<String> cellTexts(Row row) {
        List<String> texts = new ArrayList<>();
        int filled = 0;
        for (int column = 0; column < row.getLastCellNum(); column++) {
            String text = XlsxCellText.of(row.getCell(column));
            texts.add(text);
            if (text != null) {
                filled = column + 1;
            }
        }
        return texts.subList(0, filled);
    }
}
