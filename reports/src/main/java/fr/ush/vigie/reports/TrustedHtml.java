package fr.ush.vigie.reports;

/**
 * Markup that our own Java code generated (a chart's or a map's SVG): the only value the escaping handler inserts
 * as is. Never wrap data in it: data goes through the handler's escaping, or through {@link Html#escape} first.
 */
public record TrustedHtml(String markup) {
    @Override
    public String toString() {
        return markup;
    }
}
