package fr.ush.vigie.reports;

import java.time.LocalDate;
import java.util.List;

/**
 * The pôle d'appui row by row: each demande and each mission that is not cancelled, placed in its region (its
 * site's, or its organisme's when it names no site) and its famille, as the territorial marts place them.
 *
 * @param demandes every demande
 * @param missions every mission that is not cancelled
 */
public record AppuiDetail(List<Demande> demandes, List<Mission> missions) {
    /** A demande the Commission decided on: accepted, refused or redirected. */
    static final List<String> DECIDEES = List.of("ACCEPTEE", "REFUSEE", "REORIENTEE");

    public AppuiDetail {
        demandes = List.copyOf(demandes);
        missions = List.copyOf(missions);
    }

    /** The demandes and missions placed in one region ({@code REGION}) or famille ({@code FAMILLE}). */
    AppuiDetail of(fr.ush.vigie.marts.Dimension dimension, String code) {
        boolean region = dimension == fr.ush.vigie.marts.Dimension.REGION;
        return new AppuiDetail(demandes.stream().filter(d -> code.equals(region ? d.region() : d.famille())).toList(),
                missions.stream().filter(m -> code.equals(region ? m.region() : m.famille())).toList());
    }

    static AppuiDetail none() {
        return new AppuiDetail(List.of(), List.of());
    }

    /** A demande; {@code region} and {@code famille} are empty when it is placed in none, dates null when absent. */
    public record Demande(String demandeId, String volet, String region, String famille, LocalDate reception,
            LocalDate commission, String decision) {
        /** Days from reception to the Commission's decision; null unless decided with both dates known. */
        Long delaiDecision() {
            return DECIDEES.contains(decision) && reception != null && commission != null
                    ? reception.until(commission, java.time.temporal.ChronoUnit.DAYS) : null;
        }
    }

    /** A mission that is not cancelled; {@code satisfaction} is null unless it was evaluated. */
    public record Mission(String missionId, String siteId, String prestataireId, String volet, String region,
            String famille, LocalDate commission, LocalDate debut, LocalDate fin, String statut, boolean evaluee,
            Integer satisfaction) {
        /** Days from the Commission's decision to the mission's start; null when a date is missing. */
        Long delaiDemarrage() {
            return commission != null && debut != null
                    ? commission.until(debut, java.time.temporal.ChronoUnit.DAYS) : null;
        }
    }
}
