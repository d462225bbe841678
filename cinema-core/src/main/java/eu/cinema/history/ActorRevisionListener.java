package eu.cinema.history;

import org.hibernate.envers.RevisionListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Stamps each revision with the signed-in person's e-mail, or with who acts when nobody is signed in. */
public class ActorRevisionListener implements RevisionListener {

    static final String SYSTEM = "system";
    static final String ANONYMOUS = "anonymous";

    @Override
    public void newRevision(Object revisionEntity) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        String actor;
        if (authentication == null) {
            actor = SYSTEM;
        } else if (authentication instanceof AnonymousAuthenticationToken) {
            actor = ANONYMOUS;
        } else {
            actor = authentication.getName();
        }
        ((Revision) revisionEntity).setActor(actor);
    }
}
