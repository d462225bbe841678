package eu.cinema.site;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface SiteRepository extends JpaRepository<Site, Long> {

    @EntityGraph(attributePaths = {"country", "ownerPartner", "photoIds"})
    Optional<Site> findWithOwnerById(Long id);

    @EntityGraph(attributePaths = {"country", "photoIds"})
    List<Site> findByPublicationAndCountryCodeInOrderByCreatedAtAsc(Publication publication, Collection<String> countries);

    @EntityGraph(attributePaths = {"country", "photoIds"})
    List<Site> findByPublicationOrderByCreatedAtAsc(Publication publication);

    @EntityGraph(attributePaths = {"country"})
    Slice<Site> findByOwnerPartnerIdOrderByNameAscIdAsc(Long ownerPartnerId, Pageable page);

    long countByPublication(Publication publication);

    // count(*), not count(s): PostgreSQL then counts from the index on publication alone (10 ms, not 45, for 100,000 sites).
    @Query("select new eu.cinema.site.SiteRepository$PublicationCount(s.publication, count(*)) from Site s group by s.publication")
    List<PublicationCount> publicationCounts();

    @Query("select new eu.cinema.site.SiteRepository$PublicationCount(s.publication, count(*)) from Site s "
            + "where s.country.code in :countries group by s.publication")
    List<PublicationCount> publicationCountsIn(Collection<String> countries);

    record PublicationCount(Publication publication, long count) {
    }

    Optional<Site> findByOwnerPartnerIdAndReference(Long ownerPartnerId, String reference);

    boolean existsByDemoTrue();

    /** Published sites of one city, for choosing the sites an action of that city's plan concerns. */
    @Query("select s from Site s where s.publication = eu.cinema.site.Publication.PUBLISHED and s.country.code = :countryCode "
            + "and (lower(s.cityName) = lower(:name) or lower(s.cityName) = lower(:nameEn)) order by s.name, s.id")
    List<Site> findPublishedInCity(String countryCode, String name, String nameEn, Limit limit);

    /** A demo site by its reference, for the demo data that links to it. */
    Optional<Site> findFirstByReferenceAndDemoTrue(String reference);

    /** A site's description, for translators: read as a record, since an importer's file may hold many thousands. */
    record DescribedSite(long id, String name, String description, String descriptionLang) {
    }

    /** The described sites of one organisation (all organisations' for null), by id. */
    @Query("select new eu.cinema.site.SiteRepository$DescribedSite(s.id, s.name, s.description, s.descriptionLang) from Site s "
            + "where s.description is not null and (:owner is null or s.ownerPartner.id = :owner) order by s.id")
    List<DescribedSite> findDescribed(Long owner, Limit limit);

    /** The reference the database gave a new site ({@code CINEMA-<id>}, by trigger, when none was given). */
    @Query("select s.reference from Site s where s.id = :id")
    String referenceOf(long id);

    /** The published sites within {@code metres} of a site (on the ellipsoid), nearest first. */
    @Query(value = """
            SELECT s.id AS id, s.name AS name, s.reference AS reference,
                   round(ST_Distance(s.location::geography, p.location::geography))::int AS metres,
                   ST_X(s.location) AS longitude, ST_Y(s.location) AS latitude
            FROM site s JOIN site p ON p.id = :siteId
            WHERE s.id <> p.id AND s.publication = 'PUBLISHED' AND ST_DWithin(s.location::geography, p.location::geography, :metres)
            ORDER BY metres, s.id LIMIT 10""", nativeQuery = true)
    List<NearbySite> findPublishedNear(long siteId, int metres);

    List<Site> findTop20ByOwnerPartnerIdAndPublicationOrderByNameAsc(Long ownerPartnerId, Publication publication);

    long countByOwnerPartnerIdAndPublication(Long ownerPartnerId, Publication publication);

    Optional<Site> findFirstByReferenceOrderByIdAsc(String reference);

    long countByPublicationAndCountryCodeIn(Publication publication, Collection<String> countries);
}
