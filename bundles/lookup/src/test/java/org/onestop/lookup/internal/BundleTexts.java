package org.onestop.lookup.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.onestop.api.i18n.Language;
import org.onestop.api.i18n.Messages;

/**
 * The bundle's own message catalogues, read as the gateway reads them ({@code {0}} replaced by the argument as
 * written), for tests of what readers are told.
 */
public final class BundleTexts implements Messages {

    private final Properties chinese = load("/i18n/messages_zh_CN.properties");
    private final Properties english = load("/i18n/messages_en.properties");

    @Override
    public String text(Language language, String key, Object... arguments) {
        String text = (language == Language.EN ? english : chinese).getProperty(key);
        if (text == null) {
            throw new AssertionError("no message " + key + " in " + language.tag());
        }
        for (int i = 0; i < arguments.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(arguments[i]));
        }
        return text;
    }

    private static Properties load(String name) {
        Properties p = new Properties();
        try (InputStream in = BundleTexts.class.getResourceAsStream(name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
