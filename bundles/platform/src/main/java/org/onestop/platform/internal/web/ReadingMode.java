package org.onestop.platform.internal.web;

import java.util.Locale;
import java.util.Optional;

import jakarta.ws.rs.container.ContainerRequestContext;

/**
 * How the pages are laid out for a visitor: the standard pages, or the elderly-friendly mode (长辈版: larger text and
 * targets, stronger contrast, no animation, the main services only), chosen in every page's header and remembered
 * in the cookie {@link #COOKIE}.
 */
enum ReadingMode {
    STANDARD, SENIOR;

    static final String COOKIE = "onestop_mode";

    /** Its name in addresses and the cookie: {@code standard}, {@code senior}. */
    String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<ReadingMode> parse(String code) {
        for (ReadingMode mode : values()) {
            if (mode.code().equals(code)) {
                return Optional.of(mode);
            }
        }
        return Optional.empty();
    }

    /** The mode the visitor chose, standard when none. */
    static ReadingMode of(ContainerRequestContext request) {
        return parse(RequestCookies.value(request, COOKIE)).orElse(STANDARD);
    }
}
