package org.onestop.api.view;

import java.net.URI;

/**
 * The address a page sends its reader back to ({@code ?next=}, a notification's link): only a path of this site, so
 * that no link of the hall can send anyone to another site.
 */
public final class LocalPath {

    private LocalPath() {
    }

    /** {@code next} if it is a path of this site, else {@code /}. */
    public static String orHome(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")
                || next.chars().anyMatch(c -> c < 0x20)) {
            return "/";
        }
        try {
            URI uri = URI.create(next);
            return uri.getScheme() == null && uri.getAuthority() == null ? next : "/";
        } catch (IllegalArgumentException e) {
            return "/";
        }
    }
}
