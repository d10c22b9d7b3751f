package fr.ush.vigie.ingest.validate;

import static fr.ush.vigie.ingest.validate.TypedParsing.motif;
import static fr.ush.vigie.model.Col.*;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;

import fr.ush.vigie.ingest.validate.SourceRules.Check;
import fr.ush.vigie.ingest.validate.SourceRules.Reference;
import fr.ush.vigie.model.Source;
import java.util.List;
import org.apache.spark.sql.Column;

/** The rules 3 to 5 of reference.md section 3, per source. */
public final class ValidationRules {

    private ValidationRules() {
    }

    public static SourceRules forSource(Source source) {
        return switch (source) {
            case REGIONS, PRESTATAIRES -> new SourceRules(List.of(), List.of(), List.of());
            case DEPARTEMENTS -> references(Reference.to(CODE_REGION, Source.REGIONS));
            case COMMUNES -> references(
                    Reference.to(CODE_DEPARTEMENT, Source.DEPARTEMENTS), Reference.to(CODE_REGION, Source.REGIONS));
            case QPV -> references(Reference.to(CODE_COMMUNE, Source.COMMUNES));
            case ORGANISMES -> new SourceRules(List.of(notNegative(NB_LOGEMENTS)),
                    List.of(Reference.to(CODE_REGION, Source.REGIONS)), List.of());
            case SITES -> new SourceRules(List.of(notNegative(NB_LOGEMENTS)), List.of(
                    Reference.to(ORGANISME_ID, Source.ORGANISMES), Reference.to(CODE_COMMUNE, Source.COMMUNES),
                    Reference.to(CODE_QPV, Source.QPV)), List.of());
            case GRILLE -> new SourceRules(List.of(new Check(col(POIDS).leq(0),
                    motif(POIDS, "poids strictement positif attendu", rawOf(POIDS)))), List.of(), List.of());
            case AUTODIAGNOSTICS -> new SourceRules(List.of(between(NIVEAU, 0, 3)), List.of(
                    Reference.to(SITE_ID, Source.SITES),
                    new Reference(List.of(VERSION_GRILLE, CODE_INDICATEUR), Source.GRILLE,
                            List.of(VERSION_GRILLE, CODE_INDICATEUR), List.of())), List.of());
            case DEMANDES -> new SourceRules(List.of(), List.of(
                    Reference.to(ORGANISME_ID, Source.ORGANISMES), Reference.to(SITE_ID, Source.SITES)),
                    List.of(notBefore(DATE_COMMISSION, col(DATE_COMMISSION), DATE_RECEPTION, col(DATE_RECEPTION))));
            case MISSIONS -> missions();
            case EVALUATIONS -> evaluations();
        };
    }

    private static SourceRules missions() {
        Column receptionOfDemande = col(RawColumns.carried(Source.DEMANDES.code(), DATE_RECEPTION));
        return new SourceRules(
                List.of(between(JOURS_FINANCES, 3, 5), notNegative(JOURS_PROLONGATION),
                        new Check(col(TARIF_JOUR_EUR).leq(0),
                                motif(TARIF_JOUR_EUR, "tarif strictement positif attendu", rawOf(TARIF_JOUR_EUR)))),
                List.of(Reference.to(DEMANDE_ID, Source.DEMANDES).carrying(DATE_RECEPTION),
                        Reference.to(PRESTATAIRE_ID, Source.PRESTATAIRES)),
                List.of(notBefore(DATE_FIN, col(DATE_FIN), DATE_DEBUT, col(DATE_DEBUT)),
                        notBefore(DATE_DEBUT, col(DATE_DEBUT), "date_reception de la demande", receptionOfDemande)));
    }

    private static SourceRules evaluations() {
        Column debutOfMission = col(RawColumns.carried(Source.MISSIONS.code(), DATE_DEBUT));
        Check moreImplementedThanMade = new Check(
                col(NB_PRECONISATIONS_MISES_EN_OEUVRE).gt(col(NB_PRECONISATIONS)),
                concat(lit(NB_PRECONISATIONS_MISES_EN_OEUVRE + " : au plus " + NB_PRECONISATIONS + " ("),
                        rawOf(NB_PRECONISATIONS), lit(") attendu, lu « "),
                        rawOf(NB_PRECONISATIONS_MISES_EN_OEUVRE), lit(" »")));
        return new SourceRules(
                List.of(between(SATISFACTION, 1, 5), notNegative(NB_PRECONISATIONS),
                        notNegative(NB_PRECONISATIONS_MISES_EN_OEUVRE), moreImplementedThanMade),
                List.of(Reference.to(MISSION_ID, Source.MISSIONS).carrying(DATE_DEBUT)),
                List.of(notBefore(DATE_EVALUATION, col(DATE_EVALUATION), "date_debut de la mission", debutOfMission)));
    }

    private static SourceRules references(Reference... references) {
        return new SourceRules(List.of(), List.of(references), List.of());
    }

    private static Check between(String column, int min, int max) {
        return new Check(col(column).lt(min).or(col(column).gt(max)),
                motif(column, "valeur entre " + min + " et " + max + " attendue", rawOf(column)));
    }

    private static Check notNegative(String column) {
        return new Check(col(column).lt(0), motif(column, "valeur positive ou nulle attendue", rawOf(column)));
    }

    /** {@code later} must not be before {@code earlier}. */
    private static Check notBefore(String laterName, Column later, String earlierName, Column earlier) {
        return new Check(later.lt(earlier), concat(lit(laterName + " ("), later.cast("string"),
                lit(") antérieure à " + earlierName + " ("), earlier.cast("string"), lit(")")));
    }

    private static Column rawOf(String column) {
        return col(RawColumns.raw(column));
    }
}
