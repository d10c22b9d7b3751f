package fr.ush.vigie.reports;

import org.apache.velocity.VelocityContext;

/** Builds the templates' contexts: the one place that decides what a template can see. */
public final class TemplateContexts {
    private TemplateContexts() {
    }

    public static VelocityContext report(ReportPage page, Labels labels) {
        VelocityContext context = new VelocityContext();
        context.put("page", page);
        context.put("stamp", page.stamp());
        context.put("labels", labels);
        context.put("css", Stylesheet.css());
        return context;
    }

    public static VelocityContext index(IndexPage index, Labels labels) {
        VelocityContext context = new VelocityContext();
        context.put("index", index);
        context.put("stamp", index.stamp());
        context.put("labels", labels);
        context.put("css", Stylesheet.css());
        return context;
    }
}
