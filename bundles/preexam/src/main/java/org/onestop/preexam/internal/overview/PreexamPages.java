package org.onestop.preexam.internal.overview;

import java.sql.SQLException;

import org.onestop.api.cases.CaseRefusal;
import org.onestop.api.cases.Cases;
import org.onestop.api.i18n.Language;
import org.onestop.api.identity.Access;
import org.onestop.api.identity.Audience;
import org.onestop.api.identity.Caller;
import org.onestop.api.identity.Role;
import org.onestop.api.module.ModuleResource;
import org.onestop.api.view.View;
import org.onestop.preexam.internal.Centre;
import org.onestop.preexam.internal.CentreSettings;
import org.onestop.preexam.internal.entity.EntityIntake;
import org.onestop.preexam.internal.entity.EntityStandings;
import org.onestop.preexam.internal.rules.PatentType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

/**
 * The page {@code /preexam}: what pre-examination is, the centre's fields, region and time limits, and for an
 * innovator where its organisation stands and what to do next; for staff, their pages.
 */
@Component(service = PreexamPages.class, immediate = true)
@ModuleResource
@Path("preexam")
@Produces(MediaType.TEXT_HTML)
@Access(Audience.ANYONE)
public final class PreexamPages {

    private final Centre centre;
    private final EntityIntake entities;
    private final EntityStandings standings;
    private final Cases cases;

    @Activate
    public PreexamPages(@Reference Centre centre, @Reference EntityIntake entities,
            @Reference EntityStandings standings, @Reference Cases cases) {
        this.centre = centre;
        this.entities = entities;
        this.standings = standings;
        this.cases = cases;
    }

    @GET
    public View page(@QueryParam("filed") String filed, @Context Caller caller, @Context Language language)
            throws SQLException {
        CentreSettings settings = centre.settings();
        Object standing = "";
        if (caller.innovator()) {
            try {
                standing = standings.of(entities.organisationOf(caller));
            } catch (CaseRefusal noOrganisation) {
                standing = "";
            }
        }
        String shown = filed != null && caller.innovator() && cases.find(filed, caller).isPresent() ? filed : "";
        return View.of("preexam/home", "settings", settings, "standing", standing, "filed", shown,
                "innovator", caller.innovator(), "signedIn", caller.signedIn(),
                "examiner", caller.staff() && (caller.has(Role.EXAMINER) || caller.has(Role.SUPERVISOR)),
                "supervisor", caller.has(Role.SUPERVISOR),
                "regions", settings.regions().stream().map(r -> r.name().in(language)).toList(),
                "types", settings.patentTypes().stream().map(t -> t.label().in(language)).toList(),
                "designs", settings.patentTypes().contains(PatentType.DESIGN),
                "quotaPeriod", "preexam.period." + settings.quota().period().code());
    }

}
