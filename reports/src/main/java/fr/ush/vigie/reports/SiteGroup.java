package fr.ush.vigie.reports;

import java.util.List;
import java.util.Objects;

/**
 * Measures of a group of assessed sites (a region's QPV sites, a famille's tendu sites…), computed from
 * {@code scores_sites} for the breakdowns the territorial mart does not cross.
 *
 * @param n          sites assessed
 * @param complexes  of which in a complex situation
 * @param scoreMoyen mean global score of the sites that have one, or null
 */
public record SiteGroup(long n, long complexes, Double scoreMoyen) {

    public static SiteGroup of(List<SiteScore> sites) {
        long complexes = sites.stream().filter(SiteScore::complexe).count();
        Double mean = sites.stream().map(SiteScore::scoreGlobal).filter(Objects::nonNull)
                .mapToDouble(Double::doubleValue).average().stream().boxed().findFirst().orElse(null);
        return new SiteGroup(sites.size(), complexes, mean);
    }

    public CategoryData.Point share(Secrecy.Disclosure disclosure) {
        return disclosure.point(n == 0 ? null : (double) complexes / n);
    }

    public CategoryData.Point mean(Secrecy.Disclosure disclosure) {
        return disclosure.point(scoreMoyen);
    }
}
