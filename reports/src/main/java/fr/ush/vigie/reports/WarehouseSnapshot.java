package fr.ush.vigie.reports;

import fr.ush.vigie.marts.Dimension;
import fr.ush.vigie.marts.Thresholds;
import java.util.List;
import java.util.Optional;

/**
 * Everything the reports read from the warehouse, collected once into plain records: the report builders and the
 * templates never see Spark.
 *
 * @param campagne       the campaign reported on
 * @param campagnes      every campaign with a retained autodiagnostic, oldest first
 * @param territories    {@code tendances_territoires}, every campaign
 * @param scores         {@code scores_sites} of the campaign reported on
 * @param watch          {@code veille_sites} of the campaign reported on
 * @param demandes       {@code appui_demandes}
 * @param missions       {@code appui_missions}
 * @param demandesTerritoires {@code appui_demandes_territoires}: the funnel by region and by famille
 * @param missionsTerritoires {@code appui_missions_territoires}: the missions by region and by famille
 * @param effects        {@code efficacite_prestataires}
 * @param rejects        {@code rejets_synthese}
 * @param places         names of regions, départements and organismes
 * @param thresholds     the thresholds the marts were computed with
 * @param run            the ledger of the published run
 * @param quality        what the organismes' data-quality returns show
 * @param appui          the pôle d'appui row by row: lead times and each scope's list of missions
 */
public record WarehouseSnapshot(String campagne, List<String> campagnes, List<TerritoryStats> territories,
        List<SiteScore> scores, List<WatchedSite> watch, List<DemandeStats> demandes, List<MissionStats> missions,
        List<Territorial<DemandeStats>> demandesTerritoires, List<Territorial<MissionStats>> missionsTerritoires,
        List<ProviderEffect> effects, List<RejectCount> rejects, Places places, Thresholds thresholds,
        RunInfo run, OrganismeQuality quality, AppuiDetail appui) {

    /** Without the pôle d'appui's rows: no lead time nor list of missions is shown. */
    public WarehouseSnapshot(String campagne, List<String> campagnes, List<TerritoryStats> territories,
            List<SiteScore> scores, List<WatchedSite> watch, List<DemandeStats> demandes, List<MissionStats> missions,
            List<Territorial<DemandeStats>> demandesTerritoires, List<Territorial<MissionStats>> missionsTerritoires,
            List<ProviderEffect> effects, List<RejectCount> rejects, Places places, Thresholds thresholds,
            RunInfo run, OrganismeQuality quality) {
        this(campagne, campagnes, territories, scores, watch, demandes, missions, demandesTerritoires,
                missionsTerritoires, effects, rejects, places, thresholds, run, quality, AppuiDetail.none());
    }

    public WarehouseSnapshot {
        campagnes = List.copyOf(campagnes);
        territories = List.copyOf(territories);
        scores = List.copyOf(scores);
        watch = List.copyOf(watch);
        demandes = List.copyOf(demandes);
        missions = List.copyOf(missions);
        demandesTerritoires = List.copyOf(demandesTerritoires);
        missionsTerritoires = List.copyOf(missionsTerritoires);
        effects = List.copyOf(effects);
        rejects = List.copyOf(rejects);
    }

    /** The campaign before the one reported on, if any. */
    public Optional<String> previousCampagne() {
        int i = campagnes.indexOf(campagne);
        return i > 0 ? Optional.of(campagnes.get(i - 1)) : Optional.empty();
    }

    /** The funnel of one region or famille. */
    public List<DemandeStats> demandes(Dimension dimension, String code) {
        return of(demandesTerritoires, dimension, code);
    }

    /** The missions of one region or famille. */
    public List<MissionStats> missions(Dimension dimension, String code) {
        return of(missionsTerritoires, dimension, code);
    }

    private static <T> List<T> of(List<Territorial<T>> rows, Dimension dimension, String code) {
        return rows.stream().filter(r -> r.dimension().equals(dimension.name()) && r.code().equals(code))
                .map(Territorial::stats).toList();
    }

    public Secrecy secrecy() {
        return new Secrecy(thresholds.secretSeuil());
    }

    /** The row of a territory in a campaign. */
    public Optional<TerritoryStats> territory(String campagneWanted, String dimension, String code) {
        return territories.stream().filter(t -> t.campagne().equals(campagneWanted)
                && t.dimension().equals(dimension) && t.code().equals(code)).findFirst();
    }

    /** A dimension's rows in the campaign reported on, by code. */
    public List<TerritoryStats> current(String dimension) {
        return territories.stream().filter(t -> t.campagne().equals(campagne) && t.dimension().equals(dimension))
                .sorted(java.util.Comparator.comparing(TerritoryStats::code)).toList();
    }

    /**
     * Regions with a site expected or assessed in the campaign reported on: a region whose sites all failed to
     * send their grid still gets its report, which is where that shows.
     */
    public List<String> regionsWithSites() {
        return withSites("REGION", scores.stream().map(SiteScore::region));
    }

    public List<String> famillesWithSites() {
        return withSites("FAMILLE", scores.stream().map(SiteScore::famille));
    }

    private List<String> withSites(String dimension, java.util.stream.Stream<String> assessed) {
        return java.util.stream.Stream.concat(current(dimension).stream().map(TerritoryStats::code), assessed)
                .filter(java.util.Objects::nonNull).distinct().sorted().toList();
    }
}
