package fr.ush.vigie.generate;

import fr.ush.vigie.ingest.validate.ReasonCode;
import fr.ush.vigie.model.Col;
import fr.ush.vigie.model.Source;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * {@code --bad-rows R}: after each valid row of one source, zero or more rows that each break one validation
 * rule of reference.md section 3, so that they make a share R of the source's rows. The number is geometric
 * (another bad row with chance R), the rule is drawn among those that can arise for the source, and the bad row
 * is a copy of the valid row with one field broken (or, for DUPLICATE_KEY, the copy itself). A broken row keeps
 * its key: rows failing rules 1 to 5 take no part in the duplicate check, so the valid row is still accepted
 * and nothing else in the dataset changes. Draws come from their own stream: with R = 0 the output is the same,
 * byte for byte, as without the option.
 */
final class BadRows {
    /** Bound on the bad rows after one valid row, so that R = 1 stays finite. */
    static final int MAX_PER_ROW = 100;
    /** Text written where a reference is expected: no reference file holds it. */
    static final String UNKNOWN = "INCONNU";

    private final Source source;
    private final double rate;
    private final Rng rng;
    private final List<ReasonCode> reasons;
    private final CsvFormat format;
    private final Map<ReasonCode, Long> injected = new EnumMap<>(ReasonCode.class);

    BadRows(Source source, double rate, long seed, CsvFormat format) {
        this.source = source;
        this.rate = rate;
        this.rng = Rng.derive(seed, Rng.Stream.BAD_ROWS, source.ordinal());
        this.reasons = reasonsFor(source);
        this.format = format;
    }

    /** The rules a row of this source can break (reference.md section 3; see {@code ValidationRules}). */
    static List<ReasonCode> reasonsFor(Source source) {
        List<ReasonCode> reasons = new ArrayList<>(List.of(ReasonCode.PARSE_ERROR, ReasonCode.REQUIRED_MISSING));
        switch (source) {
            case ORGANISMES, SITES, GRILLE, AUTODIAGNOSTICS, MISSIONS, EVALUATIONS -> reasons.add(ReasonCode.OUT_OF_RANGE);
            default -> { }
        }
        switch (source) {
            case REGIONS, PRESTATAIRES, GRILLE -> { }
            default -> reasons.add(ReasonCode.UNKNOWN_REFERENCE);
        }
        switch (source) {
            case DEMANDES, MISSIONS, EVALUATIONS -> reasons.add(ReasonCode.INCONSISTENT_DATES);
            default -> { }
        }
        reasons.add(ReasonCode.DUPLICATE_KEY);
        return List.copyOf(reasons);
    }

    /** The rules broken by the bad rows to write after the current valid row (usually none). */
    List<ReasonCode> draw() {
        if (rate <= 0) {
            return List.of();
        }
        List<ReasonCode> drawn = new ArrayList<>();
        while (drawn.size() < MAX_PER_ROW && rng.chance(rate)) {
            drawn.add(reasons.get(rng.nextInt(reasons.size())));
        }
        return drawn;
    }

    /**
     * A copy of a valid row (cells in the source's column order; for autodiagnostics the wide layout: the four
     * fixed columns, then one level per indicator) that breaks {@code reason}.
     */
    List<String> corrupt(List<String> valid, ReasonCode reason) {
        List<String> cells = new ArrayList<>(valid);
        switch (reason) {
            case PARSE_ERROR -> unreadable(cells);
            case REQUIRED_MISSING -> set(cells, requiredColumn(), "");
            case OUT_OF_RANGE -> outOfRange(cells);
            case UNKNOWN_REFERENCE -> set(cells, referenceColumn(), UNKNOWN);
            case INCONSISTENT_DATES -> inconsistentDates(cells);
            case DUPLICATE_KEY -> { }
        }
        return cells;
    }

    /** Records {@code rows} rejected rows (as the ingest counts them) for {@code reason}. */
    void count(ReasonCode reason, long rows) {
        injected.merge(reason, rows, Long::sum);
    }

    Map<ReasonCode, Long> injected() {
        return Collections.unmodifiableMap(injected);
    }

    Source source() {
        return source;
    }

    private void unreadable(List<String> cells) {
        switch (source) {
            case REGIONS, DEPARTEMENTS, QPV -> cells.add("");
            case COMMUNES -> set(cells, Col.ZONE_ABC, "Z");
            case ORGANISMES -> set(cells, Col.FAMILLE, "HLM");
            case SITES -> set(cells, Col.DATE_ENTREE, "2020-13-01");
            case PRESTATAIRES -> set(cells, Col.POLE, "SECURITE");
            case GRILLE -> set(cells, Col.POIDS, "lourd");
            case AUTODIAGNOSTICS -> set(cells, Col.DATE_AUTODIAGNOSTIC, "15/13/2025");
            case DEMANDES -> set(cells, Col.DECISION, "ACCEPTÉE");
            case MISSIONS -> set(cells, Col.JOURS_FINANCES, "4,0");
            case EVALUATIONS -> set(cells, Col.SATISFACTION, "bien");
        }
    }

    private String requiredColumn() {
        return switch (source) {
            case GRILLE -> Col.VERSION_GRILLE;
            case AUTODIAGNOSTICS -> Col.DATE_AUTODIAGNOSTIC;
            case DEMANDES -> Col.VOLET;
            case MISSIONS -> Col.STATUT;
            case EVALUATIONS -> Col.SATISFACTION;
            default -> Col.NOM;
        };
    }

    private void outOfRange(List<String> cells) {
        switch (source) {
            case ORGANISMES, SITES -> set(cells, Col.NB_LOGEMENTS, "-40");
            case GRILLE -> set(cells, Col.POIDS, "0");
            case MISSIONS -> set(cells, Col.JOURS_FINANCES, "8");
            case EVALUATIONS -> set(cells, Col.SATISFACTION, "6");
            case AUTODIAGNOSTICS -> {
                for (int i = Source.WIDE_FIXED_COLUMNS.size(); i < cells.size(); i++) {
                    if (!cells.get(i).isEmpty()) {
                        cells.set(i, "4");
                    }
                }
            }
            default -> throw new IllegalStateException("no range rule for " + source);
        }
    }

    private String referenceColumn() {
        return switch (source) {
            case DEPARTEMENTS, ORGANISMES -> Col.CODE_REGION;
            case COMMUNES -> Col.CODE_DEPARTEMENT;
            case QPV -> Col.CODE_COMMUNE;
            case SITES, DEMANDES -> Col.ORGANISME_ID;
            case AUTODIAGNOSTICS -> Col.SITE_ID;
            case MISSIONS -> Col.PRESTATAIRE_ID;
            case EVALUATIONS -> Col.MISSION_ID;
            default -> throw new IllegalStateException("no reference of " + source);
        };
    }

    /** A date a year or more before the one it must follow. */
    private void inconsistentDates(List<String> cells) {
        switch (source) {
            case DEMANDES -> set(cells, Col.DATE_COMMISSION,
                    format.date(format.parseDate(get(cells, Col.DATE_RECEPTION)).minusYears(1)));
            case MISSIONS -> set(cells, Col.DATE_FIN,
                    format.date(format.parseDate(get(cells, Col.DATE_DEBUT)).minusYears(1)));
            case EVALUATIONS -> set(cells, Col.DATE_EVALUATION,
                    format.date(format.parseDate(get(cells, Col.DATE_EVALUATION)).minusYears(3)));
            default -> throw new IllegalStateException("no date rule for " + source);
        }
    }

    private String get(List<String> cells, String column) {
        return cells.get(index(column));
    }

    private void set(List<String> cells, String column, String value) {
        cells.set(index(column), value);
    }

    private int index(String column) {
        List<String> columns = source == Source.AUTODIAGNOSTICS ? Source.WIDE_FIXED_COLUMNS : source.columnNames();
        int index = columns.indexOf(column);
        if (index < 0) {
            throw new IllegalStateException(source.code() + " has no column " + column);
        }
        return index;
    }
}
