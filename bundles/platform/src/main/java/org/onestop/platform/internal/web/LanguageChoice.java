package org.onestop.platform.internal.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.onestop.api.i18n.Language;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Cookie;

/**
 * Decides the language of a request: the {@code lang} query parameter, then the remembered choice (cookie), then,
 * for API calls only, the {@code Accept-Language} header; Chinese otherwise.
 */
final class LanguageChoice {

    private LanguageChoice() {
    }

    static Language of(ContainerRequestContext request) {
        String query = request.getUriInfo().getQueryParameters().getFirst("lang");
        Cookie cookie = request.getCookies().get(Language.COOKIE);
        boolean api = Paths.isApi(request.getUriInfo().getPath());
        return decide(query, cookie == null ? null : cookie.getValue(),
                api ? request.getAcceptableLanguages() : List.of());
    }

    static Language decide(String query, String cookie, List<Locale> accepted) {
        return parse(query).or(() -> parse(cookie))
                .or(() -> accepted.stream().map(l -> parse(l.toLanguageTag())).flatMap(Optional::stream).findFirst())
                .orElse(Language.ZH_CN);
    }

    /** The language a tag names: {@code en…} is English, {@code zh…} Chinese, anything else none. */
    static Optional<Language> parse(String tag) {
        if (tag == null) {
            return Optional.empty();
        }
        String t = tag.trim().toLowerCase(Locale.ROOT);
        if (t.equals("en") || t.startsWith("en-")) {
            return Optional.of(Language.EN);
        }
        if (t.equals("zh") || t.startsWith("zh-")) {
            return Optional.of(Language.ZH_CN);
        }
        return Optional.empty();
    }
}
