package eu.cinema.matching;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ContactMessageRepository extends JpaRepository<ContactMessage, Long> {

    @EntityGraph(attributePaths = "site")
    List<ContactMessage> findTop200ByOrderByCreatedAtDesc();

    @EntityGraph(attributePaths = "site")
    List<ContactMessage> findTop20BySiteOwnerPartnerIdAndCreatedAtAfterOrderByCreatedAtDesc(Long partnerId, Instant after);

    long countByState(ContactState state);
}
