package org.onestop.cases.internal.casework;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.onestop.api.identity.Role;
import org.onestop.cases.internal.cases.CaseTables;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The staff a supervisor may give a case to: active staff accounts holding one of the roles of its workflow. */
@Component(service = CaseWorkers.class, immediate = true)
public final class CaseWorkers {

    private final DataSource database;

    /**
     * A staff member who may be given a case.
     *
     * @param id          the account
     * @param displayName the name shown
     */
    public record Worker(long id, String displayName) {
    }

    @Activate
    public CaseWorkers(@Reference(target = CaseTables.DATA_SOURCE) DataSource database) {
        this.database = database;
    }

    /** The active staff holding one of {@code roles}, by name. */
    public List<Worker> holding(Set<Role> roles) throws SQLException {
        List<Worker> workers = new ArrayList<>();
        if (roles.isEmpty()) {
            return workers;
        }
        String marks = String.join(", ", roles.stream().map(r -> "?").toList());
        try (Connection connection = database.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT DISTINCT A.ID, A.DISPLAY_NAME"
                        + " FROM PLATFORM.ACCOUNT A JOIN PLATFORM.ACCOUNT_ROLE R ON R.ACCOUNT_ID = A.ID"
                        + " WHERE A.ACCOUNT_KIND = 'STAFF' AND A.ACTIVE = TRUE AND R.ROLE_CODE IN (" + marks + ")"
                        + " ORDER BY A.DISPLAY_NAME, A.ID")) {
            int i = 1;
            for (Role role : roles.stream().sorted().toList()) {
                select.setString(i++, role.name());
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    workers.add(new Worker(rows.getLong(1), rows.getString(2)));
                }
            }
        }
        return workers;
    }
}
