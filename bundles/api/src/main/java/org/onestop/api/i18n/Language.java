package org.onestop.api.i18n;

/**
 * A language the portal speaks. Chinese is the default; English is the one switch. A JAX-RS resource receives
 * the language of the current request as a method parameter {@code @Context Language language}: the platform
 * decides it from the {@code lang} query parameter, then the remembered choice (cookie {@link #COOKIE}), then, for
 * {@code /api/} requests only, the {@code Accept-Language} header; Chinese otherwise.
 */
public enum Language {
    ZH_CN("zh-CN"),
    EN("en");

    /** Name of the cookie that remembers the visitor's choice. */
    public static final String COOKIE = "onestop_lang";

    private final String tag;

    Language(String tag) {
        this.tag = tag;
    }

    /** The BCP 47 tag, as used in {@code <html lang>} and in the {@code lang} parameter. */
    public String tag() {
        return tag;
    }
}
