package org.onestop.ratings.internal;

import java.util.function.Function;

import org.onestop.api.cases.Label;
import org.onestop.api.i18n.Language;
import org.onestop.api.i18n.Messages;

/** The words of a notice in both languages, from the module's catalogue. */
final class Notices {

    private Notices() {
    }

    /** The message {@code key} in Chinese and English, with the arguments of each language. */
    static Label both(Messages messages, String key, Function<Language, Object[]> arguments) {
        return Label.of(messages.text(Language.ZH_CN, key, arguments.apply(Language.ZH_CN)),
                messages.text(Language.EN, key, arguments.apply(Language.EN)));
    }
}
