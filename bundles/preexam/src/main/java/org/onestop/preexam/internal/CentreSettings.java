package org.onestop.preexam.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.onestop.api.cases.Label;
import org.onestop.preexam.internal.rules.IpcScope;
import org.onestop.preexam.internal.rules.LocarnoScope;
import org.onestop.preexam.internal.rules.PatentType;
import org.onestop.preexam.internal.rules.Quota;
import org.onestop.preexam.internal.rules.QuotaPeriod;

/**
 * The centre's pre-examination settings as read from {@link PreexamConfig}: its fields, service region, accepted
 * patent types, time limits, quota and numbering. An entry that cannot be read is reported by
 * {@link #from(PreexamConfig)} with what is wrong, so that the operator sees it in the log.
 *
 * @param centreName       who signs qualification notices
 * @param fields           the technical fields served (IPC), for inventions and utility models
 * @param designScope      the designs served (Locarno classes and subclasses)
 * @param regions          the service region
 * @param patentTypes      the patent types accepted
 * @param registrationDays working days to decide a registration
 * @param examinationDays  working days to examine
 * @param correctionDays   working days to correct
 * @param filingDays       calendar days to file after qualification
 * @param quota            requests per entity and period
 * @param numberPrefix     the prefix of pre-examination numbers
 */
public record CentreSettings(String centreName, IpcScope fields, LocarnoScope designScope, List<Region> regions,
        Set<PatentType> patentTypes, int registrationDays, int examinationDays, int correctionDays, int filingDays,
        Quota quota, String numberPrefix) {

    private static final Pattern DIVISION = Pattern.compile("\\d{6}");
    private static final Pattern PREFIX = Pattern.compile("[A-Z]{1,8}");

    public CentreSettings {
        regions = List.copyOf(regions);
        patentTypes = Collections.unmodifiableSet(EnumSet.copyOf(patentTypes));
    }

    /** Reads the configuration; throws {@link IllegalArgumentException} saying which setting is wrong. */
    public static CentreSettings from(PreexamConfig config) {
        IpcScope fields = IpcScope.parse(config.fields());
        if (fields.entries().isEmpty()) {
            throw new IllegalArgumentException("fields: the centre serves no technical field");
        }
        LocarnoScope designs;
        try {
            designs = LocarnoScope.parse(config.design_locarno());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("design.locarno: " + e.getMessage(), e);
        }
        if (designs.entries().isEmpty()) {
            throw new IllegalArgumentException("design.locarno: the centre serves no Locarno class");
        }
        List<Region> regions = new ArrayList<>();
        for (String entry : config.regions().split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            String[] parts = entry.strip().split("=", 2);
            String[] names = parts.length == 2 ? parts[1].split("/", 2) : new String[0];
            if (parts.length != 2 || !DIVISION.matcher(parts[0].strip()).matches() || names[0].isBlank()) {
                throw new IllegalArgumentException("regions: '" + entry.strip() + "' is not code=中文名/English name");
            }
            String zh = names[0].strip();
            regions.add(new Region(parts[0].strip(), Label.of(zh, names.length == 2 ? names[1].strip() : zh)));
        }
        if (regions.isEmpty()) {
            throw new IllegalArgumentException("regions: the centre serves no region");
        }
        Set<PatentType> types = EnumSet.noneOf(PatentType.class);
        for (String code : config.patent_types().split(",")) {
            if (!code.isBlank()) {
                types.add(PatentType.of(code.strip()).orElseThrow(() -> new IllegalArgumentException(
                        "patent.types: '" + code.strip() + "' is not invention, utility-model or design")));
            }
        }
        if (types.isEmpty()) {
            throw new IllegalArgumentException("patent.types: no patent type is accepted");
        }
        QuotaPeriod period = QuotaPeriod.of(config.quota_period()).orElseThrow(() -> new IllegalArgumentException(
                "quota.period: '" + config.quota_period() + "' is not month, quarter or year"));
        String prefix = config.number_prefix().strip();
        if (!PREFIX.matcher(prefix).matches()) {
            throw new IllegalArgumentException("number.prefix: '" + prefix + "' is not 1 to 8 capital letters");
        }
        return new CentreSettings(config.centre_name().strip(), fields, designs, regions, types,
                atLeastOne("registration.days", config.registration_days()),
                atLeastOne("examination.days", config.examination_days()),
                atLeastOne("correction.days", config.correction_days()),
                atLeastOne("filing.days", config.filing_days()),
                new Quota(atLeastOne("quota.requests", config.quota_requests()), period), prefix);
    }

    /** The served region of division code {@code code}, if it is one. */
    public Optional<Region> region(String code) {
        return regions.stream().filter(r -> r.code().equals(code)).findFirst();
    }

    private static int atLeastOne(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + ": " + value + " is less than 1");
        }
        return value;
    }
}
