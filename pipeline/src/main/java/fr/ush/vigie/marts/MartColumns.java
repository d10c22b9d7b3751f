package fr.ush.vigie.marts;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.functions;

/**
 * Column names of the grid marts (CONTRACT section 5, marts 1–4), declared once. The input and staging columns
 * the marts reuse ({@code site_id}, {@code campagne}, {@code code_region} …) are in {@link fr.ush.vigie.model.Col}.
 */
public final class MartColumns {
    /** scores_sites. */
    public static final String SCORE_GLOBAL = "score_global";
    public static final String SCORE_QUALITE_SERVICE = "score_qualite_service";
    public static final String SCORE_FONCTIONNEMENT_URBAIN = "score_fonctionnement_urbain";
    public static final String NB_INDICATEURS_EVALUES = "nb_indicateurs_evalues";
    public static final String NB_NIVEAU_2_PLUS = "nb_niveau_2_plus";
    public static final String NB_NIVEAU_3 = "nb_niveau_3";
    public static final String CRITIQUE_NIVEAU_3 = "critique_niveau_3";
    public static final String GRAVITE = "gravite";
    public static final String SITUATION = "situation";
    public static final String CAMPAGNE_PRECEDENTE = "campagne_precedente";
    public static final String DELTA_SCORE_GLOBAL = "delta_score_global";
    public static final String TENDANCE = "tendance";
    /** Extra column: the situation at {@code campagne_precedente} (transitions and the NOUVELLE_CRISE alert). */
    public static final String SITUATION_PRECEDENTE = "situation_precedente";

    /** controles_atypiques. */
    public static final String Z_MODIFIE = "z_modifie";
    public static final String MOTIFS = "motifs";

    /** tendances_territoires. */
    public static final String DIMENSION = "dimension";
    public static final String CODE_TERRITOIRE = "code_territoire";
    /** Extra column: the territory's name, for reports. */
    public static final String LIBELLE_TERRITOIRE = "libelle_territoire";
    public static final String NB_SITES_ATTENDUS = "nb_sites_attendus";
    public static final String NB_SITES_EVALUES = "nb_sites_evalues";
    public static final String TAUX_COMPLETUDE = "taux_completude";
    /** Extra: the numerator of {@code taux_completude}, so that a reader can round the share once. */
    public static final String NB_SITES_ATTENDUS_EVALUES = "nb_sites_attendus_evalues";
    public static final String SCORE_GLOBAL_MOYEN = "score_global_moyen";
    public static final String SCORE_QS_MOYEN = "score_qs_moyen";
    public static final String SCORE_FU_MOYEN = "score_fu_moyen";
    public static final String NB_HORS_SITUATION = "nb_hors_situation";
    public static final String NB_A_RISQUE = "nb_a_risque";
    public static final String NB_CHRONIQUE = "nb_chronique";
    public static final String NB_URGENCE_CRISE = "nb_urgence_crise";
    public static final String PART_SITUATION_COMPLEXE = "part_situation_complexe";
    public static final String NB_SITES_PANEL = "nb_sites_panel";
    public static final String DELTA_SCORE_PANEL = "delta_score_panel";

    /** transitions_situations. */
    public static final String NB_SITES = "nb_sites";

    /** veille_sites. */
    public static final String NOM_SITE = "nom_site";
    public static final String ALERTES = "alertes";
    public static final String APPUI_EN_COURS = "appui_en_cours";
    /** Extra column: a demande naming the site awaited the Commission at the campaign's end. */
    public static final String DEMANDE_EN_ATTENTE = "demande_en_attente";
    /** Extra column: how many alerts {@code alertes} lists (0 when it is null). */
    public static final String NB_ALERTES = "nb_alertes";

    private MartColumns() {
    }

    /** The columns of those names, for a {@code select} that fixes a mart's column order. */
    public static Column[] columns(List<String> names) {
        return names.stream().map(functions::col).toArray(Column[]::new);
    }
}
