package fr.ush.vigie.generate;

import fr.ush.vigie.generate.AppuiData.Demande;
import fr.ush.vigie.generate.AppuiData.Evaluation;
import fr.ush.vigie.generate.AppuiData.Mission;
import fr.ush.vigie.model.Source;
import java.io.IOException;
import java.util.List;

/**
 * Writes {@code appui/}, as the pôle d'appui's assistant keeps it: demandes in a Windows-1252 Excel export
 * ({@code ;}, {@code DD/MM/YYYY}), missions in Excel « CSV UTF-8 » (decimal comma on the day rate),
 * evaluations as a UTF-8 export with {@code oui/non} booleans.
 */
final class AppuiWriter {
    private final GeneratorConfig config;
    private final Counts counts;

    AppuiWriter(GeneratorConfig config, Counts counts) {
        this.config = config;
        this.counts = counts;
    }

    void write(AppuiData appui, List<Organisme> organismes, SiteTable sites) throws IOException {
        demandes(appui.demandes(), organismes, sites);
        missions(appui.missions());
        evaluations(appui.evaluations());
    }

    private void demandes(List<Demande> demandes, List<Organisme> organismes, SiteTable sites) throws IOException {
        try (CsvWriter csv = open(Source.DEMANDES, CsvFormat.EXCEL_FR_1252)) {
            for (Demande d : demandes) {
                csv.row(d.id(), organismes.get(d.organisme()).id(), d.site() < 0 ? "" : sites.id(d.site()),
                        csv.format().date(d.reception()), d.canal(), d.volet(), d.problematique(),
                        csv.format().date(d.commission()), d.decision());
            }
            counts.written(Source.DEMANDES, csv);
        }
    }

    private void missions(List<Mission> missions) throws IOException {
        try (CsvWriter csv = open(Source.MISSIONS, CsvFormat.EXCEL_FR_UTF8)) {
            for (Mission m : missions) {
                csv.row(m.id(), m.demandeId(), m.prestataireId(), csv.format().date(m.debut()),
                        csv.format().date(m.fin()), Integer.toString(m.joursFinances()),
                        Integer.toString(m.joursProlongation()), csv.format().decimal(m.tarifJour()), m.statut());
            }
            counts.written(Source.MISSIONS, csv);
        }
    }

    private void evaluations(List<Evaluation> evaluations) throws IOException {
        try (CsvWriter csv = open(Source.EVALUATIONS, CsvFormat.STANDARD.withOuiNon())) {
            for (Evaluation e : evaluations) {
                csv.row(e.missionId(), csv.format().date(e.date()), Integer.toString(e.satisfaction()),
                        csv.format().bool(e.regardNeuf()), csv.format().bool(e.ruptureRoutines()),
                        csv.format().bool(e.dynamiquePartenariale()), csv.format().bool(e.soutienMethodologique()),
                        Integer.toString(e.nbPreconisations()), Integer.toString(e.nbMisesEnOeuvre()));
            }
            counts.written(Source.EVALUATIONS, csv);
        }
    }

    private CsvWriter open(Source source, CsvFormat format) throws IOException {
        counts.file(source);
        return CsvWriter.open(config.out().resolve(source.path()), format, source.columnNames(),
                config.badRowsFor(source, format));
    }
}
