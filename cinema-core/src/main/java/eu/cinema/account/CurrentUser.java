package eu.cinema.account;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import eu.cinema.common.Permission;

/** The person on whose behalf a service acts, as Spring Security authenticated them. */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static Optional<PortalUser> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof PortalUser user
                ? Optional.of(user) : Optional.empty();
    }

    public static PortalUser require() {
        Optional<PortalUser> user = get();
        Permission.require(user.isPresent(), "Signed-in person required");
        return user.get();
    }

    /** Administrators may edit everything; editors what their own organisation owns. */
    public static boolean mayEditFor(Long ownerPartnerId) {
        return get().map(user -> user.isAdmin() || (ownerPartnerId != null && ownerPartnerId.equals(user.getPartnerId())))
                .orElse(false);
    }
}
