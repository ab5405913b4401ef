package org.onestop.cnipa.internal;

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
 * The window business's audit entries in the reader's words, for the operators' audit page: a catalogue item by its
 * name, its new version with the fields changed under the form's labels, a template by item; a fee by its kind and
 * patent type, its amount before and after with the source. The trail keeps what was recorded
 * ({@code catalogue:invention-application}, {@code version 3: feesZh, feesEn}, {@code 900.00 → 950.00; 发改… 2017-03-01}).
 */
@Component(service = EntryWords.class, property = EntryWords.ACTIONS + "=cnipa")
public final class CnipaEntryWords implements EntryWords {

    private static final Pattern VERSION = Pattern.compile(
            "version (\\d+): ([A-Za-z, ]*)(?:; template of item (\\d+): (.+) \\((\\w+), (\\d+) bytes\\))?");
    private static final Pattern FEE = Pattern.compile("(\\d+\\.\\d{2}) → (\\d+\\.\\d{2}); (.*) (\\d{4}-\\d{2}-\\d{2})");
    private static final Pattern FIELD = Pattern.compile("([a-z][A-Za-z]*)(Zh|En)");

    private final Catalogue catalogue;
    private final FeeSchedule fees;
    private final Messages messages;

    @Activate
    public CnipaEntryWords(@Reference Catalogue catalogue, @Reference FeeSchedule fees, @Reference Messages messages) {
        this.catalogue = catalogue;
        this.fees = fees;
        this.messages = messages;
    }

    @Override
    public Optional<String> target(String action, String target, Language language) {
        try {
            if (target.startsWith("catalogue:")) {
                String code = target.substring(10);
                return catalogue.businesses().work().call(tx -> catalogue.businesses().find(tx, code))
                        .map(b -> text(language, "cnipa.audit.business", b.name(language)));
            }
            if (target.startsWith("fee:")) {
                String key = target.substring(4);
                return fees.all().stream().filter(f -> f.key().equals(key)).findFirst().map(f -> {
                    String name = text(language, "cnipa.fees.type." + f.type())
                            + text(language, "cnipa.fees.kind." + f.kind());
                    return "annual".equals(f.kind()) ? text(language, "cnipa.audit.annualFee", name, f.firstYear(),
                            f.lastYear()) : name;
                });
            }
        } catch (SQLException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    @Override
    public Optional<String> detail(String action, String target, String detail, Language language) {
        Matcher m;
        if (action.equals(CatalogueDesk.CHANGED) && (m = VERSION.matcher(detail)).matches()) {
            List<String> fields = new ArrayList<>();
            for (String field : m.group(2).split(",\\s*")) {
                if (!field.isBlank()) {
                    fields.add(field(field.strip(), language));
                }
            }
            String words = text(language, "cnipa.audit.version", m.group(1),
                    String.join(text(language, "cnipa.audit.separator"), fields));
            return Optional.of(m.group(3) == null ? words : words + text(language, "cnipa.audit.template",
                    m.group(3), m.group(4), m.group(5).toUpperCase(java.util.Locale.ROOT), m.group(6)));
        }
        if (action.equals(FeeSchedule.CHANGED) && (m = FEE.matcher(detail)).matches()) {
            return Optional.of(text(language, "cnipa.audit.feeChanged", m.group(1), m.group(2), m.group(3),
                    m.group(4)));
        }
        return Optional.empty();
    }

    /** A changed field as the form labels it: {@code feesEn} is the fees, in English. */
    private String field(String field, Language language) {
        if (field.equals("toConfirm")) {
            return text(language, "cnipa.audit.toConfirm");
        }
        Matcher m = FIELD.matcher(field);
        if (!m.matches()) {
            return field;
        }
        return text(language, "cnipa.audit.field" + m.group(2), text(language, "cnipa.catalogue.field." + m.group(1)));
    }

    private String text(Language language, String key, Object... arguments) {
        return messages.text(language, key, arguments);
    }
}
