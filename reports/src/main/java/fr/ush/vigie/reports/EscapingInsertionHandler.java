package fr.ush.vigie.reports;

import org.apache.velocity.app.event.ReferenceInsertionEventHandler;
import org.apache.velocity.context.Context;

/**
 * HTML-escapes every value a template inserts, so that no template can forget to: data naming a site
 * {@code <script>} prints as text. Only {@link TrustedHtml}, which our Java code builds, goes through as is.
 */
public final class EscapingInsertionHandler implements ReferenceInsertionEventHandler {
    @Override
    public Object referenceInsert(Context context, String reference, Object value) {
        if (value == null || value instanceof TrustedHtml) {
            return value;
        }
        return Html.escape(value.toString());
    }
}
