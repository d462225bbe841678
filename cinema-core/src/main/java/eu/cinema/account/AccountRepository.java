package eu.cinema.account;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AccountRepository extends JpaRepository<Account, Long> {

    @EntityGraph(attributePaths = "partner")
    Optional<Account> findByEmail(String email);

    @EntityGraph(attributePaths = "partner")
    List<Account> findAllByOrderByEmailAsc();

    @EntityGraph(attributePaths = "partner")
    Optional<Account> findWithPartnerById(Long id);

    List<Account> findByEmailIn(Collection<String> emails);

    boolean existsByEmail(String email);

    boolean existsByRole(AccountRole role);

    long countByRoleAndEnabledTrue(AccountRole role);

    /** The enabled accounts of one organisation, who receive what is written to it through the portal. */
    List<Account> findByPartnerIdAndEnabledTrueOrderByEmailAsc(Long partnerId);

    List<Account> findByRoleAndEnabledTrueOrderByEmailAsc(AccountRole role);
}
