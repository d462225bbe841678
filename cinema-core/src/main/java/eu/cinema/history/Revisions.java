package eu.cinema.history;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The history's revisions for writes that bypass Hibernate Envers (bulk upserts in SQL), and for erasing a
 * person from them. The history module owns the {@code revision} table; nobody else writes it.
 */
@Component
public class Revisions {

    private final JdbcClient jdbc;

    Revisions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new revision by {@code actor}, now, in the caller's transaction; its id goes into each history row written. */
    @Transactional(propagation = Propagation.MANDATORY)
    public long open(String actor) {
        return jdbc.sql("INSERT INTO revision (timestamp, actor) VALUES (:timestamp, :actor) RETURNING id")
                .param("timestamp", System.currentTimeMillis()).param("actor", actor).query(Long.class).single();
    }

    /** Replaces the person's e-mail address as the author of their revisions; returns how many revisions it was. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int anonymiseActor(String email, String replacement) {
        return jdbc.sql("UPDATE revision SET actor = :replacement WHERE lower(actor) = :email")
                .param("replacement", replacement).param("email", email).update();
    }
}
