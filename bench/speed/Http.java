import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The speed benchmark's HTTP client: one person's cookies and CSRF token, JSON in and out, and the sign-ins the
 * benchmark needs (the first operator with its one-time password; an innovator registered and confirmed through the
 * operator's outbox).
 */
final class Http {

    static final Pattern CSRF = Pattern.compile("\"csrfToken\":\"([^\"]+)\"");
    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");
    private static final Pattern TO = Pattern.compile("\"recipient\":\"([^\"]+)\"");
    private static final Pattern CONFIRM = Pattern.compile("/account/confirm\\?token=([A-Za-z0-9_%-]+)");
    private static final Pattern VERSION = Pattern.compile("\"(terms|privacy)\":\\{[^}]*\"version\":\"([^\"]+)\"");

    final String base;
    final HttpClient client;
    final Map<String, String> cookies = new LinkedHashMap<>();
    String csrf;

    Http(String base) {
        this.base = base;
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** The {@code Cookie} header of this person ("" when none). */
    String cookieHeader() {
        StringBuilder header = new StringBuilder();
        cookies.forEach((name, value) -> header.append(header.length() == 0 ? "" : "; ").append(name).append('=')
                .append(value));
        return header.toString();
    }

    HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Accept-Language", "zh-CN");
        if (!cookies.isEmpty()) {
            builder.header("Cookie", cookieHeader());
        }
        if (csrf != null) {
            builder.header("X-CSRF-Token", csrf);
        }
        return builder;
    }

    HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
        return remember(client.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray()));
    }

    String json(String method, String path, String body, int expected) throws IOException, InterruptedException {
        HttpRequest.Builder builder = request(path).header("Accept", "application/json");
        builder = body == null ? builder.method(method, HttpRequest.BodyPublishers.noBody())
                : builder.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<byte[]> answer = remember(client.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray()));
        String text = new String(answer.body(), StandardCharsets.UTF_8);
        if (answer.statusCode() != expected) {
            throw new IllegalStateException(method + " " + path + " answered " + answer.statusCode() + ", not "
                    + expected + ": " + text);
        }
        Matcher token = CSRF.matcher(text);
        if (token.find()) {
            csrf = token.group(1);
        }
        return text;
    }

    HttpResponse<byte[]> remember(HttpResponse<byte[]> answer) {
        for (String set : answer.headers().allValues("Set-Cookie")) {
            String pair = set.split(";", 2)[0];
            int eq = pair.indexOf('=');
            if (eq > 0) {
                String value = pair.substring(eq + 1);
                if (value.isEmpty()) {
                    cookies.remove(pair.substring(0, eq));
                } else {
                    cookies.put(pair.substring(0, eq), value);
                }
            }
        }
        return answer;
    }

    /** The first operator: signs in with the one-time password, chooses {@code password}, takes {@code roles}. */
    static Http operator(String base, String oneTime, String password, List<String> roles)
            throws IOException, InterruptedException {
        Http operator = new Http(base);
        operator.json("POST", "/api/account/login", "{\"email\":\"operator@onestop.local\",\"password\":\"" + oneTime
                + "\"}", 200);
        operator.json("POST", "/api/account/password", "{\"current\":\"" + oneTime + "\",\"password\":\"" + password
                + "\"}", 200);
        Matcher me = ID.matcher(operator.json("GET", "/api/account/me", null, 200));
        if (!me.find()) {
            throw new IllegalStateException("the operator's account has no id");
        }
        operator.json("PUT", "/api/ops/accounts/" + me.group(1) + "/roles", "[\"" + String.join("\",\"", roles)
                + "\"]", 200);
        return operator;
    }

    /** An innovator: registered, confirmed by the link the operator's outbox holds, signed in. */
    static Http innovator(String base, Http operator, String email, String password) throws Exception {
        Http innovator = new Http(base);
        Map<String, String> versions = new LinkedHashMap<>();
        Matcher v = VERSION.matcher(innovator.json("GET", "/api/legal", null, 200));
        while (v.find()) {
            versions.put(v.group(1), v.group(2));
        }
        innovator.json("POST", "/api/account/register", "{\"email\":\"" + email + "\",\"password\":\"" + password
                + "\",\"displayName\":\"测速申请人\",\"mobile\":\"13900000001\",\"termsVersion\":\""
                + versions.get("terms") + "\",\"privacyVersion\":\"" + versions.get("privacy") + "\"}", 202);
        String token = null;
        for (int i = 0; i < 600 && token == null; i++) {
            for (String item : operator.json("GET", "/api/ops/outbox?size=100", null, 200).split("\\{\"id\":")) {
                Matcher to = TO.matcher(item);
                Matcher link = CONFIRM.matcher(item);
                if (to.find() && to.group(1).equals(email) && link.find()) {
                    token = URLDecoder.decode(link.group(1), StandardCharsets.UTF_8);
                }
            }
            if (token == null) {
                Thread.sleep(200);
            }
        }
        if (token == null) {
            throw new IllegalStateException("no confirmation mail for " + email + " in the outbox");
        }
        innovator.json("POST", "/api/account/confirm", "{\"token\":\"" + token + "\"}", 200);
        innovator.json("POST", "/api/account/login", "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}",
                200);
        return innovator;
    }
}
