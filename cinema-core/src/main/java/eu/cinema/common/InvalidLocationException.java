package eu.cinema.common;

/** Coordinates that are not a WGS 84 position (out of range, NaN or infinite). */
public class InvalidLocationException extends DomainException {

    public InvalidLocationException(String field) {
        super("error.coordinates", field);
    }
}
