package fr.ush.vigie.reports;

import fr.ush.vigie.io.FileNames;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The index, built from the reports the folder holds (this generation's and earlier campaigns'), newest campaign
 * first; each link is labelled with its page's title.
 */
final class ReportIndex {
    private static final Pattern TITLE = Pattern.compile("<h1>(.*?)</h1>");
    private final Labels labels;

    ReportIndex(Labels labels) {
        this.labels = labels;
    }

    IndexPage scan(Path root, Stamp stamp) throws IOException {
        List<IndexPage.Campaign> campaigns = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(root)) {
            for (Path dir : dirs.filter(Files::isDirectory).sorted(Comparator.reverseOrder()).toList()) {
                List<IndexPage.Group> groups = new ArrayList<>();
                addGroup(groups, root, List.of(dir.resolve("national.html")), "index.national");
                addGroup(groups, root, pages(dir.resolve("regions")), "index.regions");
                addGroup(groups, root, pages(dir.resolve("familles")), "index.familles");
                addGroup(groups, root, pages(dir.resolve("organismes")), "index.organismes");
                if (!groups.isEmpty()) {
                    campaigns.add(new IndexPage.Campaign(dir.getFileName().toString(), groups));
                }
            }
        }
        return new IndexPage(campaigns, stamp);
    }

    private void addGroup(List<IndexPage.Group> groups, Path root, List<Path> files, String labelKey)
            throws IOException {
        List<IndexPage.Link> links = new ArrayList<>();
        for (Path file : files) {
            if (Files.isRegularFile(file)) {
                links.add(new IndexPage.Link(FileNames.href(root.relativize(file).toString().replace('\\', '/')),
                        title(file)));
            }
        }
        if (!links.isEmpty()) {
            groups.add(new IndexPage.Group(labels.get(labelKey), links));
        }
    }

    private static List<Path> pages(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
        }
    }

    /** The page's h1, unescaped: the index template escapes it again. */
    private static String title(Path file) throws IOException {
        Matcher m = TITLE.matcher(Files.readString(file));
        String escaped = m.find() ? m.group(1) : file.getFileName().toString();
        return escaped.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }
}
