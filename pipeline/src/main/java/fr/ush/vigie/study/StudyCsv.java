package fr.ush.vigie.study;

import fr.ush.vigie.study.CoverageSummary.Estimate;
import fr.ush.vigie.study.CoverageSummary.IntervalQuality;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The study's two CSV files, for analysts and scripts: comma-separated, decimal point, empty cell for a missing
 * value, one header line. {@code tirages.csv} has a line per draw and provider, {@code synthese.csv} a line per
 * size and provider.
 */
final class StudyCsv {
    static final String DRAWS_HEADER = "taille,graine,prestataire_id,verite,verite_realisee,nb_missions_avec_suivi,"
            + "effet_did,effet_ic95_bas,effet_ic95_haut,effet_ic95_bas_grappes,effet_ic95_haut_grappes,"
            + "effectif_suffisant";

    static final String SUMMARY_HEADER = "taille,prestataire_id,verite,tirages,avec_estimation,avec_intervalle,"
            + "suivi_moyen,verite_realisee_moyenne,biais,biais_se,rmse,biais_realise,biais_realise_se,"
            + "part_effectif_suffisant,part_effectif_suffisant_se,"
            + quality("contrat") + "," + quality("grappes");

    private StudyCsv() {
    }

    /** A line of {@link #DRAWS_HEADER} read back. */
    static ProviderDraw draw(String line) {
        String[] c = line.split(",", -1);
        if (c.length != DRAWS_HEADER.split(",").length) {
            throw new IllegalArgumentException("ligne de tirage malformée : " + line);
        }
        return new ProviderDraw(c[0], Long.parseLong(c[1]), c[2], Double.parseDouble(c[3]), parsed(c[4]),
                Long.parseLong(c[5]), parsed(c[6]), new Interval(parsed(c[7]), parsed(c[8])),
                new Interval(parsed(c[9]), parsed(c[10])), Boolean.parseBoolean(c[11]));
    }

    private static Double parsed(String cell) {
        return cell.isEmpty() ? null : Double.valueOf(cell);
    }

    private static String quality(String name) {
        List<String> columns = new ArrayList<>();
        for (String measure : List.of("couverture", "couverture_realisee", "couverture_suffisant",
                "excluant_zero")) {
            columns.add(measure + "_" + name);
            columns.add(measure + "_" + name + "_se");
        }
        columns.add("demi_largeur_" + name);
        return String.join(",", columns);
    }

    static String line(ProviderDraw d) {
        return String.join(",", d.taille(), Long.toString(d.graine()), d.prestataireId(), number(d.verite()),
                number(d.veriteRealisee()), Long.toString(d.nbAvecSuivi()), number(d.effet()),
                number(d.contrat().bas()), number(d.contrat().haut()), number(d.grappes().bas()),
                number(d.grappes().haut()), Boolean.toString(d.effectifSuffisant()));
    }

    static String line(CoverageSummary s) {
        List<String> cells = new ArrayList<>(List.of(s.taille(), s.prestataireId(), number(s.verite()),
                Integer.toString(s.tirages()), Integer.toString(s.avecEstimation()),
                Integer.toString(s.avecIntervalle()), number(s.suiviMoyen()), value(s.veriteRealisee())));
        cells.addAll(valueAndSe(s.biais()));
        cells.add(number(s.rmse()));
        cells.addAll(valueAndSe(s.biaisRealise()));
        cells.addAll(valueAndSe(s.partSuffisant()));
        cells.addAll(quality(s.contrat()));
        cells.addAll(quality(s.grappes()));
        return String.join(",", cells);
    }

    private static List<String> quality(IntervalQuality q) {
        if (q == null) {
            return java.util.Collections.nCopies(9, "");
        }
        List<String> cells = new ArrayList<>();
        cells.addAll(valueAndSe(q.couverture()));
        cells.addAll(valueAndSe(q.couvertureRealisee()));
        cells.addAll(valueAndSe(q.couvertureSuffisant()));
        cells.addAll(valueAndSe(q.excluantZero()));
        cells.add(number(q.demiLargeur()));
        return cells;
    }

    private static String value(Estimate e) {
        return e == null ? "" : number(e.value());
    }

    private static List<String> valueAndSe(Estimate e) {
        return e == null ? List.of("", "") : List.of(number(e.value()), number(e.se()));
    }

    private static String number(Double v) {
        return v == null || v.isNaN() ? "" : String.format(Locale.ROOT, "%.4f", v);
    }
}
