package fr.ush.vigie.generate;

import java.util.List;

/**
 * The synthetic world both writers draw from: the grid, the organismes and their sites, the campaigns, who is
 * assessed when, the model of grid levels and the effects of missions.
 */
record SyntheticFrance(Grille grille, SiteTable sites, List<Organisme> organismes, List<Campagne> campagnes,
        AssessmentSchedule schedule, GridLevelModel model, MissionEffects effects, long seed) {

    /** The same world with other mission effects on the grid levels. */
    SyntheticFrance withEffects(MissionEffects other) {
        return new SyntheticFrance(grille, sites, organismes, campagnes, schedule, model, other, seed);
    }
}
