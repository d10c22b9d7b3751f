package fr.ush.vigie.reports;

import fr.ush.vigie.marts.Dimension;
import fr.ush.vigie.marts.TendancesTerritoires;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

/**
 * The national report for the Commission (CONTRACT section 6), after the 2020 evaluation of the pôle d'appui. It
 * names no site and no organisme: watch lists are counted by region only.
 */
final class NationalReport {
    static final String CSV_PREFIX = "national-";

    private final WarehouseSnapshot data;
    private final Labels labels;
    private final Secrecy secrecy;
    private final Sentences sentences;
    private final TerritoryMaps maps;

    NationalReport(WarehouseSnapshot data, Labels labels) {
        this.data = data;
        this.labels = labels;
        this.secrecy = data.secrecy();
        this.sentences = new Sentences(labels, secrecy, data.thresholds().tendanceSeuil());
        this.maps = new TerritoryMaps(labels, secrecy, data.places());
    }

    ReportPage build(Stamp stamp) {
        List<Section> sections = List.of(synthese(), reperage(), veille(), appui(), apports(), efficacite(),
                qualite(), Methode.section(labels, data.thresholds(), CSV_PREFIX));
        return new ReportPage(labels.get("national.titre"),
                labels.format("national.sous-titre", data.campagne()), "../index.html", "donnees/", sections, stamp);
    }

    private TerritoryStats national(String campagne) {
        return data.territory(campagne, Dimension.NATIONAL.name(),
                TendancesTerritoires.CODE_NATIONAL).orElseThrow(() -> new IllegalStateException(
                        "tendances_territoires : pas de ligne nationale pour la campagne " + campagne));
    }

    private List<TerritoryStats> nationalSeries() {
        return data.campagnes().stream().map(c -> data.territory(c, Dimension.NATIONAL.name(), TendancesTerritoires.CODE_NATIONAL))
                .flatMap(Optional::stream).toList();
    }

    /**
     * Does the programme work? The situations and their trend, the watch list, then the pôle d'appui (requests and
     * decisions, lead times, missions and budget, satisfaction and benefits) and the providers' effects with their
     * caveat: each in a sentence and the main ones in six key figures, every figure as its section prints it.
     */
    private Section synthese() {
        TerritoryStats now = national(data.campagne());
        Optional<TerritoryStats> before = data.previousCampagne().map(this::national);
        AppuiSection.Programme appui = new AppuiSection(data, labels, CSV_PREFIX).programme();
        EfficaciteSection effects = efficaciteSection();
        List<String> text = new ArrayList<>(List.of(sentences.shareChange(labels.get("sujet.sites"), before, now,
                        t -> Measures.alone(t, secrecy)),
                sentences.coverage(now), sentences.panelChange(now),
                labels.format("phrase.veille", labels.quantity(data.watch().size(), "site"),
                        FrenchFormat.integer(data.watch().stream().filter(WatchedSite::sansAppui).count()))));
        text.addAll(appui.sentences());
        if (!data.effects().isEmpty()) {
            text.add(effects.programmeSentence());
        }
        List<KeyFigure> figures = new ArrayList<>();
        figures.add(new KeyFigure(labels.get("kf.part-complexe"),
                Measures.text(Measures.share(now, Measures.alone(now, secrecy)), CategoryData.ValueFormat.PERCENT,
                        secrecy),
                before.map(b -> labels.format("kf.avant", b.campagne(), Measures.text(
                        Measures.share(b, Measures.alone(b, secrecy)), CategoryData.ValueFormat.PERCENT, secrecy)))
                        .orElse(labels.counted("kf.sur-evalues", now.nbEvalues()))));
        figures.addAll(appui.figures());
        if (!data.effects().isEmpty()) {
            figures.add(effects.programmeFigure());
        }
        return new Section("synthese", labels.get("section.synthese"), text, figures, List.of(), List.of(),
                List.of(labels.get("note.score"), labels.get("note.synthese")));
    }

    private Section reperage() {
        List<TerritoryStats> series = nationalSeries();
        SituationTrend trend = new SituationTrend(labels, secrecy);
        List<Figure> figures = new ArrayList<>();
        figures.add(trend.bySituationFigure("fig-situations", labels.get("territoire.france"), series,
                t -> Measures.alone(t, secrecy), CSV_PREFIX + "situations.csv"));
        figures.add(scoreLines("fig-qpv", Dimension.QPV.name(), List.of(TendancesTerritoires.CODE_QPV,
                TendancesTerritoires.CODE_HORS_QPV), "fig.qpv.titre"));
        figures.add(scoreLines("fig-marche", Dimension.MARCHE.name(), List.of("TENDU", "DETENDU"), "fig.marche.titre"));
        figures.add(regionBars());
        List<TerritoryStats> departements = data.current(Dimension.DEPARTEMENT.name());
        figures.add(maps.byDepartement("carte-departements", departements,
                maps.departementsOfFrance(departements, data.current(Dimension.REGION.name())),
                MapLayout.franceWithParis(labels.get("carte.encart.paris")),
                labels.get("carte.departements.titre"), CSV_PREFIX + "carte-departements.csv"));
        figures.add(maps.byRegion("carte-regions", data.current(Dimension.REGION.name()), labels.get("carte.regions.titre"),
                CSV_PREFIX + "carte-regions.csv"));
        List<String> text = new ArrayList<>();
        splitSentence(Dimension.QPV.name(), TendancesTerritoires.CODE_QPV, TendancesTerritoires.CODE_HORS_QPV, "phrase.qpv")
                .ifPresent(text::add);
        splitSentence(Dimension.MARCHE.name(), "TENDU", "DETENDU", "phrase.marche").ifPresent(text::add);
        Map<String, Secrecy.Disclosure> regions = Measures.parts(data.current(Dimension.REGION.name()), secrecy);
        data.current(Dimension.REGION.name()).stream()
                .filter(t -> regions.get(t.code()) == Secrecy.Disclosure.SHOWN && t.partComplexe() != null)
                .max(Comparator.comparingDouble(TerritoryStats::partComplexe))
                .ifPresent(t -> text.add(labels.format("phrase.region-max", t.libelle(),
                        FrenchFormat.percent(t.partComplexe()))));
        return new Section("reperage", labels.get("section.reperage"), text, List.of(), figures, List.of(),
                List.of(labels.get("note.outre-mer")));
    }

    private Optional<String> splitSentence(String dimension, String first, String second, String key) {
        Optional<TerritoryStats> a = data.territory(data.campagne(), dimension, first);
        Optional<TerritoryStats> b = data.territory(data.campagne(), dimension, second);
        if (a.isEmpty() || b.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Secrecy.Disclosure> pair = Measures.parts(List.of(a.get(), b.get()), secrecy);
        CategoryData.ValueFormat decimal = CategoryData.ValueFormat.DECIMAL;
        return Optional.of(labels.format(key, data.campagne(),
                Measures.text(Measures.mean(a.get(), pair.get(first)), decimal, secrecy),
                Measures.text(Measures.mean(b.get(), pair.get(second)), decimal, secrecy)));
    }

    /** The mean score of two parts of France over the campaigns; each campaign protects its two parts together. */
    private Figure scoreLines(String id, String dimension, List<String> codes, String titleKey) {
        Map<String, Map<String, Secrecy.Disclosure>> byCampagne = new LinkedHashMap<>();
        data.campagnes().forEach(c -> byCampagne.put(c, Measures.parts(codes.stream()
                .map(code -> data.territory(c, dimension, code)).flatMap(Optional::stream).toList(), secrecy)));
        List<CategoryData.Series> series = codes.stream().map(code -> new CategoryData.Series(
                labels.code("territoire", code), data.campagnes().stream()
                        .map(c -> data.territory(c, dimension, code)
                                .map(t -> Measures.mean(t, byCampagne.get(c).get(code)))
                                .orElse(CategoryData.Point.of(null)))
                        .toList()))
                .toList();
        CategoryData chart = new CategoryData(labels.get("col.campagne"), data.campagnes(), series,
                CategoryData.ValueFormat.DECIMAL);
        String title = labels.get(titleKey);
        return Charts.figure(id, title, labels.format("fig.score.alt", title), chart, Charts.Kind.LINES,
                labels.get("axe.score"), List.of(Palette.BLUE, Palette.ORANGE), secrecy, CSV_PREFIX + id + ".csv");
    }

    private Figure regionBars() {
        TerritoryStats france = national(data.campagne());
        return new RegionBars(labels, secrecy).figure("fig-regions", data.current(Dimension.REGION.name()),
                Measures.share(france, Measures.alone(france, secrecy)), data.campagne(), CSV_PREFIX + "regions.csv");
    }

    /**
     * Watched sites counted by region: the national report names none. The regions are parts of France's total,
     * so their counts follow the regions' disclosures; a hidden region is listed even without a watched site.
     */
    private Section veille() {
        Map<String, Secrecy.Disclosure> disclosures = Measures.parts(data.current(Dimension.REGION.name()), secrecy);
        Map<String, List<WatchedSite>> byRegion = data.watch().stream()
                .collect(Collectors.groupingBy(WatchedSite::region, TreeMap::new, Collectors.toList()));
        disclosures.forEach((region, d) -> {
            if (d == Secrecy.Disclosure.HIDDEN) {
                byRegion.putIfAbsent(region, List.of());
            }
        });
        List<String> alertes = List.of("CHRONIQUE_SANS_APPUI", "DEGRADATION_FORTE", "NOUVELLE_CRISE");
        List<String> headers = new ArrayList<>(List.of(labels.get("col.region"), labels.get("col.a-surveiller"),
                labels.get("col.sans-appui")));
        alertes.forEach(a -> headers.add(labels.code("alerte", a)));
        List<List<Cell>> rows = new ArrayList<>();
        byRegion.forEach((region, sites) -> {
            Secrecy.Disclosure d = disclosures.getOrDefault(region, secrecy.of(sites.size()));
            List<Cell> row = new ArrayList<>(List.of(Cell.text(data.places().region(region)),
                    count(d, sites.size()), count(d, sites.stream().filter(WatchedSite::sansAppui).count())));
            alertes.forEach(a -> row.add(count(d, sites.stream().filter(s -> s.alertes().contains(a)).count())));
            rows.add(row);
        });
        long crises = data.watch().stream().filter(s -> s.alertes().contains("NOUVELLE_CRISE")).count();
        long sansAppui = data.watch().stream().filter(s -> s.alertes().contains("CHRONIQUE_SANS_APPUI")).count();
        List<String> text = List.of(labels.format("phrase.veille.national", FrenchFormat.integer(data.watch().size()),
                labels.quantity(byRegion.size(), "region"), FrenchFormat.integer(crises), FrenchFormat.integer(sansAppui)));
        return new Section("veille", labels.get("section.veille"), text, List.of(), List.of(),
                List.of(new DataTable(labels.format("tab.veille.titre", data.campagne()), headers, rows,
                        CSV_PREFIX + "veille-regions.csv")),
                List.of(labels.get("note.veille")));
    }

    private Cell count(Secrecy.Disclosure disclosure, long count) {
        return CategoryData.ValueFormat.INTEGER.cell(disclosure.count(count), secrecy);
    }

    private Section appui() {
        return new AppuiSection(data, labels, CSV_PREFIX).section();
    }

    private Section apports() {
        return new AppuiSection(data, labels, CSV_PREFIX).apports();
    }

    private Section efficacite() {
        return efficaciteSection().section();
    }

    private EfficaciteSection efficaciteSection() {
        return new EfficaciteSection(data.effects(), labels, secrecy, data.thresholds().tendanceSeuil(), CSV_PREFIX);
    }

    private Section qualite() {
        return new QualiteSection(data, labels, CSV_PREFIX).section();
    }

    static <T> long sum(List<T> rows, ToLongFunction<T> f) {
        return rows.stream().mapToLong(f).sum();
    }

    static <T> double total(List<T> rows, ToDoubleFunction<T> f) {
        return rows.stream().mapToDouble(f).sum();
    }

    static <K, T> Map<K, List<T>> group(List<T> rows, java.util.function.Function<T, K> key) {
        return rows.stream().collect(Collectors.groupingBy(key, LinkedHashMap::new, Collectors.toList()));
    }
}
