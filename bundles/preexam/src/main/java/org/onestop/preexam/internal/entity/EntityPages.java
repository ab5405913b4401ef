package org.onestop.preexam.internal.entity;

import java.io.IOException;
import java.net.URI;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;

import org.onestop.api.cases.Attachments;
import org.onestop.api.cases.CaseRefusal;
import org.onestop.api.cases.FormFiles;
import org.onestop.api.cases.FormParts;
import org.onestop.api.i18n.Language;
import org.onestop.api.i18n.Messages;
import org.onestop.api.identity.Access;
import org.onestop.api.identity.Audience;
import org.onestop.api.identity.Caller;
import org.onestop.api.identity.OrganisationProfile;
import org.onestop.api.module.ModuleResource;
import org.onestop.api.view.View;
import org.onestop.preexam.internal.Centre;
import org.onestop.preexam.internal.CentreSettings;
import org.onestop.preexam.internal.DocumentChoice;
import org.onestop.preexam.internal.FormProblems;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The page {@code /preexam/entity}: where the innovator's organisation stands with the centre, and the registration
 * form (备案) when it may register — region, fields, contact, business licence. An innovator without an
 * organisation is sent to enter it first. A refused form keeps the licence it was sent and shows it as attached.
 */
@Component(service = EntityPages.class, immediate = true)
@ModuleResource
@jakarta.ws.rs.Path("preexam/entity")
@Produces(MediaType.TEXT_HTML)
@Access(Audience.INNOVATOR)
public final class EntityPages {

    private final EntityIntake intake;
    private final EntityStandings standings;
    private final Centre centre;
    private final Messages messages;
    private final Attachments attachments;

    @Activate
    public EntityPages(@Reference EntityIntake intake, @Reference EntityStandings standings,
            @Reference Centre centre, @Reference Messages messages, @Reference Attachments attachments) {
        this.attachments = attachments;
        this.intake = intake;
        this.standings = standings;
        this.centre = centre;
        this.messages = messages;
    }

    @GET
    public View page(@QueryParam("registered") String registered, @Context Caller caller,
            @Context Language language) throws SQLException {
        return page(caller, null, FormFiles.NONE, Map.of(), "",
                registered != null ? "preexam.entity.registered" : "", language);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response register(FormParts parts, @Context Caller caller, @Context Language language)
            throws SQLException, IOException {
        RegistrationForm form = RegistrationForm.of(parts);
        String key = parts.field("idempotencyKey").map(String::strip).filter(k -> !k.isEmpty()).orElse(null);
        FormFiles files = FormFiles.of(parts).hold(Map.of(EntityIntake.LICENCE, EntityIntake.LICENCE_TYPES),
                attachments, caller);
        try {
            intake.register(caller, form, files, key, language);
            return Response.seeOther(URI.create("/preexam/entity?registered=1")).build();
        } catch (CaseRefusal refusal) {
            return Response.status(refusal.status()).entity(page(caller, form, files, refusal.fields(),
                    FormProblems.headline(refusal, "preexam.error.formShort", messages, language), "", language))
                    .build();
        }
    }

    private View page(Caller caller, RegistrationForm typed, FormFiles files, Map<String, String> errors,
            String problem, String notice, Language language) throws SQLException {
        CentreSettings settings = centre.settings();
        OrganisationProfile organisation = null;
        EntityStandings.Standing standing = null;
        try {
            organisation = intake.organisationOf(caller);
            standing = standings.of(organisation);
        } catch (CaseRefusal noOrganisation) {
            // the page asks for the organisation first
        }
        RegistrationForm form = typed != null ? typed : new RegistrationForm("", "",
                organisation == null || organisation.contactPerson() == null ? "" : organisation.contactPerson(),
                organisation == null || organisation.contactPhone() == null ? "" : organisation.contactPhone(),
                caller.email());
        boolean mayRegister = standing != null
                && (standing.standing().equals("none") || standing.standing().equals("rejected"));
        return View.of("preexam/entity", "organisation", organisation == null ? "" : organisation,
                "standing", standing == null ? "" : standing, "mayRegister", mayRegister, "form", form,
                "errors", errors, "problem", problem, "notice", notice, "held", files.held(),
                "licence", new DocumentChoice(EntityIntake.LICENCE, messages.text(language, "preexam.field.licence"),
                        "PDF", ".pdf,application/pdf", false, true),
                "regions", settings.regions().stream().map(r -> new RegionChoice(r.code(), r.name().in(language)))
                        .toList(),
                "fields", settings.fields().toString(), "idempotencyKey", UUID.randomUUID().toString());
    }

    /** A region of the form's list. */
    public record RegionChoice(String code, String name) {
    }
}
