package org.onestop.platform.internal.identity;

import java.sql.SQLException;
import java.util.Optional;

import javax.sql.DataSource;

import org.onestop.api.identity.OrganisationProfile;
import org.onestop.api.identity.Organisations;
import org.onestop.platform.internal.db.Transaction;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Offers modules the organisations innovators registered, read only. */
@Component(service = Organisations.class)
public final class OrganisationDirectory implements Organisations {

    private final DataSource database;
    private final OrganisationStore organisations = new OrganisationStore();

    @Activate
    public OrganisationDirectory(@Reference(target = "(onestop.schema=PLATFORM)") DataSource database) {
        this.database = database;
    }

    @Override
    public Optional<OrganisationProfile> find(long id) throws SQLException {
        return Transaction.run(database, c -> organisations.byId(c, id)).map(o -> new OrganisationProfile(o.id(),
                o.name(), o.creditCode(), o.address(), o.contactPerson(), o.contactPhone()));
    }
}
