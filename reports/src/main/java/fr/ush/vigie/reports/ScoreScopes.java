package fr.ush.vigie.reports;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The campaign's site scores cut once for all the pages rendered from a snapshot: the national groups every scoped
 * page sets beside its own, and each region's and famille's sites. Cut per page, they cost five passes over every
 * site of France for each of some twenty pages, most of the rendering time at 100,000 sites.
 */
final class ScoreScopes {
    /** The QPV and market groups a scoped page compares with France ({@code territoire.*} labels). */
    enum Split {
        QPV(SiteScore::qpv),
        HORS_QPV(s -> !s.qpv()),
        TENDU(s -> "TENDU".equals(s.marche())),
        DETENDU(s -> "DETENDU".equals(s.marche()));

        private final Predicate<SiteScore> member;

        Split(Predicate<SiteScore> member) {
            this.member = member;
        }

        SiteGroup of(List<SiteScore> sites) {
            return SiteGroup.of(sites.stream().filter(member).toList());
        }
    }

    private final SiteGroup france;
    private final Map<Split, SiteGroup> franceSplits = new EnumMap<>(Split.class);
    private final Map<String, List<SiteScore>> byRegion;
    private final Map<String, List<SiteScore>> byFamille;

    private ScoreScopes(List<SiteScore> scores) {
        france = SiteGroup.of(scores);
        for (Split split : Split.values()) {
            franceSplits.put(split, split.of(scores));
        }
        byRegion = byKey(scores, SiteScore::region);
        byFamille = byKey(scores, SiteScore::famille);
    }

    static ScoreScopes of(List<SiteScore> scores) {
        return new ScoreScopes(scores);
    }

    SiteGroup france() {
        return france;
    }

    SiteGroup france(Split split) {
        return franceSplits.get(split);
    }

    /** The sites of a region, in the snapshot's order. */
    List<SiteScore> region(String code) {
        return byRegion.getOrDefault(code, List.of());
    }

    /** The sites of a famille, in the snapshot's order. */
    List<SiteScore> famille(String code) {
        return byFamille.getOrDefault(code, List.of());
    }

    /** Sites without a region or famille are in no scope (the scoped pages never named them either). */
    private static Map<String, List<SiteScore>> byKey(List<SiteScore> scores, Function<SiteScore, String> key) {
        return scores.stream().filter(s -> key.apply(s) != null)
                .collect(Collectors.groupingBy(key, Collectors.toUnmodifiableList()));
    }
}
