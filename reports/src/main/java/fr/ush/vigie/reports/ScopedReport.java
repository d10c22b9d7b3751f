package fr.ush.vigie.reports;

import fr.ush.vigie.io.FileNames;
import fr.ush.vigie.marts.Dimension;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A region's report (for its association régionale) or a famille's (for its fédération): the scope beside the
 * national figures, its breakdowns, its own watch list with site names, its missions. Every site-level list is
 * filtered by the scope first, so nothing of another scope can be named.
 */
final class ScopedReport {
    private final WarehouseSnapshot data;
    private final Labels labels;
    private final Secrecy secrecy;
    private final Dimension dimension;
    private final String code;
    private final String name;
    private final String csvPrefix;
    private final ScoreScopes scopes;
    private final List<SiteScore> scores;
    private final List<WatchedSite> watch;

    private ScopedReport(WarehouseSnapshot data, ScoreScopes scopes, Labels labels, Dimension dimension, String code,
            String name, List<SiteScore> scores, Predicate<WatchedSite> inWatch) {
        this.data = data;
        this.labels = labels;
        this.secrecy = data.secrecy();
        this.dimension = dimension;
        this.code = code;
        this.name = name;
        this.csvPrefix = dimension.name().toLowerCase(java.util.Locale.ROOT) + "-" + FileNames.segment(code) + "-";
        this.scopes = scopes;
        this.scores = scores;
        this.watch = data.watch().stream().filter(inWatch).toList();
    }

    /** @param scopes the scores of {@code data} cut by {@link ScoreScopes#of}, shared by every page */
    static ScopedReport region(WarehouseSnapshot data, ScoreScopes scopes, Labels labels, String region) {
        return new ScopedReport(data, scopes, labels, Dimension.REGION, region, data.places().region(region),
                scopes.region(region), w -> w.region().equals(region));
    }

    /** @param scopes the scores of {@code data} cut by {@link ScoreScopes#of}, shared by every page */
    static ScopedReport famille(WarehouseSnapshot data, ScoreScopes scopes, Labels labels, String famille) {
        return new ScopedReport(data, scopes, labels, Dimension.FAMILLE, famille, labels.code("famille", famille),
                scopes.famille(famille), w -> w.famille().equals(famille));
    }

    ReportPage build(Stamp stamp) {
        // The watch list comes right after the synthesis: it is what the officer acts on.
        Map<String, List<MissionStats>> missionsByScope = data.missionsTerritoires().stream()
                .filter(t -> t.dimension().equals(dimension.name()))
                .collect(Collectors.groupingBy(Territorial::code, TreeMap::new,
                        Collectors.mapping(Territorial::stats, Collectors.toList())));
        AppuiDetail detail = data.appui().of(dimension, code);
        AppuiSection appui = new AppuiSection(data, labels, NationalReport.CSV_PREFIX).scoped(name, code,
                missionsByScope, data.demandes(dimension, code), detail, csvPrefix);
        List<Section> sections = List.of(synthese(appui), veille(), evolution(), territoires(), repartition(),
                appui.section(), missions(detail), appui.apports(),
                Methode.section(labels, data.thresholds(), csvPrefix));
        String audience = labels.get(dimension == Dimension.REGION ? "region.public" : "famille.public");
        return new ReportPage(labels.format(dimension == Dimension.REGION ? "region.titre" : "famille.titre", name),
                labels.format("scope.sous-titre", audience, data.campagne()), "../../index.html", "../donnees/",
                sections, stamp);
    }

    private Optional<TerritoryStats> scopeRow(String campagne) {
        return data.territory(campagne, dimension.name(), code);
    }

    /**
     * What may be printed of the scope in a campaign: it is one of the parts of France (regions, familles) that the
     * national report shows with their total, so it is disclosed as that part, the same in both reports.
     */
    private Secrecy.Disclosure disclosure(TerritoryStats row) {
        List<TerritoryStats> siblings = data.territories().stream()
                .filter(t -> t.campagne().equals(row.campagne()) && t.dimension().equals(row.dimension())).toList();
        return Measures.parts(siblings, secrecy).getOrDefault(row.code(), Measures.alone(row, secrecy));
    }

    /** The scope's disclosure in the campaign reported on; on its own when the mart has no row for it. */
    private Secrecy.Disclosure currentDisclosure() {
        return scopeRow(data.campagne()).map(this::disclosure).orElse(secrecy.of(scores.size()));
    }

    /**
     * The scope beside France: its situations, its watch list, then its share of the pôle d'appui (requests, lead
     * time, missions, satisfaction) as {@link AppuiSection#programme} says it.
     */
    private Section synthese(AppuiSection appui) {
        SiteGroup scope = SiteGroup.of(scores);
        SiteGroup france = scopes.france();
        Secrecy.Disclosure own = currentDisclosure();
        Secrecy.Disclosure all = secrecy.of(france.n());
        Sentences sentences = new Sentences(labels, secrecy, data.thresholds().tendanceSeuil());
        AppuiSection.Programme programme = appui.programme();
        List<String> text = new ArrayList<>();
        scopeRow(data.campagne()).ifPresent(now -> {
            text.add(sentences.shareChange(labels.format("sujet.scope", name),
                    data.previousCampagne().flatMap(this::scopeRow), now, this::disclosure));
            text.add(sentences.coverage(now));
        });
        // A hidden share is said once, by the sentence above: no comparison with France to make.
        if (!scope.share(own).secret() && scope.share(own).value() != null) {
            text.add(labels.format("phrase.scope.national",
                    Measures.text(scope.share(own), CategoryData.ValueFormat.PERCENT, secrecy),
                    Measures.text(france.share(all), CategoryData.ValueFormat.PERCENT, secrecy)));
        }
        text.addAll(programme.sentences());
        List<KeyFigure> figures = new ArrayList<>(List.of(
                new KeyFigure(labels.get("kf.part-complexe"),
                        Measures.text(scope.share(own), CategoryData.ValueFormat.PERCENT, secrecy),
                        labels.format("kf.national", Measures.text(france.share(all),
                                CategoryData.ValueFormat.PERCENT, secrecy))),
                // The scope's own watch list names its sites below: their number is no secret to its readers.
                new KeyFigure(labels.get("kf.veille"), FrenchFormat.integer(watch.size()),
                        labels.counted("kf.sur-evalues", scope.n()))));
        figures.addAll(programme.figures());
        return new Section("synthese", labels.get("section.synthese"), text, figures, List.of(), List.of(),
                List.of(labels.get("note.score")));
    }

    private Section evolution() {
        List<TerritoryStats> rows = data.campagnes().stream().map(this::scopeRow).flatMap(Optional::stream).toList();
        Figure figure = new SituationTrend(labels, secrecy).bySituationFigure(csvPrefix + "situations", name, rows,
                this::disclosure, csvPrefix + "situations.csv");
        return new Section("evolution", labels.get("section.evolution"),
                List.of(labels.format("phrase.evolution", name, labels.quantity(rows.size(), "campagne"))), List.of(), List.of(figure), List.of(),
                List.of());
    }

    /** A region's départements (table and map); a famille's regions (table: a famille has no map of its own). */
    private Section territoires() {
        if (dimension == Dimension.REGION) {
            List<TerritoryStats> departements = data.current(Dimension.DEPARTEMENT.name()).stream()
                    .filter(t -> code.equals(data.places().regionOfDepartement().get(t.code()))).toList();
            Set<String> visible = DepartementOutlines.all().stream().filter(o -> o.region().equals(code))
                    .map(DepartementOutlines.Outline::code).collect(Collectors.toSet());
            Map<String, Secrecy.Disclosure> disclosures = new java.util.HashMap<>();
            List<Secrecy.Disclosure> parts = secrecy.nested(List.of(currentDisclosure()),
                    List.of(departements.stream().map(TerritoryStats::nbEvalues).toList())).get(0);
            for (int i = 0; i < departements.size(); i++) {
                disclosures.put(departements.get(i).code(), parts.get(i));
            }
            List<Figure> figures = visible.isEmpty() ? List.of() : List.of(new TerritoryMaps(labels, secrecy,
                    data.places()).byDepartement(csvPrefix + "carte", departements, disclosures, MapLayout.of(visible),
                            labels.format("carte.region.titre", name), csvPrefix + "departements.csv"));
            List<DataTable> tables = visible.isEmpty() ? List.of(groupTable(labels.get("col.departement"),
                    SiteScore::departement, data.places()::departement, "departements.csv")) : List.of();
            return new Section("territoires", labels.get("section.departements"),
                    List.of(labels.format("phrase.departements", name, labels.quantity(departements.size(), "departement"))), List.of(), figures,
                    tables, List.of());
        }
        return new Section("territoires", labels.get("section.regions"),
                List.of(labels.format("phrase.famille.regions", name)), List.of(), List.of(),
                List.of(groupTable(labels.get("col.region"), SiteScore::region, data.places()::region,
                        "regions.csv")), List.of());
    }

    private DataTable groupTable(String header, java.util.function.Function<SiteScore, String> key,
            java.util.function.UnaryOperator<String> nameOf, String csv) {
        Map<String, List<SiteScore>> groups = scores.stream()
                .collect(Collectors.groupingBy(key, TreeMap::new, Collectors.toList()));
        List<SiteGroup> parts = groups.values().stream().map(SiteGroup::of).toList();
        List<Secrecy.Disclosure> disclosures = secrecy.nested(List.of(currentDisclosure()),
                List.of(parts.stream().map(SiteGroup::n).toList())).get(0);
        List<String> names = groups.keySet().stream().map(nameOf).toList();
        List<List<Cell>> rows = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            rows.add(groupRow(names.get(i), parts.get(i), disclosures.get(i)));
        }
        return new DataTable(header, List.of(header, labels.get("col.evalues"), labels.get("col.part-complexe"),
                labels.get("col.score-moyen")), rows, csvPrefix + csv);
    }

    private List<Cell> groupRow(String label, SiteGroup group, Secrecy.Disclosure disclosure) {
        return List.of(Cell.text(label), Cell.integer(group.n()),
                CategoryData.ValueFormat.PERCENT.cell(group.share(disclosure), secrecy),
                CategoryData.ValueFormat.DECIMAL.cell(group.mean(disclosure), secrecy));
    }

    /**
     * QPV and market splits of the scope beside the national ones. Each split's two groups are parts of the
     * scope's (or France's) total, and are protected together.
     */
    private Section repartition() {
        List<List<Cell>> rows = new ArrayList<>();
        List<List<ScoreScopes.Split>> pairs = List.of(List.of(ScoreScopes.Split.QPV, ScoreScopes.Split.HORS_QPV),
                List.of(ScoreScopes.Split.TENDU, ScoreScopes.Split.DETENDU));
        for (List<ScoreScopes.Split> pair : pairs) {
            List<SiteGroup> own = pair.stream().map(split -> split.of(scores)).toList();
            List<SiteGroup> france = pair.stream().map(scopes::france).toList();
            List<Secrecy.Disclosure> ownDisclosures = secrecy.nested(List.of(currentDisclosure()),
                    List.of(own.stream().map(SiteGroup::n).toList())).get(0);
            List<Secrecy.Disclosure> franceDisclosures = secrecy.parts(france.stream().map(SiteGroup::n).toList());
            for (int i = 0; i < pair.size(); i++) {
                String label = labels.code("territoire", pair.get(i).name());
                rows.add(groupRow(label + " — " + name, own.get(i), ownDisclosures.get(i)));
                rows.add(groupRow(label + " — " + labels.get("territoire.france"), france.get(i),
                        franceDisclosures.get(i)));
            }
        }
        DataTable table = new DataTable(labels.format("tab.repartition.titre", name, data.campagne()),
                List.of(labels.get("col.groupe"), labels.get("col.evalues"), labels.get("col.part-complexe"),
                        labels.get("col.score-moyen")), rows, csvPrefix + "qpv-marche.csv");
        return new Section("repartition", labels.get("section.repartition"),
                List.of(labels.get("phrase.repartition")), List.of(), List.of(), List.of(table), List.of());
    }

    /**
     * The scope's own watch list, with site and organisme names: the sites the officer has to look at, most severe
     * first ({@link WatchOrder}), counted by group above the table.
     */
    private Section veille() {
        String sansAppui = FrenchFormat.integer(watch.stream().filter(WatchedSite::sansAppui).count());
        return new Section("veille", labels.get("section.veille-sites"),
                List.of(labels.format("phrase.veille.scope", FrenchFormat.integer(watch.size()), name, sansAppui),
                        labels.get("phrase.veille.ordre")),
                watchCounts(sansAppui), List.of(), watchTables(), List.of(labels.get("note.veille")));
    }

    /** The watch list; in a region's report, its assessments to confirm by reason too (a famille's have none). */
    private List<DataTable> watchTables() {
        if (dimension != Dimension.REGION) {
            return List.of(watchTable());
        }
        return List.of(watchTable(), QualiteSection.atypicalByReason(data.quality().atypical().stream()
                .filter(a -> a.region().equals(code)).toList(), labels, data.campagne(), csvPrefix));
    }

    /** Sites per severity group, and without support. */
    private List<KeyFigure> watchCounts(String sansAppui) {
        Map<Integer, Long> byGroup = watch.stream()
                .collect(Collectors.groupingBy(WatchOrder::group, Collectors.counting()));
        List<String> groupLabels = List.of(labels.code("situation", "URGENCE_CRISE"),
                labels.code("situation", "CHRONIQUE"), labels.code("situation", "A_RISQUE"),
                labels.get("veille.alerte-seule"));
        List<KeyFigure> figures = new ArrayList<>();
        for (int group = 0; group < groupLabels.size(); group++) {
            figures.add(new KeyFigure(groupLabels.get(group), FrenchFormat.integer(byGroup.getOrDefault(group, 0L)),
                    ""));
        }
        figures.add(new KeyFigure(labels.get("col.sans-appui"), sansAppui, ""));
        return figures;
    }

    /** One row per watched site; a famille's sites lie all over France, so its fédération also gets their region. */
    private DataTable watchTable() {
        boolean withRegion = dimension == Dimension.FAMILLE;
        List<String> headers = new ArrayList<>(List.of(labels.get("col.site"), labels.get("col.organisme"),
                labels.get("col.departement")));
        if (withRegion) {
            headers.add(labels.get("col.region"));
        }
        headers.addAll(List.of(labels.get("col.situation"), labels.get("col.score"), labels.get("col.delta"),
                labels.get("col.alertes"), labels.get("col.appui")));
        List<List<Cell>> rows = watch.stream().sorted(WatchOrder.SEVERITY).map(w -> watchRow(w, withRegion)).toList();
        return new DataTable(labels.format("tab.veille-sites.titre", name, data.campagne()), headers, rows,
                csvPrefix + "veille.csv");
    }

    private List<Cell> watchRow(WatchedSite w, boolean withRegion) {
        List<Cell> row = new ArrayList<>(List.of(Cell.text(w.nomSite()),
                Cell.text(data.places().organisme(w.organismeId())),
                Cell.text(data.places().departement(w.departement()))));
        if (withRegion) {
            row.add(Cell.text(data.places().region(w.region())));
        }
        row.addAll(List.of(Cell.text(labels.code("situation", w.situation())),
                w.score() == null ? Cell.missing() : Cell.number(w.score(), 1),
                w.delta() == null ? Cell.missing() : Cell.signed(w.delta(), 1),
                Cell.text(w.alertes().stream().map(a -> labels.code("alerte", a)).collect(Collectors.joining(", "))),
                Cell.text(labels.code("veille.appui", w.appui()))));
        return row;
    }

    /**
     * The scope's own missions, most recent first: its site, prestataire, volet, dates, status and satisfaction.
     * A satisfaction is one mission's evaluation, a cell of one evaluated mission: printed only as far as
     * {@link Secrecy} prints a cell of one.
     */
    private Section missions(AppuiDetail detail) {
        Map<String, String> providers = data.effects().stream()
                .collect(Collectors.toMap(ProviderEffect::prestataireId, ProviderEffect::nom, (a, b) -> a));
        List<List<Cell>> rows = detail.missions().stream()
                .sorted(java.util.Comparator.comparing(AppuiDetail.Mission::debut,
                        java.util.Comparator.nullsLast(java.util.Comparator.<java.time.LocalDate>reverseOrder()))
                        .thenComparing(AppuiDetail.Mission::missionId))
                .map(m -> List.of(
                        Cell.text(m.siteId().isEmpty() ? labels.get("missions.sans-site")
                                : data.quality().siteName(m.siteId())),
                        Cell.text(providers.getOrDefault(m.prestataireId(), m.prestataireId())),
                        Cell.text(labels.code("volet", m.volet())), date(m.debut()), date(m.fin()),
                        Cell.text(labels.code("statut", m.statut())),
                        m.evaluee() ? CategoryData.ValueFormat.DECIMAL.cell(secrecy.of(1).point(
                                m.satisfaction() == null ? null : m.satisfaction().doubleValue()), secrecy)
                                : Cell.missing()))
                .toList();
        DataTable table = new DataTable(labels.format("tab.missions-scope.titre", name), List.of(
                labels.get("col.site"), labels.get("col.prestataire"), labels.get("col.volet"),
                labels.get("col.debut"), labels.get("col.fin"), labels.get("col.statut"),
                labels.get("col.satisfaction")), rows, csvPrefix + "missions.csv");
        long evaluated = detail.missions().stream().filter(AppuiDetail.Mission::evaluee).count();
        List<String> text = List.of(rows.isEmpty() ? labels.format("phrase.missions-scope.aucune", name)
                : labels.format("phrase.missions-scope", name, labels.quantity(rows.size(), "mission"),
                        labels.quantity(evaluated, "mission-evaluee")));
        return new Section("missions", labels.format("section.missions-scope", name), text, List.of(), List.of(),
                rows.isEmpty() ? List.of() : List.of(table), List.of(labels.get("note.missions-scope")));
    }

    private static Cell date(java.time.LocalDate day) {
        return day == null ? Cell.missing() : new Cell(FrenchFormat.date(day), FrenchFormat.date(day), false);
    }
}
