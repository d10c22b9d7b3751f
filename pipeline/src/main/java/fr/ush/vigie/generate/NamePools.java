package fr.ush.vigie.generate;

/**
 * The fictitious words the generator builds names and free texts from. Every string here must be encodable
 * in Windows-1252, since some files are written in that code page.
 */
final class NamePools {
    static final String[] QPV_NAMES = {
        "Quartier des Tilleuls", "Quartier des Érables", "Les Peupliers", "Les Acacias", "Quartier des Lilas",
        "Les Coquelicots", "Les Aubépines", "Quartier des Bleuets", "Les Mimosas", "Les Châtaigniers",
        "Quartier des Sorbiers", "Les Marronniers", "Les Iris", "Quartier des Glycines", "Les Tournesols",
        "Quartier Nord", "Quartier Sud", "Les Hauts de Ville", "Le Plateau", "La Butte", "Le Val Fleuri",
        "Les Jardins du Canal", "Le Grand Pré", "Les Trois Moulins", "La Croix Blanche", "Les Sablons",
        "Le Bois Joli", "Les Vignes", "La Source", "Le Clos Saint-Jean"
    };

    static final String[] SITE_PREFIXES = {
        "Résidence", "Cité", "Les Jardins", "Le Clos", "Les Terrasses", "Le Parc", "Les Hauts", "Le Domaine",
        "Les Allées", "Le Hameau", "Les Balcons", "Résidence"
    };

    static final String[] SITE_SUFFIXES = {
        "des Tilleuls", "du Moulin", "de la Source", "des Lilas", "du Château", "des Peupliers", "Pasteur",
        "Jean Jaurès", "Victor Hugo", "Voltaire", "des Acacias", "du Stade", "de la Gare", "Bellevue",
        "Beauséjour", "des Pins", "Marie Curie", "Jules Ferry", "des Rosiers", "du Lavoir", "Saint-Exupéry",
        "des Cerisiers", "du Canal", "Gambetta", "Louise Michel", "des Mésanges", "du Parc", "Lamartine",
        "des Charmes", "de l'Étang", "Condorcet", "des Sources", "du Verger", "Colette", "des Bruyères"
    };

    /** Organisme names per famille: {@code {de}} becomes « de Lyon », {@code {x}} « Lyon ». */
    static final String[] OPH_TEMPLATES = {"Habitat public {de}", "{x} Logis Public", "Office de l'habitat {de}"};
    static final String[] ESH_TEMPLATES = {"Immobilière {de}", "Les Foyers {de}", "Logis {de} SA d'Hlm"};
    static final String[] COOP_TEMPLATES = {"Coopérative Hlm {de}", "Le Toit Coopératif {de}", "Coop'Habitat {x}"};
    static final String[] SEM_TEMPLATES = {"SEM Immobilière {de}", "Société d'économie mixte {de}",
        "{x} Aménagement et Habitat"};

    /** Comments an office types in a long-form grid, some with the separators and quotes CSV must escape. */
    static final String[] COMMENTS = {
        "Hall B occupé en soirée, signalé au commissariat",
        "Ascenseur en panne depuis 3 semaines; pièces commandées",
        "Réunion avec la ville prévue ; suite à donner",
        "Retour de l'amicale \"Les Lilas\" : nette amélioration",
        "Tags et boîtes aux lettres dégradées",
        "Encombrants récurrents près du local vélos",
        "Nouvelle équipe de gardiens, à suivre",
        "Plaintes des locataires sur l'éclairage du parking",
        "Rotation élevée, logements vacants en hausse",
        "Point « tranquillité » hebdomadaire avec la police municipale"
    };

    /** Problems stated in a request to the pôle d'appui, per volet. */
    static final String[] PROBLEMATIQUES_GUSP = {
        "Coordination GUSP avec la ville à relancer",
        "Gestion des déchets et des encombrants ; convention GUSP à revoir",
        "Diagnostic en marchant et plan d'actions partagé",
        "Articulation bailleur, ville et associations, \"chacun fait de son côté\"",
        "Propreté des espaces extérieurs et partage des domanialités"
    };
    static final String[] PROBLEMATIQUES_TRANQUILLITE = {
        "Occupation des halls et trafic ; tensions avec les personnels",
        "Agression d'un gardien, demande d'appui \"sûreté\"",
        "Point de deal installé en pied d'immeuble",
        "Dégradations répétées des parties communes",
        "Sécurisation des accès et vidéoprotection"
    };
    static final String[] PROBLEMATIQUES_QUALITE = {
        "Pannes d'ascenseurs à répétition",
        "Traitement des réclamations, délais trop longs",
        "Organisation de la proximité ; présence des gardiens",
        "Pilotage des prestataires de nettoyage",
        "Qualité de service perçue en baisse (enquête de satisfaction)"
    };

    private NamePools() {
    }

    /** « de Lyon », « d'Amiens », « du Havre », « des Abymes »: the name of an organisme built on a city. */
    static String deCommune(String commune) {
        if (commune.startsWith("Le ")) {
            return "du " + commune.substring(3);
        }
        if (commune.startsWith("Les ")) {
            return "des " + commune.substring(4);
        }
        char first = Character.toLowerCase(commune.charAt(0));
        if ("aeiouyhéèêîôâ".indexOf(first) >= 0) {
            return "d'" + commune;
        }
        return "de " + commune;
    }
}
