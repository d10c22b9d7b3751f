package fr.ush.vigie.reports;

import java.io.StringWriter;
import java.util.Properties;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader;
import org.apache.velocity.util.introspection.SecureUberspector;

/**
 * Renders the Velocity templates of {@code templates/}: strict mode (an unknown reference is an error, not a blank),
 * the secure introspector (no reflection, class loading or file access from a template) and
 * {@link EscapingInsertionHandler} on every insertion.
 */
public final class TemplateRenderer {
    private static final String TEMPLATES = "fr/ush/vigie/reports/templates/";
    public static final String REPORT = "rapport.vm";
    public static final String INDEX = "index.vm";

    private final VelocityEngine engine;

    public TemplateRenderer() {
        Properties settings = new Properties();
        settings.setProperty(RuntimeConstants.RESOURCE_LOADERS, "class");
        settings.setProperty("resource.loader.class.class", ClasspathResourceLoader.class.getName());
        settings.setProperty(RuntimeConstants.INPUT_ENCODING, "UTF-8");
        settings.setProperty(RuntimeConstants.RUNTIME_REFERENCES_STRICT, "true");
        settings.setProperty(RuntimeConstants.UBERSPECT_CLASSNAME, SecureUberspector.class.getName());
        settings.setProperty(RuntimeConstants.EVENTHANDLER_REFERENCEINSERTION,
                EscapingInsertionHandler.class.getName());
        settings.setProperty(RuntimeConstants.VM_LIBRARY, TEMPLATES + "macros.vm");
        engine = new VelocityEngine(settings);
        engine.init();
    }

    public String render(String template, VelocityContext context) {
        Template compiled = engine.getTemplate(TEMPLATES + template, "UTF-8");
        StringWriter out = new StringWriter();
        compiled.merge(context, out);
        return out.toString();
    }
}
