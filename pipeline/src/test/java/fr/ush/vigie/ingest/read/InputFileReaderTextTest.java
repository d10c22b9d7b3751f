package fr.ush.vigie.ingest.read;

import static fr.ush.vigie.ingest.read.ReaderFixtures.BOM;
import static fr.ush.vigie.ingest.read.ReaderFixtures.WINDOWS_1252;
import static fr.ush.vigie.ingest.read.ReaderFixtures.broken;
import static fr.ush.vigie.ingest.read.ReaderFixtures.concat;
import static fr.ush.vigie.ingest.read.ReaderFixtures.opener;
import static fr.ush.vigie.ingest.read.ReaderFixtures.readAll;
import static fr.ush.vigie.ingest.read.ReaderFixtures.record;
import static fr.ush.vigie.ingest.read.ReaderFixtures.utf8;
import static fr.ush.vigie.ingest.read.ReaderFixtures.write;
import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ush.vigie.model.Source;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFileReaderTextTest {

    private static final String REGIONS = "reference/regions.csv";
    private static final String SITES = "reference/sites.csv";
    private static final String MISSIONS = "appui/missions.csv";

    @TempDir
    Path dir;

    @Test
    void readsUtf8WithoutBom() throws Exception {
        Path file = utf8(dir, REGIONS, "code_region,nom\n11,Île-de-France\n84,Auvergne-Rhône-Alpes\n");

        assertEquals(List.of(
                record(REGIONS, 2, "11", "Île-de-France"),
                record(REGIONS, 3, "84", "Auvergne-Rhône-Alpes")), readAll(Source.REGIONS, REGIONS, file));
    }

    @Test
    void stripsTheUtf8Bom() throws Exception {
        Path file = write(dir, REGIONS, concat(BOM, "code_region;nom\r\n93;Provence-Alpes-Côte d’Azur\r\n"
                .getBytes(UTF_8)));

        assertEquals(List.of(record(REGIONS, 2, "93", "Provence-Alpes-Côte d’Azur")),
                readAll(Source.REGIONS, REGIONS, file));
    }

    @Test
    void readsWindows1252WithFrenchConventionsKeptAsText() throws Exception {
        Path file = write(dir, SITES, """
                site_id;organisme_id;nom;code_commune;code_qpv;nb_logements;date_entree;date_sortie
                S1;O1;Cité de l’Œuvre – Sœur Thérèse;75056;;1 250,5;15/03/2021;
                """, WINDOWS_1252);

        assertEquals(List.of(record(SITES, 2, "S1", "O1", "Cité de l’Œuvre – Sœur Thérèse", "75056", null,
                "1 250,5", "15/03/2021", null)), readAll(Source.SITES, SITES, file));
    }

    @Test
    void mapsColumnsInAnyOrderAndCaseAndIgnoresExtraOnes() throws Exception {
        Path file = utf8(dir, MISSIONS, """
                Statut ; TARIF_JOUR_EUR;Remarque;mission_id;demande_id;prestataire_id;date_debut;date_fin;\
                jours_finances;Jours_Prolongation
                TERMINEE;1150,00;à revoir;M1;D1;P1;2024-01-08;2024-01-12;5;0
                """);

        assertEquals(List.of(record(MISSIONS, 2, "M1", "D1", "P1", "2024-01-08", "2024-01-12", "5", "0", "1150,00",
                "TERMINEE")), readAll(Source.MISSIONS, MISSIONS, file));
    }

    @Test
    void honoursQuotesAcrossSeparatorsDoubledQuotesAndLines() throws Exception {
        Path file = utf8(dir, REGIONS, "code_region,nom\n"
                + "11,\"Paris, \"\"la\"\" capitale\nsur deux lignes\"\n"
                + "84, \"Lyon\" \n");

        assertEquals(List.of(
                record(REGIONS, 2, "11", "Paris, \"la\" capitale\nsur deux lignes"),
                record(REGIONS, 4, "84", "Lyon")), readAll(Source.REGIONS, REGIONS, file));
    }

    @Test
    void choosesTheSeparatorFromTheHeaderOutsideQuotes() throws Exception {
        Path file = utf8(dir, REGIONS, "code_region,nom,\"note; avec; points-virgules\"\n11,A;B,x\n");

        assertEquals(List.of(record(REGIONS, 2, "11", "A;B")), readAll(Source.REGIONS, REGIONS, file));
    }

    @Test
    void skipsBlankLinesButKeepsCountingThem() throws Exception {
        Path file = utf8(dir, REGIONS, "\n  \ncode_region;nom\n\n   \t\n11;A\n;\n\n84;B\n\n");

        assertEquals(List.of(
                record(REGIONS, 6, "11", "A"),
                record(REGIONS, 7, null, null),
                record(REGIONS, 9, "84", "B")), readAll(Source.REGIONS, REGIONS, file));
    }

    @Test
    void acceptsCrlfAndLoneCrLineEndings() throws Exception {
        Path crlf = utf8(dir, "crlf.csv", "code_region;nom\r\n11;\"A\r\nB\"\r\n\r\n84;C\r\n");
        Path cr = utf8(dir, "cr.csv", "code_region;nom\r11;A\r\r84;C");

        assertEquals(List.of(record("crlf.csv", 2, "11", "A\r\nB"), record("crlf.csv", 5, "84", "C")),
                readAll(Source.REGIONS, "crlf.csv", crlf));
        assertEquals(List.of(record("cr.csv", 2, "11", "A"), record("cr.csv", 4, "84", "C")),
                readAll(Source.REGIONS, "cr.csv", cr));
    }

    @Test
    void flagsRowsWithTheWrongNumberOfFieldsAndKeepsTheAlignedOnes() throws Exception {
        Path file = utf8(dir, REGIONS, "nom;code_region\nA;11;en trop\nB\n");

        assertEquals(List.of(
                broken(REGIONS, 2, "3 champs lus, 2 attendus (en-tête)", "11", "A"),
                broken(REGIONS, 3, "1 champ lu, 2 attendus (en-tête)", null, "B")),
                readAll(Source.REGIONS, REGIONS, file));
    }

    @Test
    void reportsAnUnclosedQuoteAtTheLineWhereTheRecordStarts() throws Exception {
        Path file = utf8(dir, REGIONS, "code_region;nom\n11;A\n84;\"Lyon\n93;B\n");

        assertEquals(List.of(
                record(REGIONS, 2, "11", "A"),
                broken(REGIONS, 3, "guillemet non fermé", "84", "Lyon\n93;B")),
                readAll(Source.REGIONS, REGIONS, file));
    }

    @Test
    void cutsAndFlagsARecordTooLongToHoldInMemory() throws Exception {
        String huge = "x".repeat(CsvTokenizer.MAX_RECORD_CHARS + 10);
        Path file = utf8(dir, REGIONS, "code_region;nom\n11;" + huge + "\n84;B\n");

        List<RawRecord> records = readAll(Source.REGIONS, REGIONS, file);

        assertEquals(2, records.size());
        assertEquals(CsvTokenizer.TOO_LONG, records.get(0).erreurStructure());
        assertEquals(record(REGIONS, 3, "84", "B"), records.get(1));
    }

    @Test
    void refusesAHeaderMissingRequiredColumns() {
        Path file = utf8(dir, SITES, "site_id;organisme_id;nom;code_commune;code_qpv;nb_logements\nS1;O1;A;1;;2\n");

        InputFileException e = assertThrows(InputFileException.class, () -> readAll(Source.SITES, SITES, file));

        assertEquals("reference/sites.csv, ligne 1 : colonnes manquantes : date_entree, date_sortie (en-tête attendu :"
                + " site_id, organisme_id, nom, code_commune, code_qpv, nb_logements, date_entree, date_sortie)",
                e.getMessage());
        assertEquals(SITES, e.fichier());
        assertEquals(OptionalLong.of(1), e.ligne());
    }

    @Test
    void refusesADuplicatedColumn() {
        Path file = utf8(dir, REGIONS, "code_region;nom;NOM\n11;A;B\n");

        InputFileException e = assertThrows(InputFileException.class, () -> readAll(Source.REGIONS, REGIONS, file));

        assertTrue(e.getMessage().startsWith("reference/regions.csv, ligne 1 : colonne en double : nom (colonnes 2 et 3"),
                e.getMessage());
    }

    @Test
    void refusesAFileNeitherUtf8NorWindows1252() {
        byte[] text = "code_region;nom\n11;".getBytes(UTF_8);
        byte[] undefinedIn1252 = {(byte) 0xE9, (byte) 0x81, '\n'};
        Path file = write(dir, REGIONS, concat(text, undefinedIn1252));

        InputFileException e = assertThrows(InputFileException.class, () -> readAll(Source.REGIONS, REGIONS, file));

        assertEquals("reference/regions.csv, ligne 2 : fichier illisible : encodage ni UTF-8 ni Windows-1252"
                + " (octet 0x81 à l'octet " + (text.length + 2) + ")", e.getMessage());
    }

    @Test
    void refusesAUtf16File() {
        Path file = write(dir, REGIONS, "code_region;nom\n11;A\n", UTF_16LE);

        InputFileException e = assertThrows(InputFileException.class, () -> readAll(Source.REGIONS, REGIONS, file));

        assertEquals("reference/regions.csv, ligne 1 : fichier illisible : encodage ni UTF-8 ni Windows-1252"
                + " (octet 0x00 à l'octet 2)", e.getMessage());
    }

    @Test
    void refusesABomFollowedByInvalidUtf8() {
        Path file = write(dir, REGIONS, concat(BOM, "code_region;nom\n11;é\n".getBytes(WINDOWS_1252)));

        InputFileException e = assertThrows(InputFileException.class, () -> readAll(Source.REGIONS, REGIONS, file));

        assertTrue(e.getMessage().startsWith("reference/regions.csv, ligne 2 : fichier illisible : encodage UTF-8"),
                e.getMessage());
    }

    @Test
    void refusesFilesWithoutHeader() {
        Path empty = write(dir, "vide.csv", new byte[0]);
        Path blank = utf8(dir, "blanc.csv", "\n  \r\n\t\n");
        Path bomOnly = write(dir, "bom.csv", BOM);

        for (Path file : List.of(empty, blank, bomOnly)) {
            String name = file.getFileName().toString();
            InputFileException e = assertThrows(InputFileException.class,
                    () -> readAll(Source.REGIONS, name, file));
            assertEquals(name + " : fichier vide, en-tête attendu : code_region, nom", e.getMessage());
        }
    }

    @Test
    void refusesAHeaderWithAnUnclosedQuote() {
        Path file = utf8(dir, REGIONS, "code_region;\"nom\n11;A\n");

        InputFileException e = assertThrows(InputFileException.class, () -> readAll(Source.REGIONS, REGIONS, file));

        assertEquals("reference/regions.csv, ligne 1 : en-tête illisible : guillemet non fermé", e.getMessage());
    }

    @Test
    void refusesAHeaderWithoutLineEndWithinItsLimit() {
        Path file = utf8(dir, REGIONS, "code_region;nom;" + "x".repeat(SeparatorDetector.MAX_HEADER_CHARS) + "\n");

        InputFileException e = assertThrows(InputFileException.class, () -> readAll(Source.REGIONS, REGIONS, file));

        assertTrue(e.getMessage().startsWith("reference/regions.csv : en-tête illisible : pas de fin de ligne"),
                e.getMessage());
    }

    @Test
    void refusesAMissingFile() {
        InputFileException e = assertThrows(InputFileException.class,
                () -> readAll(Source.REGIONS, REGIONS, dir.resolve("absent.csv")));

        assertEquals("reference/regions.csv : fichier introuvable", e.getMessage());
    }

    @Test
    void checksTheHeaderBeforeAnyRowIsRead() throws Exception {
        Path good = utf8(dir, REGIONS, "code_region;nom\n11;A\n");
        Path bad = utf8(dir, "bad.csv", "code;nom\n11;A\n");

        try (CloseableRecordIterator it = InputFileReader.open(Source.REGIONS, REGIONS, opener(good))) {
            assertTrue(it.hasNext());
        }
        assertThrows(InputFileException.class, () -> InputFileReader.open(Source.REGIONS, "bad.csv", opener(bad)));
    }

    @Test
    void opensTheFileOnceToDetectAndOnceToParseAndClosesBoth() throws Exception {
        Path file = write(dir, REGIONS, "code_region;nom\n11;Île\n", WINDOWS_1252);
        AtomicInteger opened = new AtomicInteger();
        AtomicInteger closed = new AtomicInteger();
        InputStreamOpener counting = () -> new FilterInputStream(Files.newInputStream(file)) {
            {
                opened.incrementAndGet();
            }

            @Override
            public void close() throws IOException {
                closed.incrementAndGet();
                super.close();
            }
        };

        CloseableRecordIterator it = InputFileReader.open(Source.REGIONS, REGIONS, counting);
        assertEquals(record(REGIONS, 2, "11", "Île"), it.next());
        assertFalse(it.hasNext());

        assertEquals(2, opened.get());
        assertEquals(2, closed.get(), "the parsing stream is released at exhaustion");
    }

    @Test
    void surfacesAnIoErrorDuringIterationUnchecked() throws Exception {
        byte[] bytes = ("code_region;nom\n" + "11;A\n".repeat(50_000)).getBytes(UTF_8);
        AtomicInteger opened = new AtomicInteger();
        InputStreamOpener failingOnSecondPass = () -> {
            InputStream in = new java.io.ByteArrayInputStream(bytes);
            if (opened.incrementAndGet() == 1) {
                return in;
            }
            return new FilterInputStream(in) {
                private int served;

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    if (served > bytes.length / 2) {
                        throw new IOException("connexion perdue");
                    }
                    int read = super.read(b, off, len);
                    served += Math.max(read, 0);
                    return read;
                }
            };
        };

        try (CloseableRecordIterator it = InputFileReader.open(Source.REGIONS, REGIONS, failingOnSecondPass)) {
            UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> it.forEachRemaining(r -> { }));
            assertTrue(e.getMessage().contains("connexion perdue"), e.getMessage());
        }
    }
}
