package org.onestop.platform.internal.shell;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.onestop.api.i18n.Language;
import org.onestop.api.i18n.Messages;
import org.onestop.api.module.GatewayPaths;
import org.onestop.api.module.ModuleDirectory;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Message lookup across the shell's catalogues in {@code web/i18n/} (re-read when an operator edits them) and the
 * catalogues inside module bundles (re-read when a bundle is updated).
 */
@Component(service = Messages.class)
public final class MessageCatalog implements Messages {

    private final Function<String, Optional<Bundle>> moduleBundles;
    /** The shell's catalogue file of each language, and each as last read. */
    private final Map<Language, Path> webPaths = new EnumMap<>(Language.class);
    private final Map<Language, Loaded> webFiles = new ConcurrentHashMap<>();
    private final Map<String, Loaded> bundleFiles = new ConcurrentHashMap<>();

    private static final Logger LOG = LoggerFactory.getLogger(MessageCatalog.class);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d{1,2})\\}");

    /** Operator edits in web/i18n show within this many milliseconds. */
    private static final long RECHECK_MILLIS = 1000;

    /** A catalogue as read, with the stamp of its source and when that stamp was last looked at. */
    private record Loaded(long stamp, long checkedAt, Properties texts) {
    }

    @Activate
    public MessageCatalog(BundleContext context, @Reference ModuleDirectory modules) {
        this(GatewayPaths.of(context).web(), new ModuleBundles(context, modules));
    }

    public MessageCatalog(Path webFolder, Function<String, Optional<Bundle>> moduleBundles) {
        this.moduleBundles = moduleBundles;
        for (Language language : Language.values()) {
            webPaths.put(language, webFolder.resolve("i18n").resolve(fileName(language)));
        }
    }

    @Override
    public String text(Language language, String key, Object... arguments) {
        String text = find(language, key);
        if (text == null && language != Language.ZH_CN) {
            text = find(Language.ZH_CN, key);
        }
        return text == null ? key : format(text, arguments);
    }

    private String find(Language language, String key) {
        String text = web(language).getProperty(key);
        if (text != null) {
            return text;
        }
        int dot = key.indexOf('.');
        if (dot <= 0) {
            return null;
        }
        return moduleBundles.apply(key.substring(0, dot))
                .map(bundle -> fromBundle(bundle, language).getProperty(key))
                .orElse(null);
    }

    private Properties web(Language language) {
        Path file = webPaths.get(language);
        long now = System.currentTimeMillis();
        Loaded loaded = webFiles.get(language);
        if (loaded != null && now - loaded.checkedAt() < RECHECK_MILLIS) {
            return loaded.texts();
        }
        long stamp = lastModified(file);
        Properties texts = loaded != null && loaded.stamp() == stamp ? loaded.texts()
                : stamp < 0 ? new Properties() : read(file.toString(), () -> Files.newInputStream(file));
        webFiles.put(language, new Loaded(stamp, now, texts));
        return texts;
    }

    private Properties fromBundle(Bundle bundle, Language language) {
        String cacheKey = bundle.getBundleId() + "/" + language.tag();
        long stamp = bundle.getLastModified();
        Loaded loaded = bundleFiles.get(cacheKey);
        if (loaded == null || loaded.stamp() != stamp) {
            URL entry = bundle.getEntry("i18n/" + fileName(language));
            loaded = new Loaded(stamp, 0, entry == null ? new Properties()
                    : read(bundle.getSymbolicName() + "/" + entry.getPath(), entry::openStream));
            bundleFiles.put(cacheKey, loaded);
        }
        return loaded.texts();
    }

    private static long lastModified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException missing) {
            return -1;
        }
    }

    private static String fileName(Language language) {
        return "messages_" + language.tag().replace('-', '_') + ".properties";
    }

    private interface Source {
        InputStream open() throws IOException;
    }

    /** Reads a catalogue; an unreadable one is logged and shows keys instead of texts, the page still renders. */
    private static Properties read(String name, Source source) {
        Properties properties = new Properties();
        try (InputStream in = source.open(); Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            LOG.warn("Message catalogue {} could not be read: {}", name, e.getMessage());
        }
        return properties;
    }

    /** Replaces {0}, {1}, … with the arguments in one pass; apostrophes and other braces stay as written. */
    static String format(String text, Object... arguments) {
        if (arguments == null || arguments.length == 0) {
            return text;
        }
        Matcher placeholder = PLACEHOLDER.matcher(text);
        StringBuilder result = new StringBuilder();
        while (placeholder.find()) {
            int index = Integer.parseInt(placeholder.group(1));
            String value = index < arguments.length ? String.valueOf(arguments[index]) : placeholder.group();
            placeholder.appendReplacement(result, Matcher.quoteReplacement(value));
        }
        placeholder.appendTail(result);
        return result.toString();
    }
}
