package eu.cinema.common;

import org.springframework.security.access.AccessDeniedException;

/**
 * How the features' permission objects say no: a refusal that Spring Security answers with 403, or with the
 * sign-in page for a visitor who is not signed in. Nothing else in the portal throws one.
 */
public final class Permission {

    private Permission() {
    }

    public static void require(boolean allowed, String refusal) {
        if (!allowed) {
            throw new AccessDeniedException(refusal);
        }
    }
}
