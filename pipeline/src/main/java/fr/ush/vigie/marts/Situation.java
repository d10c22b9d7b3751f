package fr.ush.vigie.marts;

import java.util.List;

/** The seed's typology of complex situations (CONTRACT section 4). */
public enum Situation {
    HORS_SITUATION_COMPLEXE, A_RISQUE, CHRONIQUE, URGENCE_CRISE;

    /** The situations that make a site a <em>complex situation</em>. */
    public static final List<String> COMPLEXES = List.of(URGENCE_CRISE.name(), CHRONIQUE.name(), A_RISQUE.name());
}
