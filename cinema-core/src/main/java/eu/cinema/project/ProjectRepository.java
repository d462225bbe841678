package eu.cinema.project;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ProjectRepository extends JpaRepository<Project, Short> {

    @Query("select p from Project p")
    Optional<Project> findTheProject();
}
