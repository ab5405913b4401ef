package org.onestop.preexam.internal.entity;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

import org.onestop.api.cases.Label;
import org.onestop.api.cases.OrganisationIdentityHold;
import org.onestop.api.i18n.Language;
import org.onestop.api.i18n.Messages;
import org.onestop.preexam.internal.Centre;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Keeps an organisation's name and unified social credit code as the centre registered them while its entity
 * registration (备案) is pending, approved or suspended: the centre decided on that name and code, and qualification
 * notices name them. After a rejection, or before any registration, they may change.
 */
@Component(service = OrganisationIdentityHold.class)
public final class EntityHold implements OrganisationIdentityHold {

    private final EntityRegister register;
    private final Centre centre;
    private final Messages messages;

    @Activate
    public EntityHold(@Reference EntityRegister register, @Reference Centre centre, @Reference Messages messages) {
        this.register = register;
        this.centre = centre;
        this.messages = messages;
    }

    @Override
    public Optional<Label> reason(Connection transaction, long organisationId) throws SQLException {
        Optional<EntityRecord> entity = register.find(transaction, organisationId);
        if (entity.isEmpty() || entity.get().standing() == Standing.REJECTED) {
            return Optional.empty();
        }
        String key = "preexam.hold." + entity.get().standing().code();
        String tracking = entity.get().registration().trackingNumber();
        String centreName = centre.settings().centreName();
        return Optional.of(Label.of(messages.text(Language.ZH_CN, key, tracking, centreName),
                messages.text(Language.EN, key, tracking, centreName)));
    }
}
