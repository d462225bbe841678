package eu.cinema.project;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ProjectTargetRepository extends JpaRepository<ProjectTarget, TargetCode> {

    List<ProjectTarget> findAllByOrderBySortOrderAsc();
}
