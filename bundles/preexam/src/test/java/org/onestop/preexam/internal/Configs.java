package org.onestop.preexam.internal;

import java.io.Reader;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/** Pre-examination configurations for tests: from properties as FileInstall gives them, defaults for the rest. */
public final class Configs {

    /** The configuration the distribution ships. */
    public static final Path SHIPPED = Path.of("../../config/org.onestop.preexam.cfg");

    private Configs() {
    }

    /** A configuration with {@code values} (keys as in the .cfg file, e.g. {@code quota.requests}). */
    public static PreexamConfig of(Map<String, String> values) {
        return (PreexamConfig) Proxy.newProxyInstance(PreexamConfig.class.getClassLoader(),
                new Class<?>[] {PreexamConfig.class}, (proxy, method, arguments) -> {
                    String key = method.getName().replace('_', '.');
                    if (method.getName().equals("annotationType")) {
                        return PreexamConfig.class;
                    }
                    if (!values.containsKey(key)) {
                        return method.getDefaultValue();
                    }
                    String value = values.get(key);
                    return method.getReturnType() == int.class ? Integer.valueOf(value.strip()) : value;
                });
    }

    /** The shipped configuration file, read as FileInstall reads it. */
    public static PreexamConfig shipped() throws Exception {
        Properties file = new Properties();
        try (Reader reader = Files.newBufferedReader(SHIPPED, StandardCharsets.UTF_8)) {
            file.load(reader);
        }
        Map<String, String> values = new HashMap<>();
        file.forEach((k, v) -> values.put((String) k, (String) v));
        return of(values);
    }
}
