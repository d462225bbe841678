package eu.cinema.pilot;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface PilotRepository extends JpaRepository<Pilot, Long>, JpaSpecificationExecutor<Pilot> {

    @EntityGraph(attributePaths = {"ownerPartner", "participants", "city", "city.country", "site", "domains", "sectors"})
    Optional<Pilot> findDetailedById(Long id);

    @Override
    @EntityGraph(attributePaths = {"ownerPartner", "city", "city.country"})
    List<Pilot> findAll(Specification<Pilot> filter, org.springframework.data.domain.Sort sort);

    @Query("select count(p) from Pilot p where p.kind = :kind and p.status in "
            + "(eu.cinema.pilot.PilotStatus.RUNNING, eu.cinema.pilot.PilotStatus.COMPLETED)")
    long countStarted(PilotKind kind);

    @Query("select p.startsOn from Pilot p where p.kind = :kind and p.status in "
            + "(eu.cinema.pilot.PilotStatus.RUNNING, eu.cinema.pilot.PilotStatus.COMPLETED)")
    List<LocalDate> startDatesOfStarted(PilotKind kind);

    boolean existsByDemoTrue();

    @Query("select new eu.cinema.pilot.PilotRepository$KindStatusCount(p.kind, p.status, count(p)) from Pilot p "
            + "group by p.kind, p.status")
    List<KindStatusCount> countByKindAndStatus();

    @Query("select new eu.cinema.pilot.PilotRepository$CountryStatusCount(p.city.country.code, p.status, count(p)) from Pilot p "
            + "group by p.city.country.code, p.status")
    List<CountryStatusCount> countByCountryAndStatus();

    record KindStatusCount(PilotKind kind, PilotStatus status, long count) {
    }

    record CountryStatusCount(String countryCode, PilotStatus status, long count) {
    }

    long countByStatus(PilotStatus status);

    /** The pilots a partner leads or takes part in. */
    @Query("select distinct p from Pilot p left join p.participants x where p.ownerPartner.id = :partnerId or x.id = :partnerId "
            + "order by p.startsOn, p.title, p.id")
    List<Pilot> findInvolving(long partnerId);
}
