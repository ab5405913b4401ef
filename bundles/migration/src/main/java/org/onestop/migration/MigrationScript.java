package org.onestop.migration;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One versioned SQL script of a bundle, named {@code V<version>__<description>.sql}.
 *
 * @param version     the version from the name; scripts run in ascending order
 * @param description the description from the name, underscores read as spaces
 * @param name        the file name
 * @param sql         the script's text
 * @param checksum    SHA-256 of the text, to notice a script changed after it was applied
 */
public record MigrationScript(int version, String description, String name, String sql, String checksum) {

    private static final Pattern NAME = Pattern.compile("V(\\d{1,9})__([A-Za-z0-9_\\-]+)\\.sql");

    /** Reads a script from its file name and text; a name that does not follow the pattern is refused. */
    public static MigrationScript of(String name, String sql) throws MigrationException {
        Matcher m = NAME.matcher(name);
        if (!m.matches()) {
            throw new MigrationException("Script " + name + " is not named V<version>__<description>.sql");
        }
        return new MigrationScript(Integer.parseInt(m.group(1)), m.group(2).replace('_', ' '), name, sql,
                sha256(sql));
    }

    private static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
