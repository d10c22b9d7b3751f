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
    /** The same demandes and missions row by row: lead times. */
    private final AppuiDetail detail;
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

    private AppuiSection(List<DemandeStats> demandes, List<MissionStats> missions, AppuiDetail detail,
            Map<String, String> prestataires, Labels labels, Secrecy secrecy, String csvPrefix, String scopeName,
            Optional<AppuiSection> national, Secrecy.Disclosure evaluated, Secrecy.Disclosure extended) {
        this.demandes = demandes;
        this.missions = missions;
        this.detail = detail;
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
        this(data.demandes(), data.missions(), data.appui(), data.effects().stream()
                .collect(Collectors.toMap(ProviderEffect::prestataireId, ProviderEffect::nom, (a, b) -> a)),
                labels, data.secrecy(), csvPrefix, "", Optional.empty(),
                data.secrecy().of(sum(data.missions(), MissionStats::nbEvaluees)),
                data.secrecy().of(sum(data.missions(), MissionStats::nbMissions)));
    }

    /**
     * One region's or famille's requests and missions, compared with this whole pool.
     *
     * @param parts every scope of the same dimension's missions, by code, the scope's own among them
     * @param scopeDetail the scope's demandes and missions row by row
     */
    AppuiSection scoped(String name, String code, Map<String, List<MissionStats>> parts,
            List<DemandeStats> scopeDemandes, AppuiDetail scopeDetail, String scopeCsvPrefix) {
        List<String> codes = new ArrayList<>(new java.util.TreeSet<>(parts.keySet()));
        List<Secrecy.Disclosure> byEvaluated = secrecy.parts(codes.stream()
                .map(c -> sum(parts.get(c), MissionStats::nbEvaluees)).toList());
        List<Secrecy.Disclosure> byMissions = secrecy.parts(codes.stream()
                .map(c -> sum(parts.get(c), MissionStats::nbMissions)).toList());
        int own = codes.indexOf(code);
        List<MissionStats> scopeMissions = parts.getOrDefault(code, List.of());
        return new AppuiSection(scopeDemandes, scopeMissions, scopeDetail, prestataires, labels, secrecy,
                scopeCsvPrefix, name,
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
            int year = decidedYear(byYear);
            List<DemandeStats> last = byYear.get(year);
            text.add(demandesSentence(year, last));
            figures.add(funnel(year, last));
        }
        leadTimesSentence().ifPresent(text::add);
        tables.add(leadTimesTable());
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
        List<String> notes = new ArrayList<>(List.of(labels.get("note.annees"), labels.get("note.delais")));
        national.ifPresent(n -> notes.add(labels.get("note.delais.scope")));
        return new Section("appui", labels.get("section.appui"), text, keyFigures(), figures, tables, notes);
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

    /** What the pool's synthesis says of it: sentences on requests, lead times, missions and their evaluation. */
    record Programme(List<String> sentences, List<KeyFigure> figures) {
    }

    /**
     * The pool in a few figures for the report's synthesis: the requests of the latest year the Commission decided
     * on, the median lead time to a decision, the missions and their cost, the satisfaction (its scale said) and
     * the benefits; beside France's in a scope's report. Every figure is the one its section prints.
     */
    Programme programme() {
        List<String> text = new ArrayList<>();
        List<KeyFigure> figures = new ArrayList<>();
        TreeMap<Integer, List<DemandeStats>> byYear = new TreeMap<>(group(demandes, DemandeStats::annee));
        if (!byYear.isEmpty()) {
            int year = decidedYear(byYear);
            List<DemandeStats> last = byYear.get(year);
            text.add(demandesSentence(year, last));
            figures.add(new KeyFigure(labels.format("kf.demandes", year),
                    FrenchFormat.integer(sum(last, DemandeStats::nbDemandes)),
                    labels.format("kf.decisions", FrenchFormat.integer(sum(last, DemandeStats::nbDecidees)),
                            FrenchFormat.integer(sum(last, DemandeStats::nbAcceptees)))));
        }
        LeadTimes times = new LeadTimes(detail);
        leadTimesSentence().ifPresent(text::add);
        if (times.decision(v -> true).n() > 0) {
            figures.add(new KeyFigure(labels.get("kf.delai-decision"), days(times.decision(v -> true)),
                    national.map(n -> labels.format("kf.national", n.days(new LeadTimes(n.detail).decision(v -> true))))
                            .orElse(labels.format("kf.delai-demarrage", days(times.start(v -> true))))));
        }
        if (!missions.isEmpty()) {
            String count = FrenchFormat.integer(sum(missions, MissionStats::nbMissions));
            String cost = FrenchFormat.euros(total(missions, MissionStats::coutUsh));
            text.add(labels.format("phrase.programme.missions", period(), count, cost,
                    FrenchFormat.euros(total(missions, MissionStats::coutOrganismes))));
            figures.add(new KeyFigure(labels.get("kf.missions"), count, national.map(n -> labels.format(
                    "kf.national", FrenchFormat.integer(sum(n.missions, MissionStats::nbMissions))))
                    .orElse(labels.format("kf.cout", cost))));
            text.add(satisfactionSentence());
            figures.add(new KeyFigure(labels.get("kf.satisfaction"), satisfactionOutOf5(this), national
                    .map(n -> labels.format("kf.national", satisfactionOutOf5(n)))
                    .orElse(labels.format("kf.regard-neuf", percent(benefits().get(0))))));
        }
        return new Programme(text, figures);
    }

    /** The latest year the Commission decided on: a year just begun, its requests all pending, says little. */
    private static int decidedYear(TreeMap<Integer, List<DemandeStats>> byYear) {
        return byYear.descendingMap().entrySet().stream()
                .filter(e -> sum(e.getValue(), DemandeStats::nbDecidees) > 0).map(Map.Entry::getKey).findFirst()
                .orElse(byYear.lastKey());
    }

    private String demandesSentence(int year, List<DemandeStats> rows) {
        return labels.format("phrase.demandes", year, FrenchFormat.integer(sum(rows, DemandeStats::nbDemandes)),
                FrenchFormat.integer(sum(rows, DemandeStats::nbAcceptees)),
                FrenchFormat.integer(sum(rows, DemandeStats::nbDecidees)),
                FrenchFormat.integer(sum(rows, DemandeStats::nbMissions)));
    }

    /** « de 2023 à 2026 », the years the missions started. */
    private String period() {
        var years = missions.stream().mapToInt(MissionStats::annee).summaryStatistics();
        return years.getMin() == years.getMax() ? labels.format("periode.debut", years.getMin())
                : labels.format("periode.debuts", years.getMin(), years.getMax());
    }

    private String satisfactionOutOf5(AppuiSection pool) {
        CategoryData.Point point = pool.satisfaction();
        return point.secret() || point.value() == null ? decimal(point)
                : labels.format("satisfaction.sur-5", decimal(point));
    }

    /** The satisfaction with its scale and the four benefits, or why they are not printed. */
    private String satisfactionSentence() {
        if (evaluated != Secrecy.Disclosure.SHOWN) {
            return labels.format("phrase.programme.satisfaction.secret", labels.quantity(evaluees(), "mission-evaluee"),
                    secrecy.mask());
        }
        List<CategoryData.Point> shares = benefits();
        return labels.format("phrase.programme.satisfaction", decimal(satisfaction()),
                labels.quantity(evaluees(), "mission-evaluee"), percent(shares.get(0)), percent(shares.get(1)),
                percent(shares.get(2)), percent(shares.get(3)));
    }

    /** The median lead times of every volet together, as their cells' secrecy allows. */
    Optional<String> leadTimesSentence() {
        LeadTimes times = new LeadTimes(detail);
        LeadTimes.Delay decision = times.decision(v -> true);
        LeadTimes.Delay start = times.start(v -> true);
        if (decision.n() == 0 && start.n() == 0) {
            return Optional.empty();
        }
        String period = times.years().map(y -> y[0] == y[1] ? labels.format("periode.annee", y[0])
                : labels.format("periode.annees", y[0], y[1])).orElse("");
        return Optional.of(labels.format("phrase.delais", period, days(decision),
                labels.quantity(decision.n(), "demande-decidee"), days(start), labels.quantity(start.n(), "mission")));
    }

    /** A median lead time in words: « 35 jours », « 12,5 jours », or what secrecy prints instead. */
    String days(LeadTimes.Delay delay) {
        CategoryData.Point point = secrecy.of(delay.n()).point(delay.days());
        if (point.secret() || point.value() == null) {
            return Measures.text(point, CategoryData.ValueFormat.DECIMAL, secrecy);
        }
        return FrenchFormat.number(point.value(), point.value() % 1 == 0 ? 0 : 1) + FrenchFormat.NO_BREAK_SPACE
                + labels.get(point.value() < 2 ? "mot.jour" : "mot.jours");
    }

    /**
     * The median lead times by volet and for every volet together; in a scope's report, France's beside them. Each
     * median is over its own demandes or missions, so a small volet's is « n < 5 » on its own.
     */
    private DataTable leadTimesTable() {
        LeadTimes times = new LeadTimes(detail);
        List<List<Cell>> rows = new ArrayList<>();
        for (String volet : times.volets()) {
            rows.add(leadTimesRow(labels.code("volet", volet), times, volet::equals));
        }
        rows.add(leadTimesRow(labels.get(national.isEmpty() ? "delais.ensemble" : "delais.ensemble.scope"), times,
                v -> true));
        national.ifPresent(n -> rows.add(leadTimesRow(labels.get("territoire.france"), new LeadTimes(n.detail),
                v -> true)));
        return new DataTable(titled(labels.get("tab.delais.titre")), List.of(labels.get("col.volet"),
                labels.get("col.decidees"), labels.get("col.delai-decision"), labels.get("etape.missions"),
                labels.get("col.delai-demarrage")), rows, csvPrefix + "delais.csv");
    }

    private List<Cell> leadTimesRow(String label, LeadTimes times, java.util.function.Predicate<String> volet) {
        LeadTimes.Delay decision = times.decision(volet);
        LeadTimes.Delay start = times.start(volet);
        return List.of(Cell.text(label), Cell.integer(decision.n()),
                CategoryData.ValueFormat.DECIMAL.cell(secrecy.of(decision.n()).point(decision.days()), secrecy),
                Cell.integer(start.n()),
                CategoryData.ValueFormat.DECIMAL.cell(secrecy.of(start.n()).point(start.days()), secrecy));
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
        return new DataTable(titled(labels.get("tab.demandes.titre")), List.of(labels.get("col.annee-reception"),
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
        CategoryData data = new CategoryData(labels.get("col.annee-debut"), years, List.of(
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
        return new DataTable(titled(labels.get("tab.budget.titre")), List.of(labels.get("col.annee-debut"),
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
                        national.isEmpty() ? labels.get("kf.echelle") : compared(n -> decimal(n.satisfaction()))),
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
