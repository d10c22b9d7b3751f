package fr.ush.vigie.reports;

import static fr.ush.vigie.reports.NationalReport.group;
import static fr.ush.vigie.reports.NationalReport.sum;
import static fr.ush.vigie.reports.NationalReport.total;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The pôle d'appui: requests, decisions, delays, missions, days and budget ({@link #section}), and what the
 * missions brought ({@link #apports}). Built for the whole pool, then {@link #scoped} to one region's or famille's
 * share of it, which it shows beside the national figures. Statistical secrecy counts missions here: a share or
 * mean of evaluations over fewer than {@code secret.seuil} evaluated missions is « n < 5 », as is a rate of
 * extension over fewer missions. A scope is one of the parts (regions, familles) of the national pool, so it is
 * disclosed as that part ({@link Secrecy#parts}), and its figures cannot be recovered from the national ones.
 */
final class AppuiSection {
    private static final List<String> APPORTS = List.of("apport.regard-neuf", "apport.rupture-routines",
            "apport.dynamique-partenariale", "apport.soutien-methodologique");
    private static final List<Function<MissionStats, Double>> SHARES = List.of(MissionStats::partRegardNeuf,
            MissionStats::partRuptureRoutines, MissionStats::partDynamiquePartenariale,
            MissionStats::partSoutienMethodologique);

    private final List<DemandeStats> demandes;
    private final List<MissionStats> missions;
    private final Map<String, String> prestataires;
    private final Labels labels;
    private final Secrecy secrecy;
    private final String csvPrefix;
    /** The scope's name; empty for the whole pool. */
    private final String scopeName;
    /** The whole pool, which a scope is compared with; empty for the whole pool itself. */
    private final Optional<AppuiSection> national;
    /** What may be printed of the evaluations' figures (their cell: the evaluated missions). */
    private final Secrecy.Disclosure evaluated;
    /** What may be printed of the rate of extension (its cell: the missions). */
    private final Secrecy.Disclosure extended;

    private AppuiSection(List<DemandeStats> demandes, List<MissionStats> missions, Map<String, String> prestataires,
            Labels labels, Secrecy secrecy, String csvPrefix, String scopeName, Optional<AppuiSection> national,
            Secrecy.Disclosure evaluated, Secrecy.Disclosure extended) {
        this.demandes = demandes;
        this.missions = missions;
        this.prestataires = prestataires;
        this.labels = labels;
        this.secrecy = secrecy;
        this.csvPrefix = csvPrefix;
        this.scopeName = scopeName;
        this.national = national;
        this.evaluated = evaluated;
        this.extended = extended;
    }

    /** The whole pool. */
    AppuiSection(WarehouseSnapshot data, Labels labels, String csvPrefix) {
        this(data.demandes(), data.missions(), data.effects().stream()
                .collect(Collectors.toMap(ProviderEffect::prestataireId, ProviderEffect::nom, (a, b) -> a)),
                labels, data.secrecy(), csvPrefix, "", Optional.empty(),
                data.secrecy().of(sum(data.missions(), MissionStats::nbEvaluees)),
                data.secrecy().of(sum(data.missions(), MissionStats::nbMissions)));
    }

    /**
     * One region's or famille's requests and missions, compared with this whole pool.
     *
     * @param parts every scope of the same dimension's missions, by code, the scope's own among them
     */
    AppuiSection scoped(String name, String code, Map<String, List<MissionStats>> parts,
            List<DemandeStats> scopeDemandes, String scopeCsvPrefix) {
        List<String> codes = new ArrayList<>(new java.util.TreeSet<>(parts.keySet()));
        List<Secrecy.Disclosure> byEvaluated = secrecy.parts(codes.stream()
                .map(c -> sum(parts.get(c), MissionStats::nbEvaluees)).toList());
        List<Secrecy.Disclosure> byMissions = secrecy.parts(codes.stream()
                .map(c -> sum(parts.get(c), MissionStats::nbMissions)).toList());
        int own = codes.indexOf(code);
        List<MissionStats> scopeMissions = parts.getOrDefault(code, List.of());
        return new AppuiSection(scopeDemandes, scopeMissions, prestataires, labels, secrecy, scopeCsvPrefix, name,
                Optional.of(this),
                own < 0 ? secrecy.of(sum(scopeMissions, MissionStats::nbEvaluees)) : byEvaluated.get(own),
                own < 0 ? secrecy.of(sum(scopeMissions, MissionStats::nbMissions)) : byMissions.get(own));
    }

    Section section() {
        List<String> text = new ArrayList<>();
        List<Figure> figures = new ArrayList<>();
        List<DataTable> tables = new ArrayList<>();
        if (demandes.isEmpty() && missions.isEmpty()) {
            text.add(labels.get("phrase.appui.aucun"));
        }
        TreeMap<Integer, List<DemandeStats>> byYear = new TreeMap<>(group(demandes, DemandeStats::annee));
        if (!byYear.isEmpty()) {
            // The latest year the commission decided on: a year just begun, its requests all pending, says little.
            int year = byYear.descendingMap().entrySet().stream()
                    .filter(e -> sum(e.getValue(), DemandeStats::nbDecidees) > 0).map(Map.Entry::getKey).findFirst()
                    .orElse(byYear.lastKey());
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
            text.add(prolongationSentence());
            national.ifPresent(n -> text.add(labels.format("phrase.budget.scope",
                    FrenchFormat.euros(total(missions, MissionStats::coutUsh)),
                    FrenchFormat.euros(total(missions, MissionStats::coutOrganismes)),
                    FrenchFormat.euros(total(n.missions, MissionStats::coutUsh)))));
        }
        return new Section("appui", labels.get("section.appui"), text, keyFigures(), figures, tables,
                List.of(labels.get(national.isEmpty() ? "note.delais" : "note.delais.scope")));
    }

    /** A scope's missions, days and costs beside the national ones; the national report has none here. */
    private List<KeyFigure> keyFigures() {
        if (national.isEmpty() || missions.isEmpty()) {
            return List.of();
        }
        List<MissionStats> france = national.get().missions;
        return List.of(
                new KeyFigure(labels.get("kf.missions"), FrenchFormat.integer(sum(missions, MissionStats::nbMissions)),
                        labels.format("kf.national", FrenchFormat.integer(sum(france, MissionStats::nbMissions)))),
                new KeyFigure(labels.get("kf.jours-finances"),
                        FrenchFormat.integer(Math.round(total(missions, MissionStats::joursFinances))),
                        labels.format("kf.national",
                                FrenchFormat.integer(Math.round(total(france, MissionStats::joursFinances))))),
                new KeyFigure(labels.get("kf.cout-ush"), FrenchFormat.euros(total(missions, MissionStats::coutUsh)),
                        labels.format("kf.national", FrenchFormat.euros(total(france, MissionStats::coutUsh)))),
                new KeyFigure(labels.get("kf.cout-organismes"),
                        FrenchFormat.euros(total(missions, MissionStats::coutOrganismes)),
                        labels.format("kf.national", FrenchFormat.euros(total(france, MissionStats::coutOrganismes)))));
    }

    /** The share of extended missions, as the missions' disclosure allows. */
    private CategoryData.Point prolongationRate() {
        long total = sum(missions, MissionStats::nbMissions);
        return extended.point(total == 0 ? null : (double) sum(missions, MissionStats::nbProlongees) / total);
    }

    private String prolongationSentence() {
        String count = FrenchFormat.integer(sum(missions, MissionStats::nbProlongees));
        String of = FrenchFormat.integer(sum(missions, MissionStats::nbMissions));
        String rate = percent(prolongationRate());
        // The number of extended missions is a count in a category: hidden with the rate.
        String key = extended == Secrecy.Disclosure.HIDDEN ? "phrase.prolongations.secret" : "phrase.prolongations";
        return national.map(n -> labels.format(key + ".scope", count, of, rate, percent(n.prolongationRate())))
                .orElse(labels.format(key, count, of, rate));
    }

    /** The range of the medians of the groups decided often enough for their median to say something. */
    private Optional<String> delaysSentence(List<DemandeStats> rows, int year) {
        List<Double> medians = rows.stream().filter(d -> !secrecy.hides(d.nbDecidees()))
                .map(DemandeStats::delaiDecision).filter(Objects::nonNull).sorted().toList();
        if (medians.isEmpty()) {
            return Optional.empty();
        }
        String lowest = FrenchFormat.number(medians.get(0), 1);
        String highest = FrenchFormat.number(medians.get(medians.size() - 1), 1);
        if (lowest.equals(highest)) {
            return Optional.of(labels.format("phrase.delais.unique", year, lowest));
        }
        return Optional.of(labels.format(national.isEmpty() ? "phrase.delais" : "phrase.delais.scope", year, lowest,
                highest));
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
        String title = titled(labels.format("fig.entonnoir.titre", year));
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
        return new DataTable(titled(labels.get("tab.demandes.titre")), List.of(labels.get("col.annee"),
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
        String title = titled(labels.get("fig.missions.titre"));
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
        String title = titled(labels.get("fig.jours.titre"));
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
        return new DataTable(titled(labels.get("tab.budget.titre")), List.of(labels.get("col.annee"),
                labels.get("etape.missions"), labels.get("col.cout-ush"), labels.get("col.cout-organismes")), rows,
                csvPrefix + "budget.csv");
    }

    /** What the evaluated missions brought: the four benefits, satisfaction, recommendations implemented. */
    Section apports() {
        long evaluees = evaluees();
        List<CategoryData.Series> series = new ArrayList<>();
        series.add(new CategoryData.Series(national.isEmpty() ? labels.get("serie.part-evaluees") : scopeName,
                benefits()));
        national.ifPresent(n -> series.add(new CategoryData.Series(labels.get("territoire.france"), n.benefits())));
        CategoryData data = new CategoryData(labels.get("col.apport"), APPORTS.stream().map(labels::get).toList(),
                series, CategoryData.ValueFormat.PERCENT);
        String title = titled(labels.get("fig.apports.titre"));
        Figure figure = Charts.figure(csvPrefix + "apports", title, labels.format(national.isEmpty()
                ? "fig.apports.alt" : "fig.apports.scope.alt", FrenchFormat.integer(evaluees)), data,
                Charts.Kind.HORIZONTAL_BARS, labels.get("axe.part"), List.of(Palette.GREEN, Palette.GREY), secrecy,
                csvPrefix + "apports.csv");
        List<KeyFigure> figures = List.of(
                new KeyFigure(labels.get("kf.evaluees"), FrenchFormat.integer(evaluees),
                        compared(n -> FrenchFormat.integer(n.evaluees()))),
                new KeyFigure(labels.get("kf.satisfaction"), decimal(satisfaction()),
                        national.isEmpty() ? labels.get("kf.sur-4") : compared(n -> decimal(n.satisfaction()))),
                new KeyFigure(labels.get("kf.mise-en-oeuvre"), percent(miseEnOeuvre()), national.isEmpty()
                        ? labels.format("kf.preconisations", FrenchFormat.integer(preconisations()))
                        : compared(n -> percent(n.miseEnOeuvre()))));
        List<String> text = List.of(evaluated == Secrecy.Disclosure.HIDDEN && national.isPresent()
                ? labels.format("phrase.apports.secret", FrenchFormat.integer(evaluees), scopeName, secrecy.mask())
                : labels.format("phrase.apports", FrenchFormat.integer(evaluees), percent(benefits().get(0)),
                        percent(miseEnOeuvre())));
        return new Section("apports", labels.get("section.apports"), text, figures, List.of(figure), List.of(),
                List.of());
    }

    private long evaluees() {
        return sum(missions, MissionStats::nbEvaluees);
    }

    private long preconisations() {
        return sum(missions, MissionStats::nbPreconisations);
    }

    private List<CategoryData.Point> benefits() {
        return SHARES.stream().map(this::pooled).toList();
    }

    private CategoryData.Point satisfaction() {
        return pooled(MissionStats::satisfaction);
    }

    /** Recommendations implemented over those made, pooled over the evaluated missions. */
    private CategoryData.Point miseEnOeuvre() {
        long made = preconisations();
        return evaluated.point(made == 0 ? null : (double) sum(missions, MissionStats::nbMisesEnOeuvre) / made);
    }

    /** A mean or share over all evaluated missions, rebuilt from the per-row values weighted by evaluated counts. */
    private CategoryData.Point pooled(Function<MissionStats, Double> measure) {
        if (evaluated != Secrecy.Disclosure.SHOWN) {
            return evaluated.point(null);
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

    /** « France : … » for a scope; empty for the whole pool. */
    private String compared(Function<AppuiSection, String> value) {
        return national.map(n -> labels.format("kf.national", value.apply(n))).orElse("");
    }

    /** A title, followed by the scope's name in a scoped report, so that a chart cut out of it says whose it is. */
    private String titled(String title) {
        return scopeName.isEmpty() ? title : title + " — " + scopeName;
    }

    private String percent(CategoryData.Point point) {
        return Measures.text(point, CategoryData.ValueFormat.PERCENT, secrecy);
    }

    private String decimal(CategoryData.Point point) {
        return Measures.text(point, CategoryData.ValueFormat.DECIMAL, secrecy);
    }

    private String provider(String id) {
        return prestataires.getOrDefault(id, id);
    }
}
