package eu.cinema.toolkit;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import eu.cinema.privacy.SqlPersonalData;

/** Tool ratings with their comments, tied to the person by their account; erasure deletes them. */
@Component
// Before the account's holder, which runs last: the ratings are found through the account's address.
@Order(0)
class ToolRatingPersonalData extends SqlPersonalData {

    ToolRatingPersonalData(JdbcClient jdbc) {
        super("toolRating", jdbc, "SELECT r.tool_id, r.stars, r.comment, r.updated_at FROM tool_rating r "
                + "JOIN account a ON a.id = r.account_id WHERE a.email = :email");
    }

    @Override
    public int erase(String email) {
        return jdbc.sql("DELETE FROM tool_rating WHERE account_id IN (SELECT id FROM account WHERE email = :email)")
                .param("email", email).update();
    }
}
