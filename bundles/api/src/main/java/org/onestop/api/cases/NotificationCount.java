package org.onestop.api.cases;

import java.sql.SQLException;

import org.osgi.annotation.versioning.ProviderType;

/** How many notifications an account has not read yet: the count the shell's header shows beside the bell. */
@ProviderType
public interface NotificationCount {

    /** The account's unread notifications. */
    long unread(long accountId) throws SQLException;
}
