package org.onestop.reports.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.onestop.api.cases.FormParts;

/**
 * What a reporter says: which right is infringed ({@link InfringedRight} code) and its number, where (an online
 * shop's address, or a place), by whom if known, and what happened. Also the JSON of {@code /api/reports}. Each
 * field is checked on its own and a fault is named by a message key ({@link #problems()}).
 *
 * @param right       the infringed right's code: {@code patent}, {@code trademark}, {@code copyright},
 *                    {@code geographical-indication} or {@code other}
 * @param rightNumber the patent's application number, the trademark's registration number; optional for the others
 * @param channel     {@code online} (the location is the shop's http(s) address) or {@code offline} (a place)
 * @param location    the shop's address or the place, at most {@value #LOCATION_LENGTH} characters
 * @param infringer   who infringes, if the reporter knows; at most {@value #INFRINGER_LENGTH} characters
 * @param description what happened, at most {@value #DESCRIPTION_LENGTH} characters
 */
public record Report(String right, String rightNumber, String channel, String location, String infringer,
        String description) {

    static final String ONLINE = "online";
    static final String OFFLINE = "offline";
    static final int LOCATION_LENGTH = 500;
    static final int PLACE_LENGTH = 200;
    static final int INFRINGER_LENGTH = 200;
    static final int DESCRIPTION_LENGTH = 4000;
    /** The case's title, as lists show it: who and where, cut to this length. */
    static final int TITLE_LENGTH = 200;

    public Report {
        right = clean(right);
        rightNumber = clean(rightNumber);
        channel = clean(channel).toLowerCase(Locale.ROOT);
        location = clean(location);
        infringer = clean(infringer);
        description = clean(description);
    }

    /** An empty report, for a form not filled in yet. */
    static Report blank() {
        return new Report("", "", "", "", "", "");
    }

    /** The report a page's form sent. */
    static Report of(FormParts form) {
        return new Report(text(form, "right"), text(form, "rightNumber"), text(form, "channel"),
                text(form, "location"), text(form, "infringer"), text(form, "description"));
    }

    /** Each field that cannot be stored, with the message key saying why; empty when the report can be filed. */
    public Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        Optional<InfringedRight> kind = InfringedRight.of(right);
        if (kind.isEmpty()) {
            problems.put("right", "reports.error.right.missing");
        } else {
            String fault = kind.get().check(rightNumber).fault();
            if (fault != null) {
                problems.put("rightNumber", fault);
            }
        }
        if (ONLINE.equals(channel)) {
            if (location.isEmpty()) {
                problems.put("location", "reports.error.url.missing");
            } else if (location.length() > LOCATION_LENGTH) {
                problems.put("location", "reports.error.url.long");
            } else if (!webAddress(location)) {
                problems.put("location", "reports.error.url.format");
            }
        } else if (OFFLINE.equals(channel)) {
            if (location.isEmpty()) {
                problems.put("location", "reports.error.place.missing");
            } else if (location.length() > PLACE_LENGTH) {
                problems.put("location", "reports.error.place.long");
            }
        } else {
            problems.put("channel", "reports.error.channel.missing");
        }
        if (infringer.length() > INFRINGER_LENGTH) {
            problems.put("infringer", "reports.error.infringer.long");
        }
        if (description.isEmpty()) {
            problems.put("description", "reports.error.description.missing");
        } else if (description.length() > DESCRIPTION_LENGTH) {
            problems.put("description", "reports.error.description.long");
        }
        return problems;
    }

    /** The report as stored: the right's number in its canonical form. Only for a report without problems. */
    Report stored() {
        String number = InfringedRight.of(right).orElseThrow().check(rightNumber).number();
        return new Report(right, number, channel, location, infringer, description);
    }

    /** The case's one line in lists: the infringer if named, and where (of an online shop, its host). */
    String title() {
        String where = ONLINE.equals(channel) ? host(location).orElse(location) : location;
        String title = infringer.isEmpty() ? where : infringer + " · " + where;
        return title.length() > TITLE_LENGTH ? title.substring(0, TITLE_LENGTH - 1) + "…" : title;
    }

    private static boolean webAddress(String text) {
        return host(text).isPresent();
    }

    /** The host of an http(s) address, if {@code text} is one. */
    private static Optional<String> host(String text) {
        try {
            URI address = new URI(text);
            String scheme = address.getScheme() == null ? "" : address.getScheme().toLowerCase(Locale.ROOT);
            return scheme.equals("http") || scheme.equals("https") ? Optional.ofNullable(address.getHost())
                    : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static String clean(String text) {
        return text == null ? "" : text.strip();
    }

    private static String text(FormParts form, String name) {
        return form.field(name).orElse("");
    }
}
