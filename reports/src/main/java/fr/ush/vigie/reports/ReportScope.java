package fr.ush.vigie.reports;

import java.util.Locale;

/**
 * Which reports a generation writes: all of them, the national one only, one region's, one famille's or one
 * organisme's data-quality return.
 *
 * @param kind what is generated
 * @param code the region code, famille or organisme id; empty for {@link Kind#ALL} and {@link Kind#NATIONAL}
 */
public record ReportScope(Kind kind, String code) {

    public enum Kind {
        ALL, NATIONAL, REGION, FAMILLE, ORGANISME
    }

    private static final String EXPECTED = "attendu : all, national, region:CODE (ex. region:84) ou famille:CODE "
            + "(ex. famille:OPH) ou organisme:ID (ex. organisme:ORG001)";

    public ReportScope {
        boolean needsCode = kind != Kind.ALL && kind != Kind.NATIONAL;
        if (needsCode == code.isEmpty()) {
            throw new IllegalArgumentException("périmètre " + kind + " : code " + (needsCode ? "manquant" : "inattendu"));
        }
    }

    public static ReportScope all() {
        return new ReportScope(Kind.ALL, "");
    }

    public static ReportScope national() {
        return new ReportScope(Kind.NATIONAL, "");
    }

    public static ReportScope region(String code) {
        return new ReportScope(Kind.REGION, code);
    }

    public static ReportScope famille(String code) {
        return new ReportScope(Kind.FAMILLE, code);
    }

    public static ReportScope organisme(String id) {
        return new ReportScope(Kind.ORGANISME, id);
    }

    /**
     * Reads {@code all}, {@code national}, {@code region:CODE} or {@code famille:CODE} (case of the keyword ignored).
     *
     * @throws IllegalArgumentException in French, naming the expected forms
     */
    public static ReportScope parse(String text) {
        String value = text == null ? "" : text.strip();
        String lower = value.toLowerCase(Locale.ROOT);
        if (lower.equals("all")) {
            return all();
        }
        if (lower.equals("national")) {
            return national();
        }
        int colon = value.indexOf(':');
        String code = colon < 0 ? "" : value.substring(colon + 1).strip();
        if (colon > 0 && !code.isEmpty() && lower.startsWith("organisme:")) {
            // Any id of the data: the page's file name comes from FileNames, whatever the id holds.
            return organisme(code);
        }
        if (colon > 0 && !code.isEmpty() && code.matches("[A-Za-z0-9_-]+")) {
            String keyword = lower.substring(0, colon);
            if (keyword.equals("region")) {
                return region(code);
            }
            if (keyword.equals("famille")) {
                return famille(code.toUpperCase(Locale.ROOT));
            }
        }
        throw new IllegalArgumentException("périmètre de rapport « " + value + " » invalide ; " + EXPECTED);
    }

    public boolean includesNational() {
        return kind == Kind.ALL || kind == Kind.NATIONAL;
    }

    public boolean includesRegion(String region) {
        return kind == Kind.ALL || kind == Kind.REGION && code.equals(region);
    }

    public boolean includesFamille(String famille) {
        return kind == Kind.ALL || kind == Kind.FAMILLE && code.equals(famille);
    }

    public boolean includesOrganisme(String organismeId) {
        return kind == Kind.ALL || kind == Kind.ORGANISME && code.equals(organismeId);
    }

    @Override
    public String toString() {
        return switch (kind) {
            case ALL -> "all";
            case NATIONAL -> "national";
            case REGION -> "region:" + code;
            case FAMILLE -> "famille:" + code;
            case ORGANISME -> "organisme:" + code;
        };
    }
}
