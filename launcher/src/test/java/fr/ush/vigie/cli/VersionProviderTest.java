package fr.ush.vigie.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Properties;
import org.junit.jupiter.api.Test;

class VersionProviderTest {
    @Test
    void aSnapshotIsNamedByItsBuildTime() {
        assertEquals("0.2.0-SNAPSHOT+20261130.044122", VersionProvider.version(build("0.2.0-SNAPSHOT",
                "20261130.044122")));
    }

    @Test
    void aReleaseIsItsNumber() {
        assertEquals("1.0.0", VersionProvider.version(build("1.0.0", "20261130.044122")));
    }

    @Test
    void thisBuildFilteredItsProperties() {
        assertFalse(VersionProvider.version().contains("${"), VersionProvider.version());
    }

    private static Properties build(String version, String time) {
        Properties properties = new Properties();
        properties.setProperty("version", version);
        properties.setProperty("build", time);
        return properties;
    }
}
