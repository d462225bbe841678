package eu.cinema.changes.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.EntityManager;
import jakarta.persistence.metamodel.EntityType;

import org.hibernate.envers.Audited;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.NoSuchMessageException;

import eu.cinema.history.HistoryService;
import eu.cinema.testsupport.web.PortalClient;
import eu.cinema.testsupport.web.PortalIntegrationTest;
import eu.cinema.testsupport.web.ReadableHistory;

/** Every history and comparison in words a reader knows, for every audited entity and every interface language. */
@PortalIntegrationTest
class HistoryViewIntegrationTests {

    static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.GERMAN, Locale.forLanguageTag("ro"), Locale.forLanguageTag("bg"),
            Locale.forLanguageTag("sk"), Locale.forLanguageTag("sl"), Locale.forLanguageTag("sr-Latn"));

    @LocalServerPort
    int port;

    @Autowired
    HistoryView view;

    @Autowired
    HistoryService history;

    @Autowired
    EntityManager entityManager;

    @Test
    void everyTrackedFieldOfEveryAuditedEntityHasALabelAndEveryEnumValueANameInEveryLanguage() {
        List<EntityType<?>> audited = entityManager.getMetamodel().getEntities().stream()
                .filter(entity -> entity.getJavaType().isAnnotationPresent(Audited.class)).toList();
        assertThat(audited).hasSizeGreaterThanOrEqualTo(12);
        List<String> missing = new ArrayList<>();
        for (EntityType<?> entity : audited) {
            for (String field : history.trackedFields(entity.getJavaType())) {
                Class<?> type = entity.getAttribute(field).getJavaType();
                for (Locale language : LANGUAGES) {
                    if (view.label(entity.getName(), field, language) == null) {
                        missing.add(entity.getName() + "." + field + " in " + language);
                    }
                    for (Object constant : type.isEnum() ? type.getEnumConstants() : new Object[0]) {
                        try {
                            view.value(field, constant, language);
                        } catch (NoSuchMessageException noName) {
                            missing.add(constant + " in " + language);
                        }
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/sites/1/edit", "/pilots/1/edit", "/admin/partners/1/edit", "/actors/1/edit", "/admin/accounts/1/edit",
            "/toolkit/1/edit", "/admin/recommendations/1/edit"})
    void everyHistoryPageReadsInWordsWithoutCodesIdsOrKeys(String editPage) {
        PortalClient admin = new PortalClient(port);
        admin.signIn("admin@cinema.demo", PortalClient.DEMO_PASSWORD);

        for (String language : List.of("en", "ro")) {
            Document page = admin.get(editPage + "?lang=" + language).document();

            assertThat(page.select(".history-list > li")).as(editPage).isNotEmpty();
            ReadableHistory.assertReadsInWords(page.selectFirst(".history"));
            assertThat(page.select(".history-changes th[scope=row]").eachText()).as("every field labelled").doesNotContain("");
        }
    }
}
