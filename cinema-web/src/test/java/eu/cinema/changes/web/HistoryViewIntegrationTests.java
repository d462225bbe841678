package eu.cinema.changes.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.EntityManager;
import jakarta.persistence.metamodel.EntityType;

import org.hibernate.envers.Audited;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.NoSuchMessageException;

import eu.cinema.history.HistoryService;
import eu.cinema.testsupport.web.PortalIntegrationTest;

/** Every history and comparison in words a reader knows, for every audited entity and every interface language. */
@PortalIntegrationTest
class HistoryViewIntegrationTests {

    static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.GERMAN, Locale.forLanguageTag("ro"), Locale.forLanguageTag("bg"),
            Locale.forLanguageTag("sk"), Locale.forLanguageTag("sl"), Locale.forLanguageTag("sr-Latn"));

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
}
