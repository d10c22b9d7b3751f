package fr.ush.vigie.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine;

/**
 * The version of this build, from the properties Maven filters at build time. A snapshot's version carries its
 * build time: an incremental run only reuses what a published run computed with the very same rules, and two
 * builds of one snapshot may differ in rules or in the marts' columns.
 */
public final class VersionProvider implements CommandLine.IVersionProvider {

    public static String version() {
        try (InputStream in = VersionProvider.class.getResourceAsStream("version.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return version(properties);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @param build {@code version} (the project's) and {@code build} (when it was built) */
    static String version(Properties build) {
        String version = build.getProperty("version", "dev");
        return version.endsWith("-SNAPSHOT") ? version + "+" + build.getProperty("build", "dev") : version;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"vigie " + version()};
    }
}
