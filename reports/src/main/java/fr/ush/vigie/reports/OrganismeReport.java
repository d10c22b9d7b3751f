package fr.ush.vigie.reports;

import fr.ush.vigie.io.FileNames;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An organisme's data-quality return (CONTRACT section 6): what the evaluation staff send a landlord to fix before
 * the next campaign. Every list is cut to the organisme first, so the page can name nothing of another organisme:
 * its expected sites with no assessment, its rejected lines with what to do, its assessments to confirm, and its
 * own sites' situations and watch list.
 */
final class OrganismeReport {
    private final WarehouseSnapshot data;
    private final Labels labels;
    private final String id;
    private final String name;
    private final String csvPrefix;
    private final List<MissingSite> missing;
    private final List<RejectedLine> rejected;
    private final List<AtypicalAssessment> atypical;
    private final List<SiteScore> scores;
    private final List<WatchedSite> watch;

    OrganismeReport(WarehouseSnapshot data, Labels labels, String organismeId) {
        this.data = data;
        this.labels = labels;
        this.id = organismeId;
        this.name = data.places().organisme(organismeId);
        this.csvPrefix = "organisme-" + FileNames.segment(organismeId) + "-";
        OrganismeQuality quality = data.quality();
        this.missing = quality.missingSites().stream().filter(s -> s.organismeId().equals(id)).toList();
        this.rejected = quality.rejectedLines().stream().filter(r -> r.organismeId().equals(id)).toList();
        this.atypical = quality.atypical().stream().filter(a -> a.organismeId().equals(id)).toList();
        this.scores = data.scores().stream().filter(s -> s.organismeId().equals(id)).toList();
        this.watch = data.watch().stream().filter(w -> w.organismeId().equals(id)).toList();
    }

    ReportPage build(Stamp stamp) {
        List<Section> sections = List.of(synthese(), manquants(), rejets(), controles(), situations(), veille(),
                Methode.section(labels, data.thresholds(), csvPrefix));
        return new ReportPage(labels.format("organisme.titre", name),
                labels.format("scope.sous-titre", labels.get("organisme.public"), data.campagne()),
                "../../index.html", "../donnees/", sections, stamp);
    }

    private Section synthese() {
        List<KeyFigure> figures = List.of(
                new KeyFigure(labels.get("kf.organisme.evalues"), FrenchFormat.integer(scores.size()), ""),
                new KeyFigure(labels.get("kf.organisme.manquants"), FrenchFormat.integer(missing.size()), ""),
                new KeyFigure(labels.get("kf.organisme.rejets"), FrenchFormat.integer(rejected.size()), ""),
                new KeyFigure(labels.get("kf.organisme.atypiques"), FrenchFormat.integer(atypical.size()), ""));
        return new Section("synthese", labels.get("section.synthese"),
                List.of(labels.format("phrase.organisme.synthese", name, data.campagne())), figures, List.of(),
                List.of(), List.of());
    }

    private Section manquants() {
        List<List<Cell>> rows = missing.stream()
                .map(s -> List.of(Cell.text(s.nom()), Cell.text(s.siteId()))).toList();
        DataTable table = new DataTable(labels.format("tab.organisme.manquants.titre", data.campagne()),
                List.of(labels.get("col.site"), labels.get("col.identifiant")), rows, csvPrefix + "sans-autodiagnostic.csv");
        return new Section("manquants", labels.get("section.organisme.manquants"),
                List.of(missing.isEmpty() ? labels.format("phrase.organisme.manquants.aucun", "", data.campagne())
                        : labels.counted("phrase.organisme.manquants", missing.size(), data.campagne())),
                List.of(), List.of(), missing.isEmpty() ? List.of() : List.of(table), List.of());
    }

    /**
     * Shown with the reason in plain words and what to do; the annex {@code organisme-<id>-rejets.csv} keeps the
     * contract's columns, for the organisme's own tools.
     */
    private Section rejets() {
        List<List<Cell>> shown = new ArrayList<>();
        List<List<Cell>> annex = new ArrayList<>();
        for (RejectedLine line : rejected) {
            shown.add(List.of(Cell.text(line.fichier()), Cell.integer(line.ligne()),
                    Cell.text(labels.code("motif", line.codeMotif())), Cell.text(FrenchFormat.typography(line.motif())),
                    Cell.text(labels.code("consigne", line.codeMotif()))));
            // The page says the reason in words; the annex keeps its code, for the organisme's own tools.
            annex.add(List.of(Cell.text(line.fichier()), Cell.integer(line.ligne()), new Cell(labels.code("motif",
                            line.codeMotif()), line.codeMotif(), false),
                    new Cell(FrenchFormat.typography(line.motif()), line.motif(), false),
                    new Cell(FrenchFormat.typography(line.enregistrement()), line.enregistrement(), false)));
        }
        List<DataTable> tables = rejected.isEmpty() ? List.of() : List.of(
                new DataTable(labels.get("tab.organisme.rejets.titre"), List.of(labels.get("col.fichier"),
                        labels.get("col.ligne"), labels.get("col.motif"), labels.get("col.detail"),
                        labels.get("col.consigne")), shown, csvPrefix + "rejets-detail.csv"),
                new DataTable(labels.get("tab.organisme.rejets-bruts.titre"), List.of(labels.get("col.fichier"),
                        labels.get("col.ligne"), labels.get("col.motif"), labels.get("col.detail"),
                        labels.get("col.enregistrement")), annex, csvPrefix + "rejets.csv",
                        List.of("fichier", "ligne", "code_motif", "motif", "enregistrement")));
        return new Section("rejets", labels.get("section.organisme.rejets"),
                List.of(rejected.isEmpty() ? labels.get("phrase.organisme.rejets.aucun")
                        : labels.counted("phrase.organisme.rejets", rejected.size())),
                List.of(), List.of(), tables, List.of());
    }

    private Section controles() {
        List<List<Cell>> rows = atypical.stream().map(a -> List.of(
                Cell.text(data.quality().siteName(a.siteId())),
                a.score() == null ? Cell.missing() : Cell.number(a.score(), 1),
                a.delta() == null ? Cell.missing() : Cell.signed(a.delta(), 1),
                a.z() == null ? Cell.missing() : Cell.signed(a.z(), 2),
                Cell.text(a.motifs().stream().map(m -> labels.code("atypique", m))
                        .collect(Collectors.joining(FrenchFormat.THIN_SPACE + "; "))))).toList();
        DataTable table = new DataTable(labels.format("tab.organisme.atypiques.titre", data.campagne()),
                List.of(labels.get("col.site"), labels.get("col.score"), labels.get("col.delta"),
                        labels.get("col.z"), labels.get("col.a-confirmer")), rows, csvPrefix + "a-confirmer.csv");
        return new Section("a-confirmer", labels.get("section.organisme.atypiques"),
                List.of(atypical.isEmpty() ? labels.get("phrase.organisme.atypiques.aucun")
                        : labels.counted("phrase.organisme.atypiques", atypical.size())),
                List.of(), List.of(), atypical.isEmpty() ? List.of() : List.of(table),
                List.of(labels.get("note.atypiques")));
    }

    private Section situations() {
        List<List<Cell>> rows = scores.stream()
                .sorted(java.util.Comparator.comparing((SiteScore s) -> data.quality().siteName(s.siteId())))
                .map(s -> List.of(Cell.text(data.quality().siteName(s.siteId())),
                        Cell.text(labels.code("situation", s.situation())),
                        s.scoreGlobal() == null ? Cell.missing() : Cell.number(s.scoreGlobal(), 1),
                        s.delta() == null ? Cell.missing() : Cell.signed(s.delta(), 1)))
                .toList();
        DataTable table = new DataTable(labels.format("tab.organisme.situations.titre", data.campagne()),
                List.of(labels.get("col.site"), labels.get("col.situation"), labels.get("col.score"),
                        labels.get("col.delta")), rows, csvPrefix + "situations.csv");
        return new Section("situations", labels.get("section.organisme.situations"), List.of(), List.of(),
                List.of(), rows.isEmpty() ? List.of() : List.of(table), List.of());
    }

    private Section veille() {
        List<List<Cell>> rows = watch.stream().sorted(WatchOrder.SEVERITY).map(w -> List.of(Cell.text(w.nomSite()),
                Cell.text(labels.code("situation", w.situation())),
                w.score() == null ? Cell.missing() : Cell.number(w.score(), 1),
                Cell.text(w.alertes().stream().map(a -> labels.code("alerte", a)).collect(Collectors.joining(", "))),
                Cell.text(labels.code("veille.appui", w.appui())))).toList();
        DataTable table = new DataTable(labels.format("tab.veille-sites.titre", name, data.campagne()),
                List.of(labels.get("col.site"), labels.get("col.situation"), labels.get("col.score"),
                        labels.get("col.alertes"), labels.get("col.appui")), rows, csvPrefix + "veille.csv");
        return new Section("veille", labels.get("section.veille-sites"),
                List.of(labels.counted("phrase.organisme.veille", watch.size())), List.of(),
                List.of(), rows.isEmpty() ? List.of() : List.of(table), List.of());
    }
}
