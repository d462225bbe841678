package eu.cinema.pilot.progress;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import eu.cinema.privacy.SqlPersonalData;

/**
 * Who reported a pilot's progress and who withdrew an entry of it, by e-mail address, in the entries and their history.
 * Erasing a person keeps what they reported and names them "erased person".
 */
@Component
class ProgressReporterPersonalData extends SqlPersonalData {

    /** Every column that names a person by address, table by table (the history's copies included). */
    private static final List<String> COLUMNS = List.of("progress_update.author", "progress_update_aud.author",
            "progress_update.withdrawn_by", "progress_update_aud.withdrawn_by", "indicator_value.withdrawn_by",
            "indicator_value_aud.withdrawn_by", "milestone.withdrawn_by", "milestone_aud.withdrawn_by", "indicator.withdrawn_by",
            "indicator_aud.withdrawn_by");

    ProgressReporterPersonalData(JdbcClient jdbc) {
        super("progressReport", jdbc, """
                SELECT 'reported' AS what, pilot_id, happened_on AS on_day, created_at AS at FROM progress_update WHERE lower(author) = :email
                UNION ALL
                SELECT 'withdrew', pilot_id, happened_on, withdrawn_at FROM progress_update WHERE lower(withdrawn_by) = :email
                UNION ALL
                SELECT 'withdrew', pilot_id, due_on, withdrawn_at FROM milestone WHERE lower(withdrawn_by) = :email
                UNION ALL
                SELECT 'withdrew', pilot_id, NULL, withdrawn_at FROM indicator WHERE lower(withdrawn_by) = :email
                UNION ALL
                SELECT 'withdrew', i.pilot_id, v.measured_on, v.withdrawn_at FROM indicator_value v JOIN indicator i ON i.id = v.indicator_id
                WHERE lower(v.withdrawn_by) = :email""");
    }

    @Override
    public int erase(String email) {
        int changed = 0;
        for (String column : COLUMNS) {
            String[] tableAndColumn = column.split("\\.");
            changed += jdbc.sql("UPDATE " + tableAndColumn[0] + " SET " + tableAndColumn[1] + " = :erased WHERE lower(" + tableAndColumn[1]
                    + ") = :email").param("erased", ERASED).param("email", email).update();
        }
        return changed;
    }
}
