package fr.ush.vigie.reports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page's stylesheets as the PDF renderer reads them. The page's print rules are the layout; the renderer reads
 * CSS 2.1 and a little more, so three constructs that browsers read are written in the form it reads, with the
 * same meaning, and nothing else changes:
 * <ul>
 * <li>{@code @page} rules inside {@code @media print} (the renderer drops them there) are moved, unchanged and in
 * their order, to the top level just before their block: {@code @page} only ever applies to paged media;</li>
 * <li>{@code var(--name)} becomes the value the page's {@code :root} gives {@code --name} (else its fallback);</li>
 * <li>{@code break-before|after: page} and {@code break-before|after|inside: avoid} become their CSS 2.1 forms
 * {@code page-break-*: always|avoid}.</li>
 * </ul>
 */
final class PrintStyles {
    private static final Pattern ROOT = Pattern.compile(":root\\s*\\{([^}]*)\\}");
    private static final Pattern PROPERTY = Pattern.compile("(--[\\w-]+)\\s*:\\s*([^;}]+)");
    private static final Pattern VAR = Pattern.compile("var\\(\\s*(--[\\w-]+)\\s*(?:,\\s*([^)]*))?\\)");
    private static final Pattern BREAK_PAGE = Pattern.compile("(?<![-\\w])break-(before|after)(\\s*:\\s*)page\\b");
    private static final Pattern BREAK_AVOID =
            Pattern.compile("(?<![-\\w])break-(before|after|inside)(\\s*:\\s*)avoid\\b");

    private final Map<String, String> properties;

    private PrintStyles(Map<String, String> properties) {
        this.properties = properties;
    }

    /** The rewriting for a page whose {@code <style>} elements hold {@code stylesheets}. */
    static PrintStyles of(List<String> stylesheets) {
        Map<String, String> properties = new HashMap<>();
        for (String css : stylesheets) {
            Matcher root = ROOT.matcher(css);
            while (root.find()) {
                Matcher property = PROPERTY.matcher(root.group(1));
                while (property.find()) {
                    properties.put(property.group(1), property.group(2).strip());
                }
            }
        }
        return new PrintStyles(properties);
    }

    /** One stylesheet of the page, rewritten. */
    String forPdf(String css) {
        String plain = VAR.matcher(css).replaceAll(m -> Matcher.quoteReplacement(
                properties.getOrDefault(m.group(1), m.group(2) == null ? "initial" : m.group(2).strip())));
        plain = BREAK_PAGE.matcher(plain).replaceAll("page-break-$1$2always");
        plain = BREAK_AVOID.matcher(plain).replaceAll("page-break-$1$2avoid");
        return withPageRulesOnTop(plain);
    }

    private static String withPageRulesOnTop(String css) {
        StringBuilder out = new StringBuilder(css.length());
        int i = 0;
        while (i < css.length()) {
            int media = nextPrintMedia(css, i);
            if (media < 0) {
                out.append(css, i, css.length());
                break;
            }
            int open = css.indexOf('{', media);
            int close = matchingBrace(css, open);
            List<String> pages = new ArrayList<>();
            String body = withoutPageRules(css.substring(open + 1, close), pages);
            out.append(css, i, media);
            pages.forEach(page -> out.append(page).append('\n'));
            out.append(css, media, open + 1).append(body).append('}');
            i = close + 1;
        }
        return out.toString();
    }

    /** Where the next {@code @media} rule whose media list names {@code print} starts, outside comments and strings. */
    private static int nextPrintMedia(String css, int from) {
        for (int i = from; i < css.length(); i = skip(css, i) + 1) {
            if (css.startsWith("@media", i)) {
                int open = css.indexOf('{', i);
                if (open > 0 && css.substring(i + "@media".length(), open).matches("(?s).*\\bprint\\b.*")) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** The block's text without its {@code @page} rules, which are added to {@code pages}. */
    private static String withoutPageRules(String block, List<String> pages) {
        StringBuilder kept = new StringBuilder(block.length());
        int i = 0;
        int start = 0;
        while (i < block.length()) {
            char c = block.charAt(i);
            if (c == '@' && block.startsWith("@page", i)) {
                int end = matchingBrace(block, block.indexOf('{', i));
                kept.append(block, start, i);
                pages.add(block.substring(i, end + 1));
                i = end + 1;
                start = i;
            } else if (c == '{') {
                i = matchingBrace(block, i) + 1;
            } else {
                i = skip(block, i) + 1;
            }
        }
        return kept.append(block, start, block.length()).toString();
    }

    /** The index of the brace closing the one at {@code open}, comments and strings skipped. */
    private static int matchingBrace(String css, int open) {
        int depth = 0;
        for (int i = open; i < css.length(); i = skip(css, i) + 1) {
            char c = css.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("feuille de style : accolade ouverte au caractère " + open
                + " jamais refermée");
    }

    /** The last index of the comment or string starting at {@code i}, else {@code i}. */
    private static int skip(String css, int i) {
        char c = css.charAt(i);
        if (c == '/' && css.startsWith("/*", i)) {
            int end = css.indexOf("*/", i + 2);
            return end < 0 ? css.length() - 1 : end + 1;
        }
        if (c == '"' || c == '\'') {
            int j = i + 1;
            while (j < css.length() && css.charAt(j) != c) {
                j += css.charAt(j) == '\\' ? 2 : 1;
            }
            return Math.min(j, css.length() - 1);
        }
        return i;
    }
}
