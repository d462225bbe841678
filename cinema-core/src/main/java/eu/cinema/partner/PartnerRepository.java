package eu.cinema.partner;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface PartnerRepository extends JpaRepository<Partner, Long>, JpaSpecificationExecutor<Partner> {

    @Override
    @EntityGraph(attributePaths = {"country", "city"})
    List<Partner> findAll(Specification<Partner> filter, org.springframework.data.domain.Sort sort);

    @EntityGraph(attributePaths = {"country", "city", "city.region"})
    Optional<Partner> findWithCityById(Long id);

    List<Partner> findAllByOrderBySortOrderAsc();

    long countByRoleIn(List<PartnerRole> roles);

    @Query("select count(distinct p.country) from Partner p where p.role <> eu.cinema.partner.PartnerRole.NETWORK_MEMBER")
    long countPartnershipCountries();

    Optional<Partner> findByNameEn(String nameEn);

    boolean existsByNameEnIgnoreCaseAndIdNot(String nameEn, Long id);
}
