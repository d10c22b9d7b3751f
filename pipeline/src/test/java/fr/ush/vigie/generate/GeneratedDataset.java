package fr.ush.vigie.generate;

import fr.ush.vigie.model.Source;
import fr.ush.vigie.ingest.read.CsvRow;
import fr.ush.vigie.ingest.read.CsvTokenizer;
import java.io.IOException;
import java.io.StringReader;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads a generated input folder back the way the contract describes (encoding and separator detected per
 * file, columns by name, dates and decimals in either convention), independently of the generator's code.
 */
final class GeneratedDataset {
    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    /** One file: its header as written (lower-cased) and its rows as column → raw trimmed value. */
    record Table(String fichier, Charset charset, char separator, List<String> header,
                 List<Map<String, String>> rows) {
    }

    /** One indicator row of an autodiagnostic, whatever the file's shape. */
    record IndicatorRow(String fichier, String autodiagnosticId, String siteId, LocalDate date, String version,
                        String code, int niveau) {
    }

    final Path root;
    final Map<Source, Table> tables = new LinkedHashMap<>();
    final List<Table> autodiagnosticFiles = new ArrayList<>();
    final List<IndicatorRow> indicators = new ArrayList<>();

    private GeneratedDataset(Path root) {
        this.root = root;
    }

    static GeneratedDataset read(Path root) throws IOException {
        GeneratedDataset dataset = new GeneratedDataset(root);
        for (Source source : Source.values()) {
            if (source.singleFile()) {
                dataset.tables.put(source, readCsv(root, root.resolve(source.path())));
            }
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root.resolve("autodiagnostics"))) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            Table table = file.toString().endsWith(".xlsx") ? readXlsx(root, file) : readCsv(root, file);
            dataset.autodiagnosticFiles.add(table);
            dataset.addIndicators(table);
        }
        return dataset;
    }

    List<Map<String, String>> rows(Source source) {
        return tables.get(source).rows();
    }

    private void addIndicators(Table table) {
        boolean wide = !table.header().contains("code_indicateur");
        for (Map<String, String> row : table.rows()) {
            String id = row.get("autodiagnostic_id");
            String site = row.get("site_id");
            LocalDate date = date(row.get("date_autodiagnostic"));
            String version = row.get("version_grille");
            if (wide) {
                for (String column : table.header()) {
                    if (!Source.WIDE_FIXED_COLUMNS.contains(column) && !row.get(column).isEmpty()) {
                        indicators.add(new IndicatorRow(table.fichier(), id, site, date, version,
                                column.toUpperCase(Locale.ROOT), Integer.parseInt(row.get(column))));
                    }
                }
            } else {
                indicators.add(new IndicatorRow(table.fichier(), id, site, date, version, row.get("code_indicateur"),
                        Integer.parseInt(row.get("niveau"))));
            }
        }
    }

    static LocalDate date(String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        return value.contains("/") ? LocalDate.parse(value, FRENCH_DATE) : LocalDate.parse(value);
    }

    static double decimal(String value) {
        return Double.parseDouble(value.replace(',', '.'));
    }

    static boolean bool(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "oui", "o", "true", "1", "vrai" -> true;
            case "non", "n", "false", "0", "faux" -> false;
            default -> throw new IllegalArgumentException("not a boolean: " + value);
        };
    }

    static Table readCsv(Path root, Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        Charset charset;
        String text;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            charset = StandardCharsets.UTF_8;
            text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        } else {
            try {
                text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes)).toString();
                charset = StandardCharsets.UTF_8;
            } catch (CharacterCodingException e) {
                charset = Charset.forName("windows-1252");
                text = new String(bytes, charset);
            }
        }
        String headerLine = text.substring(0, text.indexOf('\n'));
        char separator = count(headerLine, ';') > count(headerLine, ',') ? ';' : ',';
        List<List<String>> records = parse(text, separator);
        List<String> header = records.get(0).stream().map(h -> h.trim().toLowerCase(Locale.ROOT)).toList();
        List<Map<String, String>> rows = new ArrayList<>();
        for (List<String> record : records.subList(1, records.size())) {
            if (record.size() != header.size()) {
                throw new IllegalStateException(file + ": " + record.size() + " fields, header has " + header.size()
                        + ": " + record);
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), record.get(i).trim());
            }
            rows.add(row);
        }
        return new Table(root.relativize(file).toString().replace('\\', '/'), charset, separator, header, rows);
    }

    /** RFC 4180 records, with the ingest's tokenizer (blank lines skipped). */
    private static List<List<String>> parse(String text, char separator) throws IOException {
        List<List<String>> records = new ArrayList<>();
        CsvTokenizer tokenizer = new CsvTokenizer(new StringReader(text), separator);
        for (CsvRow row = tokenizer.next(); row != null; row = tokenizer.next()) {
            records.add(row.fields());
        }
        return records;
    }

    private static int count(String line, char c) {
        return (int) line.chars().filter(x -> x == c).count();
    }

    static Table readXlsx(Path root, Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            List<String> header = new ArrayList<>();
            for (Cell cell : sheet.getRow(0)) {
                header.add(cell.getStringCellValue().trim().toLowerCase(Locale.ROOT));
            }
            List<Map<String, String>> rows = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                Map<String, String> values = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    values.put(header.get(i), text(row.getCell(i)));
                }
                rows.add(values);
            }
            return new Table(root.relativize(file).toString().replace('\\', '/'), StandardCharsets.UTF_8, ',', header,
                    rows);
        }
    }

    private static String text(Cell cell) {
        if (cell == null || cell.getCellType() == CellType.BLANK) {
            return "";
        }
        if (cell.getCellType() == CellType.STRING) {
            return cell.getStringCellValue().trim();
        }
        if (DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().toString();
        }
        double value = cell.getNumericCellValue();
        if (value != Math.rint(value)) {
            throw new IllegalStateException("non-integer numeric cell " + value);
        }
        return Long.toString((long) value);
    }
}
