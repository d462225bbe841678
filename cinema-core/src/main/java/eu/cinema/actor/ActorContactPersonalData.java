package eu.cinema.actor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import eu.cinema.privacy.SqlPersonalData;

/** A creative actor's contact person, in the actor and in its history; erasure removes the contact. */
@Component
class ActorContactPersonalData extends SqlPersonalData {

    ActorContactPersonalData(JdbcClient jdbc) {
        super("actorContact", jdbc,
                "SELECT id, name, contact_email, contact_phone, contact_public FROM creative_actor WHERE lower(contact_email) = :email");
    }

    @Override
    public int erase(String email) {
        jdbc.sql("UPDATE creative_actor_aud SET contact_email = NULL, contact_phone = NULL WHERE lower(contact_email) = :email")
                .param("email", email).update();
        return jdbc.sql("UPDATE creative_actor SET contact_email = NULL, contact_phone = NULL, contact_public = false "
                + "WHERE lower(contact_email) = :email").param("email", email).update();
    }
}
