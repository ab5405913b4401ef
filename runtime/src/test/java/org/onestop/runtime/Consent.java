package org.onestop.runtime;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The consent a registration carries, as a person gives it: the user agreement and the privacy notice in the
 * versions the hall shows now, agreed to on the form (the check box and the versions in its hidden fields) or over
 * the API (the versions {@code GET /api/legal} names).
 */
final class Consent {

    private static final Pattern HIDDEN = Pattern.compile("name=\"(termsVersion|privacyVersion)\" value=\"([^\"]*)\"");
    private static final Pattern VERSION = Pattern.compile("\"(terms|privacy)\":\\{\"version\":\"([^\"]+)\"");

    private Consent() {
    }

    /** {@code fields} of the registration form with the box ticked and the versions the form page holds. */
    static Map<String, String> onForm(Browser browser, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        Matcher hidden = HIDDEN.matcher(browser.get("/register").body());
        while (hidden.find()) {
            all.put(hidden.group(1), hidden.group(2));
        }
        all.put("consent", "yes");
        return all;
    }

    /** {@code fields} of a JSON registration with the current versions of both texts. */
    static Map<String, Object> overApi(Browser browser, Map<String, ?> fields) {
        Map<String, Object> all = new LinkedHashMap<>(fields);
        Matcher version = VERSION.matcher(browser.get("/api/legal", "Accept", "application/json").body());
        while (version.find()) {
            all.put(version.group(1) + "Version", version.group(2));
        }
        return all;
    }
}
