package fr.ush.vigie.marts;

/** How bad one autodiagnostic is (CONTRACT section 4), mildest first. */
public enum Gravite {
    NORMALE, VIGILANCE, DEGRADEE, CRISE
}
