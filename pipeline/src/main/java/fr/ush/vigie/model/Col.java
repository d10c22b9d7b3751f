package fr.ush.vigie.model;

/** Column names of the input files, staging tables and rejects, declared once (reference.md sections 2 and 5). */
public final class Col {
    public static final String CODE_REGION = "code_region";
    public static final String CODE_DEPARTEMENT = "code_departement";
    public static final String CODE_COMMUNE = "code_commune";
    public static final String CODE_QPV = "code_qpv";
    public static final String NOM = "nom";
    public static final String ZONE_ABC = "zone_abc";
    public static final String ORGANISME_ID = "organisme_id";
    public static final String FAMILLE = "famille";
    public static final String NB_LOGEMENTS = "nb_logements";
    public static final String SITE_ID = "site_id";
    public static final String DATE_ENTREE = "date_entree";
    public static final String DATE_SORTIE = "date_sortie";
    public static final String PRESTATAIRE_ID = "prestataire_id";
    public static final String POLE = "pole";
    public static final String REFERENCE_DU = "reference_du";
    public static final String REFERENCE_AU = "reference_au";
    public static final String VERSION_GRILLE = "version_grille";
    public static final String CODE_INDICATEUR = "code_indicateur";
    public static final String AXE = "axe";
    public static final String THEME = "theme";
    public static final String LIBELLE = "libelle";
    public static final String POIDS = "poids";
    public static final String CRITIQUE = "critique";
    public static final String AUTODIAGNOSTIC_ID = "autodiagnostic_id";
    public static final String DATE_AUTODIAGNOSTIC = "date_autodiagnostic";
    public static final String NIVEAU = "niveau";
    public static final String COMMENTAIRE = "commentaire";
    public static final String DEMANDE_ID = "demande_id";
    public static final String DATE_RECEPTION = "date_reception";
    public static final String CANAL = "canal";
    public static final String VOLET = "volet";
    public static final String PROBLEMATIQUE = "problematique";
    public static final String DATE_COMMISSION = "date_commission";
    public static final String DECISION = "decision";
    public static final String MISSION_ID = "mission_id";
    public static final String DATE_DEBUT = "date_debut";
    public static final String DATE_FIN = "date_fin";
    public static final String JOURS_FINANCES = "jours_finances";
    public static final String JOURS_PROLONGATION = "jours_prolongation";
    public static final String TARIF_JOUR_EUR = "tarif_jour_eur";
    public static final String STATUT = "statut";
    public static final String DATE_EVALUATION = "date_evaluation";
    public static final String SATISFACTION = "satisfaction";
    public static final String REGARD_NEUF = "regard_neuf";
    public static final String RUPTURE_ROUTINES = "rupture_routines";
    public static final String DYNAMIQUE_PARTENARIALE = "dynamique_partenariale";
    public static final String SOUTIEN_METHODOLOGIQUE = "soutien_methodologique";
    public static final String NB_PRECONISATIONS = "nb_preconisations";
    public static final String NB_PRECONISATIONS_MISES_EN_OEUVRE = "nb_preconisations_mises_en_oeuvre";

    /** Enrichment columns of staging. */
    public static final String CAMPAGNE = "campagne";
    public static final String RETENU = "retenu";
    public static final String NOM_COMMUNE = "nom_commune";
    public static final String NOM_DEPARTEMENT = "nom_departement";
    public static final String NOM_REGION = "nom_region";
    public static final String NOM_ORGANISME = "nom_organisme";
    public static final String MARCHE = "marche";
    public static final String QPV = "qpv";

    /** Provenance of every staged or rejected row. */
    public static final String SOURCE = "source";
    public static final String FICHIER = "fichier";
    public static final String LIGNE = "ligne";

    /** Rejects table. */
    public static final String RUN_ID = "run_id";
    public static final String CODE_MOTIF = "code_motif";
    public static final String MOTIF = "motif";
    public static final String ENREGISTREMENT = "enregistrement";
    public static final String NB_LIGNES = "nb_lignes";

    private Col() {
    }
}
