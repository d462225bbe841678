package eu.cinema.actor;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CreativeActorRepository extends JpaRepository<CreativeActor, Long> {

    @EntityGraph(attributePaths = {"country", "partner", "ownerPartner", "domains"})
    Optional<CreativeActor> findWithPartnersById(Long id);

    @EntityGraph(attributePaths = {"country"})
    List<CreativeActor> findByOwnerPartnerIdOrderByNameAsc(Long ownerPartnerId);

    boolean existsByDemoTrue();

    /** The creative actor a partner organisation also is, if it is one. */
    Optional<CreativeActor> findFirstByPartnerIdOrderByIdAsc(Long partnerId);
}
