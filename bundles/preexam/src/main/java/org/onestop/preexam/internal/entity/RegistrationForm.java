package org.onestop.preexam.internal.entity;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.onestop.api.cases.FormParts;
import org.onestop.api.i18n.Language;
import org.onestop.preexam.internal.CentreSettings;
import org.onestop.preexam.internal.FormProblems;
import org.onestop.preexam.internal.Region;
import org.onestop.preexam.internal.rules.IpcCode;

/**
 * What an organisation states when it registers with the centre (备案), besides its profile and licence: the region
 * it is in, the technical fields it works in (IPC subclasses) and the person to contact.
 *
 * @param region       the administrative division code of its region
 * @param fields       the fields as typed, separated by commas, semicolons, 、 or new lines
 * @param contactName  the person to contact
 * @param contactPhone their telephone number
 * @param contactEmail their email, or empty
 */
public record RegistrationForm(String region, String fields, String contactName, String contactPhone,
        String contactEmail) {

    static final Pattern SEPARATORS = Pattern.compile("[,;，；、\\n\\r]+");
    private static final Pattern PHONE = Pattern.compile("[+0-9][0-9 -]{6,19}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    public RegistrationForm {
        region = clean(region);
        fields = clean(fields);
        contactName = clean(contactName);
        contactPhone = clean(contactPhone);
        contactEmail = clean(contactEmail);
    }

    /** The form's text fields from a multipart body. */
    public static RegistrationForm of(FormParts parts) {
        return new RegistrationForm(parts.field("region").orElse(""), parts.field("fields").orElse(""),
                parts.field("contactName").orElse(""), parts.field("contactPhone").orElse(""),
                parts.field("contactEmail").orElse(""));
    }

    /** The fields as IPC symbols, in canonical form, without the entries that are not symbols. */
    public List<IpcCode> fieldCodes() {
        Set<IpcCode> codes = new LinkedHashSet<>();
        for (String entry : SEPARATORS.split(fields)) {
            IpcCode.parse(entry).ifPresent(codes::add);
        }
        return new ArrayList<>(codes);
    }

    /** What is wrong with the form for the centre of {@code settings}. */
    public FormProblems problems(CentreSettings settings, Language language) {
        FormProblems problems = new FormProblems();
        if (region.isEmpty()) {
            problems.add("region", "preexam.error.region.missing");
        } else if (settings.region(region).isEmpty()) {
            problems.add("region", "preexam.error.region.outside", region, settings.regions().stream()
                    .map(Region::name).map(n -> n.in(language))
                    .collect(Collectors.joining(language == Language.EN ? ", " : "、")));
        }
        if (fields.isEmpty()) {
            problems.add("fields", "preexam.error.fields.missing");
        } else {
            for (String entry : SEPARATORS.split(fields)) {
                if (!entry.isBlank() && IpcCode.parse(entry).isEmpty()) {
                    problems.add("fields", "preexam.error.fields.format", entry.strip());
                }
            }
            if (!problems.has("fields") && !settings.fields().overlaps(fieldCodes())) {
                problems.add("fields", "preexam.error.fields.outside", settings.fields().toString());
            }
        }
        if (contactName.isEmpty()) {
            problems.add("contactName", "preexam.error.contactName.missing");
        } else if (contactName.length() > 100) {
            problems.add("contactName", "preexam.error.contactName.long");
        }
        if (!PHONE.matcher(contactPhone).matches()) {
            problems.add("contactPhone", "preexam.error.contactPhone");
        }
        if (!contactEmail.isEmpty() && (contactEmail.length() > 254 || !EMAIL.matcher(contactEmail).matches())) {
            problems.add("contactEmail", "preexam.error.contactEmail");
        }
        return problems;
    }

    private static String clean(String text) {
        return text == null ? "" : text.strip();
    }
}
