package org.onestop.platform.internal.account;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.onestop.api.i18n.Language;
import org.onestop.api.identity.Access;
import org.onestop.api.identity.Audience;
import org.onestop.api.module.ModuleResource;
import org.onestop.api.module.Refusal;
import org.onestop.api.view.View;
import org.onestop.platform.internal.identity.Agreements;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

/**
 * The user agreement, the privacy notice and the accessibility statement, readable by anyone: {@code /legal/terms},
 * {@code /legal/privacy}, {@code /legal/accessibility} (in the visitor's language, with version and date), and
 * {@code GET /api/legal}, the current version, title and address of the two an innovator consents to, which a
 * client registering over the API sends back as its consent.
 */
@Component(service = LegalPages.class, immediate = true)
@ModuleResource
@Path("/")
@Access(Audience.ANYONE)
public final class LegalPages {

    private final Agreements agreements;

    @Activate
    public LegalPages(@Reference Agreements agreements) {
        this.agreements = agreements;
    }

    @GET
    @Path("legal/{document}")
    @Produces(MediaType.TEXT_HTML)
    public View page(@PathParam("document") String document, @Context Language language) {
        Agreements.Text text = agreements.text(kind(document), language)
                .orElseThrow(() -> new Refusal(404, "identity.consent.missing"));
        return View.of("account/legal", "document", text.kind().code(), "heading", text.title(), "version",
                text.version(), "effective", text.effective(), "html", TextMarkup.html(text.body()));
    }

    @GET
    @Path("api/legal")
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> versions(@Context Language language) {
        Map<String, Object> documents = new LinkedHashMap<>();
        for (Agreements.Kind kind : Agreements.Kind.values()) {
            if (!kind.consented()) {
                continue;
            }
            agreements.text(kind, language).ifPresent(text -> {
                Map<String, String> document = new LinkedHashMap<>();
                document.put("version", agreements.version(kind).orElse(text.version()));
                document.put("title", text.title());
                document.put("effective", text.effective());
                document.put("url", "/legal/" + kind.code());
                documents.put(kind.code(), document);
            });
        }
        return documents;
    }

    private static Agreements.Kind kind(String document) {
        try {
            return Agreements.Kind.valueOf(document.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new Refusal(404, "identity.consent.missing");
        }
    }
}
