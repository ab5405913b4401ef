package org.onestop.platform.internal.identity;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.onestop.api.i18n.Language;
import org.onestop.api.identity.AccountKind;
import org.onestop.api.identity.People;
import org.onestop.api.identity.Person;
import org.onestop.api.identity.Role;
import org.osgi.service.component.annotations.Component;

/**
 * Offers other bundles the gateway's accounts, read only, within their own transactions: the platform's tables are
 * named with their schema, so a connection of any schema reads them. Roles are read as {@link AccountStore} writes
 * them.
 */
@Component(service = People.class)
public final class PeopleDirectory implements People {

    private static final String COLUMNS = "A.ID, A.DISPLAY_NAME, A.EMAIL, A.ACCOUNT_KIND, A.PREFERRED_LANGUAGE,"
            + " A.ACTIVE";
    /** At most this many ids in one {@code IN} list. */
    private static final int BATCH = 200;

    @Override
    public Optional<Person> find(Connection transaction, long id) throws SQLException {
        try (PreparedStatement select = transaction.prepareStatement("SELECT " + COLUMNS
                + " FROM PLATFORM.ACCOUNT A WHERE A.ID = ?")) {
            select.setLong(1, id);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(person(transaction, rows)) : Optional.empty();
            }
        }
    }

    @Override
    public List<Person> staffHolding(Connection transaction, Set<Role> roles) throws SQLException {
        List<Person> staff = new ArrayList<>();
        if (roles.isEmpty()) {
            return staff;
        }
        try (PreparedStatement select = transaction.prepareStatement("SELECT DISTINCT " + COLUMNS
                + " FROM PLATFORM.ACCOUNT A JOIN PLATFORM.ACCOUNT_ROLE R ON R.ACCOUNT_ID = A.ID"
                + " WHERE A.ACCOUNT_KIND = 'STAFF' AND A.ACTIVE = TRUE AND R.ROLE_CODE IN (" + marks(roles.size())
                + ") ORDER BY A.DISPLAY_NAME, A.ID")) {
            int i = 1;
            for (Role role : roles) {
                select.setString(i++, role.name());
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    staff.add(person(transaction, rows));
                }
            }
        }
        return staff;
    }

    @Override
    public Map<Long, String> names(Connection transaction, Collection<Long> ids) throws SQLException {
        Map<Long, String> names = new LinkedHashMap<>();
        List<Long> all = ids.stream().distinct().toList();
        for (int from = 0; from < all.size(); from += BATCH) {
            List<Long> batch = all.subList(from, Math.min(all.size(), from + BATCH));
            try (PreparedStatement select = transaction.prepareStatement("SELECT ID, DISPLAY_NAME"
                    + " FROM PLATFORM.ACCOUNT WHERE ID IN (" + marks(batch.size()) + ")")) {
                for (int i = 0; i < batch.size(); i++) {
                    select.setLong(i + 1, batch.get(i));
                }
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        names.put(rows.getLong(1), rows.getString(2));
                    }
                }
            }
        }
        return names;
    }

    private static Person person(Connection transaction, ResultSet row) throws SQLException {
        long id = row.getLong(1);
        return new Person(id, row.getString(2), row.getString(3), AccountKind.valueOf(row.getString(4)),
                Language.EN.tag().equals(row.getString(5)) ? Language.EN : Language.ZH_CN, row.getBoolean(6),
                AccountStore.roles(transaction, id));
    }

    private static String marks(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }
}
