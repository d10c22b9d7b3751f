package fr.ush.vigie.reports;

import java.awt.Color;
import java.util.List;

/**
 * Okabe–Ito colours, which readers with any common colour-vision deficiency can tell apart; one colour keeps one
 * meaning across every chart (a situation, QPV, a volet).
 */
public final class Palette {
    public static final Color ORANGE = new Color(0xE69F00);
    public static final Color SKY_BLUE = new Color(0x56B4E9);
    public static final Color GREEN = new Color(0x009E73);
    public static final Color YELLOW = new Color(0xF0E442);
    public static final Color BLUE = new Color(0x0072B2);
    public static final Color VERMILLION = new Color(0xD55E00);
    public static final Color PURPLE = new Color(0xCC79A7);
    public static final Color GREY = new Color(0x8C8C8C);

    /** Series colours in order, for charts whose series have no fixed meaning. */
    public static final List<Color> SERIES = List.of(BLUE, ORANGE, GREEN, VERMILLION, SKY_BLUE, PURPLE, YELLOW);

    /** Situations from the least to the most severe. */
    public static final List<Color> SITUATIONS = List.of(SKY_BLUE, YELLOW, ORANGE, VERMILLION);

    /** Sequential classes of the choropleths, light to dark (ColorBrewer « Oranges », safe for colour-blind readers). */
    public static final List<String> CHOROPLETH = List.of("#feedde", "#fdbe85", "#fd8d3c", "#e6550d", "#a63603");
    public static final String SECRET_FILL = "#bdbdbd";
    public static final String NO_DATA_FILL = "#ffffff";

    private Palette() {
    }
}
