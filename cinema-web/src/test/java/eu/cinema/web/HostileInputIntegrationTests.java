package eu.cinema.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.beans.PropertyDescriptor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import eu.cinema.partner.PartnerRepository;
import eu.cinema.testsupport.web.PortalClient;
import eu.cinema.testsupport.web.PortalClient.Page;
import eu.cinema.testsupport.web.PortalIntegrationTest;

/**
 * Every route of the portal's request mappings, as a visitor and as an editor, with what an attacker sends: control
 * characters, overlong text, invalid UTF-8, template and SQL metacharacters, huge, negative and mistyped numbers,
 * unknown ids; each value in every path variable and every parameter at once, in the query and in a form post with
 * the session's CSRF token. Nothing may answer 5xx, and no markup sent may come back unescaped in a page.
 */
@PortalIntegrationTest
class HostileInputIntegrationTests {

    private static final String MARKUP = "<script>alert(1)</script>";
    /** Rendered as 1787569 if a template ever evaluated it. */
    private static final String EVALUATED = "1787569";
    /** Percent-encoded, as they travel; the invalid UTF-8 one stays invalid. */
    private static final List<String> CORPUS = List.of("%00", "a%07b%1B", "x".repeat(20_000), "%C3%28%FF",
            "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "%24%7B1337*1337%7D__%24%7B1337*1337%7D__%5B%5B%24%7B1337*1337%7D%5D%5D",
            "'%20OR%201%3D1%3B--", "99999999999999999999999", "-1", "abc", "2147483647");
    /** Would end the editor's session in the middle of the run. */
    private static final Set<String> SKIPPED = Set.of("/logout");

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    PartnerRepository partners;

    @Test
    void noRouteAnswers5xxOrReflectsMarkupForAnyHostileValue() throws InterruptedException {
        List<Route> routes = routes();
        assertThat(routes).as("the routes read from the request mappings").hasSizeGreaterThan(100);
        PortalClient visitor = new PortalClient(port);
        PortalClient editor = editor();
        Findings failures = new Findings();

        ExecutorService clients = Executors.newFixedThreadPool(4);
        for (PortalClient client : List.of(visitor, editor)) {
            String token = client.get("/login").document().select("input[name=_csrf]").val();
            for (Route route : routes) {
                for (String value : CORPUS) {
                    clients.execute(() -> failures.check(client, route, value, token));
                }
            }
        }
        clients.shutdown();
        assertThat(clients.awaitTermination(10, TimeUnit.MINUTES)).isTrue();

        assertThat(failures.found).isEmpty();
        assertThat(editor.get("/account").status()).as("the editor was signed in throughout").isEqualTo(200);
    }

    /** Every path and method of the request mappings, with the names of the parameters each handler reads. */
    private List<Route> routes() {
        List<Route> routes = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
            Set<RequestMethod> methods = mapping.getKey().getMethodsCondition().getMethods();
            Set<String> parameters = parameterNames(mapping.getValue());
            for (String pattern : mapping.getKey().getPatternValues()) {
                if (SKIPPED.contains(pattern)) {
                    continue;
                }
                for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET, RequestMethod.POST) : methods) {
                    routes.add(new Route(method.name(), pattern, parameters));
                }
            }
        }
        return routes;
    }

    private static Set<String> parameterNames(HandlerMethod handler) {
        Set<String> names = new LinkedHashSet<>();
        for (MethodParameter parameter : handler.getMethodParameters()) {
            RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
            if (requestParam != null) {
                String name = requestParam.name().isEmpty() ? parameter.getParameterName() : requestParam.name();
                if (name != null && parameter.getParameterType() != MultipartFile.class) {
                    names.add(name);
                }
            } else if (parameter.hasParameterAnnotation(ModelAttribute.class)) {
                for (PropertyDescriptor property : BeanUtils.getPropertyDescriptors(parameter.getParameterType())) {
                    if (property.getWriteMethod() != null && property.getPropertyType() != MultipartFile.class) {
                        names.add(property.getName());
                    }
                }
            }
        }
        names.add("lang");
        return names;
    }

    /** A partner editor of its own, so that the run's wrong passwords and odd records touch no other test's account. */
    private PortalClient editor() {
        String email = "hostile-" + System.nanoTime() + "@example.org";
        PortalClient admin = new PortalClient(port);
        admin.signIn("admin@cinema.demo", PortalClient.DEMO_PASSWORD);
        long kosice = partners.findByNameEn("Creative Industry Košice").orElseThrow().getId();
        admin.submit(admin.get("/admin/accounts/new"), "form[action='/admin/accounts']", Map.of("email", email,
                "displayName", "Hostile tester", "password", "tannery by the river 7", "role", "PARTNER_EDITOR",
                "partnerId", String.valueOf(kosice)));
        PortalClient editor = new PortalClient(port);
        assertThat(editor.signIn(email, "tannery by the river 7").location()).isEqualTo("/workspace");
        return editor;
    }

    private record Route(String method, String pattern, Set<String> parameters) {

        static final int LONGEST_SEGMENT = 2000;

        /**
         * The path with {@code value} in every variable, cut to {@value #LONGEST_SEGMENT} characters: a longer request
         * line Tomcat refuses with 400 and closes the connection while a client may still be sending a form's body,
         * which the client then sees as no answer at all (TCP's reset, not the portal's doing).
         */
        String path(String value) {
            String segment = value.substring(0, Math.min(value.length(), LONGEST_SEGMENT));
            return pattern.replaceAll("\\{[^}]+}", segment).replace("**", "x").replace("*", "x");
        }

        String form(String value, String token) {
            Map<String, String> fields = new LinkedHashMap<>();
            parameters.forEach(name -> fields.put(name, value));
            return fields.entrySet().stream().map(field -> field.getKey() + "=" + field.getValue())
                    .collect(Collectors.joining("&")) + "&_csrf=" + token;
        }
    }

    /** What the run found wrong, from all its threads. */
    private static final class Findings {

        private final ConcurrentLinkedQueue<String> found = new ConcurrentLinkedQueue<>();

        void check(PortalClient client, Route route, String value, String token) {
            String shown = value.length() > 40 ? value.substring(0, 40) + "…" : value;
            try {
                Page page = route.method().equals("GET") || route.method().equals("HEAD")
                        ? client.raw(route.method(), route.path(value) + "?" + route.form(value, token), null)
                        : client.raw(route.method(), route.path(value), route.form(value, token));
                if (page.status() >= 500) {
                    found.add(route.method() + " " + route.pattern() + " with " + shown + " answered " + page.status());
                }
                String type = page.header("Content-Type");
                if (type != null && type.startsWith("text/html") && (page.body().contains(MARKUP) || page.body().contains(EVALUATED))) {
                    found.add(route.method() + " " + route.pattern() + " with " + shown + " reflected it unescaped");
                }
            } catch (RuntimeException refusedByTheClient) {
                found.add(route.method() + " " + route.pattern() + " with " + shown + " failed: " + refusedByTheClient);
            }
        }
    }
}
