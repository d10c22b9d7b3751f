package fr.ush.vigie.reports;

import java.util.OptionalDouble;

/**
 * Statistical secrecy (CONTRACT section 6): a mean or share computed over fewer than {@code secret.seuil} sites is
 * never printed, only « n < 5 ». Every measure goes through here before it becomes text, a chart value or a CSV cell.
 */
public record Secrecy(int seuil) {
    public String mask() {
        return "n < " + seuil;
    }

    public boolean hides(long n) {
        return n < seuil;
    }

    /** The value when {@code n} sites are enough and it exists; empty otherwise. */
    public OptionalDouble reveal(Double value, long n) {
        return value == null || hides(n) ? OptionalDouble.empty() : OptionalDouble.of(value);
    }
}
