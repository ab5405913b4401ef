package org.onestop.migration;

import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The few Derby forms that scripts written before the gateway ran on PostgreSQL use, turned into PostgreSQL's when
 * a script is applied there: a script already applied must never change (its checksum is of the text as written),
 * so an old script is translated rather than edited. New scripts are written in the SQL both databases read.
 */
enum SqlDialect {

    /** Apache Derby: scripts run as written. */
    DERBY,

    /** PostgreSQL: {@code TIMESTAMP('…')} is a cast, a {@code BLOB(…)} column is {@code BYTEA}. */
    POSTGRESQL;

    private static final Pattern TIMESTAMP_FUNCTION = Pattern.compile("(?i)\\bTIMESTAMP\\s*\\(\\s*('[^']*')\\s*\\)");
    private static final Pattern BLOB = Pattern.compile("(?i)\\bBLOB\\s*(\\(\\s*\\d+\\s*[KMG]?\\s*\\))?");

    static SqlDialect of(DatabaseMetaData meta) throws SQLException {
        return "PostgreSQL".equalsIgnoreCase(meta.getDatabaseProductName()) ? POSTGRESQL : DERBY;
    }

    /** {@code sql} in this database's words. */
    String translate(String sql) {
        if (this == DERBY) {
            return sql;
        }
        String casts = TIMESTAMP_FUNCTION.matcher(sql).replaceAll(m -> "CAST(" + Matcher.quoteReplacement(m.group(1))
                + " AS TIMESTAMP)");
        StringBuilder translated = new StringBuilder(casts.length());
        int at = 0;
        while (at < casts.length()) {
            int quote = casts.indexOf('\'', at);
            int end = quote < 0 ? casts.length() : quote;
            translated.append(BLOB.matcher(casts.substring(at, end)).replaceAll("BYTEA"));
            if (quote < 0) {
                break;
            }
            int closing = casts.indexOf('\'', quote + 1);
            at = closing < 0 ? casts.length() : closing + 1;
            translated.append(casts, quote, at); // a string literal ('' inside it reads as two literals): as written
        }
        return translated.toString();
    }
}
