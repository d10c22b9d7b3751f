package fr.ush.vigie.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The cuts shared by every page of a snapshot: France, its QPV and market groups, each region and famille. */
class ScoreScopesTest {

    private static SiteScore site(String id, String region, String famille, boolean qpv, String marche, Double score,
            String situation) {
        return new SiteScore(id, "ORG", "2026-S1", region, "01", qpv, marche, famille, score, situation, null);
    }

    private static final List<SiteScore> SITES = List.of(
            site("A", "84", "OPH", true, "TENDU", 60.0, "URGENCE_CRISE"),
            site("B", "84", "ESH", false, "TENDU", 40.0, "HORS_SITUATION_COMPLEXE"),
            site("C", "11", "OPH", true, "DETENDU", null, "A_RISQUE"),
            site("D", "11", "OPH", false, "DETENDU", 20.0, "CHRONIQUE"),
            site("E", null, null, false, "TENDU", 10.0, "HORS_SITUATION_COMPLEXE"));

    private static final ScoreScopes SCOPES = ScoreScopes.of(SITES);

    @Test
    void franceCountsEverySiteAndAveragesTheKnownScores() {
        // 3 complex situations of 5 sites; (60 + 40 + 20 + 10) / 4 known scores.
        assertEquals(new SiteGroup(5, 3, 32.5), SCOPES.france());
    }

    @Test
    void franceSplitsByQpvAndMarket() {
        assertEquals(new SiteGroup(2, 2, 60.0), SCOPES.france(ScoreScopes.Split.QPV));
        assertEquals(new SiteGroup(3, 1, 70.0 / 3), SCOPES.france(ScoreScopes.Split.HORS_QPV));
        assertEquals(new SiteGroup(3, 1, 110.0 / 3), SCOPES.france(ScoreScopes.Split.TENDU));
        assertEquals(new SiteGroup(2, 2, 20.0), SCOPES.france(ScoreScopes.Split.DETENDU));
    }

    @Test
    void regionsAndFamillesHoldTheirOwnSitesOnly() {
        assertEquals(List.of("A", "B"), SCOPES.region("84").stream().map(SiteScore::siteId).toList());
        assertEquals(List.of("A", "C", "D"), SCOPES.famille("OPH").stream().map(SiteScore::siteId).toList());
        assertEquals(List.of(), SCOPES.region("93"));
    }

    @Test
    void aScopeSplitCountsOnlyTheScopesSites() {
        assertEquals(new SiteGroup(1, 1, null), ScoreScopes.Split.QPV.of(SCOPES.region("11")));
    }
}
