package fr.ush.vigie.model;

import java.util.List;

/** The enumerations of reference.md section 2, in their canonical spelling. */
public final class Enumerations {
    public static final List<String> FAMILLE = List.of("OPH", "ESH", "COOP", "SEM");
    public static final List<String> VOLET = List.of("QUALITE_SERVICE", "GUSP", "TRANQUILLITE_SECURITE");
    public static final List<String> AXE = List.of("QUALITE_SERVICE", "FONCTIONNEMENT_URBAIN");
    public static final List<String> ZONE_ABC = List.of("Abis", "A", "B1", "B2", "C");
    /** Zones whose housing market is tense (marché TENDU); the others are DETENDU. */
    public static final List<String> ZONES_TENDUES = List.of("Abis", "A", "B1");
    public static final List<String> CANAL = List.of("DIRECT", "FEDERATION", "ASSOCIATION_REGIONALE");
    public static final List<String> DECISION = List.of("ACCEPTEE", "REFUSEE", "REORIENTEE", "EN_ATTENTE");
    public static final List<String> STATUT = List.of("PLANIFIEE", "EN_COURS", "TERMINEE", "ANNULEE");

    public static final String MARCHE_TENDU = "TENDU";
    public static final String MARCHE_DETENDU = "DETENDU";

    private Enumerations() {
    }
}
