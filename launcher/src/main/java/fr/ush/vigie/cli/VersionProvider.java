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
            String version = properties.getProperty("version", "dev");
            return version.endsWith("-SNAPSHOT") ? version + "+" + properties.getProperty("build", "dev") : version;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String[] getVersion() {
        return new String[] {"vigie " + version()};
    }
}
