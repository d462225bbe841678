package eu.cinema.testsupport.web;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A visitor over real HTTP: keeps cookies, never follows redirects (tests look at them), and
 * submits forms as a browser would, hidden fields (CSRF token, version) included.
 */
public final class PortalClient {

    public static final String DEMO_PASSWORD = "demo-cinema-2020";

    private final String base;
    private final CookieManager cookies;
    private final HttpClient http;
    /** Sent with every request, as a proxy in front would add them (or a client pretending to be one). */
    private final Map<String, String> headers = new LinkedHashMap<>();

    public PortalClient(int port) {
        this(port, new CookieManager());
    }

    private PortalClient(int port, CookieManager cookies) {
        this.base = "http://localhost:" + port;
        this.cookies = cookies;
        this.http = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** The same visitor, with the same cookies (the session), at another instance of the portal. */
    public PortalClient atPort(int port) {
        return new PortalClient(port, cookies);
    }

    public Page get(String path) {
        return get(path, "text/html");
    }

    /** Sends {@code name: value} with every later request. */
    public PortalClient header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public Page get(String path, String accept) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", accept).GET());
    }

    /** A GET with further headers, such as the browser's Accept-Language. */
    public Page get(String path, String accept, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", accept).GET();
        headers.forEach(request::header);
        return send(request);
    }

    /** A binary download (a PDF, an image), its bytes as they came. */
    public byte[] download(String path) {
        try {
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new AssertionError("GET " + path + " answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Fills the form found by {@code selector} on {@code page} and submits it. */
    public Page submit(Page page, String selector, Map<String, String> values) {
        Element form = page.document().selectFirst(selector);
        if (form == null) {
            throw new AssertionError("No form " + selector + " on " + page.path() + ":\n" + page.body());
        }
        Map<String, String> fields = new LinkedHashMap<>();
        form.select("input[type=hidden]").forEach(input -> fields.put(input.attr("name"), input.val()));
        fields.putAll(values);
        return post(form.attr("action"), fields);
    }

    /**
     * Submits the form as a browser would with every field as the page shows it (text, selected options, every ticked
     * box of a group), changed where {@code changes} says: a change replaces all values of its name.
     */
    public Page submitAsShown(Page page, String selector, Map<String, String> changes) {
        Element form = page.document().selectFirst(selector);
        if (form == null) {
            throw new AssertionError("No form " + selector + " on " + page.path());
        }
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        for (Element field : form.select("input[name], textarea[name], select[name]")) {
            String name = field.attr("name");
            String type = field.attr("type");
            if (changes.containsKey(name)) {
                continue;
            }
            if (type.equals("checkbox") || type.equals("radio")) {
                if (field.hasAttr("checked")) {
                    fields.add(Map.entry(name, field.val()));
                }
            } else if (field.tagName().equals("select")) {
                List<Element> selected = field.select("option[selected]");
                if (selected.isEmpty() && !field.hasAttr("multiple") && field.selectFirst("option") != null) {
                    selected = List.of(field.selectFirst("option"));
                }
                selected.forEach(option -> fields.add(Map.entry(name, option.val())));
            } else if (!type.equals("file") && !type.equals("submit")) {
                fields.add(Map.entry(name, field.tagName().equals("textarea") ? field.wholeText() : field.val()));
            }
        }
        changes.forEach((name, value) -> fields.add(Map.entry(name, value)));
        return raw("POST", form.attr("action"), fields.stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&")));
    }

    /** Submits a multipart form (with one file) as a browser would, hidden fields included. */
    public Page submitMultipart(Page page, String selector, Map<String, String> values, String fileField, String filename,
            byte[] content) {
        Element form = page.document().selectFirst(selector);
        if (form == null) {
            throw new AssertionError("No form " + selector + " on " + page.path());
        }
        Map<String, String> fields = new LinkedHashMap<>();
        form.select("input[type=hidden]").forEach(input -> fields.put(input.attr("name"), input.val()));
        fields.putAll(values);
        String boundary = "----cinema" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        if (fileField != null) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField
                    + "\"; filename=\"" + filename + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(content);
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(base + form.attr("action")))
                .header("Accept", "text/html")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /**
     * Exactly the request given, as an attacker would send it: {@code target} (path and query) and {@code encodedForm}
     * (a form body, or null for a GET) are sent as they are, percent-encoding included, invalid or not.
     */
    public Page raw(String method, String target, String encodedForm) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + target)).header("Accept", "text/html,*/*;q=0.8");
        if (encodedForm == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/x-www-form-urlencoded")
                    .method(method, HttpRequest.BodyPublishers.ofString(encodedForm, StandardCharsets.ISO_8859_1));
        }
        return send(request);
    }

    /** A raw form post, CSRF token only if the caller puts one in. */
    public Page post(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public Page signIn(String email, String password) {
        return submit(get("/login"), "form[action='/login']", Map.of("username", email, "password", password));
    }

    private Page send(HttpRequest.Builder request) {
        headers.forEach(request::setHeader);
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Page(response.uri().getPath(), response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** One response; {@link #document()} parses it as HTML. */
    public record Page(String path, int status, Map<String, java.util.List<String>> headers, String body) {

        public Document document() {
            return Jsoup.parse(body);
        }

        public String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> String.join(", ", e.getValue()))
                    .findFirst().orElse(null);
        }

        /** The redirect target's path and query, without scheme and host. */
        public String location() {
            String location = header("Location");
            return location == null ? null : URI.create(location).getRawPath()
                    + (URI.create(location).getRawQuery() == null ? "" : "?" + URI.create(location).getRawQuery());
        }

        public String text(String selector) {
            Element element = document().selectFirst(selector);
            return element == null ? null : element.text();
        }
    }
}
