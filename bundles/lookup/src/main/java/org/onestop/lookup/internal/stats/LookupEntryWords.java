package org.onestop.lookup.internal.stats;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.onestop.api.audit.EntryWords;
import org.onestop.api.i18n.Language;
import org.onestop.api.i18n.Messages;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The data stewards' audit entries in the reader's words, for the operators' audit page: a patent import's file, format
 * and counts, an indicator by its name with the periods stored. The trail keeps what was recorded
 * ({@code grants.xml (uspto-xml, 52340 bytes)}, {@code 12 added, 0 replaced, 1 refused},
 * {@code 2 values: patent-grants 2024 actual; patent-grants 2025 target}).
 */
@Component(service = EntryWords.class, property = EntryWords.ACTIONS + "=lookup")
public final class LookupEntryWords implements EntryWords {

    private static final Pattern IMPORT = Pattern.compile("(.+) \\((uspto-xml|csv), (\\d+) bytes\\)");
    private static final Pattern COUNTS = Pattern.compile("(\\d+) added, (\\d+) replaced, (\\d+) refused");
    private static final Pattern VALUES = Pattern.compile("(\\d+) values: (.*)");
    private static final Pattern VALUE = Pattern.compile("(\\S+) (\\S+) (actual|target)");

    private final IndicatorStore indicators;
    private final Messages messages;

    @Activate
    public LookupEntryWords(@Reference IndicatorStore indicators, @Reference Messages messages) {
        this.indicators = indicators;
        this.messages = messages;
    }

    @Override
    public Optional<String> target(String action, String target, Language language) {
        if (!target.startsWith("indicator:")) {
            return Optional.empty();
        }
        return name(target.substring(10), language).map(name -> text(language, "lookup.audit.indicator", name));
    }

    @Override
    public Optional<String> detail(String action, String target, String detail, Language language) {
        Matcher m;
        switch (action) {
            case "lookup.patents.import":
                return (m = IMPORT.matcher(detail)).matches() ? Optional.of(text(language, "lookup.audit.import",
                        m.group(1), text(language, "lookup.import.format." + m.group(2)), m.group(3)))
                        : Optional.empty();
            case "lookup.patents.imported", "lookup.patents.import.failed":
                return (m = COUNTS.matcher(detail)).matches() ? Optional.of(text(language, "lookup.audit.counts",
                        m.group(1), m.group(2), m.group(3))) : Optional.empty();
            case "lookup.indicator.stored", "lookup.indicators.imported":
                return (m = VALUES.matcher(detail)).matches() ? values(m.group(1), m.group(2), language)
                        : Optional.empty();
            default:
                return Optional.empty();
        }
    }

    /** The values stored, each as its indicator's name, period and kind ({@code 实际值}, {@code 目标值}). */
    private Optional<String> values(String count, String listed, Language language) {
        List<String> values = new ArrayList<>();
        for (String value : listed.split("; ")) {
            Matcher m = VALUE.matcher(value);
            if (!m.matches()) {
                return Optional.empty();
            }
            values.add(text(language, "lookup.audit.value", name(m.group(1), language).orElse(m.group(1)),
                    m.group(2), text(language, "lookup.stats." + m.group(3))));
        }
        return Optional.of(text(language, "lookup.audit.values", count,
                String.join(text(language, "lookup.audit.separator"), values)));
    }

    private Optional<String> name(String code, Language language) {
        try {
            return indicators.indicator(code).map((Indicator i) -> language == Language.EN ? i.nameEn() : i.nameZh());
        } catch (SQLException e) {
            return Optional.empty();
        }
    }

    private String text(Language language, String key, Object... arguments) {
        return messages.text(language, key, arguments);
    }
}
