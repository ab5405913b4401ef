package org.onestop.preexam.internal.entity;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

import org.onestop.api.cases.CaseFile;
import org.onestop.api.cases.CaseMove;
import org.onestop.api.cases.CaseRefusal;
import org.onestop.api.cases.CaseType;
import org.onestop.api.cases.Workflow;
import org.onestop.api.i18n.Language;
import org.onestop.api.identity.Caller;
import org.onestop.api.view.View;
import org.onestop.preexam.internal.Centre;
import org.onestop.preexam.internal.CentreSettings;
import org.onestop.preexam.internal.PreexamConfig;
import org.onestop.preexam.internal.Region;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Offers entity registrations (备案) as a case type: an examiner's approval or rejection changes the organisation's
 * standing in the same transaction; the case page shows what the organisation submitted. Registered again when the
 * configuration changes, so that a new time limit applies to new registrations.
 */
@Component(service = CaseType.class, configurationPid = PreexamConfig.PID)
public final class RegistrationType implements CaseType {

    private final EntityRegister register;
    private final Workflow workflow;
    private final CentreSettings settings;

    @Activate
    public RegistrationType(@Reference EntityRegister register, PreexamConfig config) {
        this.register = register;
        this.settings = Centre.read(config, null);
        this.workflow = RegistrationWorkflow.of(settings.registrationDays());
    }

    @Override
    public Workflow workflow() {
        return workflow;
    }

    @Override
    public void moving(Connection transaction, CaseMove move) throws SQLException {
        Registration registration = register.registration(transaction, move.before().id())
                .orElseThrow(() -> CaseRefusal.conflict("preexam.refused.noRegistration"));
        Standing to = switch (move.transition().code()) {
            case RegistrationWorkflow.APPROVE -> Standing.APPROVED;
            case RegistrationWorkflow.REJECT -> Standing.REJECTED;
            default -> null;
        };
        if (to != null && !register.change(transaction, registration.organisationId(), Standing.PENDING, to,
                to == Standing.REJECTED ? move.comment() : null, Instant.now())) {
            throw CaseRefusal.conflict("preexam.refused.notPending", registration.trackingNumber());
        }
    }

    @Override
    public Optional<View> details(CaseFile file, Caller viewer, Language language) {
        try {
            return register.registration(file.id()).map(r -> View.of("preexam/registration", "registration", r,
                    "region", settings.region(r.regionCode()).map(Region::name).map(n -> n.in(language))
                            .orElse(r.regionCode()),
                    "fields", String.join(", ", r.fields())));
        } catch (SQLException e) {
            throw new IllegalStateException("The registration of case " + file.trackingNumber() + " cannot be read",
                    e);
        }
    }
}
