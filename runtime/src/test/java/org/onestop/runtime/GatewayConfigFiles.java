package org.onestop.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.options.FrameworkPropertyOption;

/**
 * The configuration files of a test gateway as its operator edits them: a setting of a {@code .cfg} file in the
 * gateway's own copy of {@code config/} is replaced (or added), before the gateway boots or while it runs (the
 * gateway reads the files without restart).
 */
final class GatewayConfigFiles {

    private GatewayConfigFiles() {
    }

    /** The configuration folder of the gateway that {@link Gateway#options} prepared, before it boots. */
    static Path folderOf(Option[] options) {
        return Arrays.stream(options).filter(o -> o instanceof FrameworkPropertyOption)
                .map(o -> (FrameworkPropertyOption) o).filter(o -> Gateway.WORK.equals(o.getKey()))
                .map(o -> Path.of(String.valueOf(o.getValue()), "config")).findFirst()
                .orElseThrow(() -> new AssertionError("No work folder among the gateway's options"));
    }

    /** The configuration folder of the running gateway, from inside the container. */
    static Path folderOf(org.osgi.framework.BundleContext context) {
        return Path.of(context.getProperty(Gateway.WORK), "config");
    }

    /**
     * Sets {@code settings} (key to value) in {@code file} of {@code folder}: a line {@code key=…} is replaced, a
     * key the file does not have is added at its end; the rest of the file stays. Returns the file's former text.
     */
    static String set(Path folder, String file, Map<String, String> settings) {
        Path cfg = folder.resolve(file);
        try {
            String before = Files.exists(cfg) ? Files.readString(cfg) : "";
            String text = before;
            for (Map.Entry<String, String> setting : settings.entrySet()) {
                Pattern line = Pattern.compile("(?m)^\\s*" + Pattern.quote(setting.getKey()) + "\\s*[=:].*$");
                String replacement = Matcher.quoteReplacement(setting.getKey() + "=" + setting.getValue());
                Matcher m = line.matcher(text);
                text = m.find() ? m.replaceFirst(replacement)
                        : text + (text.isEmpty() || text.endsWith("\n") ? "" : "\n") + replacement + "\n";
            }
            Files.writeString(cfg, text);
            return before;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code text} back as the whole of {@code file}. */
    static void restore(Path folder, String file, String text) {
        try {
            Files.writeString(folder.resolve(file), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
