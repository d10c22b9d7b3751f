package fr.ush.vigie.reports;

import static fr.ush.vigie.reports.NationalReport.group;
import static fr.ush.vigie.reports.NationalReport.sum;
import static fr.ush.vigie.reports.NationalReport.total;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The pôle d'appui: requests, decisions, delays, missions, days and budget ({@link #section}), and what the
 * missions brought ({@link #apports}). Given a region's requests only, it is that region's missions section.
 */
final class AppuiSection {
    private final List<DemandeStats> demandes;
    private final List<MissionStats> missions;
    private final Map<String, String> prestataires;
    private final Labels labels;
    private final Secrecy secrecy;
    private final String csvPrefix;

    AppuiSection(List<DemandeStats> demandes, List<MissionStats> missions, Map<String, String> prestataires,
            Labels labels, Secrecy secrecy, String csvPrefix) {
        this.demandes = demandes;
        this.missions = missions;
        this.prestataires = prestataires;
        this.labels = labels;
        this.secrecy = secrecy;
        this.csvPrefix = csvPrefix;
    }

    AppuiSection(WarehouseSnapshot data, Labels labels, String csvPrefix) {
        this(data.demandes(), data.missions(), data.effects().stream()
                .collect(Collectors.toMap(ProviderEffect::prestataireId, ProviderEffect::nom, (a, b) -> a)),
                labels, data.secrecy(), csvPrefix);
    }

    Section section() {
        List<String> text = new ArrayList<>();
        List<Figure> figures = new ArrayList<>();
        List<DataTable> tables = new ArrayList<>();
        Map<Integer, List<DemandeStats>> byYear = new TreeMap<>(group(demandes, DemandeStats::annee));
        if (!byYear.isEmpty()) {
            int year = ((TreeMap<Integer, List<DemandeStats>>) byYear).lastKey();
            List<DemandeStats> last = byYear.get(year);
            text.add(labels.format("phrase.demandes", year, FrenchFormat.integer(sum(last, DemandeStats::nbDemandes)),
                    FrenchFormat.integer(sum(last, DemandeStats::nbAcceptees)),
                    FrenchFormat.integer(sum(last, DemandeStats::nbDecidees)),
                    FrenchFormat.integer(sum(last, DemandeStats::nbMissions))));
            delaysSentence(last, year).ifPresent(text::add);
            figures.add(funnel(year, last));
        }
        tables.add(demandesByYear(byYear));
        if (!missions.isEmpty()) {
            figures.add(missionsByProvider());
            figures.add(daysByYear());
            tables.add(budget());
            long prolongees = sum(missions, MissionStats::nbProlongees);
            long total = sum(missions, MissionStats::nbMissions);
            text.add(labels.format("phrase.prolongations", FrenchFormat.integer(prolongees),
                    FrenchFormat.integer(total), total == 0 ? "—" : FrenchFormat.percent((double) prolongees / total)));
        }
        return new Section("appui", labels.get("section.appui"), text, List.of(), figures, tables,
                List.of(labels.get("note.delais")));
    }

    private java.util.Optional<String> delaysSentence(List<DemandeStats> rows, int year) {
        List<Double> medians = rows.stream().map(DemandeStats::delaiDecision).filter(Objects::nonNull).sorted()
                .toList();
        if (medians.isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(labels.format("phrase.delais", year, FrenchFormat.number(medians.get(0), 1),
                FrenchFormat.number(medians.get(medians.size() - 1), 1)));
    }

    private Figure funnel(int year, List<DemandeStats> rows) {
        List<String> steps = List.of("etape.demandes", "etape.decidees", "etape.acceptees", "etape.missions",
                "etape.terminees", "etape.evaluees");
        List<Function<DemandeStats, Long>> counts = List.of(DemandeStats::nbDemandes, DemandeStats::nbDecidees,
                DemandeStats::nbAcceptees, DemandeStats::nbMissions, DemandeStats::nbTerminees,
                DemandeStats::nbEvaluees);
        List<CategoryData.Point> points = counts.stream()
                .map(f -> CategoryData.Point.of((double) sum(rows, f::apply))).toList();
        CategoryData data = new CategoryData(labels.get("col.etape"), steps.stream().map(labels::get).toList(),
                List.of(new CategoryData.Series(labels.get("serie.nombre"), points)), CategoryData.ValueFormat.INTEGER);
        String title = labels.format("fig.entonnoir.titre", year);
        return Charts.figure(csvPrefix + "entonnoir", title, labels.format("fig.entonnoir.alt", year,
                FrenchFormat.integer(Math.round(points.get(0).value())),
                FrenchFormat.integer(Math.round(points.get(3).value()))), data, Charts.Kind.HORIZONTAL_BARS,
                labels.get("axe.nombre"), List.of(Palette.BLUE), secrecy, csvPrefix + "entonnoir.csv");
    }

    private DataTable demandesByYear(Map<Integer, List<DemandeStats>> byYear) {
        List<List<Cell>> rows = new ArrayList<>();
        byYear.forEach((year, r) -> rows.add(List.of(Cell.text(Integer.toString(year)),
                Cell.integer(sum(r, DemandeStats::nbDemandes)), Cell.integer(sum(r, DemandeStats::nbAcceptees)),
                Cell.integer(sum(r, DemandeStats::nbRefusees)), Cell.integer(sum(r, DemandeStats::nbReorientees)),
                Cell.integer(sum(r, DemandeStats::nbEnAttente)), Cell.integer(sum(r, DemandeStats::nbMissions)),
                Cell.integer(sum(r, DemandeStats::nbTerminees)))));
        return new DataTable(labels.get("tab.demandes.titre"), List.of(labels.get("col.annee"),
                labels.get("etape.demandes"), labels.get("etape.acceptees"), labels.get("col.refusees"),
                labels.get("col.reorientees"), labels.get("col.en-attente"), labels.get("etape.missions"),
                labels.get("etape.terminees")), rows, csvPrefix + "demandes.csv");
    }

    private Figure missionsByProvider() {
        List<String> ids = missions.stream().map(MissionStats::prestataireId).distinct()
                .sorted(Comparator.comparing(this::provider)).toList();
        List<String> volets = missions.stream().map(MissionStats::volet).distinct().sorted().toList();
        List<CategoryData.Series> series = volets.stream().map(volet -> new CategoryData.Series(
                labels.code("volet", volet), ids.stream().map(id -> CategoryData.Point.of((double) sum(
                        missions.stream().filter(m -> m.volet().equals(volet) && m.prestataireId().equals(id))
                                .toList(), MissionStats::nbMissions))).toList()))
                .toList();
        CategoryData data = new CategoryData(labels.get("col.prestataire"), ids.stream().map(this::provider).toList(),
                series, CategoryData.ValueFormat.INTEGER);
        String title = labels.get("fig.missions.titre");
        return Charts.figure(csvPrefix + "missions", title, labels.format("fig.missions.alt", ids.size(),
                FrenchFormat.integer(sum(missions, MissionStats::nbMissions))), data, Charts.Kind.STACKED_BARS,
                labels.get("axe.missions"), Palette.SERIES, secrecy, csvPrefix + "missions-prestataires.csv");
    }

    private Figure daysByYear() {
        Map<Integer, List<MissionStats>> byYear = new TreeMap<>(group(missions, MissionStats::annee));
        List<String> years = byYear.keySet().stream().map(String::valueOf).toList();
        CategoryData data = new CategoryData(labels.get("col.annee"), years, List.of(
                new CategoryData.Series(labels.get("serie.jours-finances"), byYear.values().stream()
                        .map(r -> CategoryData.Point.of(total(r, MissionStats::joursFinances))).toList()),
                new CategoryData.Series(labels.get("serie.jours-prolongation"), byYear.values().stream()
                        .map(r -> CategoryData.Point.of(total(r, MissionStats::joursProlongation))).toList())),
                CategoryData.ValueFormat.INTEGER);
        String title = labels.get("fig.jours.titre");
        return Charts.figure(csvPrefix + "jours", title, labels.format("fig.jours.alt",
                FrenchFormat.integer(Math.round(total(missions, MissionStats::joursFinances))),
                FrenchFormat.integer(Math.round(total(missions, MissionStats::joursProlongation)))), data,
                Charts.Kind.BARS, labels.get("axe.jours"), List.of(Palette.BLUE, Palette.ORANGE), secrecy,
                csvPrefix + "jours.csv");
    }

    private DataTable budget() {
        List<List<Cell>> rows = new ArrayList<>();
        new TreeMap<>(group(missions, MissionStats::annee)).forEach((year, r) -> rows.add(List.of(
                Cell.text(Integer.toString(year)), Cell.integer(sum(r, MissionStats::nbMissions)),
                Cell.euros(total(r, MissionStats::coutUsh)), Cell.euros(total(r, MissionStats::coutOrganismes)))));
        return new DataTable(labels.get("tab.budget.titre"), List.of(labels.get("col.annee"),
                labels.get("etape.missions"), labels.get("col.cout-ush"), labels.get("col.cout-organismes")), rows,
                csvPrefix + "budget.csv");
    }

    /** What the evaluated missions brought: the four benefits, satisfaction, recommendations implemented. */
    Section apports() {
        long evaluees = sum(missions, MissionStats::nbEvaluees);
        List<String> keys = List.of("apport.regard-neuf", "apport.rupture-routines", "apport.dynamique-partenariale",
                "apport.soutien-methodologique");
        List<Function<MissionStats, Double>> shares = List.of(MissionStats::partRegardNeuf,
                MissionStats::partRuptureRoutines, MissionStats::partDynamiquePartenariale,
                MissionStats::partSoutienMethodologique);
        List<CategoryData.Point> points = shares.stream().map(f -> pooled(f, evaluees)).toList();
        CategoryData data = new CategoryData(labels.get("col.apport"), keys.stream().map(labels::get).toList(),
                List.of(new CategoryData.Series(labels.get("serie.part-evaluees"), points)),
                CategoryData.ValueFormat.PERCENT);
        String title = labels.get("fig.apports.titre");
        Figure figure = Charts.figure(csvPrefix + "apports", title, labels.format("fig.apports.alt",
                FrenchFormat.integer(evaluees)), data, Charts.Kind.HORIZONTAL_BARS, labels.get("axe.part"),
                List.of(Palette.GREEN), secrecy, csvPrefix + "apports.csv");
        CategoryData.Point satisfaction = pooled(MissionStats::satisfaction, evaluees);
        long preconisations = sum(missions, MissionStats::nbPreconisations);
        CategoryData.Point miseEnOeuvre = secrecy.hides(evaluees) || preconisations == 0
                ? (secrecy.hides(evaluees) ? CategoryData.Point.hidden() : CategoryData.Point.of(null))
                : CategoryData.Point.of((double) sum(missions, MissionStats::nbMisesEnOeuvre) / preconisations);
        List<KeyFigure> figures = List.of(
                new KeyFigure(labels.get("kf.evaluees"), FrenchFormat.integer(evaluees), ""),
                new KeyFigure(labels.get("kf.satisfaction"),
                        Measures.text(satisfaction, CategoryData.ValueFormat.DECIMAL, secrecy), labels.get("kf.sur-4")),
                new KeyFigure(labels.get("kf.mise-en-oeuvre"),
                        Measures.text(miseEnOeuvre, CategoryData.ValueFormat.PERCENT, secrecy),
                        labels.format("kf.preconisations", FrenchFormat.integer(preconisations))));
        List<String> text = List.of(labels.format("phrase.apports", FrenchFormat.integer(evaluees),
                Measures.text(points.get(0), CategoryData.ValueFormat.PERCENT, secrecy),
                Measures.text(miseEnOeuvre, CategoryData.ValueFormat.PERCENT, secrecy)));
        return new Section("apports", labels.get("section.apports"), text, figures, List.of(figure), List.of(),
                List.of());
    }

    /** A mean or share over all evaluated missions, rebuilt from the per-row values weighted by evaluated counts. */
    private CategoryData.Point pooled(Function<MissionStats, Double> measure, long evaluees) {
        if (secrecy.hides(evaluees)) {
            return CategoryData.Point.hidden();
        }
        double weighted = 0;
        long weight = 0;
        for (MissionStats m : missions) {
            Double value = measure.apply(m);
            if (value != null && m.nbEvaluees() > 0) {
                weighted += value * m.nbEvaluees();
                weight += m.nbEvaluees();
            }
        }
        return CategoryData.Point.of(weight == 0 ? null : weighted / weight);
    }

    private String provider(String id) {
        return prestataires.getOrDefault(id, id);
    }
}
