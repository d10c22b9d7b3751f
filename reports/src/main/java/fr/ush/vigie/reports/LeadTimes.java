package fr.ush.vigie.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.apache.commons.math3.stat.descriptive.rank.Median;

/**
 * The pôle d'appui's median lead times, over the demandes and missions of one scope (France, a region, a famille),
 * every year of reception together: from reception to the Commission's decision (decided demandes) and from the
 * decision to the mission's start (missions not cancelled), as {@code appui_demandes} defines them. The median is
 * Commons Math's (the mean of the two middle values for an even count). A median over fewer than
 * {@code secret.seuil} demandes or missions is a figure on a secret cell: « n < 5 ».
 */
final class LeadTimes {
    /** One median lead time in days (null when {@code n} is 0) and the number of values behind it. */
    record Delay(long n, Double days) {
    }

    private final AppuiDetail detail;

    LeadTimes(AppuiDetail detail) {
        this.detail = detail;
    }

    /** Reception to decision, over the decided demandes of the volets that {@code volet} accepts. */
    Delay decision(Predicate<String> volet) {
        return median(detail.demandes().stream().filter(d -> volet.test(d.volet()))
                .map(AppuiDetail.Demande::delaiDecision).filter(Objects::nonNull).toList());
    }

    /** Decision to start, over the missions of the volets that {@code volet} accepts. */
    Delay start(Predicate<String> volet) {
        return median(detail.missions().stream().filter(m -> volet.test(m.volet()))
                .map(AppuiDetail.Mission::delaiDemarrage).filter(Objects::nonNull).toList());
    }

    /** The volets with a demande or a mission, in code order. */
    List<String> volets() {
        TreeSet<String> volets = new TreeSet<>();
        detail.demandes().forEach(d -> volets.add(d.volet()));
        detail.missions().forEach(m -> volets.add(m.volet()));
        volets.remove("");
        return new ArrayList<>(volets);
    }

    /** The first and last years of reception, or empty when there is no demande. */
    java.util.Optional<int[]> years() {
        var years = detail.demandes().stream().map(AppuiDetail.Demande::reception).filter(Objects::nonNull)
                .mapToInt(java.time.LocalDate::getYear).summaryStatistics();
        return years.getCount() == 0 ? java.util.Optional.empty()
                : java.util.Optional.of(new int[] {years.getMin(), years.getMax()});
    }

    private static Delay median(List<Long> days) {
        if (days.isEmpty()) {
            return new Delay(0, null);
        }
        return new Delay(days.size(), new Median().evaluate(days.stream().mapToDouble(Long::doubleValue).toArray()));
    }
}
