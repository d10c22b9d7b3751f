package fr.ush.vigie.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code vigie livrer} from the command line: exit 2, and nothing written, when the campaign has no reports. */
class LivrerCliTest {
    @TempDir
    Path tmp;

    private static int vigie(String... args) {
        return Vigie.execute(new PrintWriter(new StringWriter(), true), new PrintWriter(new StringWriter(), true),
                args);
    }

    @Test
    void aCampaignWithoutReportsIsExitTwo() throws IOException {
        Path reports = Files.createDirectories(tmp.resolve("rapports").resolve("2026-S1").resolve("donnees"));
        Path destination = tmp.resolve("livraison");
        assertEquals(2, vigie("livrer", "--out", tmp.resolve("rapports").toString(), "--livraison",
                destination.toString(), "--campagne", "2026-S1"));
        assertEquals(2, vigie("livrer", "--out", reports.toString(), "--livraison", destination.toString()));
        assertFalse(Files.exists(destination.resolve("2026-S1")));
        assertEquals(2, vigie("livrer", "--livraison", destination.toString()), "--out is required");
    }

    @Test
    void livrerHasHelp() {
        StringWriter out = new StringWriter();
        assertEquals(0, Vigie.execute(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true),
                "livrer", "--help"));
        assertTrue(out.toString().contains("--livraison"), out.toString());
    }
}
