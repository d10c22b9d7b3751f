package fr.ush.vigie.study;

/** A 95 % interval of a provider effect as the mart writes it; both bounds null when it has none. */
public record Interval(Double bas, Double haut) {
    public boolean exists() {
        return bas != null && haut != null;
    }

    /** Whether it holds {@code value}; false when it does not exist. */
    public boolean covers(double value) {
        return exists() && bas <= value && value <= haut;
    }
}
