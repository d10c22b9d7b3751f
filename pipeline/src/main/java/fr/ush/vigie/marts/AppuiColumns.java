package fr.ush.vigie.marts;

/**
 * Column names of the support-pool marts (CONTRACT section 5, marts 5–7), declared once. Input columns reuse
 * {@link fr.ush.vigie.model.Col}; the columns of {@code jours_finances} and {@code jours_prolongation} keep their
 * input names in {@code appui_missions}.
 */
public final class AppuiColumns {
    /** Year of {@code date_reception} (appui_demandes) or of {@code date_debut} (appui_missions). */
    public static final String ANNEE = "annee";

    public static final String NB_DEMANDES = "nb_demandes";
    public static final String NB_DECIDEES = "nb_decidees";
    public static final String NB_ACCEPTEES = "nb_acceptees";
    public static final String NB_REFUSEES = "nb_refusees";
    public static final String NB_REORIENTEES = "nb_reorientees";
    public static final String NB_EN_ATTENTE = "nb_en_attente";
    public static final String NB_MISSIONS = "nb_missions";
    public static final String NB_MISSIONS_TERMINEES = "nb_missions_terminees";
    public static final String NB_MISSIONS_EVALUEES = "nb_missions_evaluees";
    public static final String DELAI_DECISION_MEDIAN_JOURS = "delai_decision_median_jours";
    public static final String DELAI_DEMARRAGE_MEDIAN_JOURS = "delai_demarrage_median_jours";

    public static final String NB_PROLONGEES = "nb_prolongees";
    public static final String TAUX_PROLONGATION = "taux_prolongation";
    public static final String COUT_USH_EUR = "cout_ush_eur";
    public static final String COUT_ORGANISMES_EUR = "cout_organismes_eur";
    public static final String NB_EVALUEES = "nb_evaluees";
    public static final String SATISFACTION_MOYENNE = "satisfaction_moyenne";
    public static final String PART_REGARD_NEUF = "part_regard_neuf";
    public static final String PART_RUPTURE_ROUTINES = "part_rupture_routines";
    public static final String PART_DYNAMIQUE_PARTENARIALE = "part_dynamique_partenariale";
    public static final String PART_SOUTIEN_METHODOLOGIQUE = "part_soutien_methodologique";
    public static final String TAUX_MISE_EN_OEUVRE = "taux_mise_en_oeuvre";

    public static final String SATISFACTION_IC95_BAS = "satisfaction_ic95_bas";
    public static final String SATISFACTION_IC95_HAUT = "satisfaction_ic95_haut";
    public static final String TAUX_MISE_EN_OEUVRE_IC95_BAS = "taux_mise_en_oeuvre_ic95_bas";
    public static final String TAUX_MISE_EN_OEUVRE_IC95_HAUT = "taux_mise_en_oeuvre_ic95_haut";
    public static final String NB_MISSIONS_AVEC_SUIVI = "nb_missions_avec_suivi";
    public static final String DELTA_SCORE_TRAITES = "delta_score_traites";
    public static final String DELTA_SCORE_TEMOINS = "delta_score_temoins";
    public static final String EFFET_DID = "effet_did";
    public static final String EFFET_IC95_BAS = "effet_ic95_bas";
    public static final String EFFET_IC95_HAUT = "effet_ic95_haut";
    public static final String EFFECTIF_SUFFISANT = "effectif_suffisant";
    /**
     * Extra columns (not in the contract): the 95 % interval of {@code effet_did} with sites as clusters, which
     * counts the noise of control deltas shared by several missions ({@link SiteClusteredVariance}).
     */
    public static final String EFFET_IC95_BAS_GRAPPES = "effet_ic95_bas_grappes";
    public static final String EFFET_IC95_HAUT_GRAPPES = "effet_ic95_haut_grappes";

    /** Columns of the grid mart {@code scores_sites} that the difference-in-differences reads. */
    public static final String SCORE_GLOBAL = "score_global";
    public static final String GRAVITE = "gravite";

    private AppuiColumns() {
    }
}
