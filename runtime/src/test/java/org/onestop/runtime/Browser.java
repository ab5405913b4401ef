package org.onestop.runtime;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser as far as the gateway can tell: it keeps the cookies the gateway sets, does not follow redirects (so
 * that tests see them), sends forms with the CSRF token of the page they came from, and can call the JSON API.
 */
final class Browser {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final int port;
    private final Map<String, String> cookies = new LinkedHashMap<>();

    Browser(int port) {
        this.port = port;
    }

    /**
     * The first operator of a test gateway, signed in: at its first login it replaces the one-time password from
     * the test configuration ({@link Gateway#OPERATOR_ONE_TIME_PASSWORD}) with {@link Gateway#OPERATOR_PASSWORD}.
     */
    static Browser operator(int port) {
        Browser browser = new Browser(port);
        Map<String, String> login = new LinkedHashMap<>(Map.of("email", "operator@onestop.local"));
        login.put("password", Gateway.OPERATOR_PASSWORD);
        if (browser.submit("/login", "/login", login).status() == 303) {
            return browser;
        }
        login.put("password", Gateway.OPERATOR_ONE_TIME_PASSWORD);
        Http.Answer first = browser.submit("/login", "/login", login);
        if (first.status() != 303) {
            throw new AssertionError("The operator cannot log in: " + first.status() + " " + first.body());
        }
        Http.Answer changed = browser.submit("/account/password", "/account/password", Map.of("current",
                Gateway.OPERATOR_ONE_TIME_PASSWORD, "password", Gateway.OPERATOR_PASSWORD));
        if (changed.status() != 303) {
            throw new AssertionError("The operator cannot choose a password: " + changed.body());
        }
        return browser;
    }

    /** The CSRF token of this browser's session, as scripts get it. */
    String csrfToken() {
        return json("GET", "/api/account/me", null).body().replaceAll(".*\"csrfToken\":\"([^\"]+)\".*", "$1");
    }

    String cookie(String name) {
        return cookies.get(name);
    }

    void setCookie(String name, String value) {
        cookies.put(name, value);
    }

    Http.Answer get(String path, String... headers) {
        return send(request(path, headers).GET());
    }

    /** Opens the page {@code formPage}, then posts {@code fields} to {@code action} with the page's CSRF token. */
    Http.Answer submit(String formPage, String action, Map<String, String> fields) {
        Http.Answer page = get(formPage);
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("_csrf", csrfOf(page.body()));
        return postForm(action, all);
    }

    Http.Answer postForm(String path, Map<String, String> fields, String... headers) {
        String body = fields.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(request(path, headers).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    Http.Answer post(String path, byte[] body, String... headers) {
        return send(request(path, headers).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /**
     * Posts one file as a {@code multipart/form-data} body in the field {@code field}, as a file input sends it,
     * with the file name and the content type the client claims; JSON is asked for in return.
     */
    Http.Answer upload(String path, String field, String fileName, String declaredType, byte[] content,
            String... headers) {
        String boundary = "----onestop-test-" + Long.toHexString(System.nanoTime());
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: " + declaredType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(request(path, headers).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    Http.Answer json(String method, String path, String json, String... headers) {
        return send(request(path, headers).header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json == null ? "" : json)));
    }

    /** Where a redirect goes, as a path of the site (with its query). */
    static String location(Http.Answer answer) {
        String location = answer.header("Location");
        if (location == null) {
            return null;
        }
        URI uri = URI.create(location);
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    static String csrfOf(String html) {
        Matcher m = CSRF.matcher(html);
        if (!m.find()) {
            throw new AssertionError("No CSRF field in the page: " + html);
        }
        return m.group(1);
    }

    private HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(20));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; ")));
        }
        return request;
    }

    private Http.Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            for (String set : response.headers().allValues("Set-Cookie")) {
                keep(set);
            }
            return new Http.Answer(response.statusCode(), response, response.body());
        } catch (IOException e) {
            return new Http.Answer(0, null, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Http.Answer(0, null, e.toString());
        }
    }

    private void keep(String setCookie) {
        String[] parts = setCookie.split(";");
        int eq = parts[0].indexOf('=');
        String name = parts[0].substring(0, eq).trim();
        String value = parts[0].substring(eq + 1).trim();
        boolean expired = setCookie.toLowerCase().contains("max-age=0");
        if (value.isEmpty() || expired) {
            cookies.remove(name);
        } else {
            cookies.put(name, value);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
