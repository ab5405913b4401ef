package org.onestop.platform.internal.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.onestop.api.i18n.Language;
import org.onestop.api.i18n.Messages;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * An answer the gateway's front door writes itself, before any route, template or the REST runtime (which may be
 * stopping, or which the request must not reach): a problem document for {@code /api} and {@code /health}, a short
 * page otherwise, in the request's language — the {@code lang} query parameter, the remembered choice, then, for
 * JSON only, {@code Accept-Language} (read leniently). The request's body is not read here.
 */
final class FrontDoorAnswer {

    private FrontDoorAnswer() {
    }

    /**
     * Writes {@code status} with the title of that status and the text {@code detailKey} (with {@code args}), and
     * {@code headers} besides the usual ones; whatever the response held before is dropped.
     */
    static void write(Messages messages, HttpServletRequest request, HttpServletResponse response, int status,
            Map<String, String> headers, String detailKey, Object... args) throws IOException {
        String path = request.getRequestURI() == null ? "/" : request.getRequestURI();
        boolean api = Paths.isApi(path);
        Language language = LanguageChoice.decide(query(request, "lang"), cookie(request),
                api ? LanguageChoice.accepted(request.getHeader("Accept-Language")) : List.of());
        String title = messages.text(language, "error." + status + ".title");
        String detail = messages.text(language, detailKey, args);
        response.reset();
        response.setStatus(status);
        headers.forEach(response::setHeader);
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Content-Language", language.tag());
        StandingHeaders.on(response);
        byte[] body;
        if (api) {
            response.setContentType(ProblemDetail.MEDIA_TYPE);
            body = JsonBodies.mapper().writeValueAsBytes(new ProblemDetail("about:blank", title, status, detail, path,
                    null, null));
        } else {
            response.setContentType("text/html;charset=UTF-8");
            body = page(language, title, detail).getBytes(StandardCharsets.UTF_8);
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** A parameter of the query string alone: the body is not read. */
    private static String query(HttpServletRequest request, String name) {
        String query = request.getQueryString();
        if (query != null) {
            for (String pair : query.split("&")) {
                if (pair.startsWith(name + "=")) {
                    return pair.substring(name.length() + 1);
                }
            }
        }
        return null;
    }

    private static String cookie(HttpServletRequest request) {
        Cookie[] cookies;
        try {
            cookies = request.getCookies();
        } catch (RuntimeException unreadable) {
            return null;
        }
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (Language.COOKIE.equals(cookie.getName())) {
                    return cookie.getValue();
                }
            }
        }
        return null;
    }

    /** A page of its own: the shell and its templates may be stopping, or out of the request's reach. */
    private static String page(Language language, String title, String detail) {
        return "<!DOCTYPE html><html lang=\"" + language.tag() + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + title
                + "</title></head><body><h1>" + title + "</h1><p>" + detail + "</p></body></html>";
    }
}
