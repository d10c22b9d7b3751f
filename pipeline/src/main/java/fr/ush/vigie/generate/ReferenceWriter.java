package fr.ush.vigie.generate;

import fr.ush.vigie.model.Source;
import fr.ush.vigie.ingest.validate.ReasonCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes {@code reference/}: the real geography (with its synthetic zone ABC), the synthetic QPVs,
 * organismes, sites and prestataires, and the default grid copied byte for byte. Formats are mixed on
 * purpose: organismes as Excel « CSV UTF-8 », prestataires as a Windows-1252 Excel file, the rest UTF-8.
 */
final class ReferenceWriter {
    private final Path folder;
    private final GeneratorConfig config;
    private final Counts counts;

    ReferenceWriter(GeneratorConfig config, Counts counts) {
        this.folder = config.out().resolve("reference");
        this.config = config;
        this.counts = counts;
    }

    /** The geography, and its licence next to the dataset (MIT: the notice travels with the data). */
    void geography(GeoCatalog geo, String[] zones) throws IOException {
        try (CsvWriter csv = open(Source.REGIONS, CsvFormat.STANDARD)) {
            for (GeoCatalog.Region region : geo.regions()) {
                csv.row(region.code(), region.nom());
            }
            counts.written(Source.REGIONS, csv);
        }
        try (CsvWriter csv = open(Source.DEPARTEMENTS, CsvFormat.STANDARD)) {
            for (GeoCatalog.Departement departement : geo.departements()) {
                csv.row(departement.code(), departement.nom(), departement.codeRegion());
            }
            counts.written(Source.DEPARTEMENTS, csv);
        }
        try (CsvWriter csv = open(Source.COMMUNES, CsvFormat.STANDARD)) {
            for (int c = 0; c < geo.communeCount(); c++) {
                csv.row(geo.communeCode(c), geo.communeNom(c), geo.communeDepartement(c), geo.communeRegion(c),
                        zones[c]);
            }
            counts.written(Source.COMMUNES, csv);
        }
        Files.write(folder.getParent().resolve(GeoCatalog.LICENSE_FILE),
                ResourceCsv.bytes(GeoCatalog.RESOURCE_DIR + GeoCatalog.LICENSE_FILE));
    }

    void qpv(GeoCatalog geo, QpvCatalog qpvs) throws IOException {
        try (CsvWriter csv = open(Source.QPV, CsvFormat.STANDARD)) {
            for (int q = 0; q < qpvs.size(); q++) {
                csv.row(qpvs.code(q), qpvs.nom(q), geo.communeCode(qpvs.commune(q)));
            }
            counts.written(Source.QPV, csv);
        }
    }

    void organismes(List<Organisme> organismes) throws IOException {
        try (CsvWriter csv = open(Source.ORGANISMES, CsvFormat.EXCEL_FR_UTF8)) {
            for (Organisme o : organismes) {
                csv.row(o.id(), o.nom(), o.famille(), o.codeRegion(), Integer.toString(o.nbLogements()));
            }
            counts.written(Source.ORGANISMES, csv);
        }
    }

    void sites(SiteTable sites, List<Organisme> organismes, GeoCatalog geo, QpvCatalog qpvs) throws IOException {
        try (CsvWriter csv = open(Source.SITES, CsvFormat.STANDARD)) {
            for (int s = 0; s < sites.size(); s++) {
                csv.row(sites.id(s), organismes.get(sites.organisme[s]).id(), sites.nom(s),
                        geo.communeCode(sites.commune[s]), sites.qpv[s] < 0 ? "" : qpvs.code(sites.qpv[s]),
                        Integer.toString(sites.logements[s]), csv.format().date(sites.dateEntree(s)),
                        csv.format().date(sites.dateSortie(s)));
            }
            counts.written(Source.SITES, csv);
        }
    }

    void prestataires(List<Campagne> campagnes) throws IOException {
        try (CsvWriter csv = open(Source.PRESTATAIRES, CsvFormat.EXCEL_FR_1252)) {
            String du = csv.format().date(PrestataireCatalog.referenceDu(campagnes.get(0)));
            String au = csv.format().date(PrestataireCatalog.referenceAu(campagnes.get(campagnes.size() - 1)));
            for (PrestataireCatalog.Prestataire p : PrestataireCatalog.PRESTATAIRES) {
                csv.row(p.id(), p.nom(), p.pole(), du, au);
            }
            counts.written(Source.PRESTATAIRES, csv);
        }
    }

    /**
     * The grid as bundled: {@code ;}, decimal comma, {@code oui/non}; copied byte for byte, or line by line
     * with bad rows after some lines (its cells hold no {@code ;} nor quote, so a line splits on {@code ;}).
     */
    void grille(Grille grille) throws IOException {
        counts.file(Source.GRILLE);
        Files.createDirectories(folder);
        byte[] bundled = ResourceCsv.bytes(Grille.RESOURCE);
        long rows = ResourceCsv.load(Grille.RESOURCE, ';').rows().size();
        if (config.badRows() > 0) {
            BadRows badRows = config.badRowsFor(Source.GRILLE, CsvFormat.EXCEL_FR_UTF8);
            bundled = withBadRows(new String(bundled, StandardCharsets.UTF_8), badRows)
                    .getBytes(StandardCharsets.UTF_8);
            badRows.injected().values().forEach(n -> counts.add(Source.GRILLE, n));
            counts.badRows(badRows);
        }
        Files.write(folder.resolve("grille.csv"), bundled);
        counts.add(Source.GRILLE, rows);
    }

    private static String withBadRows(String text, BadRows badRows) {
        String lineEnd = text.contains("\r\n") ? "\r\n" : "\n";
        StringBuilder out = new StringBuilder();
        boolean header = true;
        for (String line : text.split("\\R")) {
            out.append(line).append(lineEnd);
            if (header || line.isBlank()) {
                header = false;
                continue;
            }
            for (ReasonCode reason : badRows.draw()) {
                out.append(String.join(";", badRows.corrupt(List.of(line.split(";", -1)), reason))).append(lineEnd);
                badRows.count(reason, 1);
            }
        }
        return out.toString();
    }

    private CsvWriter open(Source source, CsvFormat format) throws IOException {
        counts.file(source);
        return CsvWriter.open(folder.getParent().resolve(source.path()), format, source.columnNames(),
                config.badRowsFor(source, format));
    }
}
