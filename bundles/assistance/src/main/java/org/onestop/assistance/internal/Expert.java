package org.onestop.assistance.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An expert of the centre's pool as staff keep it: name, organisation, fields (right types from the form's list
 * and/or IPC classes such as {@code H02K} or {@code H02K 1/27}), how to reach them, and whether they take cases.
 * {@link #problems()} says what stops it from being stored, field by field, as message keys.
 *
 * @param id           its number in the pool, null before it is stored
 * @param name         the expert's name
 * @param organisation where the expert works
 * @param fields       right-type codes and IPC classes, in the order given
 * @param contact      telephone or e-mail
 * @param active       whether the expert may be assigned
 */
public record Expert(Long id, String name, String organisation, List<String> fields, String contact,
        boolean active) {

    static final int NAME_LENGTH = 100;
    static final int ORGANISATION_LENGTH = 200;
    static final int FIELDS_LENGTH = 500;
    static final int CONTACT_LENGTH = 200;

    /** An IPC class (section, class, subclass), optionally with its group, e.g. {@code H02K 1/27}. */
    private static final Pattern IPC = Pattern.compile("[A-H]\\d{2}[A-Z](\\s?\\d{1,4}/\\d{1,6})?");

    public Expert {
        name = name == null ? "" : name.strip();
        organisation = organisation == null ? "" : organisation.strip();
        contact = contact == null ? "" : contact.strip();
        Set<String> cleaned = new LinkedHashSet<>();
        for (String field : fields == null ? List.<String>of() : fields) {
            String f = field == null ? "" : field.strip();
            if (!f.isEmpty()) {
                cleaned.add(IPC.matcher(f.toUpperCase(Locale.ROOT)).matches() ? f.toUpperCase(Locale.ROOT) : f);
            }
        }
        fields = List.copyOf(cleaned);
    }

    /** The fields as typed in one box: separated by commas (either width), semicolons or new lines. */
    static List<String> split(String typed) {
        return typed == null ? List.of() : Arrays.stream(typed.split("[,，;；、\\n]")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }

    /** The same expert under another number. */
    Expert withId(long number) {
        return new Expert(number, name, organisation, fields, contact, active);
    }

    /** The expert as the audit trail records it when added: every field, as typed. */
    String described() {
        return "name: " + name + "; organisation: " + organisation + "; fields: " + String.join(",", fields)
                + "; contact: " + contact + "; active: " + active;
    }

    /** What an edit changed, field by field ({@code organisation: 内蒙古大学 → 内蒙古工业大学}); empty for none. */
    String changesFrom(Expert before) {
        List<String> changes = new ArrayList<>();
        change(changes, "name", before.name, name);
        change(changes, "organisation", before.organisation, organisation);
        change(changes, "fields", String.join(",", before.fields), String.join(",", fields));
        change(changes, "contact", before.contact, contact);
        change(changes, "active", String.valueOf(before.active), String.valueOf(active));
        return String.join("; ", changes);
    }

    private static void change(List<String> changes, String field, String before, String after) {
        if (!before.equals(after)) {
            changes.add(field + ": " + before + " → " + after);
        }
    }

    /** Each field at fault with its message key; empty when the expert can be stored. */
    public Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (name.isEmpty()) {
            problems.put("name", "assistance.error.expert.name.missing");
        } else if (name.length() > NAME_LENGTH) {
            problems.put("name", "assistance.error.tooLong");
        }
        if (organisation.isEmpty()) {
            problems.put("organisation", "assistance.error.expert.organisation.missing");
        } else if (organisation.length() > ORGANISATION_LENGTH) {
            problems.put("organisation", "assistance.error.tooLong");
        }
        if (fields.isEmpty()) {
            problems.put("fields", "assistance.error.expert.fields.missing");
        } else if (!fields.stream().allMatch(Expert::knownField)) {
            problems.put("fields", "assistance.error.expert.fields.unknown");
        } else if (String.join(",", fields).length() > FIELDS_LENGTH) {
            problems.put("fields", "assistance.error.tooLong");
        }
        if (contact.isEmpty()) {
            problems.put("contact", "assistance.error.expert.contact.missing");
        } else if (contact.length() > CONTACT_LENGTH) {
            problems.put("contact", "assistance.error.tooLong");
        }
        return problems;
    }

    private static boolean knownField(String field) {
        return IPC.matcher(field).matches() || Choice.of(RightType.class, field).isPresent();
    }
}
