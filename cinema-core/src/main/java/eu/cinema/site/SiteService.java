package eu.cinema.site;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.cinema.account.CurrentUser;
import eu.cinema.account.Organisations;
import eu.cinema.account.PortalUser;
import eu.cinema.common.Geometries;
import eu.cinema.common.InvalidLocationException;
import eu.cinema.common.NotFoundException;
import eu.cinema.partner.Partner;
import eu.cinema.region.City;
import eu.cinema.region.CityRepository;
import eu.cinema.region.Country;
import eu.cinema.region.CountryRepository;
import eu.cinema.storage.FileKind;
import eu.cinema.storage.FileStorage;

/**
 * The life of a site: proposed by anyone, moderated by an editor of a partner in the site's country
 * (or an administrator), entered and kept up by the editors of the partner that owns it.
 */
@Service
@Transactional(readOnly = true)
public class SiteService {

    public static final long MAX_PHOTO_BYTES = 5L * 1024 * 1024;
    /** An importer's organisation can own 100,000 sites: its editors see them a page at a time. */
    public static final int OWN_SITES_PAGE = 50;
    private static final Envelope WORLD = new Envelope(-180, 180, -90, 90);
    private static final Set<FileKind> PHOTO_KINDS = Set.of(FileKind.JPEG, FileKind.PNG, FileKind.WEBP);

    private final SiteRepository sites;
    private final CountryRepository countries;
    private final Organisations organisations;
    private final SitePermissions permissions;
    private final FileStorage files;
    private final CityRepository cities;

    SiteService(SiteRepository sites, CountryRepository countries, Organisations organisations, SitePermissions permissions,
            FileStorage files, CityRepository cities) {
        this.sites = sites;
        this.countries = countries;
        this.cities = cities;
        this.organisations = organisations;
        this.permissions = permissions;
        this.files = files;
    }

    /** The first published sites a partner keeps up, by name, and how many there are, for its page. */
    public KeptUp keptUpBy(long partnerId) {
        return new KeptUp(sites.findTop20ByOwnerPartnerIdAndPublicationOrderByNameAsc(partnerId, Publication.PUBLISHED),
                sites.countByOwnerPartnerIdAndPublication(partnerId, Publication.PUBLISHED));
    }

    /** A page of a partner's published sites and their number. */
    public record KeptUp(List<Site> first, long total) {
    }

    /**
     * What became of the proposal with this reference, as its proposer may know it: its state, when it was made, and
     * the site's id once it is public. Nothing else about it is told, since references are easy to guess.
     */
    public Optional<ProposalStatus> proposalStatus(String reference) {
        return sites.findFirstByReferenceOrderByIdAsc(reference)
                .map(site -> new ProposalStatus(site.getReference(), site.getPublication(), site.getCreatedAt(),
                        site.isPublic() ? site.getId() : null));
    }

    /** A proposal's state for its proposer; {@code siteId} is null while the site is not public. */
    public record ProposalStatus(String reference, Publication publication, Instant proposedAt, Long siteId) {
    }

    /** A published site; anything else is, for the public, not there. */
    public Site getPublished(long id) {
        return sites.findWithOwnerById(id).filter(Site::isPublic).orElseThrow(() -> new NotFoundException("site", id));
    }

    /** A site as its editors and moderators see it, whatever its publication state. */
    public Site getForEditing(long id) {
        Site site = find(id);
        permissions.requireEditOrModerate(site);
        return site;
    }

    /**
     * Keeps a proposal for the moderators; its city takes the gazetteer's spelling where the gazetteer knows it (the
     * proposer's is kept beside it). Returns the proposal's reference, which the proposer is given.
     */
    @Transactional
    public String propose(SiteProposal proposal, String photoName, byte[] photo) {
        City known = proposal.countryCode() == null ? null
                : cities.findInCountryByAnySpelling(proposal.countryCode(), proposal.cityName()).orElse(null);
        Site site = Site.proposed(proposal, country(proposal.countryCode()),
                Geometries.location(proposal.longitude(), proposal.latitude(), "latitude"), known);
        if (photo != null && photo.length > 0) {
            site.addPhoto(files.store("photo", photoName, photo, PHOTO_KINDS, MAX_PHOTO_BYTES).getId());
        }
        return sites.referenceOf(sites.saveAndFlush(site).getId());
    }

    @Transactional
    public Site create(SiteDetails details, Long ownerPartnerId) {
        Partner partner = organisations.ownerFor(ownerPartnerId)
                .orElseThrow(() -> new SiteRuleException("site.error.ownerRequired", "ownerPartnerId"));
        requireUniqueReference(partner.getId(), details.reference(), null);
        return sites.save(Site.ownedBy(partner, details, country(details.countryCode()),
                Geometries.location(details.longitude(), details.latitude(), "latitude"), boundary(details.boundaryWkt())));
    }

    @Transactional
    public Site update(long id, long expectedVersion, SiteDetails details) {
        Site site = find(id);
        permissions.requireEdit(site);
        site.requireVersion(expectedVersion);
        requireUniqueReference(site.getOwnerPartner() == null ? null : site.getOwnerPartner().getId(),
                details.reference(), id);
        site.apply(details, country(details.countryCode()), Geometries.location(details.longitude(), details.latitude(), "latitude"),
                boundary(details.boundaryWkt()));
        return sites.saveAndFlush(site);
    }

    /**
     * Publishes a proposal. The moderator's organisation keeps it up from now on; an administrator names one
     * ({@code keeperPartnerId}) or none. Returns the site, whose proposer is then told.
     */
    @Transactional
    public Site publish(long id, Long keeperPartnerId) {
        Site site = moderated(id);
        site.publish(organisations.ownerFor(keeperPartnerId).orElse(null));
        return site;
    }

    @Transactional
    public Site reject(long id, String reason) {
        Site site = moderated(id);
        site.reject(reason);
        return site;
    }

    @Transactional
    public void archive(long id) {
        Site site = find(id);
        permissions.requireEditOrModerate(site);
        site.archive();
    }

    /** The published sites within {@code metres} of a proposal the signed-in person moderates: possible duplicates. */
    public List<NearbySite> publishedNear(Site proposal, int metres) {
        permissions.requireModerate(proposal);
        return sites.findPublishedNear(proposal.getId(), metres);
    }

    /** How many proposals wait for the signed-in person's moderation, for the count beside the navigation's entry. */
    public long waitingForModeration() {
        PortalUser user = CurrentUser.require();
        return user.isAdmin() ? sites.countByPublication(Publication.PROPOSED)
                : sites.countByPublicationAndCountryCodeIn(Publication.PROPOSED, permissions.moderatedCountries(user));
    }

    /** The proposals the signed-in person may moderate, oldest first. */
    public List<Site> moderationQueue() {
        PortalUser user = CurrentUser.require();
        return user.isAdmin() ? sites.findByPublicationOrderByCreatedAtAsc(Publication.PROPOSED)
                : sites.findByPublicationAndCountryCodeInOrderByCreatedAtAsc(Publication.PROPOSED, permissions.moderatedCountries(user));
    }

    /** How many sites in the moderator's countries are in each publication state. */
    public Map<Publication, Long> moderationCounts() {
        PortalUser user = CurrentUser.require();
        Map<Publication, Long> counts = new EnumMap<>(Publication.class);
        for (Publication publication : Publication.values()) {
            counts.put(publication, 0L);
        }
        for (SiteRepository.PublicationCount row : user.isAdmin() ? sites.publicationCounts()
                : sites.publicationCountsIn(permissions.moderatedCountries(user))) {
            counts.put(row.publication(), row.count());
        }
        return counts;
    }

    public Slice<Site> ownSites(int page) {
        PortalUser user = CurrentUser.require();
        if (page < 0 || page >= Integer.MAX_VALUE / OWN_SITES_PAGE) {
            throw new NotFoundException("page", page); // no list has it, and its offset would not fit the query's
        }
        Pageable wanted = PageRequest.of(page, OWN_SITES_PAGE);
        return user.getPartnerId() == null ? new SliceImpl<>(List.of(), wanted, false)
                : sites.findByOwnerPartnerIdOrderByNameAscIdAsc(user.getPartnerId(), wanted);
    }

    private Site moderated(long id) {
        Site site = find(id);
        permissions.requireModerate(site);
        return site;
    }

    private Site find(long id) {
        return sites.findWithOwnerById(id).orElseThrow(() -> new NotFoundException("site", id));
    }

    private void requireUniqueReference(Long owner, String reference, Long exceptId) {
        if (reference == null || owner == null) {
            return;
        }
        sites.findByOwnerPartnerIdAndReference(owner, reference)
                .filter(existing -> !existing.getId().equals(exceptId))
                .ifPresent(existing -> {
                    throw new SiteRuleException("site.error.referenceTaken", "reference", reference);
                });
    }

    private Country country(String code) {
        return code == null ? null : countries.findById(code)
                .orElseThrow(() -> new SiteRuleException("site.error.unknownCountry", "countryCode"));
    }

    /** A boundary is a valid (not self-intersecting) polygon or multipolygon in WGS 84, given as WKT. */
    static MultiPolygon boundary(String wkt) {
        if (wkt == null || wkt.isBlank()) {
            return null;
        }
        Geometry geometry;
        try {
            geometry = new WKTReader(Geometries.factory()).read(wkt);
        } catch (ParseException unreadable) {
            throw new SiteRuleException("site.error.boundaryUnreadable", "boundaryWkt");
        }
        if (!WORLD.covers(geometry.getEnvelopeInternal())) {
            throw new InvalidLocationException("boundaryWkt");
        }
        if (!geometry.isValid()) {
            throw new SiteRuleException("site.error.boundaryInvalid", "boundaryWkt");
        }
        if (geometry instanceof Polygon polygon) {
            return Geometries.factory().createMultiPolygon(new Polygon[] {polygon});
        }
        if (geometry instanceof MultiPolygon multiPolygon) {
            return multiPolygon;
        }
        throw new SiteRuleException("site.error.boundaryNotPolygon", "boundaryWkt");
    }
}
