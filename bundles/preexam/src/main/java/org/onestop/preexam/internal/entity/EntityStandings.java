package org.onestop.preexam.internal.entity;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.onestop.api.cases.WorkingCalendar;
import org.onestop.api.identity.OrganisationProfile;
import org.onestop.preexam.internal.Centre;
import org.onestop.preexam.internal.CentreSettings;
import org.onestop.preexam.internal.rules.Quota;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** An organisation's standing with the centre as its innovator reads it: registration, decision, quota left. */
@Component(service = EntityStandings.class)
public final class EntityStandings {

    /**
     * The standing, also the JSON of {@code GET /api/preexam/entity}.
     *
     * @param organisationId the organisation
     * @param name           its name
     * @param creditCode     its unified social credit code
     * @param standing       none, pending, approved, rejected or suspended
     * @param reason         why it was rejected or suspended, or null
     * @param trackingNumber the latest registration's tracking number, or null
     * @param regionCode     the region it registered in, or null
     * @param fields         the fields it registered, canonical
     * @param quota          the requests filed and allowed in the current period
     */
    public record Standing(long organisationId, String name, String creditCode, String standing, String reason,
            String trackingNumber, String regionCode, List<String> fields, QuotaUse quota) {
    }

    /**
     * Requests filed in the current period and the allowance.
     *
     * @param used   filed since {@code from}
     * @param limit  allowed per period
     * @param left   still allowed now
     * @param period month, quarter or year
     * @param from   the first day of the current period
     * @param until  the first day of the next period
     */
    public record QuotaUse(int used, int limit, int left, String period, LocalDate from, LocalDate until) {
    }

    private final EntityRegister register;
    private final FiledRequests requests;
    private final Centre centre;
    private final WorkingCalendar calendar;

    @Activate
    public EntityStandings(@Reference EntityRegister register, @Reference FiledRequests requests,
            @Reference Centre centre, @Reference WorkingCalendar calendar) {
        this.register = register;
        this.requests = requests;
        this.centre = centre;
        this.calendar = calendar;
    }

    public Standing of(OrganisationProfile organisation) throws SQLException {
        Optional<EntityRecord> entity = register.find(organisation.id());
        return new Standing(organisation.id(), organisation.name(), organisation.creditCode(),
                entity.map(e -> e.standing().code()).orElse("none"), entity.map(EntityRecord::reason).orElse(null),
                entity.map(e -> e.registration().trackingNumber()).orElse(null),
                entity.map(e -> e.registration().regionCode()).orElse(null),
                entity.map(e -> e.registration().fields()).orElse(List.of()), quota(organisation.id()));
    }

    /** The organisation's use of its quota in the current period. */
    public QuotaUse quota(long organisationId) throws SQLException {
        CentreSettings settings = centre.settings();
        Quota quota = settings.quota();
        LocalDate today = calendar.today();
        LocalDate from = quota.period().start(today);
        int used = requests.filedSince(organisationId, from);
        return new QuotaUse(used, quota.requests(), quota.left(used), quota.period().name().toLowerCase(
                java.util.Locale.ROOT), from, quota.period().next(today));
    }
}
