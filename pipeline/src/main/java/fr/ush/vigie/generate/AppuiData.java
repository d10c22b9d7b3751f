package fr.ush.vigie.generate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The requests to the pôle d'appui, their missions and evaluations, as they will be written. */
record AppuiData(List<Demande> demandes, List<Mission> missions, List<Evaluation> evaluations) {

    /** @param site index in {@link SiteTable}, or -1 for a request about the whole organisme */
    record Demande(String id, int organisme, int site, LocalDate reception, String canal, String volet,
                   String problematique, LocalDate commission, String decision) {
    }

    /** @param fin null unless the mission is TERMINEE */
    record Mission(String id, String demandeId, String prestataireId, LocalDate debut, LocalDate fin,
                   int joursFinances, int joursProlongation, BigDecimal tarifJour, String statut) {
    }

    /** @param missionId null until the missions are numbered */
    record Evaluation(String missionId, LocalDate date, int satisfaction, boolean regardNeuf,
                      boolean ruptureRoutines, boolean dynamiquePartenariale, boolean soutienMethodologique,
                      int nbPreconisations, int nbMisesEnOeuvre) {

        Evaluation withMissionId(String id) {
            return new Evaluation(id, date, satisfaction, regardNeuf, ruptureRoutines, dynamiquePartenariale,
                    soutienMethodologique, nbPreconisations, nbMisesEnOeuvre);
        }
    }
}
