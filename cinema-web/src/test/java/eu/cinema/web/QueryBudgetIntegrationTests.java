package eu.cinema.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;

import eu.cinema.testsupport.web.PortalClient;
import eu.cinema.testsupport.web.PortalClient.Page;
import eu.cinema.testsupport.web.PortalIntegrationTest;
import eu.cinema.testsupport.web.SiteImports;
import eu.cinema.testsupport.web.StatementCounting;

/**
 * What a page costs in SQL statements, counted over real HTTP from the first filter to the last (the session's reads
 * and writes included), so that a query per row or a second copy of a query cannot creep back unnoticed
 * (docs/performance.md). The page cache is off in the tests: every request here is a rendering.
 */
@PortalIntegrationTest
class QueryBudgetIntegrationTests {

    @LocalServerPort
    int port;

    /** Budgets as measured when they were set (a signed-in page one more: the session's write is not always needed). */
    @ParameterizedTest(name = "{0} as {1}")
    @CsvSource({
            "/, anonymous, 16",
            "/map, anonymous, 7",
            "/sites/1, anonymous, 2",
            "/pilots, anonymous, 6",
            "/pilots/1, anonymous, 11",
            "/plans, anonymous, 3",
            "/plans/2, anonymous, 8",
            "/dashboard, anonymous, 21",
            "/toolkit, anonymous, 4",
            "/network, anonymous, 5",
            "/partners, anonymous, 2",
            "/recommendations, anonymous, 3",
            "/open-data, anonymous, 10",
            "/search?q=creative, anonymous, 2",
            "/workspace, partner@cinema.demo, 24",
            "/pilots/6/edit, partner@cinema.demo, 37",
            "/workspace, municipality@cinema.demo, 21",
            "/plans/4/edit, municipality@cinema.demo, 16",
            "/moderation, municipality@cinema.demo, 8",
            "/moderation, admin@cinema.demo, 10",
    })
    void aPageStaysWithinItsStatements(String path, String visitor, int budget) {
        PortalClient client = visitor.equals("anonymous") ? new PortalClient(port) : signedIn(visitor);

        Counted page = counted(client, c -> c.get(path));

        assertThat(page.answer().status()).isEqualTo(200);
        assertThat(page.statements()).as("statements sent for GET %s as %s", path, visitor).isLessThanOrEqualTo(budget);
    }

    @Test
    void thePreviewOfAThousandRowsCostsNoStatementPerRow() {
        PortalClient editor = signedIn("partner@cinema.demo");
        String csv = "SiteReference,SiteNameAddress,CoordinateReferenceSystem,GeoX,GeoY,Hectares\n" + IntStream.range(0, 1000)
                .mapToObj(row -> "BUDGET-" + row + ",Hall " + row + ",WGS84," + (21.25 + row * 1e-5) + ",48.72,1")
                .collect(Collectors.joining("\n"));

        Page form = editor.get("/sites/import");

        Counted preview = counted(editor, c -> c.submitMultipart(form, SiteImports.FORM,
                Map.of("format", "BROWNFIELD_CSV", "countryCode", "SK", "defaultCity", "Košice"), "file", "sites.csv",
                csv.getBytes(StandardCharsets.UTF_8)));

        assertThat(preview.answer().status()).isEqualTo(200);
        assertThat(preview.answer().document().select("form[action='/sites/import/confirm']")).isNotEmpty();
        assertThat(preview.statements()).as("statements sent for the preview of 1,000 rows").isLessThanOrEqualTo(18);
    }

    private PortalClient signedIn(String email) {
        PortalClient client = new PortalClient(port);
        assertThat(client.signIn(email, PortalClient.DEMO_PASSWORD).status()).isEqualTo(302);
        return client;
    }

    /** The request's statements; the request is sent twice and the second counted, as caches are warm in production. */
    private static Counted counted(PortalClient client, Function<PortalClient, Page> request) {
        request.apply(client);
        String id = UUID.randomUUID().toString();
        Page answer = request.apply(client.header(StatementCounting.HEADER, id));
        client.header(StatementCounting.HEADER, "");  // blank: not counted
        return new Counted(answer, StatementCounting.statementsOf(id));
    }

    private record Counted(Page answer, int statements) {
    }
}
