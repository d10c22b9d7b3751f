package fr.ush.vigie.ingest.read;

import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * The text an .xlsx cell stands for, so that a workbook reads like the same table saved as text: the typing rules
 * downstream then apply unchanged (reference.md section 2).
 */
final class XlsxCellText {

    private XlsxCellText() {
    }

    /** The cell's text, trimmed; null for a missing, blank or error cell. */
    static String of(Cell cell) {
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> Cells.clean(cell.getStringCellValue());
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                    : number(cell.getNumericCellValue());
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
            default -> null;
        };
    }

    /**
     * Excel stores every number as a double: {@code 2017} is {@code 2017.0}. The shortest decimal that round-trips,
     * without trailing zeros or exponent, gives {@code 2017} for integers and {@code 12.5} for decimals.
     */
    static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
