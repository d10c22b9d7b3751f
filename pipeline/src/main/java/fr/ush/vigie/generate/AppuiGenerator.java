package fr.ush.vigie.generate;

import fr.ush.vigie.generate.AppuiData.Demande;
import fr.ush.vigie.generate.AppuiData.Evaluation;
import fr.ush.vigie.generate.AppuiData.Mission;
import fr.ush.vigie.generate.PrestataireCatalog.Prestataire;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * First pass over the campaigns: scores every retained autodiagnostic in memory (one at a time) and lets
 * degraded sites ask the pôle d'appui for help, so that demandes come mostly from sites in difficulty.
 * Accepted demandes get a mission by a prestataire of the requested pôle; finished missions get an
 * evaluation and plant their prestataire's effect on the site's later levels ({@link MissionEffects}),
 * which is why this pass runs campaign by campaign before anything is written.
 */
final class AppuiGenerator {
    /** Chance of asking after an autodiagnostic, per gravité (NORMALE .. CRISE). */
    private static final double[] REQUEST_RATE = {0.0, 0.01, 0.9, 1.0};
    /**
     * Share of the organismes that turn to the pôle d'appui for their sites. The others' sites are never named
     * by a demande: they give the efficiency mart comparable control sites, degraded ones included (if every
     * degraded site ended up asking, the only never-named degraded sites would be those that recovered).
     */
    private static final double ASKING_ORGANISME_SHARE = 0.55;
    /** Requests about a whole organisme, per organisme and campaign. */
    private static final double ORGANISME_REQUESTS_PER_CAMPAIGN = 0.025;
    private static final String[] CANAUX = {"DIRECT", "ASSOCIATION_REGIONALE", "FEDERATION"};
    private static final double[] CANAL_WEIGHTS = {0.5, 0.3, 0.2};
    private static final String[] DECISIONS = {"ACCEPTEE", "REFUSEE", "REORIENTEE", "EN_ATTENTE"};
    private static final double[] DECISION_WEIGHTS = {0.82, 0.07, 0.07, 0.04};
    private static final double CANCELLATION_RATE = 0.05;
    private static final double PROLONGATION_RATE = 0.25;
    private static final double EVALUATION_RATE = 0.93;
    private static final BigDecimal YEARLY_RATE_INCREASE = new BigDecimal("1.02");

    private final LocalDate horizon;
    private final SyntheticFrance france;
    private final Rng rng;
    private final List<Draft> drafts = new ArrayList<>();
    private final boolean[] hasRequested;
    private final boolean[] asksForSites;

    AppuiGenerator(SyntheticFrance france) {
        this.france = france;
        this.horizon = france.campagnes().get(france.campagnes().size() - 1).fin();
        this.rng = Rng.derive(france.seed(), Rng.Stream.APPUI);
        this.hasRequested = new boolean[france.sites().size()];
        this.asksForSites = new boolean[france.organismes().size()];
        for (int k = 0; k < asksForSites.length; k++) {
            asksForSites[k] = Rng.derive(france.seed(), Rng.Stream.APPUI, k).chance(ASKING_ORGANISME_SHARE);
        }
    }

    /** A demande with its mission and evaluation, before identifiers are given in date order. */
    private static final class Draft {
        int organisme;
        int site;
        LocalDate reception;
        String canal;
        String volet;
        String problematique;
        LocalDate commission;
        String decision;
        Prestataire prestataire;
        LocalDate debut;
        LocalDate fin;
        int joursFinances;
        int joursProlongation;
        BigDecimal tarif;
        String statut;
        Evaluation evaluation;
    }

    AppuiData generate() {
        for (int c = 0; c < france.campagnes().size(); c++) {
            siteRequests(c);
            organismeRequests(c);
        }
        return identify();
    }

    /**
     * After each autodiagnostic, a site of an organisme that turns to the pôle may ask for help, all the more
     * likely as its gravité is high; each site asks once. A degraded site of such an organisme nearly always
     * asks soon, so the never-named degraded sites are mostly those of the other organismes, whatever their
     * later course: fair controls for the difference in differences.
     */
    private void siteRequests(int c) {
        int[] levels = new int[france.grille().size()];
        for (int site = 0; site < france.sites().size(); site++) {
            int count = france.schedule().count(site, c);
            if (count == 0 || hasRequested[site] || !asksForSites[france.sites().organisme[site]]) {
                continue;
            }
            int retained = count - 1;
            france.model().levels(site, c, retained, france.effects().shiftAt(site, c), levels);
            if (!rng.chance(REQUEST_RATE[france.grille().gravite(levels).ordinal()])) {
                continue;
            }
            hasRequested[site] = true;
            LocalDate reception = france.schedule().date(site, c, retained).plusDays(rng.between(3, 60));
            request(france.sites().organisme[site], site, reception, voletFor(levels));
        }
    }

    private void organismeRequests(int c) {
        Campagne campagne = france.campagnes().get(c);
        long quota = Math.round(france.organismes().size() * ORGANISME_REQUESTS_PER_CAMPAIGN);
        for (int q = 0; q < quota; q++) {
            LocalDate reception = campagne.debut().plusDays(rng.between(20, 170));
            request(rng.nextInt(france.organismes().size()), -1, reception, pickVolet());
        }
    }

    /** The volet of the worst part of the grid: tranquillité themes, the rest of urban functioning, or service. */
    private String voletFor(int[] levels) {
        if (rng.chance(0.2)) {
            return pickVolet();
        }
        double service = france.grille().meanLevel(levels, i -> i.axe().equals("QUALITE_SERVICE")) + 0.15;
        double tranquillite = france.grille().meanLevel(levels, i -> i.theme().equals("Tranquillité"));
        double urbain = france.grille().meanLevel(levels, i -> i.axe().equals("FONCTIONNEMENT_URBAIN")
                && !i.theme().equals("Tranquillité")) + 0.15;
        if (tranquillite >= urbain && tranquillite >= service) {
            return "TRANQUILLITE_SECURITE";
        }
        return urbain >= service ? "GUSP" : "QUALITE_SERVICE";
    }

    private String pickVolet() {
        return rng.pick(new String[] {"GUSP", "GUSP", "TRANQUILLITE_SECURITE", "QUALITE_SERVICE"});
    }

    private void request(int organisme, int site, LocalDate reception, String volet) {
        if (reception.isAfter(horizon)) {
            return;
        }
        Draft draft = new Draft();
        draft.organisme = organisme;
        draft.site = site;
        draft.reception = reception;
        draft.canal = CANAUX[rng.weighted(CANAL_WEIGHTS)];
        draft.volet = volet;
        draft.problematique = rng.pick(switch (volet) {
            case "GUSP" -> NamePools.PROBLEMATIQUES_GUSP;
            case "TRANQUILLITE_SECURITE" -> NamePools.PROBLEMATIQUES_TRANQUILLITE;
            default -> NamePools.PROBLEMATIQUES_QUALITE;
        });
        LocalDate commission = reception.plusDays(rng.between(14, 56));
        if (commission.isAfter(horizon)) {
            draft.decision = "EN_ATTENTE";
        } else {
            draft.commission = commission;
            draft.decision = DECISIONS[rng.weighted(DECISION_WEIGHTS)];
        }
        if ("ACCEPTEE".equals(draft.decision)) {
            mission(draft);
        }
        drafts.add(draft);
    }

    private void mission(Draft draft) {
        List<Prestataire> candidates = PrestataireCatalog.forPole(draft.volet);
        Prestataire prestataire = candidates.get(rng.nextInt(candidates.size()));
        draft.prestataire = prestataire;
        draft.debut = draft.commission.plusDays(rng.between(14, 70));
        draft.joursFinances = rng.between(3, 5);
        draft.joursProlongation = rng.chance(PROLONGATION_RATE) ? rng.between(1, 3) : 0;
        draft.tarif = tarif(prestataire, draft.debut.getYear());
        LocalDate end = draft.debut.plusDays(30L + 12L * (draft.joursFinances + draft.joursProlongation)
                + rng.between(0, 45));
        if (rng.chance(CANCELLATION_RATE)) {
            draft.statut = "ANNULEE";
        } else if (draft.debut.isAfter(horizon)) {
            draft.statut = "PLANIFIEE";
        } else if (end.isAfter(horizon)) {
            draft.statut = "EN_COURS";
        } else {
            draft.statut = "TERMINEE";
            draft.fin = end;
            evaluate(draft);
            if (draft.site >= 0) {
                plantEffect(draft.site, end, prestataire);
            }
        }
    }

    /** Rates rise 2 % a year from the first campaign's year. */
    private BigDecimal tarif(Prestataire prestataire, int year) {
        int years = Math.max(0, year - france.campagnes().get(0).annee());
        return prestataire.tarifBase().multiply(YEARLY_RATE_INCREASE.pow(years)).setScale(2, RoundingMode.HALF_UP);
    }

    private void evaluate(Draft draft) {
        LocalDate date = draft.fin.plusDays(rng.between(7, 75));
        if (date.isAfter(horizon) || !rng.chance(EVALUATION_RATE)) {
            return;
        }
        Prestataire p = draft.prestataire;
        int satisfaction = (int) Math.max(1, Math.min(5, Math.round(p.satisfactionMoyenne() + 0.8 * rng.gaussian())));
        int preconisations = rng.between(3, 12);
        int misesEnOeuvre = 0;
        for (int i = 0; i < preconisations; i++) {
            if (rng.chance(p.tauxMiseEnOeuvre())) {
                misesEnOeuvre++;
            }
        }
        draft.evaluation = new Evaluation(null, date, satisfaction, rng.chance(p.partApports()),
                rng.chance(p.partApports()), rng.chance(p.partApports()), rng.chance(p.partApports()),
                preconisations, misesEnOeuvre);
    }

    /** The mission's effect shows from the first campaign starting after it ends. */
    private void plantEffect(int site, LocalDate fin, Prestataire prestataire) {
        for (int c = 0; c < france.campagnes().size(); c++) {
            if (france.campagnes().get(c).debut().isAfter(fin)) {
                france.effects().set(site, c, PrestataireCatalog.levelShift(prestataire));
                return;
            }
        }
    }

    /** Numbers demandes by year of reception ({@code DEM-2025-0007}) and missions in demande order. */
    private AppuiData identify() {
        List<Draft> ordered = new ArrayList<>(drafts);
        ordered.sort(Comparator.comparing((Draft d) -> d.reception));
        int width = Math.max(4, String.valueOf(ordered.size()).length());
        List<Demande> demandes = new ArrayList<>();
        List<Mission> missions = new ArrayList<>();
        List<Evaluation> evaluations = new ArrayList<>();
        int year = -1;
        int numberInYear = 0;
        for (Draft d : ordered) {
            if (d.reception.getYear() != year) {
                year = d.reception.getYear();
                numberInYear = 0;
            }
            String demandeId = String.format("DEM-%d-%0" + width + "d", year, ++numberInYear);
            demandes.add(new Demande(demandeId, d.organisme, d.site, d.reception, d.canal, d.volet,
                    d.problematique, d.commission, d.decision));
            if (d.prestataire == null) {
                continue;
            }
            String missionId = String.format("MIS-%0" + width + "d", missions.size() + 1);
            missions.add(new Mission(missionId, demandeId, d.prestataire.id(), d.debut, d.fin, d.joursFinances,
                    d.joursProlongation, d.tarif, d.statut));
            if (d.evaluation != null) {
                evaluations.add(d.evaluation.withMissionId(missionId));
            }
        }
        return new AppuiData(List.copyOf(demandes), List.copyOf(missions), List.copyOf(evaluations));
    }
}
