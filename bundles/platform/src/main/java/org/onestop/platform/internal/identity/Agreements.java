package org.onestop.platform.internal.identity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.onestop.api.i18n.Language;
import org.onestop.api.module.GatewayPaths;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The texts an innovator consents to when registering: the user agreement ({@code terms}, 用户协议) and the privacy
 * notice ({@code privacy}, 隐私政策), and beside them the accessibility statement ({@code accessibility}, 无障碍声明),
 * which is only read; files the operator edits in {@code <web>/legal/}, e.g.
 * {@code terms_zh-CN.md} and {@code terms_en.md}. Each file begins with a header ({@code title:}, {@code version:},
 * {@code effective:}) closed by a line {@code ---}, then the text. A document's version is that of its Chinese text,
 * the binding one; an operator who changes a text gives both files a new version. An edited file is read again at
 * the next request.
 */
@Component(service = Agreements.class, immediate = true)
public final class Agreements {

    /** The documents: the two an innovator consents to, and the accessibility statement, which is only read. */
    public enum Kind {
        TERMS(true), PRIVACY(true), ACCESSIBILITY(false);

        private final boolean consented;

        Kind(boolean consented) {
            this.consented = consented;
        }

        /** Its name in addresses, files and the consent table: {@code terms}, {@code privacy}. */
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** Whether innovators consent to it when they register. */
        public boolean consented() {
            return consented;
        }
    }

    /** One text of a document in one language. */
    public record Text(Kind kind, Language language, String title, String version, String effective, String body) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(Agreements.class);
    private final Path folder;
    private final Map<Path, Cached> cache = new ConcurrentHashMap<>();

    private record Cached(FileTime modified, Text text) {
    }

    @Activate
    public Agreements(BundleContext context) {
        this(GatewayPaths.of(context).web().resolve("legal"));
    }

    public Agreements(Path folder) {
        this.folder = folder;
    }

    /** The text of {@code kind} in {@code language}, the Chinese one if there is none in it; empty if neither. */
    public Optional<Text> text(Kind kind, Language language) {
        Optional<Text> text = read(kind, language);
        return text.isPresent() || language == Language.ZH_CN ? text : read(kind, Language.ZH_CN);
    }

    /** The version innovators consent to now: that of the Chinese text; empty when there is no such text. */
    public Optional<String> version(Kind kind) {
        return read(kind, Language.ZH_CN).map(Text::version);
    }

    private Optional<Text> read(Kind kind, Language language) {
        Path file = folder.resolve(kind.code() + "_" + language.tag() + ".md");
        try {
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            FileTime modified = Files.getLastModifiedTime(file);
            Cached cached = cache.get(file);
            if (cached == null || !cached.modified().equals(modified)) {
                cached = new Cached(modified, parse(kind, language, Files.readString(file, StandardCharsets.UTF_8)));
                cache.put(file, cached);
            }
            return Optional.of(cached.text());
        } catch (IOException | RuntimeException e) {
            LOG.warn("The text {} cannot be read: {}", file, e.toString());
            return Optional.empty();
        }
    }

    /** A text from its file: the header up to the line {@code ---}, then the body. */
    static Text parse(Kind kind, Language language, String file) {
        Map<String, String> header = new LinkedHashMap<>();
        String[] lines = file.replace("\r\n", "\n").split("\n", -1);
        int body = 0;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].strip().equals("---")) {
                body = i + 1;
                break;
            }
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                header.put(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
                        lines[i].substring(colon + 1).strip());
            }
        }
        String version = header.getOrDefault("version", "");
        if (version.isEmpty() || version.length() > 40) {
            throw new IllegalArgumentException("its header needs a version of at most 40 characters");
        }
        String rest = String.join("\n", java.util.Arrays.copyOfRange(lines, body, lines.length)).strip();
        return new Text(kind, language, header.getOrDefault("title", kind.code()), version,
                header.getOrDefault("effective", ""), rest);
    }
}
