package org.onestop.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.onestop.api.i18n.Language;
import org.onestop.api.i18n.Messages;

/**
 * A module's own message catalogues ({@code i18n/messages_zh_CN.properties} and {@code messages_en.properties} of
 * the module's resources on the test's class path), read as the gateway reads them: {@code {0}}, {@code {1}}, …
 * replaced by the arguments as written. For tests of what readers are told without the platform's catalogue.
 *
 * <pre>{@code
 * Messages messages = ModuleTexts.strict();   // a key the module lacks fails the test
 * Messages messages = ModuleTexts.orKeys();   // a key the module lacks (e.g. the shell's) reads as the key
 * }</pre>
 */
public final class ModuleTexts implements Messages {

    private final Properties chinese = load("/i18n/messages_zh_CN.properties");
    private final Properties english = load("/i18n/messages_en.properties");
    private final boolean strict;

    private ModuleTexts(boolean strict) {
        this.strict = strict;
    }

    /** The catalogues, where a key missing from them is an {@link AssertionError}. */
    public static ModuleTexts strict() {
        return new ModuleTexts(true);
    }

    /** The catalogues, where a key missing from them reads as the key itself, its arguments still replaced. */
    public static ModuleTexts orKeys() {
        return new ModuleTexts(false);
    }

    @Override
    public String text(Language language, String key, Object... arguments) {
        String text = (language == Language.EN ? english : chinese).getProperty(key);
        if (text == null) {
            if (strict) {
                throw new AssertionError("no message " + key + " in " + language.tag());
            }
            text = key;
        }
        for (int i = 0; i < arguments.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(arguments[i]));
        }
        return text;
    }

    private static Properties load(String name) {
        Properties texts = new Properties();
        try (InputStream in = ModuleTexts.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("No " + name + " on the class path");
            }
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return texts;
    }
}
