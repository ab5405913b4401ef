package org.onestop.assistance.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.onestop.api.cases.FormParts;

/**
 * What an applicant writes on the application form (the files aside): the business type, the right concerned and
 * its number, the other party, where the infringement happens, the facts, the assistance asked for and whether they
 * are in economic difficulty. Also the content of a draft (as JSON). {@link #problems()} says what stops it from
 * being submitted; a draft is kept whatever it holds (within the lengths).
 *
 * @param businessType      a {@link BusinessType} code
 * @param rightType         a {@link RightType} code
 * @param rightNumber       the right's number, checked by {@link RightNumber}
 * @param otherParty        the other party's name
 * @param otherPartyAddress its address (optional)
 * @param onlineShop        its online shop's address; required when the venue is online
 * @param venue             a {@link Venue} code
 * @param venueDetail       the region, platform or fair
 * @param facts             what happened
 * @param assistance        {@link AssistanceSought} codes, one or more
 * @param hardship          whether the applicant is in economic difficulty
 * @param hardshipStatement their statement of it, required when they are
 */
public record Application(String businessType, String rightType, String rightNumber, String otherParty,
        String otherPartyAddress, String onlineShop, String venue, String venueDetail, String facts,
        List<String> assistance, boolean hardship, String hardshipStatement) {

    static final int NUMBER_LENGTH = 100;
    static final int NAME_LENGTH = 200;
    static final int ADDRESS_LENGTH = 300;
    static final int FACTS_LENGTH = 4000;
    static final int STATEMENT_LENGTH = 1000;

    public Application {
        businessType = clean(businessType);
        rightType = clean(rightType);
        rightNumber = clean(rightNumber);
        otherParty = clean(otherParty);
        otherPartyAddress = clean(otherPartyAddress);
        onlineShop = clean(onlineShop);
        venue = clean(venue);
        venueDetail = clean(venueDetail);
        facts = clean(facts);
        assistance = assistance == null ? List.of()
                : assistance.stream().map(Application::clean).filter(s -> !s.isEmpty()).distinct().toList();
        hardshipStatement = clean(hardshipStatement);
    }

    /** The application as a form sends it: {@code assistance} once per box ticked, {@code hardship=true}. */
    public static Application of(FormParts form) {
        List<String> sought = new ArrayList<>(form.fields().getOrDefault("assistance", List.of()));
        return new Application(text(form, "businessType"), text(form, "rightType"), text(form, "rightNumber"),
                text(form, "otherParty"), text(form, "otherPartyAddress"), text(form, "onlineShop"),
                text(form, "venue"), text(form, "venueDetail"), text(form, "facts"), sought,
                "true".equals(text(form, "hardship")), text(form, "hardshipStatement"));
    }

    /** An empty form. */
    public static Application blank() {
        return new Application(null, null, null, null, null, null, null, null, null, null, false, null);
    }

    /** The right's number as stored: canonical for patents and trademarks. */
    public String storedNumber() {
        RightNumber.Checked checked = Choice.of(RightType.class, rightType)
                .map(r -> RightNumber.check(r, rightNumber)).orElse(RightNumber.Checked.ok(rightNumber));
        return checked.number() == null ? rightNumber : checked.number();
    }

    /** One line naming the application in lists: the other party and the right. */
    public String title() {
        String number = storedNumber();
        String line = otherParty.isEmpty() ? number : otherParty + (number.isEmpty() ? "" : " · " + number);
        return line.length() > NAME_LENGTH ? line.substring(0, NAME_LENGTH) : line;
    }

    /** Each field that stops the application from being submitted, with the message key saying why. */
    public Map<String, String> problems() {
        Map<String, String> problems = lengths();
        if (Choice.of(BusinessType.class, businessType).isEmpty()) {
            problems.putIfAbsent("businessType", "assistance.error.businessType");
        }
        Choice.of(RightType.class, rightType).ifPresentOrElse(right -> {
            String problem = RightNumber.check(right, rightNumber).problem();
            if (problem != null) {
                problems.putIfAbsent("rightNumber", problem);
            }
        }, () -> problems.putIfAbsent("rightType", "assistance.error.rightType"));
        required(problems, "otherParty", otherParty);
        Choice.of(Venue.class, venue).ifPresentOrElse(v -> {
            required(problems, "venueDetail", venueDetail);
            if (v == Venue.ONLINE) {
                required(problems, "onlineShop", onlineShop);
            }
        }, () -> problems.putIfAbsent("venue", "assistance.error.venue"));
        required(problems, "facts", facts);
        if (assistance.isEmpty() || assistance.stream().anyMatch(a -> Choice.of(AssistanceSought.class, a).isEmpty())) {
            problems.putIfAbsent("assistance", "assistance.error.assistance");
        }
        if (hardship) {
            required(problems, "hardshipStatement", hardshipStatement);
        }
        return problems;
    }

    /** The fields too long to be kept, even in a draft. */
    public Map<String, String> lengths() {
        Map<String, String> problems = new LinkedHashMap<>();
        tooLong(problems, "rightNumber", rightNumber, NUMBER_LENGTH);
        tooLong(problems, "otherParty", otherParty, NAME_LENGTH);
        tooLong(problems, "otherPartyAddress", otherPartyAddress, ADDRESS_LENGTH);
        tooLong(problems, "onlineShop", onlineShop, ADDRESS_LENGTH);
        tooLong(problems, "venueDetail", venueDetail, NAME_LENGTH);
        tooLong(problems, "facts", facts, FACTS_LENGTH);
        tooLong(problems, "hardshipStatement", hardshipStatement, STATEMENT_LENGTH);
        if (assistance.size() > AssistanceSought.values().length) {
            problems.put("assistance", "assistance.error.assistance");
        }
        return problems;
    }

    private static void required(Map<String, String> problems, String field, String value) {
        if (value.isEmpty()) {
            problems.putIfAbsent(field, "assistance.error." + field + ".missing");
        }
    }

    private static void tooLong(Map<String, String> problems, String field, String value, int limit) {
        if (value.length() > limit) {
            problems.put(field, "assistance.error.tooLong");
        }
    }

    private static String text(FormParts form, String field) {
        return form.field(field).orElse("");
    }

    private static String clean(String text) {
        return text == null ? "" : text.strip();
    }
}
