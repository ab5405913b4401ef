package org.onestop.platform.internal.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.onestop.api.i18n.Language;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;

/**
 * Decides the language of a request: the {@code lang} query parameter, then the remembered choice (cookie), then,
 * for API calls only, the {@code Accept-Language} header; Chinese otherwise. The header is read leniently: a
 * malformed one (a tag that is no language, a weight that is no number) counts for nothing instead of failing the
 * request.
 */
final class LanguageChoice {

    private static final String DECIDED = LanguageChoice.class.getName();

    private LanguageChoice() {
    }

    /** The language of {@code request}, decided on the first call and kept among its properties for the next ones. */
    static Language of(ContainerRequestContext request) {
        if (request.getProperty(DECIDED) instanceof Language language) {
            return language;
        }
        Language language = decide(request);
        request.setProperty(DECIDED, language);
        return language;
    }

    private static Language decide(ContainerRequestContext request) {
        String query = request.getUriInfo().getQueryParameters().getFirst("lang");
        boolean api = Paths.isApi(request.getUriInfo().getPath());
        return decide(query, RequestCookies.value(request, Language.COOKIE),
                api ? accepted(request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)) : List.of());
    }

    /**
     * The languages of an {@code Accept-Language} header, most wanted first: each entry's tag before its
     * parameters, weighted by its {@code q} (1 when absent); an entry whose weight is not a number from 0 to 1, or
     * is 0, and the wildcard are left out.
     */
    static List<Locale> accepted(String header) {
        record Weighted(Locale locale, double q) {
        }
        List<Weighted> entries = new ArrayList<>();
        for (String entry : header == null ? new String[0] : header.split(",")) {
            String[] parts = entry.split(";");
            String tag = parts[0].trim();
            double q = 1;
            for (int i = 1; i < parts.length; i++) {
                String parameter = parts[i].trim();
                if (parameter.startsWith("q=")) {
                    q = weight(parameter.substring(2));
                }
            }
            if (!tag.isEmpty() && !tag.equals("*") && q > 0) {
                entries.add(new Weighted(Locale.forLanguageTag(tag), q));
            }
        }
        return entries.stream().sorted(Comparator.comparingDouble(Weighted::q).reversed()).map(Weighted::locale)
                .toList();
    }

    private static double weight(String value) {
        try {
            double q = Double.parseDouble(value.trim());
            return q >= 0 && q <= 1 ? q : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
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
