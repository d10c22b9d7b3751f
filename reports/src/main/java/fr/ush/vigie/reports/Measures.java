package fr.ush.vigie.reports;

/**
 * The secrecy rule applied to the territorial mart's measures: a share or mean over fewer than {@code secret.seuil}
 * evaluated sites becomes a hidden point.
 */
final class Measures {
    private Measures() {
    }

    static CategoryData.Point share(TerritoryStats t, Secrecy secrecy) {
        return secrecy.hides(t.nbEvalues()) ? CategoryData.Point.hidden() : CategoryData.Point.of(t.partComplexe());
    }

    static CategoryData.Point mean(TerritoryStats t, Secrecy secrecy) {
        return secrecy.hides(t.nbEvalues()) ? CategoryData.Point.hidden() : CategoryData.Point.of(t.scoreMoyen());
    }

    /** Completeness is a share of expected sites. */
    static CategoryData.Point completeness(TerritoryStats t, Secrecy secrecy) {
        return secrecy.hides(t.nbAttendus()) ? CategoryData.Point.hidden()
                : CategoryData.Point.of(t.tauxCompletude());
    }

    static CategoryData.Point panelDelta(TerritoryStats t, Secrecy secrecy) {
        return secrecy.hides(t.nbPanel()) ? CategoryData.Point.hidden() : CategoryData.Point.of(t.deltaPanel());
    }

    /** A point as page text: « n < 5 », « — » or the formatted value. */
    static String text(CategoryData.Point point, CategoryData.ValueFormat format, Secrecy secrecy) {
        return format.cell(point, secrecy).text();
    }
}
