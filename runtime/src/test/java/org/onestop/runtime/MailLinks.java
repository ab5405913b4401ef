package org.onestop.runtime;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The links of the account mails (confirm your email, set or reset your password) as a user follows them: found in
 * the text of a mail, whether it came by SMTP or is read from the outbox.
 */
final class MailLinks {

    private static final Pattern LINK = Pattern.compile(
            "(http://\\S+/account/(confirm|reset)\\?token=[A-Za-z0-9_%-]+)");

    private MailLinks() {
    }

    /** The first account link in a mail's text; fails, showing the text, when there is none. */
    static String in(String text) {
        Matcher m = LINK.matcher(text);
        if (!m.find()) {
            throw new AssertionError("No account link in the mail: " + text);
        }
        return m.group(1);
    }

    /** The link as a path of the site, with its query. */
    static String path(String link) {
        return link.substring(link.indexOf("/account/"));
    }

    /** The token the link carries, decoded. */
    static String token(String link) {
        return URLDecoder.decode(link.substring(link.indexOf("token=") + 6), StandardCharsets.UTF_8);
    }
}
