package fr.ush.vigie.generate;

import fr.ush.vigie.model.Source;
import java.io.IOException;
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
    private final Counts counts;

    ReferenceWriter(Path out, Counts counts) {
        this.folder = out.resolve("reference");
        this.counts = counts;
    }

    /** The geography, and its licence next to the dataset (MIT: the notice travels with the data). */
    void geography(GeoCatalog geo, String[] zones) throws IOException {
        try (CsvWriter csv = open(Source.REGIONS, CsvFormat.STANDARD)) {
            for (GeoCatalog.Region region : geo.regions()) {
                csv.row(region.code(), region.nom());
            }
            counts.add(Source.REGIONS, csv.rows());
        }
        try (CsvWriter csv = open(Source.DEPARTEMENTS, CsvFormat.STANDARD)) {
            for (GeoCatalog.Departement departement : geo.departements()) {
                csv.row(departement.code(), departement.nom(), departement.codeRegion());
            }
            counts.add(Source.DEPARTEMENTS, csv.rows());
        }
        try (CsvWriter csv = open(Source.COMMUNES, CsvFormat.STANDARD)) {
            for (int c = 0; c < geo.communeCount(); c++) {
                csv.row(geo.communeCode(c), geo.communeNom(c), geo.communeDepartement(c), geo.communeRegion(c),
                        zones[c]);
            }
            counts.add(Source.COMMUNES, csv.rows());
        }
        Files.write(folder.getParent().resolve(GeoCatalog.LICENSE_FILE),
                ResourceCsv.bytes(GeoCatalog.RESOURCE_DIR + GeoCatalog.LICENSE_FILE));
    }

    void qpv(GeoCatalog geo, QpvCatalog qpvs) throws IOException {
        try (CsvWriter csv = open(Source.QPV, CsvFormat.STANDARD)) {
            for (int q = 0; q < qpvs.size(); q++) {
                csv.row(qpvs.code(q), qpvs.nom(q), geo.communeCode(qpvs.commune(q)));
            }
            counts.add(Source.QPV, csv.rows());
        }
    }

    void organismes(List<Organisme> organismes) throws IOException {
        try (CsvWriter csv = open(Source.ORGANISMES, CsvFormat.EXCEL_FR_UTF8)) {
            for (Organisme o : organismes) {
                csv.row(o.id(), o.nom(), o.famille(), o.codeRegion(), Integer.toString(o.nbLogements()));
            }
            counts.add(Source.ORGANISMES, csv.rows());
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
            counts.add(Source.SITES, csv.rows());
        }
    }

    void prestataires(List<Campagne> campagnes) throws IOException {
        try (CsvWriter csv = open(Source.PRESTATAIRES, CsvFormat.EXCEL_FR_1252)) {
            String du = csv.format().date(PrestataireCatalog.referenceDu(campagnes.get(0)));
            String au = csv.format().date(PrestataireCatalog.referenceAu(campagnes.get(campagnes.size() - 1)));
            for (PrestataireCatalog.Prestataire p : PrestataireCatalog.PRESTATAIRES) {
                csv.row(p.id(), p.nom(), p.pole(), du, au);
            }
            counts.add(Source.PRESTATAIRES, csv.rows());
        }
    }

    /** The grid as bundled: {@code ;}, decimal comma, {@code oui/non}. */
    void grille(Grille grille) throws IOException {
        counts.file(Source.GRILLE);
        Files.createDirectories(folder);
        Files.write(folder.resolve("grille.csv"), ResourceCsv.bytes(Grille.RESOURCE));
        counts.add(Source.GRILLE, ResourceCsv.load(Grille.RESOURCE, ';').rows().size());
    }

    private CsvWriter open(Source source, CsvFormat format) throws IOException {
        counts.file(source);
        return CsvWriter.open(folder.getParent().resolve(source.path()), format, source.columnNames());
    }
}
