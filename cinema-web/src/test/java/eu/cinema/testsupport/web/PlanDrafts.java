package eu.cinema.testsupport.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import eu.cinema.testsupport.web.PortalClient.Page;

/** Plans made and published through the pages, as a municipality editor does it. */
public final class PlanDrafts {

    private PlanDrafts() {
    }

    /** A new plan of the signed-in editor's municipality with one action in its first draft. */
    public static long planWithAction(PortalClient editor, String title) {
        Page created = editor.submit(editor.get("/plans/new"), "form[action='/plans']",
                Map.of("title", title, "theme", "RETAIL_SMALL_BUSINESS", "textLang", "en", "summary", "A summary",
                        "context", "Empty shops on the high street."));
        long id = Long.parseLong(created.location().replaceAll("\\D", ""));
        editor.submit(editor.get("/plans/" + id + "/actions/new"), "form[action='/plans/" + id + "/versions/1/actions']",
                Map.of("title", "Ground floors for makers", "startsOn", "2027-01-01", "endsOn", "2027-06-30", "status", "PLANNED"));
        return id;
    }

    /** Publishes the plan's draft, which has this number. */
    public static void publish(PortalClient editor, long plan, int number) {
        Page published = editor.submitAsShown(editor.get("/plans/" + plan + "/edit"), "form[action='/plans/" + plan + "/versions/" + number + "']",
                Map.of("publish", "true"));
        assertThat(published.status()).as("version %d published", number).isEqualTo(302);
    }
}
