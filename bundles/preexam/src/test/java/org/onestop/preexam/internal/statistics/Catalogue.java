package org.onestop.preexam.internal.statistics;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.onestop.api.i18n.Language;
import org.onestop.api.i18n.Messages;

/** The module's own message catalogues, read as the platform reads them: {0}, {1}, … replaced, unknown keys as is. */
final class Catalogue implements Messages {

    @Override
    public String text(Language language, String key, Object... arguments) {
        Properties texts = new Properties();
        String file = "/i18n/messages_" + language.tag().replace('-', '_') + ".properties";
        try (InputStream in = Catalogue.class.getResourceAsStream(file)) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
        String text = texts.getProperty(key, key);
        for (int i = 0; i < arguments.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(arguments[i]));
        }
        return text;
    }
}
