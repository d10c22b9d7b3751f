package fr.ush.vigie.model;

import static fr.ush.vigie.model.Col.*;
import static fr.ush.vigie.model.ColumnSpec.of;
import static fr.ush.vigie.model.ColumnSpec.oneOf;
import static fr.ush.vigie.model.ColumnSpec.text;
import static fr.ush.vigie.model.ColumnType.BOOLEAN;
import static fr.ush.vigie.model.ColumnType.DATE;
import static fr.ush.vigie.model.ColumnType.DECIMAL;
import static fr.ush.vigie.model.ColumnType.INTEGER;

import java.util.List;
import java.util.Optional;

/**
 * The kinds of input file (reference.md section 2), in the order they are validated: a source is checked
 * against the accepted rows of the sources before it. Column lists are the canonical (long) layout;
 * a file may hold them in any order, with any case, and extra columns.
 */
public enum Source {
    REGIONS("reference/regions.csv", List.of(
            text(CODE_REGION).asRequired(), text(NOM).asRequired()),
            List.of(CODE_REGION)),
    DEPARTEMENTS("reference/departements.csv", List.of(
            text(CODE_DEPARTEMENT).asRequired(), text(NOM).asRequired(), text(CODE_REGION)),
            List.of(CODE_DEPARTEMENT)),
    COMMUNES("reference/communes.csv", List.of(
            text(CODE_COMMUNE).asRequired(), text(NOM).asRequired(), text(CODE_DEPARTEMENT), text(CODE_REGION),
            oneOf(ZONE_ABC, Enumerations.ZONE_ABC)),
            List.of(CODE_COMMUNE)),
    QPV("reference/qpv.csv", List.of(
            text(CODE_QPV).asRequired(), text(NOM).asRequired(), text(CODE_COMMUNE)),
            List.of(CODE_QPV)),
    ORGANISMES("reference/organismes.csv", List.of(
            text(ORGANISME_ID).asRequired(), text(NOM).asRequired(), oneOf(FAMILLE, Enumerations.FAMILLE),
            text(CODE_REGION), of(NB_LOGEMENTS, INTEGER)),
            List.of(ORGANISME_ID)),
    SITES("reference/sites.csv", List.of(
            text(SITE_ID).asRequired(), text(ORGANISME_ID).asRequired(), text(NOM).asRequired(), text(CODE_COMMUNE),
            text(CODE_QPV), of(NB_LOGEMENTS, INTEGER), of(DATE_ENTREE, DATE), of(DATE_SORTIE, DATE)),
            List.of(SITE_ID)),
    PRESTATAIRES("reference/prestataires.csv", List.of(
            text(PRESTATAIRE_ID).asRequired(), text(NOM).asRequired(), oneOf(POLE, Enumerations.VOLET),
            of(REFERENCE_DU, DATE), of(REFERENCE_AU, DATE)),
            List.of(PRESTATAIRE_ID)),
    GRILLE("reference/grille.csv", List.of(
            text(VERSION_GRILLE).asRequired(), text(CODE_INDICATEUR).asRequired(), oneOf(AXE, Enumerations.AXE),
            text(THEME), text(LIBELLE), of(POIDS, DECIMAL), of(CRITIQUE, BOOLEAN)),
            List.of(VERSION_GRILLE, CODE_INDICATEUR)),
    AUTODIAGNOSTICS("autodiagnostics", List.of(
            text(AUTODIAGNOSTIC_ID).asRequired(), text(SITE_ID).asRequired(), of(DATE_AUTODIAGNOSTIC, DATE).asRequired(),
            text(VERSION_GRILLE).asRequired(), text(CODE_INDICATEUR).asRequired(), of(NIVEAU, INTEGER).asRequired(),
            text(COMMENTAIRE)),
            List.of(AUTODIAGNOSTIC_ID, CODE_INDICATEUR)),
    DEMANDES("appui/demandes.csv", List.of(
            text(DEMANDE_ID).asRequired(), text(ORGANISME_ID).asRequired(), text(SITE_ID),
            of(DATE_RECEPTION, DATE).asRequired(), oneOf(CANAL, Enumerations.CANAL),
            oneOf(VOLET, Enumerations.VOLET).asRequired(), text(PROBLEMATIQUE), of(DATE_COMMISSION, DATE),
            oneOf(DECISION, Enumerations.DECISION).asRequired()),
            List.of(DEMANDE_ID)),
    MISSIONS("appui/missions.csv", List.of(
            text(MISSION_ID).asRequired(), text(DEMANDE_ID).asRequired(), text(PRESTATAIRE_ID).asRequired(),
            of(DATE_DEBUT, DATE), of(DATE_FIN, DATE), of(JOURS_FINANCES, INTEGER).asRequired(),
            of(JOURS_PROLONGATION, INTEGER), of(TARIF_JOUR_EUR, DECIMAL).asRequired(),
            oneOf(STATUT, Enumerations.STATUT).asRequired()),
            List.of(MISSION_ID)),
    EVALUATIONS("appui/evaluations.csv", List.of(
            text(MISSION_ID).asRequired(), of(DATE_EVALUATION, DATE).asRequired(), of(SATISFACTION, INTEGER).asRequired(),
            of(REGARD_NEUF, BOOLEAN), of(RUPTURE_ROUTINES, BOOLEAN), of(DYNAMIQUE_PARTENARIALE, BOOLEAN),
            of(SOUTIEN_METHODOLOGIQUE, BOOLEAN), of(NB_PRECONISATIONS, INTEGER),
            of(NB_PRECONISATIONS_MISES_EN_OEUVRE, INTEGER)),
            List.of(MISSION_ID));

    /** The four leading columns of a wide autodiagnostics file; every other column is an indicator. */
    public static final List<String> WIDE_FIXED_COLUMNS =
            List.of(AUTODIAGNOSTIC_ID, SITE_ID, DATE_AUTODIAGNOSTIC, VERSION_GRILLE);

    private final String path;
    private final List<ColumnSpec> columns;
    private final List<String> keyColumns;

    Source(String path, List<ColumnSpec> columns, List<String> keyColumns) {
        this.path = path;
        this.columns = List.copyOf(columns);
        this.keyColumns = List.copyOf(keyColumns);
    }

    /** The name used in {@code rejets}, {@code rejets_synthese} and the run ledger. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The file (or, for autodiagnostics, the folder) relative to the input folder. */
    public String path() {
        return path;
    }

    public List<ColumnSpec> columns() {
        return columns;
    }

    public List<String> columnNames() {
        return columns.stream().map(ColumnSpec::name).toList();
    }

    public int indexOf(String column) {
        List<String> names = columnNames();
        int index = names.indexOf(column);
        if (index < 0) {
            throw new IllegalArgumentException(this + " has no column " + column);
        }
        return index;
    }

    public ColumnSpec column(String name) {
        return columns.get(indexOf(name));
    }

    /** The columns a header must hold: all of them but {@code commentaire} (long autodiagnostics). */
    public List<String> headerColumns() {
        return columnNames().stream().filter(c -> !(this == AUTODIAGNOSTICS && c.equals(COMMENTAIRE))).toList();
    }

    /** The columns whose repetition is a {@code DUPLICATE_KEY}. */
    public List<String> keyColumns() {
        return keyColumns;
    }

    /**
     * The key columns that every record of one input row shares: all of them, but for autodiagnostics, where a
     * wide row gives one record per indicator, all sharing {@code autodiagnostic_id} and each with its own
     * {@code code_indicateur} (a header names a column once). Two records of one row never share a key.
     */
    public List<String> rowKeyColumns() {
        return this == AUTODIAGNOSTICS ? List.of(AUTODIAGNOSTIC_ID) : keyColumns;
    }

    /** True for the sources read from exactly one file (all but autodiagnostics). */
    public boolean singleFile() {
        return this != AUTODIAGNOSTICS;
    }

    public static Optional<Source> fromCode(String code) {
        for (Source source : values()) {
            if (source.code().equals(code)) {
                return Optional.of(source);
            }
        }
        return Optional.empty();
    }
}
