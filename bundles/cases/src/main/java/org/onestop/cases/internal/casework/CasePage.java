package org.onestop.cases.internal.casework;

import java.net.URI;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.onestop.api.cases.CaseFile;
import org.onestop.api.cases.CaseRefusal;
import org.onestop.api.i18n.Language;
import org.onestop.api.i18n.Messages;
import org.onestop.api.identity.Caller;
import org.onestop.api.view.View;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;

/**
 * The answers of a case page's forms: after a change, 303 back to the page with a notice; after a
 * {@link CaseRefusal}, the page again with the refusal's reason in the reader's language and its status.
 */
final class CasePage {

    /** The notices a case page shows after a change, by the {@code notice} parameter. */
    private static final Set<String> NOTICES = Set.of("moved", "claimed", "released", "assigned", "commented",
            "uploaded");

    private CasePage() {
    }

    /** A change to a case. */
    @FunctionalInterface
    interface Change {
        void run() throws SQLException;
    }

    /** The page's model: what its template reads besides the case. */
    @FunctionalInterface
    interface Model {
        Map<String, Object> of(CaseFile file) throws SQLException;
    }

    /** Does {@code change}, then sends the reader back to {@code page} with {@code notice}. */
    static Response change(String page, String notice, Change change, Messages messages, Language language,
            String template, CaseSheets sheets, String tracking, Caller caller, Model model) throws SQLException {
        try {
            change.run();
            return Response.seeOther(URI.create(page + "?notice=" + notice)).build();
        } catch (CaseRefusal refusal) {
            String problem = messages.text(language, refusal.key(), refusal.arguments());
            return Response.status(refusal.status())
                    .entity(view(template, sheets, tracking, caller, language, "", problem, model)).build();
        }
    }

    /** The case page, or 404 when {@code caller} may not see the case. */
    static View view(String template, CaseSheets sheets, String tracking, Caller caller, Language language,
            String notice, String problem, Model model) throws SQLException {
        CaseFile file = sheets.find(tracking, caller).orElseThrow(NotFoundException::new);
        Map<String, Object> values = new HashMap<>(model.of(file));
        values.put("sheet", sheets.sheet(file, caller, language));
        sheets.details(file, caller, language).ifPresent(details -> values.put("details", details));
        values.put("notice", notice != null && NOTICES.contains(notice) ? "casework.notice." + notice : "");
        values.put("problem", problem == null ? "" : problem);
        return new View(template, values);
    }
}
