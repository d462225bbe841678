package eu.cinema.pilot.progress;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import eu.cinema.privacy.SqlPersonalData;
import eu.cinema.testsupport.web.PortalIntegrationTest;

/** A reporter's address leaves the progress entries and their history when the person is erased; what they reported stays. */
@PortalIntegrationTest
class ProgressReporterPersonalDataTests {

    @Autowired
    ProgressReporterPersonalData holder;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aReportersAddressIsExportedAndErasedWhereverItNamesThem() {
        long pilot = jdbc.sql("SELECT min(id) FROM pilot").query(Long.class).single();
        long update = jdbc.sql("""
                INSERT INTO progress_update (pilot_id, happened_on, narrative, narrative_lang, published, author, withdrawn_at, withdrawn_by,
                  withdrawal_reason)
                VALUES (:pilot, DATE '2022-05-01', 'Reported and withdrawn', 'en', false, 'Reporter@Example.org', now(), 'reporter@example.org',
                  'Duplicate') RETURNING id""").param("pilot", pilot).query(Long.class).single();

        assertThat(holder.export("reporter@example.org")).extracting(row -> row.get("what")).containsExactlyInAnyOrder("reported", "withdrew");
        assertThat(holder.erase("reporter@example.org")).isEqualTo(2);

        assertThat(jdbc.sql("SELECT author || ' / ' || withdrawn_by || ' / ' || narrative FROM progress_update WHERE id = :id")
                .param("id", update).query(String.class).single())
                .isEqualTo(SqlPersonalData.ERASED + " / " + SqlPersonalData.ERASED + " / Reported and withdrawn");
        assertThat(holder.export("reporter@example.org")).isEmpty();
    }
}
