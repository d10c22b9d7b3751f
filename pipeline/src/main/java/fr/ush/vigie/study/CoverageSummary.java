package fr.ush.vigie.study;

import java.util.List;
import java.util.function.Function;

/**
 * What the draws of one provider at one programme size say about its estimate and intervals. Means and shares are
 * over the draws where the quantity exists (an estimate, an interval); each comes with its Monte-Carlo standard
 * error, the error due to the finite number of draws: sd/√n for a mean, √(p(1−p)/n) for a share.
 *
 * @param tirages           draws of that size
 * @param avecEstimation    draws where the provider has an estimate (at least one mission with follow-up)
 * @param avecIntervalle    draws where it has an interval (at least two)
 * @param suiviMoyen        mean {@code nb_missions_avec_suivi} over all draws
 * @param veriteRealisee    mean of the realised effect, null when not measured
 * @param biais             mean of estimate − planted effect
 * @param rmse              root mean square of estimate − planted effect
 * @param biaisRealise      mean of estimate − realised effect, null when not measured
 * @param contrat           the contract's interval
 * @param grappes           the interval with sites as clusters
 * @param partSuffisant     share of draws where {@code effectif_suffisant} holds
 */
public record CoverageSummary(String taille, String prestataireId, double verite, int tirages, int avecEstimation,
        int avecIntervalle, double suiviMoyen, Estimate veriteRealisee, Estimate biais, double rmse,
        Estimate biaisRealise, IntervalQuality contrat, IntervalQuality grappes, Estimate partSuffisant) {

    /** A Monte-Carlo mean or share with its standard error; {@code n} the draws it rests on. */
    public record Estimate(double value, double se, int n) {
        static Estimate mean(List<Double> values) {
            int n = values.size();
            if (n == 0) {
                return null;
            }
            double mean = values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
            double ss = values.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum();
            return new Estimate(mean, n < 2 ? Double.NaN : Math.sqrt(ss / (n - 1) / n), n);
        }

        static Estimate share(long hits, int n) {
            if (n == 0) {
                return null;
            }
            double p = (double) hits / n;
            return new Estimate(p, Math.sqrt(p * (1 - p) / n), n);
        }
    }

    /**
     * How one interval behaves over the draws where it exists.
     *
     * @param couverture          share holding the planted effect
     * @param couvertureRealisee  share holding the realised effect (null when not measured)
     * @param couvertureSuffisant share holding the planted effect among the draws with {@code effectif_suffisant}
     * @param excluantZero        share excluding 0: for a provider without effect, the false-positive rate
     * @param demiLargeur         mean half-width (points)
     */
    public record IntervalQuality(Estimate couverture, Estimate couvertureRealisee, Estimate couvertureSuffisant,
            Estimate excluantZero, double demiLargeur) {
        static IntervalQuality of(List<ProviderDraw> draws, Function<ProviderDraw, Interval> interval) {
            List<ProviderDraw> with = draws.stream().filter(d -> interval.apply(d).exists()).toList();
            if (with.isEmpty()) {
                return null;
            }
            List<ProviderDraw> realised = with.stream().filter(d -> d.veriteRealisee() != null).toList();
            List<ProviderDraw> sufficient = with.stream().filter(ProviderDraw::effectifSuffisant).toList();
            return new IntervalQuality(
                    Estimate.share(with.stream().filter(d -> interval.apply(d).covers(d.verite())).count(),
                            with.size()),
                    Estimate.share(realised.stream().filter(d -> interval.apply(d).covers(d.veriteRealisee()))
                            .count(), realised.size()),
                    Estimate.share(sufficient.stream().filter(d -> interval.apply(d).covers(d.verite())).count(),
                            sufficient.size()),
                    Estimate.share(with.stream().filter(d -> !interval.apply(d).covers(0)).count(), with.size()),
                    with.stream().mapToDouble(d -> (interval.apply(d).haut() - interval.apply(d).bas()) / 2)
                            .average().orElseThrow());
        }
    }

    /** @param draws every draw of one provider at one size */
    static CoverageSummary of(List<ProviderDraw> draws) {
        ProviderDraw first = draws.get(0);
        List<ProviderDraw> estimated = draws.stream().filter(d -> d.effet() != null).toList();
        List<Double> errors = estimated.stream().map(d -> d.effet() - d.verite()).toList();
        List<Double> realised = estimated.stream().filter(d -> d.veriteRealisee() != null)
                .map(ProviderDraw::veriteRealisee).toList();
        List<Double> realisedErrors = estimated.stream().filter(d -> d.veriteRealisee() != null)
                .map(d -> d.effet() - d.veriteRealisee()).toList();
        return new CoverageSummary(first.taille(), first.prestataireId(), first.verite(), draws.size(),
                estimated.size(),
                (int) draws.stream().filter(d -> d.contrat().exists()).count(),
                draws.stream().mapToLong(ProviderDraw::nbAvecSuivi).average().orElseThrow(),
                Estimate.mean(realised), Estimate.mean(errors),
                Math.sqrt(errors.stream().mapToDouble(e -> e * e).average().orElse(Double.NaN)),
                Estimate.mean(realisedErrors),
                IntervalQuality.of(draws, ProviderDraw::contrat), IntervalQuality.of(draws, ProviderDraw::grappes),
                Estimate.share(draws.stream().filter(ProviderDraw::effectifSuffisant).count(), draws.size()));
    }
}
