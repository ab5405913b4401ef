package org.onestop.preexam.internal;

import java.lang.reflect.Proxy;

/** The settings {@link PreexamConfig} declares as defaults, for when the configuration given cannot be read. */
final class Defaults {

    static final PreexamConfig CONFIG = (PreexamConfig) Proxy.newProxyInstance(PreexamConfig.class.getClassLoader(),
            new Class<?>[] {PreexamConfig.class}, (proxy, method, arguments) -> switch (method.getName()) {
                case "annotationType" -> PreexamConfig.class;
                case "hashCode" -> 0;
                case "equals" -> proxy == arguments[0];
                case "toString" -> "PreexamConfig defaults";
                default -> method.getDefaultValue();
            });

    private Defaults() {
    }
}
