package org.onestop.preexam.internal;

import java.util.Arrays;
import java.util.List;

import org.onestop.api.cases.FileType;
import org.onestop.api.i18n.Language;
import org.onestop.api.identity.Access;
import org.onestop.api.identity.Audience;
import org.onestop.api.module.ModuleResource;
import org.onestop.preexam.internal.rules.PatentType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

/** {@code GET /api/preexam/settings}: what the centre accepts, for clients that build their own forms. */
@Component(service = SettingsApi.class, immediate = true)
@ModuleResource
@Path("api/preexam/settings")
@Produces(MediaType.APPLICATION_JSON)
@Access(Audience.ANYONE)
public final class SettingsApi {

    /** A region served. */
    public record RegionEntry(String code, String name) {
    }

    /** A document, the patent types that need it and those that may have it, and its kinds of file. */
    public record DocumentEntry(String code, String name, List<String> requiredFor, List<String> optionalFor,
            List<String> fileTypes, boolean several) {
    }

    /** A quota: requests per period. */
    public record QuotaEntry(int requests, String period) {
    }

    /** The settings as JSON. */
    public record Settings(String centreName, List<String> fields, List<String> designClasses,
            List<RegionEntry> regions,
            List<String> patentTypes, List<DocumentEntry> documents, int registrationDays, int examinationDays,
            int correctionDays, int filingDays, QuotaEntry quota) {
    }

    private final Centre centre;

    @Activate
    public SettingsApi(@Reference Centre centre) {
        this.centre = centre;
    }

    @GET
    public Settings settings(@Context Language language) {
        CentreSettings s = centre.settings();
        return new Settings(s.centreName(), s.fields().entries().stream().map(Object::toString).toList(),
                s.designScope().entries().stream().map(Object::toString).toList(),
                s.regions().stream().map(r -> new RegionEntry(r.code(), r.name().in(language))).toList(),
                s.patentTypes().stream().map(PatentType::code).toList(),
                Arrays.stream(DocumentKind.values()).map(d -> new DocumentEntry(d.field(), d.label().in(language),
                        s.patentTypes().stream().filter(d::requiredFor).map(PatentType::code).toList(),
                        s.patentTypes().stream().filter(t -> d.belongsTo(t) && !d.requiredFor(t))
                                .map(PatentType::code).toList(),
                        d.accepted().stream().map(FileType::extension).toList(), d.several())).toList(),
                s.registrationDays(), s.examinationDays(), s.correctionDays(), s.filingDays(),
                new QuotaEntry(s.quota().requests(), s.quota().period().code()));
    }
}
