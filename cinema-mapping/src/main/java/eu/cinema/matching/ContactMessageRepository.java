package eu.cinema.matching;

import java.util.List;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ContactMessageRepository extends JpaRepository<ContactMessage, Long> {

    @EntityGraph(attributePaths = "site")
    List<ContactMessage> findTop200ByOrderByCreatedAtDesc();

    long countByState(ContactState state);
}
