package fr.ush.vigie.reports;

import java.util.List;

/** One row of {@code controles_atypiques} in the campaign reported on: an assessment to confirm. */
public record AtypicalAssessment(String siteId, String organismeId, String region, Double score, Double delta,
        Double z, List<String> motifs) {
    public AtypicalAssessment {
        motifs = List.copyOf(motifs);
    }
}
