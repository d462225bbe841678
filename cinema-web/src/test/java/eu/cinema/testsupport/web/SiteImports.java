package eu.cinema.testsupport.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import eu.cinema.testsupport.web.PortalClient.Page;

/** A site file imported through the pages, as an editor does it: upload, preview, confirm, wait for the end. */
public final class SiteImports {

    public static final String FORM = "form[action='/sites/import']";
    public static final String CONFIRM = "form[action='/sites/import/confirm']";

    private SiteImports() {
    }

    /** The preview of a file uploaded for Slovakia, with Košice for rows that name no town. */
    public static Page preview(PortalClient editor, String content, String format) {
        return preview(editor, content, format, "SK", "Košice");
    }

    /** The preview of a file uploaded for a country ("*": each site's own), with a town for rows that name none. */
    public static Page preview(PortalClient editor, String content, String format, String country, String defaultCity) {
        return editor.submitMultipart(editor.get("/sites/import"), FORM,
                Map.of("format", format, "countryCode", country, "defaultCity", defaultCity), "file", "sites.csv",
                content.getBytes(StandardCharsets.UTF_8));
    }

    /** Confirms a preview and waits until the import is done. */
    public static void confirm(PortalClient editor, Page preview) throws InterruptedException {
        follow(editor, editor.submit(preview, CONFIRM, Map.of()));
    }

    /** Follows the import's progress until it is done, as the progress page's script does. */
    public static void follow(PortalClient editor, Page started) throws InterruptedException {
        assertThat(started.location()).startsWith("/sites/import/");
        for (int attempt = 0; attempt < 100; attempt++) {
            JsonNode progress = JsonMapper.shared().readTree(editor.get(started.location() + "/progress", "application/json").body());
            if (!progress.get("state").asString().equals("RUNNING")) {
                assertThat(progress.get("state").asString()).isEqualTo("DONE");
                assertThat(editor.get(started.location()).text("[role=status]")).startsWith("Done:");
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("The import did not finish");
    }
}
