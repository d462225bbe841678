package eu.cinema.matching;

/** What a seeker writes: their name, e-mail address, organisation (optional) and message. */
public record ContactRequest(String name, String email, String organisation, String message) {
}
