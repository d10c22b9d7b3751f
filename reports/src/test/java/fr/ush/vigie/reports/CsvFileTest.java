package fr.ush.vigie.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvFileTest {
    @Test
    void textThatExcelWouldRunIsWrittenAfterAnApostropheAndNumbersStayNumbers() {
        DataTable table = new DataTable("t", List.of("nom", "écart"), List.of(
                List.of(Cell.text("=HYPERLINK(\"http://x\";\"voir\")"), Cell.signed(-2.5, 1)),
                List.of(Cell.text("@SUM(A1)"), Cell.integer(-3)),
                List.of(Cell.text("+33"), Cell.number(4, 0)),
                List.of(Cell.text("-2+3"), Cell.missing()),
                List.of(Cell.text("\tcaché"), Cell.percent(0.25)),
                List.of(Cell.text("\rretour"), Cell.integer(0)),
                List.of(Cell.text("Les Tilleuls - bât. A"), Cell.integer(1))), "t.csv");
        assertEquals("\uFEFFnom;écart\r\n"
                + "\"'=HYPERLINK(\"\"http://x\"\";\"\"voir\"\")\";-2,5\r\n"
                + "'@SUM(A1);-3\r\n"
                + "'+33;4\r\n"
                + "'-2+3;\r\n"
                + "'\tcaché;25,0\r\n"
                + "\"'\rretour\";0\r\n"
                + "Les Tilleuls - bât. A;1\r\n", CsvFile.of(table));
    }

    @Test
    void aCellHoldingAnIntervalGivesItsBoundsColumnsOfTheirOwn() {
        DataTable table = new DataTable("t", List.of("prestataire", "effet [IC]"), List.of(
                List.of(Cell.text("P1"), new Cell("−8,2 [−12,0 ; −4,4]", "-8,2", true, List.of("-12,0", "-4,4"))),
                List.of(Cell.text("P2"), new Cell("n < 5", "n < 5", true, List.of("", "")))), "t.csv",
                List.of("prestataire", "effet", "effet bas", "effet haut"));
        assertEquals("\uFEFFprestataire;effet;effet bas;effet haut\r\nP1;-8,2;-12,0;-4,4\r\nP2;n < 5;;\r\n",
                CsvFile.of(table));
    }
}
