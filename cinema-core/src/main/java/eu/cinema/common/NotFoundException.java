package eu.cinema.common;

/** The thing asked for by id does not exist (or is not visible to the asker). */
public class NotFoundException extends DomainException {

    public NotFoundException(String what, Object id) {
        super("error.notFound", null, what, id);
    }
}
