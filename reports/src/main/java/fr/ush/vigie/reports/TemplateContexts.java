package fr.ush.vigie.reports;

import org.apache.velocity.VelocityContext;

/** Builds the templates' contexts: the one place that decides what a template can see. */
public final class TemplateContexts {
    private TemplateContexts() {
    }

    public static VelocityContext report(ReportPage page, Labels labels) {
        VelocityContext context = context("page", page, page.stamp(), labels);
        context.put("enTete", Stylesheet.runningHeader(page.title() + " — " + page.subtitle()));
        return context;
    }

    public static VelocityContext index(IndexPage index, Labels labels) {
        return context("index", index, index.stamp(), labels);
    }

    /** What every page sees besides its own model: its stamp, the labels and the stylesheet. */
    private static VelocityContext context(String name, Object model, Object stamp, Labels labels) {
        VelocityContext context = new VelocityContext();
        context.put(name, model);
        context.put("stamp", stamp);
        context.put("labels", labels);
        context.put("css", Stylesheet.css());
        return context;
    }
}
