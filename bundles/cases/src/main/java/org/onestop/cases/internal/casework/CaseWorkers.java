package org.onestop.cases.internal.casework;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.onestop.api.identity.People;
import org.onestop.api.identity.Role;
import org.onestop.cases.internal.cases.CaseTables;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The staff a supervisor may give a case to: active staff accounts holding one of the roles of its workflow. */
@Component(service = CaseWorkers.class, immediate = true)
public final class CaseWorkers {

    private final DataSource database;
    private final People people;

    /**
     * A staff member who may be given a case.
     *
     * @param id          the account
     * @param displayName the name shown
     */
    public record Worker(long id, String displayName) {
    }

    @Activate
    public CaseWorkers(@Reference(target = CaseTables.DATA_SOURCE) DataSource database, @Reference People people) {
        this.database = database;
        this.people = people;
    }

    /** The active staff holding one of {@code roles}, by name. */
    public List<Worker> holding(Set<Role> roles) throws SQLException {
        try (Connection connection = database.getConnection()) {
            return people.staffHolding(connection, roles).stream()
                    .map(p -> new Worker(p.id(), p.displayName())).toList();
        }
    }
}
