package fr.ush.vigie.reports;

import static fr.ush.vigie.marts.AppuiColumns.*;
import static fr.ush.vigie.marts.MartColumns.*;
import static fr.ush.vigie.model.Col.*;
import static org.apache.spark.sql.functions.col;

import fr.ush.vigie.io.ParquetFooters;
import fr.ush.vigie.marts.AppuiDemandes;
import fr.ush.vigie.marts.AppuiFaits;
import fr.ush.vigie.marts.AppuiMissions;
import fr.ush.vigie.marts.AppuiTerritoires;
import fr.ush.vigie.marts.ControlesAtypiques;
import fr.ush.vigie.marts.OrganismeReturns;
import fr.ush.vigie.model.Source;
import fr.ush.vigie.staging.StagingTables;
import fr.ush.vigie.marts.EfficacitePrestataires;
import fr.ush.vigie.marts.MartColumns;
import fr.ush.vigie.marts.RejectSummary;
import fr.ush.vigie.marts.ScoresSites;
import fr.ush.vigie.marts.TendancesTerritoires;
import fr.ush.vigie.marts.Thresholds;
import fr.ush.vigie.marts.VeilleSites;
import fr.ush.vigie.warehouse.RunLedger;
import fr.ush.vigie.spark.SparkSessions;
import fr.ush.vigie.warehouse.WarehouseVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Reads the marts (and the names they need from staging) of one published warehouse version into a
 * {@link WarehouseSnapshot}. The only class of the module that touches Spark.
 */
final class MartCollector {
    private final SparkSession spark;
    private final WarehouseVersion version;

    /** @param version the published version, pinned so that a run publishing meanwhile changes nothing */
    MartCollector(SparkSession spark, WarehouseVersion version) {
        this.spark = spark;
        this.version = version;
    }

    /** The campaigns of {@code scores_sites}, oldest first. */
    List<String> campagnes() {
        return mart(ScoresSites.TABLE).select(CAMPAGNE).distinct().collectAsList().stream()
                .map(r -> r.getString(0)).sorted().toList();
    }

    /**
     * Reads what the reports of {@code campagne} need. The reads go side by side
     * ({@link SparkSessions#sideBySide} at a time): each is a small query whose cost is mostly the driver planning
     * and compiling it, which one read at a time leaves the executors idle through.
     */
    WarehouseSnapshot collect(String campagne, List<String> campagnes, RunLedger ledger) {
        try (ConcurrentReads reads = new ConcurrentReads(SparkSessions.sideBySide(spark))) {
            var territories = reads.start(() -> rows(mart(TendancesTerritoires.TABLE), MartCollector::territory));
            var scores = reads.start(() -> rows(mart(ScoresSites.TABLE).where(col(CAMPAGNE).equalTo(campagne)),
                    MartCollector::score));
            var watch = reads.start(() -> rows(mart(VeilleSites.TABLE).where(col(CAMPAGNE).equalTo(campagne)),
                    MartCollector::watched));
            var demandes = reads.start(() -> rows(mart(AppuiDemandes.TABLE), MartCollector::demande));
            var missions = reads.start(() -> rows(mart(AppuiMissions.TABLE), MartCollector::mission));
            var demandesTerritoires = reads.start(
                    () -> territorial(AppuiTerritoires.DEMANDES_TABLE, MartCollector::demande));
            var missionsTerritoires = reads.start(
                    () -> territorial(AppuiTerritoires.MISSIONS_TABLE, MartCollector::mission));
            var effects = reads.start(() -> rows(mart(EfficacitePrestataires.TABLE), MartCollector::effect));
            var rejects = reads.start(() -> rows(mart(RejectSummary.TABLE), MartCollector::reject));
            var places = reads.start(this::places);
            var thresholds = reads.start(this::thresholds);
            var expected = reads.start(() -> rows(OrganismeReturns.expected(staging(StagingTables.SITES), campagne)
                    .select(ORGANISME_ID).distinct(), r -> Rows.text(r, ORGANISME_ID)));
            var missing = reads.start(() -> rows(OrganismeReturns.expectedWithoutAssessment(
                    staging(StagingTables.SITES), mart(ScoresSites.TABLE), campagne), MartCollector::missing));
            var rejected = reads.start(this::rejectedLines);
            var atypical = reads.start(() -> hasMart(ControlesAtypiques.TABLE)
                    ? rows(mart(ControlesAtypiques.TABLE).where(col(CAMPAGNE).equalTo(campagne)),
                            MartCollector::atypical)
                    : List.<AtypicalAssessment>of());
            var siteNames = reads.start(() -> names(StagingTables.SITES, SITE_ID, NOM));
            var appuiDemandes = reads.start(() -> rows(AppuiFaits.demandes(staging(StagingTables.of(Source.DEMANDES)),
                    staging(StagingTables.SITES), staging(StagingTables.of(Source.ORGANISMES))), MartCollector::demandeFact));
            var appuiMissions = reads.start(() -> rows(AppuiFaits.missions(staging(StagingTables.of(Source.MISSIONS)),
                    staging(StagingTables.of(Source.DEMANDES)), staging(StagingTables.of(Source.EVALUATIONS)),
                    staging(StagingTables.SITES), staging(StagingTables.of(Source.ORGANISMES))),
                    MartCollector::missionFact));
            OrganismeQuality quality = new OrganismeQuality(expected.get(), missing.get(), rejected.get(),
                    atypical.get(), siteNames.get());
            return new WarehouseSnapshot(campagne, campagnes, territories.get(), scores.get(), watch.get(),
                    demandes.get(), missions.get(), demandesTerritoires.get(), missionsTerritoires.get(),
                    effects.get(), rejects.get(), places.get(), thresholds.get(), runInfo(ledger), quality,
                    new AppuiDetail(appuiDemandes.get(), appuiMissions.get()));
        }
    }

    private Dataset<Row> mart(String name) {
        return ParquetFooters.read(spark, version.uri("marts/" + name));
    }

    /**
     * An extra mart split by territory; none in a warehouse published before it existed, whose scoped reports then
     * show no missions.
     */
    private <T> List<Territorial<T>> territorial(String name, Function<Row, T> mapper) {
        if (!hasMart(name)) {
            return List.of();
        }
        return rows(mart(name), r -> new Territorial<>(Rows.text(r, DIMENSION), Rows.text(r, CODE_TERRITOIRE),
                mapper.apply(r)));
    }

    private boolean hasMart(String name) {
        try {
            return version.has("marts/" + name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rejected lines of the published run, each with its organisme. */
    private List<RejectedLine> rejectedLines() {
        try {
            if (!version.has("rejets")) {
                return List.of();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Dataset<Row> owned = OrganismeReturns.withOwner(ParquetFooters.read(spark, version.uri("rejets")),
                staging(StagingTables.SITES), staging(StagingTables.of(Source.ORGANISMES)),
                staging(StagingTables.of(Source.DEMANDES)), staging(StagingTables.of(Source.MISSIONS)));
        return rows(owned.orderBy(col(FICHIER), col(LIGNE), col(CODE_MOTIF)), r -> new RejectedLine(
                Rows.text(r, ORGANISME_ID), Rows.text(r, FICHIER), Rows.count(r, LIGNE), Rows.text(r, CODE_MOTIF),
                Rows.text(r, MOTIF), Rows.text(r, ENREGISTREMENT)));
    }

    private static MissingSite missing(Row r) {
        return new MissingSite(Rows.text(r, ORGANISME_ID), Rows.text(r, SITE_ID), Rows.text(r, NOM));
    }

    private static AtypicalAssessment atypical(Row r) {
        String motifs = Rows.text(r, MartColumns.MOTIFS);
        return new AtypicalAssessment(Rows.text(r, SITE_ID), Rows.text(r, ORGANISME_ID), Rows.text(r, CODE_REGION),
                Rows.decimal(r, MartColumns.SCORE_GLOBAL), Rows.decimal(r, DELTA_SCORE_GLOBAL),
                Rows.decimal(r, MartColumns.Z_MODIFIE), motifs.isEmpty() ? List.of() : Arrays.asList(motifs.split(",")));
    }

    private Dataset<Row> staging(String name) {
        return ParquetFooters.read(spark, version.uri("staging/" + name));
    }

    private static <T> List<T> rows(Dataset<Row> table, Function<Row, T> mapper) {
        return table.collectAsList().stream().map(mapper).toList();
    }

    private Places places() {
        return new Places(names("regions", CODE_REGION, NOM), names("departements", CODE_DEPARTEMENT, NOM),
                names("departements", CODE_DEPARTEMENT, CODE_REGION), names("organismes", ORGANISME_ID, NOM));
    }

    private Map<String, String> names(String table, String key, String value) {
        Map<String, String> names = new HashMap<>();
        for (Row row : staging(table).select(key, value).collectAsList()) {
            if (row.get(0) != null && row.get(1) != null) {
                names.put(row.getString(0), row.getString(1));
            }
        }
        return names;
    }

    private Thresholds thresholds() {
        try {
            return version.has("staging/" + Thresholds.TABLE)
                    ? Thresholds.fromTable(staging(Thresholds.TABLE)) : Thresholds.defaults();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RunInfo runInfo(RunLedger ledger) {
        return new RunInfo(ledger.runId(), ledger.version(), ledger.parameters(), ledger.inputs().stream()
                .map(i -> new RunInfo.Input(i.path(), i.sha256(), i.source(), i.lignesLues(), i.lignesAcceptees(),
                        i.lignesRejetees()))
                .toList());
    }

    private static TerritoryStats territory(Row r) {
        return new TerritoryStats(Rows.text(r, CAMPAGNE), Rows.text(r, DIMENSION), Rows.text(r, CODE_TERRITOIRE),
                Rows.has(r, LIBELLE_TERRITOIRE) ? Rows.text(r, LIBELLE_TERRITOIRE) : Rows.text(r, CODE_TERRITOIRE),
                Rows.count(r, NB_SITES_ATTENDUS), Rows.count(r, NB_SITES_EVALUES),
                Rows.count(r, NB_SITES_ATTENDUS_EVALUES), Rows.decimal(r, SCORE_GLOBAL_MOYEN),
                Rows.count(r, NB_HORS_SITUATION), Rows.count(r, NB_A_RISQUE), Rows.count(r, NB_CHRONIQUE),
                Rows.count(r, NB_URGENCE_CRISE), Rows.count(r, NB_SITES_PANEL), Rows.decimal(r, DELTA_SCORE_PANEL));
    }

    private static SiteScore score(Row r) {
        return new SiteScore(Rows.text(r, SITE_ID), Rows.text(r, ORGANISME_ID), Rows.text(r, CAMPAGNE),
                Rows.text(r, CODE_REGION), Rows.text(r, CODE_DEPARTEMENT), Rows.flag(r, QPV), Rows.text(r, MARCHE),
                Rows.text(r, FAMILLE), Rows.decimal(r, MartColumns.SCORE_GLOBAL), Rows.text(r, SITUATION),
                Rows.decimal(r, DELTA_SCORE_GLOBAL));
    }

    private static WatchedSite watched(Row r) {
        String alertes = Rows.text(r, ALERTES);
        return new WatchedSite(Rows.text(r, CAMPAGNE), Rows.text(r, SITE_ID), Rows.text(r, NOM_SITE),
                Rows.text(r, ORGANISME_ID), Rows.text(r, CODE_REGION),
                Rows.has(r, CODE_DEPARTEMENT) ? Rows.text(r, CODE_DEPARTEMENT) : "",
                Rows.has(r, FAMILLE) ? Rows.text(r, FAMILLE) : "", Rows.text(r, SITUATION),
                Rows.decimal(r, MartColumns.SCORE_GLOBAL), Rows.decimal(r, DELTA_SCORE_GLOBAL),
                alertes.isEmpty() ? List.of() : Arrays.asList(alertes.split(";")), Rows.flag(r, APPUI_EN_COURS),
                Rows.has(r, DEMANDE_EN_ATTENTE) && Rows.flag(r, DEMANDE_EN_ATTENTE));
    }

    private static DemandeStats demande(Row r) {
        return new DemandeStats((int) Rows.count(r, ANNEE), Rows.text(r, VOLET),
                Rows.has(r, CODE_REGION) ? Rows.text(r, CODE_REGION) : "",
                Rows.count(r, NB_DEMANDES), Rows.count(r, NB_DECIDEES), Rows.count(r, NB_ACCEPTEES),
                Rows.count(r, NB_REFUSEES), Rows.count(r, NB_REORIENTEES), Rows.count(r, NB_EN_ATTENTE),
                Rows.count(r, NB_MISSIONS), Rows.count(r, NB_MISSIONS_TERMINEES), Rows.count(r, NB_MISSIONS_EVALUEES),
                Rows.decimal(r, DELAI_DECISION_MEDIAN_JOURS), Rows.decimal(r, DELAI_DEMARRAGE_MEDIAN_JOURS));
    }

    private static AppuiDetail.Demande demandeFact(Row r) {
        return new AppuiDetail.Demande(Rows.text(r, DEMANDE_ID), Rows.text(r, VOLET), Rows.text(r, CODE_REGION),
                Rows.text(r, FAMILLE), Rows.date(r, DATE_RECEPTION), Rows.date(r, DATE_COMMISSION),
                Rows.text(r, DECISION));
    }

    private static AppuiDetail.Mission missionFact(Row r) {
        Object satisfaction = r.getAs(SATISFACTION);
        return new AppuiDetail.Mission(Rows.text(r, MISSION_ID), Rows.text(r, SITE_ID), Rows.text(r, PRESTATAIRE_ID),
                Rows.text(r, VOLET), Rows.text(r, CODE_REGION), Rows.text(r, FAMILLE), Rows.date(r, DATE_COMMISSION),
                Rows.date(r, DATE_DEBUT), Rows.date(r, DATE_FIN), Rows.text(r, STATUT), Rows.flag(r, AppuiFaits.EVALUEE),
                satisfaction == null ? null : ((Number) satisfaction).intValue());
    }

    private static MissionStats mission(Row r) {
        return new MissionStats((int) Rows.count(r, ANNEE), Rows.text(r, VOLET), Rows.text(r, PRESTATAIRE_ID),
                Rows.count(r, NB_MISSIONS), Rows.amount(r, JOURS_FINANCES), Rows.amount(r, JOURS_PROLONGATION),
                Rows.count(r, NB_PROLONGEES), Rows.amount(r, COUT_USH_EUR), Rows.amount(r, COUT_ORGANISMES_EUR),
                Rows.count(r, NB_EVALUEES), Rows.decimal(r, SATISFACTION_MOYENNE), Rows.decimal(r, PART_REGARD_NEUF),
                Rows.decimal(r, PART_RUPTURE_ROUTINES), Rows.decimal(r, PART_DYNAMIQUE_PARTENARIALE),
                Rows.decimal(r, PART_SOUTIEN_METHODOLOGIQUE), Rows.count(r, NB_PRECONISATIONS),
                Rows.count(r, NB_PRECONISATIONS_MISES_EN_OEUVRE));
    }

    /** The effect's interval shown: the one with sites as clusters when the mart has it, else the contract's. */
    private static ProviderEffect effect(Row r) {
        boolean clustered = Rows.has(r, EFFET_IC95_BAS_GRAPPES);
        return new ProviderEffect(Rows.text(r, PRESTATAIRE_ID), Rows.text(r, NOM), Rows.text(r, POLE),
                Rows.count(r, NB_MISSIONS), Rows.count(r, NB_EVALUEES), Rows.decimal(r, SATISFACTION_MOYENNE),
                Rows.decimal(r, SATISFACTION_IC95_BAS), Rows.decimal(r, SATISFACTION_IC95_HAUT),
                Rows.decimal(r, TAUX_MISE_EN_OEUVRE), Rows.decimal(r, TAUX_MISE_EN_OEUVRE_IC95_BAS),
                Rows.decimal(r, TAUX_MISE_EN_OEUVRE_IC95_HAUT), Rows.count(r, NB_MISSIONS_AVEC_SUIVI),
                Rows.decimal(r, DELTA_SCORE_TRAITES), Rows.decimal(r, DELTA_SCORE_TEMOINS), Rows.decimal(r, EFFET_DID),
                Rows.decimal(r, clustered ? EFFET_IC95_BAS_GRAPPES : EFFET_IC95_BAS),
                Rows.decimal(r, clustered ? EFFET_IC95_HAUT_GRAPPES : EFFET_IC95_HAUT),
                Rows.flag(r, EFFECTIF_SUFFISANT), clustered);
    }

    private static RejectCount reject(Row r) {
        return new RejectCount(Rows.text(r, SOURCE), Rows.text(r, CODE_MOTIF), Rows.count(r, NB_LIGNES));
    }
}
